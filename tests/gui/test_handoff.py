"""Phone handoff: the QR code a phone's camera reads, and "copy link": a choice on the device page, and
beside each optional extra on the confirm page."""

from __future__ import annotations

import pytest
import segno
import zxingcpp
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
)

from app import i18n
from app.core import regions
from app.core.flow import PageId
from app.ui import names
from app.ui.phone_handoff import qr_image
from app.ui.wizard import AssistantWizard

from .helpers import STEPS_HEADINGS, choose_by_keys, click, click_next, find, type_country, unfold_extras

# extra id -> the name its phone handoff widgets start with


def decoded(image: QImage) -> list[str]:
    """The texts of every QR code zxing finds in `image`."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)  # zxing-cpp reads only some formats
    return [found.text for found in zxingcpp.read_barcodes(image) if found.format == zxingcpp.BarcodeFormat.QRCode]


def walk_to_steps(qtbot, wizard: AssistantWizard, country: str, device_id: str) -> None:
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name(country, i18n.language()))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button(device_id), QToolButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS
    assert wizard.currentPage().heading == STEPS_HEADINGS[device_id, i18n.language()]


def assert_shows_code_of(qtbot, frame: QFrame, code: QLabel, url: str, size: int) -> None:
    """`code` (inside `frame`) is on screen and a phone camera reads `url` from it."""
    assert frame.isVisible()
    assert frame.isAncestorOf(code)
    qtbot.waitUntil(code.isVisible)
    picture = code.pixmap()
    assert not picture.isNull()
    assert decoded(picture.toImage()) == [url]
    # What is actually painted on screen, at its size on screen, reads the same.
    painted = code.grab().toImage()
    assert decoded(painted) == [url]
    logical = picture.deviceIndependentSize()
    assert size / 2 < logical.width() <= size and logical.width() == logical.height()
    assert code.accessibleDescription() == url


COPY_LINK = {"en": "Copy link", "fr": "Copier le lien"}
LINK_COPIED = {
    "en": "Link copied. Paste it into a message to yourself, or into your phone's browser.",
    "fr": "Lien copié. Collez-le dans un message à vous-même ou dans le navigateur de votre téléphone.",
}


def assert_copies(qtbot, frame: QFrame, button: QPushButton, url: str) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText("something else")
    copied = find(frame, names.LINK_COPIED, QLabel)
    assert not copied.isVisible()
    assert button.text() == COPY_LINK[i18n.language()]
    click(qtbot, button)
    assert clipboard.text() == url
    assert copied.isVisible()
    assert copied.text() == LINK_COPIED[i18n.language()]


# -- qr_image on its own ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [120, 150, 200, 333])
def test_qr_image_reads_back_as_each_guide_link(qapp, guide, size):
    for url in sorted(guide.links):
        image = qr_image(url, size)
        assert image.width() == image.height()
        assert size / 2 < image.width() <= size  # whole pixels per module: up to one module-row short
        assert decoded(image) == [url], url
        # Black modules on white, whatever the theme: nothing else is drawn.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert colours == {0xFF000000, 0xFFFFFFFF}


def test_qr_image_keeps_a_white_quiet_zone(qapp, guide):
    image = qr_image(guide.main_action.link, 200)
    modules = segno.make(guide.main_action.link, error="m").symbol_size(border=4)[0]
    edge = image.width() // modules * 4  # four modules of white on every side
    assert edge >= 8
    for offset in range(edge):
        for along in range(0, image.width(), 5):
            for x, y in (
                (offset, along),
                (along, offset),
                (image.width() - 1 - offset, along),
                (along, image.width() - 1 - offset),
            ):
                assert image.pixel(x, y) == 0xFFFFFFFF, (x, y)


# -- the device page: the phone's code, as a choice ----------------------------------------------


def walk_to_device(qtbot, wizard: AssistantWizard, country: str, device_id: str) -> None:
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name(country, i18n.language()))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button(device_id), QToolButton))
    assert wizard.currentId() == PageId.DEVICE


def open_phone_code(qtbot, wizard: AssistantWizard) -> QDialog:
    choice = find(wizard, names.PHONE_QR_CHOICE, QPushButton)
    click(qtbot, choice)
    dialog = find(wizard, names.PHONE_QR_DIALOG, QDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("device_id", ["iphone", "android"])
def test_device_page_offers_the_setting_to_the_phone(qtbot, make_wizard, guide, device_id, language):
    wizard = make_wizard(language)
    walk_to_device(qtbot, wizard, "FR", device_id)
    choice = find(wizard, names.PHONE_QR_CHOICE, QPushButton)
    expected = {
        "en": "Scan to open the setting on your phone",
        "fr": "Scanner pour ouvrir le réglage sur votre téléphone",
    }[language]
    assert choice.text() == expected
    assert find(wizard, names.PRIMARY_BUTTON, QPushButton) is not choice  # a choice, not the page's main action
    dialog = open_phone_code(qtbot, wizard)
    frame = find(dialog, names.PHONE_HANDOFF, QFrame)
    assert_shows_code_of(qtbot, frame, find(frame, names.QR_CODE, QLabel), guide.main_action.link, 200)
    assert find(frame, names.HANDOFF_TITLE, QLabel).text() == expected
    assert_copies(qtbot, frame, find(frame, names.COPY_LINK_BUTTON, QPushButton), guide.main_action.link)
    click(qtbot, find(dialog, names.PRIMARY_BUTTON, QPushButton))  # "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert wizard.currentId() == PageId.DEVICE  # nothing else changed
    # On the steps page, the computer remains a way to do it.
    click_next(qtbot, wizard)
    assert (
        find(wizard, names.OPEN_SETTING_BUTTON, QPushButton).text()
        == {
            "en": "Or open the setting on this computer",
            "fr": "Ou ouvrir le réglage sur cet ordinateur",
        }[language]
    )


def test_copied_notice_goes_when_the_language_changes(qtbot, make_wizard, guide):
    wizard = make_wizard("en")
    walk_to_device(qtbot, wizard, "BE", "iphone")
    dialog = open_phone_code(qtbot, wizard)
    frame = find(dialog, names.PHONE_HANDOFF, QFrame)
    click(qtbot, find(frame, names.COPY_LINK_BUTTON, QPushButton))
    assert find(frame, names.LINK_COPIED, QLabel).isVisible()
    wizard.set_language("fr")
    click(qtbot, find(dialog, names.PRIMARY_BUTTON, QPushButton))
    dialog = open_phone_code(qtbot, wizard)
    assert find(frame, names.COPY_LINK_BUTTON, QPushButton).text() == "Copier le lien"
    assert not find(frame, names.LINK_COPIED, QLabel).isVisible()
    assert decoded(find(frame, names.QR_CODE, QLabel).pixmap().toImage()) == [guide.main_action.link]


def test_a_computer_is_offered_no_code_and_changing_device_updates_it(qtbot, make_wizard, guide, opened_urls):
    wizard = make_wizard("en")
    walk_to_device(qtbot, wizard, "US", "browser")
    choice = find(wizard, names.PHONE_QR_CHOICE, QPushButton)
    assert not choice.isVisible()
    click(qtbot, find(wizard, names.device_button("android"), QToolButton))
    assert choice.isVisible()
    click(qtbot, find(wizard, names.device_button("browser"), QToolButton))
    assert not choice.isVisible()
    click_next(qtbot, wizard)
    assert find(wizard, names.OPEN_SETTING_BUTTON, QPushButton).text() == "Open the setting page in my browser"
    assert wizard.findChildren(QFrame, names.PHONE_HANDOFF) == []  # no code anywhere on the way
    assert opened_urls == []


# -- the confirm page's extras ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "device_id", "language"),
    [("FR", "iphone", "en"), ("GB", "android", "fr"), ("US", "android", "en"), ("US", "iphone", "fr")],
)
def test_confirm_page_hands_the_extra_to_the_phone(qtbot, make_wizard, guide, country, device_id, language):
    wizard = make_wizard("en")
    if language != "en":
        choose_by_keys(qtbot, find(wizard, names.LANGUAGE_SWITCH, QComboBox), language)
    walk_to_steps(qtbot, wizard, country, device_id)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    unfold_extras(qtbot, wizard)
    [extra_id] = guide.region_for_country(country).extras
    extra = guide.extras[extra_id]
    handoff = names.phone_handoff(names.extra(extra.id).handoff)
    frame = find(wizard, handoff.frame, QFrame)
    assert_shows_code_of(qtbot, frame, find(frame, handoff.code, QLabel), extra.link, 150)
    assert_copies(qtbot, frame, find(frame, handoff.copy, QPushButton), extra.link)
    # The other region group's extra, and its code, are not shown.
    [other] = [names.extra(extra_id).handoff for extra_id in guide.extras if extra_id != extra.id]
    assert not find(wizard, names.phone_handoff(other).frame, QFrame).isVisible()


@pytest.mark.parametrize("country", ["FR", "US"])
def test_confirm_page_on_a_computer_shows_no_code(qtbot, make_wizard, guide, country):
    wizard = make_wizard("en")
    walk_to_steps(qtbot, wizard, country, "browser")
    click_next(qtbot, wizard)
    unfold_extras(qtbot, wizard)
    [extra_id] = guide.region_for_country(country).extras
    handoff = names.phone_handoff(names.extra(extra_id).handoff)
    assert find(wizard, names.extra(extra_id).button, QPushButton).isVisible()  # the extra itself is offered
    assert not find(wizard, handoff.frame, QFrame).isVisible()
    assert not find(wizard, handoff.code, QLabel).isVisible()


@pytest.mark.parametrize("country", ["JE", "CA"])
def test_two_extras_on_a_phone_each_show_a_whole_code(qtbot, make_wizard, guide, country):
    """Both extras apply here: both codes are shown whole (the page scrolls), none squashed."""
    wizard = make_wizard("fr")
    walk_to_steps(qtbot, wizard, country, "android")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    assert guide.region_for_country(country).extras == ("objection_form", "ads_sharing")
    unfold_extras(qtbot, wizard)
    scroll = find(wizard.currentPage(), names.PAGE_SCROLL, QScrollArea)
    for extra_id in ("objection_form", "ads_sharing"):
        name = names.extra(extra_id).handoff
        handoff = names.phone_handoff(name)
        frame = find(wizard, handoff.frame, QFrame)
        code = find(frame, handoff.code, QLabel)
        scroll.ensureWidgetVisible(code)
        assert code.height() >= code.pixmap().deviceIndependentSize().height(), f"{name}: the code is cut"
        assert_shows_code_of(qtbot, frame, code, guide.extras[extra_id].link, 150)


# -- the code keeps its size whatever else is shown ----------------------------------------------------


def assert_code_whole(code: QLabel, url: str, size: int) -> None:
    """What `code` paints is the whole code, at its full size, and a camera reads it (issue 25: after
    "Copy link" the message squeezed the code from 180 to 117-136 px, and it no longer scanned)."""
    logical = code.pixmap().deviceIndependentSize().toSize()
    assert size / 2 < logical.width() <= size
    painted = code.grab().toImage()
    assert decoded(painted) == [url]
    assert code.width() >= logical.width() and code.height() >= logical.height(), (code.size(), logical)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_the_phone_code_keeps_its_size_after_copy_link(qtbot, make_wizard, guide, language):
    wizard = make_wizard(language)
    walk_to_device(qtbot, wizard, "FR", "iphone")
    dialog = open_phone_code(qtbot, wizard)
    frame = find(dialog, "phoneHandoff", QFrame)
    code = find(frame, "qrCode", QLabel)
    qtbot.waitUntil(code.isVisible)
    assert_code_whole(code, guide.main_action.link, 200)
    before = code.size()
    click(qtbot, find(frame, "copyLinkButton", QPushButton))
    qtbot.waitUntil(find(frame, "linkCopied", QLabel).isVisible)
    QApplication.processEvents()
    assert_code_whole(code, guide.main_action.link, 200)
    assert code.size() == before
    # Nothing of the dialog is pushed out of it either: the message and Close are whole inside it.
    for child in (find(frame, "linkCopied", QLabel), find(dialog, "primaryButton", QPushButton)):
        placed = QRect(child.mapTo(dialog, QPoint(0, 0)), child.size())
        assert dialog.rect().contains(placed), (child.objectName(), placed, dialog.rect())
