"""Never lose progress: Esc does not close the wizard; Cancel (or the window's close button) midway asks
"Stop for now?", and the next launch opens where the person was, with their choices."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.core import settings
from app.core.flow import PageId, WizardState, resume_from, resume_text
from app.core.records import RecordStore
from app.ui import names

from .helpers import CANCEL, click, click_next, find, loose, type_country, walk_to_confirm

STOP_TEXT = {
    "en": ("Stop for now?", "We'll remember where you were: next time, the assistant opens here with your choices."),
    "fr": (
        "Arrêter pour l’instant ?",
        "Nous nous souviendrons où vous en étiez : la prochaine fois, l’assistant s’ouvrira ici avec vos choix.",
    ),
}


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):
    """answer(label): the "Stop for now?" box is answered by clicking `label`. Returns what it asked."""
    asked: list[tuple[str, str, list[str]]] = []

    def set_answer(label: str) -> list[tuple[str, str, list[str]]]:
        def exec_(box: QMessageBox) -> int:
            buttons = [b.text() for b in box.buttons()]
            asked.append((box.text(), box.informativeText(), buttons))
            next(b for b in box.buttons() if b.text() == label).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked

    return set_answer


def controller_wizard(qtbot, guide, store, launch):
    controller, wizard = launch(guide, store)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return controller, wizard


def test_esc_never_closes_the_wizard(qtbot, guide, store, launch):
    _controller, wizard = controller_wizard(qtbot, guide, store, launch)
    click_next(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.currentId() == PageId.REGION


@pytest.mark.parametrize("language", ["en", "fr"])
def test_cancel_midway_asks_and_keep_going_stays(qtbot, guide, store, launch, answer, language):
    i18n.set_language(language)
    asked = answer("Continuer" if language == "fr" else "Keep going")
    _controller, wizard = controller_wizard(qtbot, guide, store, launch)
    click_next(qtbot, wizard)
    click(qtbot, wizard.button(CANCEL))
    [(text, informative, buttons)] = asked
    assert (loose(text), loose(informative)) == STOP_TEXT[language]
    assert buttons == (["Arrêter pour l’instant", "Continuer"] if language == "fr" else ["Stop for now", "Keep going"])
    assert wizard.isVisible() and wizard.currentId() == PageId.REGION


def test_stop_for_now_and_come_back_where_you_were(qtbot, guide, store, data_dir, launch, answer):
    asked = answer("Stop for now")
    _controller, wizard = controller_wizard(qtbot, guide, store, launch)
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO), "Canada")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("android")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS
    click(qtbot, wizard.button(CANCEL))
    assert len(asked) == 1
    qtbot.waitUntil(lambda: not wizard.isVisible())
    kept = json.loads(store.setting(settings.RESUME.key))
    assert kept["page"] == "STEPS" and kept["country"] == "CA" and kept["device"] == "android"
    assert store.confirmations() == []  # a place is remembered, nothing is recorded

    # The next launch opens on the steps for Android, in Canada.
    again, _notices = RecordStore.open(data_dir)
    try:
        _controller, wizard = controller_wizard(qtbot, guide, again, launch)
        assert wizard.currentId() == PageId.STEPS
        assert (wizard.session.state.country, wizard.session.state.device) == ("CA", "android")
        click_next(qtbot, wizard)
        click(qtbot, find(wizard, names.answer_button("off")))
        click_next(qtbot, wizard)
        assert wizard.currentId() == PageId.DONE
        assert again.setting(settings.RESUME.key) == ""  # recorded: nothing left to resume
    finally:
        again.close()


class SpontaneousClose(QCloseEvent):
    """The window's own close button (the system's event), which the tests cannot click."""

    def spontaneous(self) -> bool:
        return True


def test_the_window_close_button_asks_too(qtbot, guide, store, launch, answer):
    asked = answer("Keep going")
    _controller, wizard = controller_wizard(qtbot, guide, store, launch)
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    event = SpontaneousClose()
    wizard.closeEvent(event)
    assert len(asked) == 1 and not event.isAccepted()
    assert wizard.isVisible() and wizard.currentId() == PageId.CONFIRM
    assert store.setting(settings.RESUME.key) is None  # kept going: nothing to remember yet


def test_first_page_closes_without_asking(qtbot, guide, store, launch, answer):
    asked = answer("Keep going")
    _controller, wizard = controller_wizard(qtbot, guide, store, launch)
    click(qtbot, wizard.button(CANCEL))
    assert asked == []
    assert not wizard.isVisible()
    assert store.setting(settings.RESUME.key) is None  # nothing chosen, nothing kept


# -- the Qt-free part --------------------------------------------------------------------------------


def test_resume_round_trip_and_what_no_longer_fits(guide) -> None:
    state = WizardState(language="fr", country="GB", device="iphone", account="Work", linkedin_language="en")
    state.guide_id = guide.id
    text = resume_text(state, PageId.CONFIRM)
    assert json.loads(text) == {
        "page": "CONFIRM",
        "country": "GB",
        "device": "iphone",
        "account": "Work",
        "guide_id": "linkedin-ai-training",
        "linkedin_language": "en",
    }
    resumed_state, page = resume_from(text, "fr", [guide], ["en", "fr"])
    assert page == PageId.CONFIRM
    assert (resumed_state.country, resumed_state.device, resumed_state.account) == ("GB", "iphone", "Work")
    assert not resumed_state.answers and resumed_state.extras == set()  # answers are never kept
    # A device a newer guide had: back to the device page. No country: back to the region page.
    no_device = text.replace('"iphone"', '"ipad"')
    assert resume_from(no_device, "fr", [guide], ["en", "fr"])[1] == PageId.DEVICE
    no_country = text.replace('"GB"', "null")
    assert resume_from(no_country, "fr", [guide], ["en", "fr"])[1] == PageId.REGION
    assert resume_from(text, "fr", [guide], ["fr"])[0].linkedin_language is None  # no longer offered
    for broken in ("", "not json", "[1]", '{"page": "STEPS"}', text.replace('"linkedin-ai-training"', '"gone"')):
        assert resume_from(broken, "fr", [guide], ["en", "fr"]) is None, broken
    assert resume_from(text.replace('"CONFIRM"', '"DONE"'), "fr", [guide], ["en", "fr"])[1] == PageId.WELCOME


@pytest.mark.parametrize("language", ["en", "fr"])
def test_stop_for_now_after_check_now_opens_there_next_time(qtbot, guide, store, launch, answer, language):
    """Opened by "Check now" (something is recorded), "Stop for now" promises the same as ever, and the next
    start keeps it: the steps of that account, not the status home (issue 25, point 8)."""
    from .test_back_after_resume import check_now

    asked = answer("Arrêter pour l’instant" if language == "fr" else "Stop for now")
    wizard = check_now(qtbot, guide, store, launch, language)
    click(qtbot, wizard.button(CANCEL))
    [(_text, informative, _buttons)] = asked
    assert loose(informative) == STOP_TEXT[language][1]
    _controller, again = launch(guide, store)
    assert again.currentId() == PageId.STEPS
    assert (again.session.state.account, again.session.state.device, again.session.state.country) == (
        "Work",
        "android",
        "CA",
    )
