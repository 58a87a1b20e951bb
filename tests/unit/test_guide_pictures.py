"""The checks a step picture passes before it is drawn: a plain, small, well-formed SVG file that refers to
nothing outside itself. A device's icon must be a well-formed name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ids import guide_path
from unprivileged import as_nobody, needs_root, shared_folder

from app.core.guide import GuideError, load_guide
from app.core.guide_pictures import MAX_PICTURE_BYTES, drawable, picture_problem, svg_problem

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


OUTSIDE = "refers to something outside itself"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("not a picture", "is not well-formed SVG"),
        ("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", "is not well-formed SVG"),
        (
            SVG.format('<text s:slot="Settings" xmlns:s="urn:ai-optout-assistant:slots">x</text>'),
            "is not well-formed SVG",
        ),
        ("<html xmlns='http://www.w3.org/1999/xhtml'/>", "is not SVG"),
        ("<!doctype svg><svg xmlns='http://www.w3.org/2000/svg'/>", "declares a document type or entities"),
        ("<svg xmlns='http://www.w3.org/2000/svg'><!ENTITY x 'y'></svg>", "declares a document type or entities"),
        (
            '<!DOCTYPE svg [<!entity x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
            "declares a document type or entities",
        ),
        (SVG.format('<image xlink:href="file:///etc/passwd" width="5" height="5"/>'), OUTSIDE),
        (SVG.format('<image href="/home/person/photo.png" width="5" height="5"/>'), OUTSIDE),
        (SVG.format('<image href="https://evil.example/pixel.png" width="5" height="5"/>'), OUTSIDE),
        (SVG.format('<rect fill="url(https://evil.example/a.svg#p)" width="5" height="5"/>'), OUTSIDE),
        (SVG.format('<rect style="fill: url(\'file:///x.svg#p\')" width="5" height="5"/>'), OUTSIDE),
        (SVG.format("<style>@IMPORT 'https://evil.example/a.css';</style>"), OUTSIDE),
        (SVG.format("<style>rect { fill: url(https://evil.example/p.svg#p) }</style>"), OUTSIDE),
        (SVG.format("<g><script>alert(1)</script></g>"), "holds a script or foreign content"),
        (
            SVG.format("<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject>"),
            "holds a script or foreign content",
        ),
    ],
    ids=range(16),
)
def test_pictures_that_cannot_be_drawn_safely(text: str, problem: str) -> None:
    assert svg_problem(text) == problem


def test_references_to_its_own_parts_are_fine() -> None:
    text = SVG.format(
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use xlink:href="#g"/>'
        "<style>rect { fill: url( #g ) }</style><style/><text>url(https://not.a.reference/) is text</text>"
    )
    assert svg_problem(text) is None


def test_a_picture_of_exactly_the_largest_size_is_drawn(tmp_path: Path) -> None:
    text = SVG.format("")
    path = tmp_path / "step-1.svg"
    path.write_text(text.replace("</svg>", " " * (MAX_PICTURE_BYTES - len(text)) + "</svg>"))
    assert path.stat().st_size == MAX_PICTURE_BYTES
    assert picture_problem(path) is None


def test_which_steps_of_a_guide_can_be_drawn(tmp_path: Path) -> None:
    shipped = guide_path().parent
    assert drawable(shipped, "iphone", 1) and drawable(shipped, "browser", 6)
    assert not drawable(shipped, "iphone", 7)
    (tmp_path / "illustrations" / "tv").mkdir(parents=True)
    (tmp_path / "illustrations" / "tv" / "step-2.svg").write_text(SVG.format(""))
    (tmp_path / "illustrations" / "tv" / "step-3.svg").write_text("broken")
    assert [drawable(tmp_path, "tv", n) for n in (1, 2, 3)] == [False, True, False]


@needs_root
def test_a_picture_that_may_not_be_read_says_so() -> None:
    with shared_folder("pictures") as folder:
        (folder / "step-1.svg").write_text(SVG.format(""))
        os.chmod(folder / "step-1.svg", 0o000)
        (folder / "closed").mkdir()
        os.chmod(folder / "closed", 0o000)
        answer = as_nobody(
            lambda: [picture_problem(folder / "step-1.svg"), picture_problem(folder / "closed" / "x.svg")]
        )
        assert answer == {"result": ["cannot be read (Permission denied)", "cannot be read (Permission denied)"]}


@pytest.mark.parametrize("icon", ["mdi6", "mdi6.", ".cellphone", "mdi6.cellphone.x", "MDI6.Cellphone", "a b.c"])
def test_a_malformed_device_icon_is_refused_with_its_field(tmp_path: Path, icon: str) -> None:
    text = guide_path().read_text(encoding="utf-8")
    assert '"mdi6.cellphone"' in text
    path = tmp_path / "guide.toml"
    path.write_text(text.replace('"mdi6.cellphone"', f'"{icon}"'), encoding="utf-8")
    with pytest.raises(GuideError) as info:
        load_guide(path)
    assert ".icon" in str(info.value) and "is not an icon name such as mdi6.cellphone" in str(info.value)
