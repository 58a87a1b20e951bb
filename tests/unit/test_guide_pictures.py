"""The checks a step picture passes before it is drawn: a plain, small, well-formed SVG file that refers to
nothing outside itself. A device's icon must be a well-formed name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.guide import GuideError, load_guide
from app.core.guide_pictures import MAX_PICTURE_BYTES, picture_problem, svg_problem
from app.resources import guide_path

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{}</svg>'


def test_a_shipped_picture_passes() -> None:
    assert picture_problem(guide_path().parent / "illustrations" / "iphone" / "step-1.svg") is None


def test_files_that_are_no_picture(tmp_path: Path) -> None:
    assert picture_problem(tmp_path / "missing.svg") == "is missing"
    (tmp_path / "folder.svg").mkdir()
    assert picture_problem(tmp_path / "folder.svg") == "is not a file"
    (tmp_path / "real.svg").write_text(SVG.format(""))
    (tmp_path / "link.svg").symlink_to(tmp_path / "real.svg")
    assert picture_problem(tmp_path / "link.svg") == "is a link"
    (tmp_path / "big.svg").write_text(SVG.format(" " * MAX_PICTURE_BYTES))
    assert picture_problem(tmp_path / "big.svg") == "is too large"
    (tmp_path / "latin1.svg").write_bytes(SVG.format("<text>\xe9</text>").encode("latin-1"))
    assert picture_problem(tmp_path / "latin1.svg") == "is not UTF-8 text"
    os.mkfifo(tmp_path / "fifo.svg")
    assert picture_problem(tmp_path / "fifo.svg") == "is not a file"


@pytest.mark.parametrize(
    "text",
    [
        "not a picture",
        "<svg xmlns='http://www.w3.org/2000/svg'><g></svg>",
        "<html xmlns='http://www.w3.org/1999/xhtml'/>",
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
        SVG.format('<image xlink:href="file:///etc/passwd" width="5" height="5"/>'),
        SVG.format('<image href="/home/person/photo.png" width="5" height="5"/>'),
        SVG.format('<image href="https://evil.example/pixel.png" width="5" height="5"/>'),
        SVG.format('<rect fill="url(https://evil.example/a.svg#p)" width="5" height="5"/>'),
        SVG.format('<rect style="fill: url(\'file:///x.svg#p\')" width="5" height="5"/>'),
        SVG.format("<style>@import url(https://evil.example/a.css);</style>"),
        SVG.format("<script>alert(1)</script>"),
        SVG.format("<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject>"),
    ],
    ids=range(12),
)
def test_pictures_that_cannot_be_drawn_safely(text: str) -> None:
    assert svg_problem(text) is not None


def test_references_to_its_own_parts_are_fine() -> None:
    text = SVG.format(
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use xlink:href="#g"/>'
    )
    assert svg_problem(text) is None


@pytest.mark.parametrize("icon", ["mdi6", "mdi6.", ".cellphone", "mdi6.cellphone.x", "MDI6.Cellphone", "a b.c"])
def test_a_malformed_device_icon_is_refused_with_its_field(tmp_path: Path, icon: str) -> None:
    text = guide_path().read_text(encoding="utf-8")
    assert '"mdi6.cellphone"' in text
    path = tmp_path / "guide.toml"
    path.write_text(text.replace('"mdi6.cellphone"', f'"{icon}"'), encoding="utf-8")
    with pytest.raises(GuideError) as info:
        load_guide(path)
    assert ".icon" in str(info.value) and "is not an icon name such as mdi6.cellphone" in str(info.value)
