"""The gallery renders every page to a PNG that shows something."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app import gallery


def distinct_colours(image: QImage) -> int:
    pixels = image.convertToFormat(QImage.Format.Format_ARGB32)
    return len(set(memoryview(pixels.constBits()).cast("I")))


@pytest.mark.parametrize("language", ["fr", "de", "it"])
def test_gallery_renders_every_page(tmp_path, opened_urls, language):
    written = gallery.render(tmp_path / "gallery", language)
    names = sorted(path.name for path in written)
    assert names == sorted(path.name for path in (tmp_path / "gallery").glob("*.png"))
    assert f"{language}-01-welcome.png" in names and f"{language}-07-checklist.png" in names
    assert f"{language}-08-about.png" in names
    for device in ("iphone", "android", "browser"):
        assert f"{language}-04-steps-{device}.png" in names
    for country in ("FR", "GB", "US", "CA", "JE"):  # every kind of region: one extra, two, nothing documented
        assert f"{language}-05-confirm-{country}.png" in names
    assert f"{language}-06-done-browser-CA.png" in names
    for path in written:
        assert path.stat().st_size > 0, path.name
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= 100 and image.height() >= 100, path.name
        assert distinct_colours(image) > 10, f"{path.name} is blank"
    assert opened_urls == []
