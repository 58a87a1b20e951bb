"""A second account is never merged into the first by accident (issue 25, points 2 and 8): "Add another
LinkedIn account" names its service, opens the wizard with a name already given ("Account 2"), and a
name that is already recorded (or none, the only account's) is met with "The same account?"; Enter in the
name field records nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QPushButton

from app import i18n
from app.core.flow import PageId
from app.ui import names

from .helpers import back_to_window, click, click_next, find, key_target
from .test_checklist_actions import add, cards, days_ago

ADD_TEXT = {"en": "Add another LinkedIn account", "fr": "Ajouter un autre compte LinkedIn"}
SUGGESTED = {"en": "Account 2", "fr": "Compte 2"}
ASKED = {
    "en": ("Your LinkedIn account is already on your checklist.", "The same account", "Another account: name it"),
    "fr": (
        "Votre compte LinkedIn figure déjà dans votre liste.",
        "Le même compte",
        "Un autre compte\u00a0: lui donner un nom",
    ),
}


def open_add_account(qtbot, guide, store, launch, language: str):  # type: ignore[no-untyped-def]
    i18n.set_language(language)
    add(store, guide, country="BE", device="iphone", now=days_ago(30))
    controller, home = launch(guide, store)
    button = find(home, names.ADD_ACCOUNT_BUTTON, QPushButton)
    assert button.text() == ADD_TEXT[language]
    click(qtbot, button)
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.REGION
    assert find(wizard, names.COUNTRY_COMBO, QComboBox).currentData() == "BE"  # kept from the first account
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("android"), QAbstractButton))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    return controller, wizard


def accounts(store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((c.account, c.device) for c in store.confirmations())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_another_account_gets_its_own_name_and_card(qtbot, guide, store, launch, language):
    controller, wizard = open_add_account(qtbot, guide, store, launch, language)
    assert find(wizard, names.ACCOUNT_COMBO, QComboBox).currentText() == SUGGESTED[language]
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    click_next(qtbot, wizard)  # no question: the name is new
    assert accounts(store) == sorted([("", "iphone"), (SUGGESTED[language], "android")])
    wizard.close()
    home = controller.show_checklist()
    assert len(cards(qtbot, home)) == 2


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """asked(button_name): "The same account?" gets a click on that button; returns what it said."""
    said: list[tuple[str, str, str, str]] = []

    def set_choice(choice: str) -> list[tuple[str, str, str, str]]:
        def ask(box: QMessageBox) -> int:
            assert box.objectName() == names.SAME_ACCOUNT_BOX
            same = find(box, names.SAME_ACCOUNT_BUTTON, QPushButton)
            other = find(box, names.OTHER_ACCOUNT_BUTTON, QPushButton)
            assert box.defaultButton() is other and box.escapeButton() is other  # Enter records nothing
            said.append((box.text(), same.text(), other.text(), box.informativeText()))
            find(box, choice, QPushButton).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", ask)
        return said

    return set_choice


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_name_asks_whether_it_is_the_same_account(qtbot, guide, store, launch, asked, language):
    _controller, wizard = open_add_account(qtbot, guide, store, launch, language)
    said = asked(names.OTHER_ACCOUNT_BUTTON)
    find(wizard, names.ACCOUNT_COMBO, QComboBox).setEditText("")
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    [(text, same, other, _more)] = said
    assert (text, same, other) == ASKED[language]
    assert wizard.currentId() == PageId.CONFIRM  # to name it: nothing recorded
    assert accounts(store) == [("", "iphone")]
    back_to_window(qtbot, wizard)
    combo = find(wizard, names.ACCOUNT_COMBO, QComboBox)
    assert key_target() in (combo, combo.lineEdit())  # where the name is typed


def test_the_same_account_on_purpose_is_recorded_under_its_name(qtbot, guide, store, launch, asked):
    _controller, wizard = open_add_account(qtbot, guide, store, launch, "en")
    said = asked(names.SAME_ACCOUNT_BUTTON)
    find(wizard, names.ACCOUNT_COMBO, QComboBox).setEditText("")
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert len(said) == 1
    assert wizard.currentId() == PageId.DONE
    assert accounts(store) == [("", "android"), ("", "iphone")]  # one account, checked again on another device


def test_a_recorded_name_in_other_letters_is_the_same_name(qtbot, guide, store, launch, asked):
    add(store, guide, country="BE", device="browser", account="Work", now=days_ago(20))
    _controller, wizard = open_add_account(qtbot, guide, store, launch, "en")
    assert find(wizard, names.ACCOUNT_COMBO, QComboBox).currentText() == "Account 3"  # two are recorded
    said = asked(names.OTHER_ACCOUNT_BUTTON)
    find(wizard, names.ACCOUNT_COMBO, QComboBox).setEditText(" work ")
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert said[0][0] == "“Work” is already on your checklist."
    assert wizard.currentId() == PageId.CONFIRM


def test_enter_in_the_account_name_records_nothing(qtbot, guide, store, launch):
    _controller, wizard = open_add_account(qtbot, guide, store, launch, "en")
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    line = find(wizard, names.ACCOUNT_COMBO, QComboBox).lineEdit()
    assert isinstance(line, QLineEdit)
    back_to_window(qtbot, wizard)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        line.setFocus()
        assert key_target() in (line, line.parent())
        qtbot.keyClick(key_target(), key)  # where a person's key goes: it moves on to the next control
        assert key_target() not in (line, line.parent())
        qtbot.keyClick(line, key)
    assert wizard.currentId() == PageId.CONFIRM
    assert accounts(store) == [("", "iphone")]
