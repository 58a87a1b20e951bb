"""Honest feedback: "your browser was asked to open it" only when it was, the link to copy when it is not, and an
answer recorded once whatever the person does with Back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from app.core.flow import PageId
from app.ui import names

from .helpers import BACK, CANCEL, FINISH, click, click_next, find, loose, unfold_extras, walk_to_confirm

SETTING = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A computer where no browser takes the link: QDesktopServices.openUrl returns False."""
    tried: list[str] = []

    def refuse(url: QUrl) -> bool:
        tried.append(url.toString())
        return False

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", refuse)
    return tried


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your browser could not be opened. Copy this link and paste it into your browser's address bar:"),
        (
            "fr",
            "Votre navigateur n’a pas pu être ouvert. Copiez ce lien et collez-le dans la barre d’adresse de votre "
            "navigateur :",
        ),
    ],
)
def test_without_a_browser_the_welcome_page_shows_the_link_to_copy(qtbot, make_wizard, no_browser, language, sentence):
    wizard = make_wizard(language)
    click(qtbot, find(wizard, names.QUICK_LINK_BUTTON, QPushButton))
    assert no_browser == [SETTING]
    assert loose(find(wizard, names.link_feedback(names.QUICK_LINK).message, QLabel).text()) == sentence
    link = find(wizard, names.link_feedback(names.QUICK_LINK).link, QLabel)
    assert link.isVisible() and link.text() == SETTING
    QApplication.clipboard().setText("something else")
    click(qtbot, find(wizard, names.link_feedback(names.QUICK_LINK).copy, QPushButton))
    assert QApplication.clipboard().text() == SETTING
    assert find(wizard, names.link_feedback(names.QUICK_LINK).copied, QLabel).isVisible()


def test_the_steps_page_says_whether_the_setting_opened(qtbot, make_wizard, opened_urls, monkeypatch):
    wizard = make_wizard("en")
    click_next(qtbot, wizard)
    from .helpers import type_country

    type_country(qtbot, find(wizard, names.COUNTRY_COMBO), "France")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("browser")))
    click_next(qtbot, wizard)
    message = names.link_feedback(names.OPEN_SETTING_FEEDBACK).message
    assert not find(wizard, names.OPEN_SETTING_FEEDBACK).isVisible()  # nothing said before anything was tried
    click(qtbot, find(wizard, names.OPEN_SETTING_BUTTON, QPushButton))
    assert opened_urls == [SETTING]
    assert find(wizard, message, QLabel).text() == "Your browser was asked to open the setting page."
    assert not find(wizard, names.link_feedback(names.OPEN_SETTING_FEEDBACK).copy, QPushButton).isVisible()
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: False)
    click(qtbot, find(wizard, names.OPEN_SETTING_BUTTON, QPushButton))
    assert find(wizard, message, QLabel).text().startswith("Your browser could not be opened.")
    assert find(wizard, names.link_feedback(names.OPEN_SETTING_FEEDBACK).copy, QPushButton).isVisible()


def test_an_extra_that_did_not_open_shows_its_link(qtbot, make_wizard, no_browser):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    unfold_extras(qtbot, wizard)
    click(qtbot, find(wizard, names.extra("objection_form").button, QPushButton))
    assert (
        find(wizard, names.link_feedback(names.extra("objection_form").feedback).link, QLabel).text()
        == "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
    )


def test_an_answer_is_recorded_once_and_done_has_no_back_or_cancel(qtbot, make_wizard, store):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    assert not wizard.button(BACK).isVisible() and not wizard.button(CANCEL).isVisible()
    assert wizard.button(FINISH).isVisible()
    # Even forced back and forward again (no button offers it), the answer is recorded once.
    wizard.back()
    assert wizard.currentId() == PageId.CONFIRM
    wizard.next()
    assert wizard.currentId() == PageId.DONE
    assert len(store.confirmations()) == 1
    # A different answer is a new record.
    wizard.back()
    unfold_extras(qtbot, wizard)
    click(qtbot, find(wizard, names.extra("objection_form").done, QCheckBox))
    wizard.next()
    assert [c.extras for c in store.confirmations()] == [(), ("objection_form",)]
