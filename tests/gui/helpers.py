"""Driving the wizard the way a person does: clicks and keys on real widgets, found by objectName."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QComboBox, QLabel, QWidget, QWizard

from app.core import regions
from app.core.flow import PageId
from app.ui import names

if TYPE_CHECKING:
    from app.core.catalog import Catalog

T = TypeVar("T")

LEFT = Qt.MouseButton.LeftButton
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton

# The steps page's title for LinkedIn's devices, as a person reads it.
STEPS_HEADINGS = {
    ("iphone", "en"): "6 steps on your iPhone",
    ("android", "en"): "6 steps on your Android phone",
    ("browser", "en"): "6 steps in a web browser on your computer",
    ("iphone", "fr"): "6 étapes sur votre iPhone",
    ("android", "fr"): "6 étapes sur votre téléphone Android",
    ("browser", "fr"): "6 étapes dans un navigateur web, sur votre ordinateur",
}


def find(parent: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one child called `name`; fails the test if there is none or more than one."""
    found = parent.findChildren(kind, name)
    assert len(found) == 1, f"expected one {kind.__name__} named {name!r}, found {len(found)}"
    return found[0]


def plain(label: QLabel) -> str:
    """A label's text as a reader sees it (rich text without its markup)."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    # toRawText keeps no-break spaces (dates and times, French quotes); its paragraphs end in U+2029.
    return document.toRawText().replace("\u2029", "\n")


def header_texts(wizard: QWizard) -> list[str]:
    """The current page's title and the sentence under it, as a reader sees them."""
    page = wizard.currentPage()
    labels = [find(page, name, QLabel) for name in (names.PAGE_TITLE, names.PAGE_LEAD)]
    return [plain(label) for label in labels if label.isVisible()]


def loose(text: str) -> str:
    """`text` with its no-break spaces as plain spaces (see test_done_page_keeps_times_together)."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


# What each step says, as a reader reads it: LinkedIn's devices, in English and French (literal). Where
# the guide is not sure of LinkedIn's French wording (Sign in, Home, View profile, Settings on a phone),
# the step says what to look for in plain words.
STEP_TEXTS = {
    ("iphone", "en"): [
        "Open the LinkedIn app on your iPhone and sign in if asked. You start on the “Home” tab.",
        "Tap your profile photo at the top left. A panel slides in, starting with “View profile”.",
        "Tap “Settings” at the bottom of the panel.",
        "Tap “Data privacy”.",
        "Scroll to “How LinkedIn uses your data” and tap “Data for Generative AI Improvement”.",
        "The switch next to “Use my data for training content creation AI models” is green while it is on. Tap it to turn it off: it is off once it is no longer green.",  # noqa: E501 - the sentence as written
    ],
    ("android", "en"): [
        "Open the LinkedIn app on your Android phone and sign in if asked. You start on the “Home” tab.",
        "Tap your profile photo at the top left. A panel slides in, starting with “View profile”.",
        "Tap “Settings” at the bottom of the panel.",
        "Tap “Data privacy”.",
        "Scroll to “How LinkedIn uses your data” and tap “Data for Generative AI Improvement”.",
        "The switch next to “Use my data for training content creation AI models” is green while it is on. Tap it to turn it off: it is off once it is no longer green.",  # noqa: E501 - the sentence as written
    ],
    ("browser", "en"): [
        "Go to linkedin.com in your web browser and sign in with “Sign in” if asked.",
        "Click your profile photo, marked “Me”, at the top of the page.",
        "Choose “Settings & Privacy” in the menu.",
        "In the list on the left, click “Data privacy”.",
        "Under “How LinkedIn uses your data”, click “Data for Generative AI Improvement”.",
        "The switch next to “Use my data for training content creation AI models” is green while it is on. Click it to turn it off: it is off once it is no longer green.",  # noqa: E501 - the sentence as written
    ],
    ("iphone", "fr"): [
        "Ouvrez l’application LinkedIn sur votre iPhone et connectez-vous si elle vous le demande. Vous arrivez sur votre fil d’actualité.",  # noqa: E501 - the sentence as written
        "Touchez votre photo de profil en haut à gauche. Un panneau s’ouvre, avec votre nom en haut.",
        "En bas du panneau, touchez l’entrée avec une roue dentée\xa0: vos réglages.",
        "Touchez «\xa0Confidentialité des données\xa0».",
        "Faites défiler jusqu’à «\xa0Comment LinkedIn utilise vos données\xa0» et touchez «\xa0Données pour l’amélioration de l’IA générative\xa0».",  # noqa: E501 - the sentence as written
        "L’interrupteur à côté de «\xa0Utiliser mes données pour entraîner des modèles d’IA de création de contenu\xa0» est vert tant qu’il est activé. Touchez-le pour le désactiver\xa0: il est désactivé dès qu’il n’est plus vert.",  # noqa: E501 - the sentence as written
    ],
    ("android", "fr"): [
        "Ouvrez l’application LinkedIn sur votre téléphone Android et connectez-vous si elle vous le demande. Vous arrivez sur votre fil d’actualité.",  # noqa: E501 - the sentence as written
        "Touchez votre photo de profil en haut à gauche. Un panneau s’ouvre, avec votre nom en haut.",
        "En bas du panneau, touchez l’entrée avec une roue dentée\xa0: vos réglages.",
        "Touchez «\xa0Confidentialité des données\xa0».",
        "Faites défiler jusqu’à «\xa0Comment LinkedIn utilise vos données\xa0» et touchez «\xa0Données pour l’amélioration de l’IA générative\xa0».",  # noqa: E501 - the sentence as written
        "L’interrupteur à côté de «\xa0Utiliser mes données pour entraîner des modèles d’IA de création de contenu\xa0» est vert tant qu’il est activé. Touchez-le pour le désactiver\xa0: il est désactivé dès qu’il n’est plus vert.",  # noqa: E501 - the sentence as written
    ],
    ("browser", "fr"): [
        "Allez sur linkedin.com dans votre navigateur web et connectez-vous si le site vous le demande.",
        "Cliquez sur votre photo de profil, marquée «\xa0Vous\xa0», en haut de la page.",
        "Choisissez «\xa0Préférences et confidentialité\xa0» dans le menu.",
        "Dans la liste à gauche, cliquez sur «\xa0Confidentialité des données\xa0».",
        "Sous «\xa0Comment LinkedIn utilise vos données\xa0», cliquez sur «\xa0Données pour l’amélioration de l’IA générative\xa0».",  # noqa: E501 - the sentence as written
        "L’interrupteur à côté de «\xa0Utiliser mes données pour entraîner des modèles d’IA de création de contenu\xa0» est vert tant qu’il est activé. Cliquez dessus pour le désactiver\xa0: il est désactivé dès qu’il n’est plus vert.",  # noqa: E501 - the sentence as written
    ],
}


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.objectName() or button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.objectName() or button.text()!r} is disabled"
    if isinstance(button, QCheckBox):  # click its box, not the empty space right of its text
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def walk_to_confirm(qtbot, wizard: QWizard, country_name: str, device_button: str) -> None:
    """From the welcome page to the confirm page: the country typed, the device clicked, the steps passed."""
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), country_name)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, device_button, QAbstractButton))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM


def card_more(window: QWidget, name: str, index: int = 0) -> None:
    """On the status home, choose `name` (moreReceipt, moreHistory, moreExport) in the "More" menu of the
    `index`-th account card. (The menu itself would wait for a click in its own event loop.)"""
    cards = [card for card in window.findChildren(QWidget, names.ACCOUNT_CARD) if card.isVisible()]
    menu = find(cards[index], names.CARD_MORE, QAbstractButton).menu()
    [action] = [action for action in menu.actions() if action.objectName() == name]
    assert action.isEnabled(), name
    action.trigger()


def read_steps(qtbot, wizard: QWizard) -> list[str]:
    """The steps page's sentences, one screen at a time: "Done, next step" up to the last step (which
    stays shown; one more click goes on). Also checks the counter ("Step 2 of 6", "Étape 2 sur 6")."""
    page = wizard.currentPage()
    assert wizard.currentId() == PageId.STEPS
    texts: list[str] = []
    while True:
        texts.append(find(page, names.STEP_TEXT, QLabel).text())
        words = find(page, names.STEP_COUNTER, QLabel).text().split()
        assert words[1] == str(len(texts)), words
        if words[1] == words[-1]:
            return texts
        click(qtbot, wizard.button(NEXT))


def unfold_extras(qtbot, wizard: QWizard) -> None:
    """Open "Go further (optional)" on the confirm page: the region's extras are folded under it."""
    further = find(wizard, names.GO_FURTHER, QWidget)
    if not further.isVisible():
        click(qtbot, find(wizard, names.GO_FURTHER_BUTTON, QAbstractButton))
    qtbot.waitUntil(lambda: further.isVisible() and further.height() >= further.minimumSizeHint().height())


def click_next(qtbot, wizard: QWizard) -> None:
    """Click the page's primary button until the next page shows: on the steps page, that is
    "Done, next step" once per step."""
    before = wizard.currentId()
    for _step in range(13):  # a device has at most 12 steps
        click(qtbot, wizard.button(NEXT))
        if wizard.currentId() != before:
            return
        assert before == PageId.STEPS, "Next did not move on"
    raise AssertionError("the steps never ended")


def every_screen(qtbot, wizard: QWizard, language: str, look: Callable[[QWizard], T]) -> dict[str, T]:
    """The whole path as a person goes through it, in `language`: Canada (two extras), an iPhone, the
    help open on the steps. `look` at each screen: welcome, region, device, step 1 to 6, confirm (the
    switch off, the extras unfolded) and done."""
    shown = {"welcome": look(wizard)}
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("CA", language))
    shown["region"] = look(wizard)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("iphone"), QAbstractButton))
    shown["device"] = look(wizard)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.LOOKS_DIFFERENT_BUTTON, QAbstractButton))
    for step in range(1, 7):
        shown[f"step {step}"] = look(wizard)
        click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    unfold_extras(qtbot, wizard)
    shown["confirm"] = look(wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    shown["done"] = look(wizard)
    return shown


def choose_in_combo(qtbot, combo: QComboBox, data: str) -> None:
    """Open the combo's list with a click, move to the item whose data is `data`, take it with Enter.

    (Clicking the item works too, but Qt ignores a release that comes within a double-click interval
    of the opening click, and the offscreen list is still settling its size then: keys are reliable.)
    """
    row = combo.findData(data)
    assert row >= 0, f"{data!r} is not in {combo.objectName()}"
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    key = Qt.Key.Key_Down if row > view.currentIndex().row() else Qt.Key.Key_Up
    for _step in range(combo.count()):
        if view.currentIndex().row() == row:
            break
        qtbot.keyClick(view, key)  # the open list has the keyboard
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    back_to_window(qtbot, combo)
    assert combo.currentIndex() == row


def choose_by_keys(qtbot, combo: QComboBox, data: str) -> None:
    """Step through the combo with the arrow keys until the item whose data is `data` is chosen."""
    row = combo.findData(data)
    assert row >= 0, f"{data!r} is not in {combo.objectName()}"
    key = Qt.Key.Key_Down if row > combo.currentIndex() else Qt.Key.Key_Up
    for _step in range(combo.count()):
        if combo.currentIndex() == row:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == row


def type_country(qtbot, combo: QComboBox, name: str) -> None:
    """Type a country's name into the searchable combo and click it in the suggestions."""
    line = combo.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, name)
    popup = combo.completer().popup()
    if popup.isVisible():
        model = popup.model()
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        index = next(i for i in rows if i.data() == name)
        qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(index).center())
        qtbot.waitUntil(lambda: not popup.isVisible())
    back_to_window(qtbot, combo)
    assert combo.currentText() == name


def back_to_window(qtbot, widget: QWidget) -> None:
    """After a popup closed, make sure its window is active again.

    Qt's offscreen platform delivers the popup's activation late, after the popup has gone, and
    does not hand it back (a desktop's window manager does): keys would go to the hidden popup.
    """
    qtbot.wait(1)
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def key_target() -> QWidget:
    """Where a key press goes: an open popup (the country suggestions), else the focused widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_keys(qtbot, text: str) -> None:
    """Type `text` key by key wherever the keys go (the suggestions list passes them on to the line edit)."""
    for char in text:
        qtbot.keyClicks(key_target(), char)


def mnemonic(button: QAbstractButton) -> Qt.Key:
    """The Alt+letter of a button whose text marks it with '&' ("&Next >" -> N, "&Suivant >" -> S)."""
    text = button.text()
    position = text.index("&")
    return Qt.Key(ord(text[position + 1].upper()))


def compiled_guides(fixtures: Path, into: Path) -> Path:
    """A copy of the guides in `fixtures`, with their own catalogs compiled as scripts/translations.py
    --compile does (the .mo files are not committed for fixtures): for AI_OPTOUT_ASSISTANT_EXTRA_GUIDES."""
    import shutil

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    shutil.copytree(fixtures, into, dirs_exist_ok=True)
    for po in into.glob("*/translations/*/LC_MESSAGES/guide.po"):
        with po.open("rb") as source, po.with_suffix(".mo").open("wb") as target:
            write_mo(target, read_po(source))
    return into


@contextlib.contextmanager
def guides_installed(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The assistant's guides with those in `folder` (AI_OPTOUT_ASSISTANT_EXTRA_GUIDES), as loaded at start;
    afterwards, LinkedIn's alone again, translations included."""
    from app.core.catalog import EXTRA_GUIDES_VARIABLE
    from app.guides import load_guides

    monkeypatch.setenv(EXTRA_GUIDES_VARIABLE, str(folder))
    try:
        yield load_guides()
    finally:
        monkeypatch.delenv(EXTRA_GUIDES_VARIABLE)
        load_guides()
