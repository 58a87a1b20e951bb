"""Step illustrations: drawn in both languages at any size, showing their label, replaceable by screenshots."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ids import guide_path
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app import i18n
from app.core.flow import PageId
from app.core.guide import Guide, load_guide
from app.ui import illustrations, names
from app.ui.picture_view import PictureDialog, PictureView

SVG = "{http://www.w3.org/2000/svg}"
FOLDER = guide_path().parent  # LinkedIn's guide folder: its illustrations/ and screenshots/
# Every step of every device of LinkedIn's guide, from the guide itself.
STEPS = [(device.id, n) for device in load_guide(guide_path()).devices for n in range(1, len(device.steps) + 1)]


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    illustrations.clear_cache()


def colours(image: QImage, step: int = 7) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def slot_pairs(svg: bytes) -> list[tuple[str, str]]:
    """(English label, text shown) for every slot, in document order (a label may be drawn twice)."""
    root = ET.fromstring(svg)
    return [
        (g.get("{urn:ai-optout-assistant:slots}filled", ""), " ".join(t.text or "" for t in g.iter(f"{SVG}text")))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "slot"
    ]


def slot_texts(svg: bytes) -> dict[str, str]:
    return dict(slot_pairs(svg))


@pytest.mark.parametrize("language", ["en", "fr", "de", "it"])
def test_every_picture_renders_at_two_sizes_and_shows_its_labels_whole(language: str, guide: Guide) -> None:
    i18n.set_language(language)
    for device_id, n in STEPS:
        shown = slot_pairs(illustrations.filled_svg(FOLDER, device_id, n))
        assert shown, (device_id, n)
        for label, text in shown:  # whole, never cut or shrunk into an ellipsis; unsure wording not drawn
            unsure = guide.label_level(language, label) != "high"
            expected = "" if unsure else i18n.label(label, context=guide.label_context)
            assert text == expected, (device_id, n, label, text)
        natural = illustrations.natural_size(FOLDER, device_id, n)
        for size in (natural, natural / 2):
            image = illustrations.render_image(FOLDER, device_id, n, size)
            assert image.size() == size, (device_id, n)
            assert len(colours(image)) > 8, (device_id, n, size)  # a picture, not a blank


def test_french_pictures_carry_french_labels(guide: Guide) -> None:
    i18n.set_language("fr")
    shown = slot_texts(illustrations.filled_svg(FOLDER, "android", 4))
    assert shown["Data privacy"] == "Confidentialité des données"
    # « Préférences » is not sure (medium): the step says "the entry with a gear icon", and the picture shows
    # the gear alone, not a word the text does not say (issue 25, point 8).
    assert shown["Settings"] == ""


def test_german_and_italian_pictures_draw_only_sourced_labels(guide: Guide) -> None:
    i18n.set_language("de")
    browser_menu = slot_texts(illustrations.filled_svg(FOLDER, "browser", 3))
    assert browser_menu["Settings & Privacy"] == "Einstellungen & Datenschutz"
    assert browser_menu["Me"] == ""  # one good source (medium): neither drawn nor quoted, the icon alone
    assert slot_texts(illustrations.filled_svg(FOLDER, "iphone", 1))["Home"] == ""  # no source at all
    i18n.set_language("it")
    page = slot_texts(illustrations.filled_svg(FOLDER, "browser", 5))
    assert page["How LinkedIn uses your data"] == ""  # machine-translated sources only
    assert page["Data for Generative AI Improvement"] == "Dati per migliorare l’IA generativa"


def test_a_screenshot_replaces_the_drawing(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "linkedin-ai-training"
    shutil.copytree(FOLDER, folder)
    shot = QImage(200, 400, QImage.Format.Format_RGB32)
    shot.fill(QColor("#ff0000"))
    target = folder / "screenshots" / "fr" / "iphone" / "step-3.png"  # as the README says to add one
    target.parent.mkdir(parents=True)
    assert shot.save(str(target))
    i18n.set_language("fr")
    image = illustrations.render_image(folder, "iphone", 3, QSize(100, 200))
    assert QColor(image.pixel(50, 100)) == QColor("#ff0000")
    assert illustrations.natural_size(folder, "iphone", 3) == QSize(200, 400)
    # Other steps and the other language keep the drawing.
    assert QColor(illustrations.render_image(folder, "iphone", 2, QSize(100, 200)).pixel(50, 100)) != QColor("#ff0000")
    i18n.set_language("en")
    assert QColor(illustrations.render_image(folder, "iphone", 3, QSize(100, 200)).pixel(50, 100)) != QColor("#ff0000")


def test_pictures_are_sharp_on_high_dpi_screens_and_cached(qapp: QApplication) -> None:
    one = illustrations.pixmap(FOLDER, "android", 2, QSize(380, 360), 2.0)
    assert one.devicePixelRatio() == 2.0
    assert one.size() == QSize(760, 720)  # device pixels
    assert illustrations.pixmap(FOLDER, "android", 2, QSize(380, 360), 2.0).cacheKey() == one.cacheKey()
    assert illustrations.pixmap(FOLDER, "android", 2, QSize(380, 360), 1.0).size() == QSize(380, 360)


def test_each_device_has_one_picture_size() -> None:
    """Going from step to step, the picture does not jump: a phone (360 x 720) and its inset beside it,
    the whole browser window (960 x 640) with its inset inside."""
    sizes = {(device_id, illustrations.natural_size(FOLDER, device_id, n).toTuple()) for device_id, n in STEPS}
    assert sizes == {("iphone", (760, 720)), ("android", (760, 720)), ("browser", (960, 640))}
    # The close-up of earlier versions is gone: the whole window is shown, with its inset.
    assert illustrations.natural_size(FOLDER, "browser", 5, close_up=True) == QSize(960, 640)


def test_the_steps_page_shows_each_steps_picture_and_enlarges_it(make_wizard, qtbot, monkeypatch) -> None:
    wizard = make_wizard("fr")
    wizard.session.state.country = "FR"
    wizard.session.state.device = "browser"
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.STEPS
    page = wizard.currentPage()
    picture = page.findChild(PictureView, names.STEP_PICTURE)
    assert picture.step == 1 and not picture.pixmap().isNull()
    first = picture.pixmap().cacheKey()
    wizard.next()  # "Done, next step"
    assert wizard.currentId() == PageId.STEPS
    assert picture.step == 2 and picture.pixmap().cacheKey() != first
    page.show_step(6)
    assert picture.step == 6
    shown: list[PictureDialog] = []

    def record(dialog: PictureDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(PictureDialog, "exec", record)
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0].view.step == 6
    # The whole window is shown, at the picture's own proportions (960 x 640).
    size = shown[0].view.pixmap().deviceIndependentSize()
    assert abs(size.width() / size.height() - 1.5) < 0.02
    # The picture follows the window's size.
    before = picture.pixmap().deviceIndependentSize()
    wizard.resize(wizard.width() + 300, wizard.height() + 200)
    qtbot.waitUntil(lambda: picture.pixmap().deviceIndependentSize() != before)
