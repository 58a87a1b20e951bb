"""Keyboard only: the whole wizard without a mouse, and a name for every control a screen reader meets."""

from __future__ import annotations

import pytest
from factories import new_confirmation
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
    QWizard,
)

from app import __version__, i18n
from app.core import regions
from app.core.flow import PageId, WizardState
from app.ui import names
from app.ui.session import Session
from app.ui.status_home import StatusHome

from .helpers import BACK, NEXT, back_to_window, click, click_next, find, key_target, mnemonic, type_country, type_keys

QT_WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.HelpButton,
)
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(key_target(), key, modifier)


def tab_to(qtbot, name: str) -> QWidget:
    """Press Tab until the widget called `name` has the focus: it must be reachable by keyboard."""
    visited = []
    for _press in range(20):
        focused = QApplication.focusWidget()
        if focused is not None and focused.objectName() == name:
            return focused
        visited.append(f"{type(focused).__name__}:{focused.objectName()}" if focused else None)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{name!r} cannot be reached with Tab; the focus went through {visited}")


def next_by_alt(qtbot, wizard: QWizard) -> None:
    """Alt + the underlined letter of Next (its click is animated, so wait for the page to change)."""
    before = wizard.currentId()
    press(qtbot, mnemonic(wizard.button(NEXT)), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def next_by_enter(qtbot, wizard: QWizard) -> None:
    before = wizard.currentId()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() != before, "Enter did not move on"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_whole_wizard_by_keyboard(qtbot, make_wizard, store, opened_urls, language):
    wizard = make_wizard(language)
    assert QApplication.focusWidget() is not None

    # Welcome -> Region with Alt+N (Alt+S in French).
    next_by_alt(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION

    # Type part of the country's name, pick it from the suggestions, Enter for Next.
    canada = regions.country_name("CA", language)
    combo = find(wizard, names.COUNTRY_COMBO, QComboBox)
    assert QApplication.focusWidget() in (combo, combo.lineEdit())
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, canada[:4])
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # takes the suggestion
    back_to_window(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION
    assert wizard.session.state.country == "CA", combo.currentText()
    next_by_enter(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICE

    # Tab into the choices (one stop, like radio buttons), arrows to the computer, Space to choose it.
    tab_to(qtbot, names.device_button("iphone"))
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget().objectName() == names.device_button("android")
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget().objectName() == names.device_button("browser")
    assert wizard.session.state.device is None, "moving the focus must not choose"
    assert not wizard.button(NEXT).isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.session.state.device == "browser"
    next_by_enter(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS

    # The setting opens from the keyboard too.
    tab_to(qtbot, names.OPEN_SETTING_BUTTON)
    press(qtbot, Qt.Key.Key_Space)
    assert opened_urls == [wizard.session.guide.main_action.link]
    # The page that opened is the last step's: the steps go there. One step per screen: Alt+B ("Back";
    # Alt+R in French) steps back, Alt+D ("Done, next step"; Alt+F) forward, and on the last step on.
    counter = find(wizard, names.STEP_COUNTER)
    expected = "Step {} of 6" if language == "en" else "Étape {} sur 6"
    assert counter.text() == expected.format(6)
    for number in (5, 4):
        press(qtbot, mnemonic(wizard.button(BACK)), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda number=number: counter.text() == expected.format(number))
    for number in (5, 6):
        press(qtbot, mnemonic(wizard.button(NEXT)), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda number=number: counter.text() == expected.format(number))
    next_by_alt(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM

    tab_to(qtbot, names.answer_button("off"))
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, names.GO_FURTHER_BUTTON)  # the optional extras, folded
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, names.extra("objection_form").done)
    press(qtbot, Qt.Key.Key_Space)
    next_by_alt(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE

    # Finish with Enter.
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted
    [record] = store.confirmations()
    assert (record.device, record.country, record.extras, record.language) == (
        "browser",
        "CA",
        ("objection_form",),
        language,
    )


# -- accessible names ---------------------------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    return widget.accessibleName().strip()


def unnamed_controls(window: QWidget, *, scroll_areas: bool = True) -> list[str]:
    """The visible controls and tab stops in `window` that a screen reader could not name."""
    wizard_buttons = []
    if isinstance(window, QWizard):
        wizard_buttons = [window.button(which) for which in QT_WIZARD_BUTTONS]
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        tab_stop = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not (tab_stop or (isinstance(widget, INTERACTIVE) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus)):
            continue
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView) and not scroll_areas:
            continue
        if accessible_name(widget):
            continue
        # The line edit of an editable combo speaks for the combo, which carries the name.
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox) and accessible_name(parent):
            continue
        # Qt's own wizard buttons are named by Qt from their text.
        if widget in wizard_buttons:
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is not None and interface.text(QAccessible.Text.Name).strip():
                continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}")
    return missing


def walk_checking_names(qtbot, wizard: QWizard, country: str, *, quick: bool) -> list[PageId]:
    """Go through the wizard by mouse; on each page, every control must have a name. Returns the pages seen."""
    seen: list[PageId] = []

    def check() -> None:
        seen.append(PageId(wizard.currentId()))
        # Scroll areas that take the focus: see test_steps_page_tab_stops_have_names.
        assert unnamed_controls(wizard, scroll_areas=False) == [], (i18n.language(), country, seen[-1])

    check()
    if quick:
        click(qtbot, find(wizard, names.QUICK_LINK_BUTTON))
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name(country, i18n.language()))
    check()
    click_next(qtbot, wizard)
    if not quick:
        check()
        click(qtbot, find(wizard, names.device_button("browser")))
        click_next(qtbot, wizard)
        check()
        click_next(qtbot, wizard)
    check()
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    check()
    return seen


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_control_has_a_name(qtbot, make_wizard, guide, store, language):
    full = walk_checking_names(qtbot, make_wizard(language), "US", quick=False)  # ads extra
    assert full == [PageId.WELCOME, PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM, PageId.DONE]
    quick = walk_checking_names(qtbot, make_wizard(language), "FR", quick=True)  # objection form, "show steps"
    assert quick == [PageId.WELCOME, PageId.REGION, PageId.CONFIRM, PageId.DONE]

    i18n.set_language(language)
    store.add_confirmation(
        new_confirmation(language=language, guide_id=guide.id, guide_version=guide.version, app_version=__version__)
    )
    checklist = StatusHome(Session(guide, store, WizardState(language=language), __version__))
    qtbot.addWidget(checklist)
    checklist.show()
    qtbot.waitExposed(checklist)
    assert find(checklist, names.ACCOUNT_CARD).isVisible()
    assert unnamed_controls(checklist) == []


def test_steps_page_tab_stops_have_names(qtbot, make_wizard):
    """The steps page's first tab stop is its scroll area: it needs a name too (or no tab stop at all)."""
    wizard = make_wizard("en")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("US", "en"))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("browser")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS
    assert unnamed_controls(wizard) == []
