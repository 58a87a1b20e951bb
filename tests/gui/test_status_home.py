"""The status home: one card per account with a badge, when and where, the extras, and one main action;
"More" for the receipt, history and export; the settings and "Delete everything" apart."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from app import __version__, i18n
from app.core.flow import WizardState
from app.core.records import RecordStore
from app.ui import names
from app.ui.session import Session
from app.ui.status_home import AccountCard, StatusHome

from .helpers import click, find, loose, plain


def record(store: RecordStore, guide, *, when: dt.datetime, device: str = "iphone", account: str = "", extras=()):
    new = new_confirmation(
        device=device,
        guide_id=guide.id,
        guide_version=guide.version,
        app_version=__version__,
        extras=tuple(extras),
        account=account,
    )
    return store.add_confirmation(new, now=when)


def days_ago(days: int) -> dt.datetime:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture
def home(qtbot, guide, store):
    """home(language) -> the status home on screen, for what is recorded in `store`."""

    def show(language: str = "en") -> StatusHome:
        i18n.set_language(language)
        window = StatusHome(Session(guide, store, WizardState(language=language), __version__))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return show


def cards(window: StatusHome) -> dict[str, AccountCard]:
    return {loose(card.title.text()): card for card in window.findChildren(AccountCard) if card.isVisible()}


def text_of(card: AccountCard, name: str) -> str:
    return loose(plain(find(card, name, QLabel)))


def test_a_card_per_account_with_its_badge_and_one_main_action(qtbot, guide, store, home):
    record(store, guide, when=days_ago(400), device="android", extras=("objection_form",))
    record(store, guide, when=dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC), account="Work")
    window = home("en")
    assert find(window, names.CHECKLIST_HEADING, QLabel).text() == "Your LinkedIn AI setting"
    assert loose(find(window, names.CHECKLIST_SUMMARY, QLabel).text()) == (
        "Time to check one account: LinkedIn sometimes changes its settings."
    )
    shown = cards(window)
    assert list(shown) == ["Your LinkedIn account", "Work"]
    due, work = shown["Your LinkedIn account"], shown["Work"]

    assert text_of(due, names.CARD_BADGE) == "Time to check"
    assert due.badge.property("tone") == "due"
    assert text_of(due, names.CARD_DETAILS).startswith("Last done on ")
    assert ", on your Android phone.\nA re-check has been due since " in text_of(due, names.CARD_DETAILS)
    assert text_of(due, names.CARD_EXTRAS).startswith("✓ Object with LinkedIn's form: sent on ")
    assert find(due, names.CARD_CASE_NUMBER, QPushButton).text() == "Note the case number"
    assert find(due, names.CARD_ACTION, QPushButton).text() == "Check now"

    assert text_of(work, names.CARD_BADGE) == "Off since 1 November 2026"
    assert work.badge.property("tone") == "ok"
    assert (
        text_of(work, names.CARD_DETAILS)
        == "Last done on 1 November 2026, on your iPhone.\nNext re-check due on 1 May 2027."
    )
    assert text_of(work, names.CARD_EXTRAS) == "○ Object with LinkedIn's form: optional, you can do it later"
    assert find(work, names.CARD_ACTION, QPushButton).text() == "Check it now"

    # One primary action on the screen: the account that needs something.
    primaries = [c for c in shown.values() if find(c, names.CARD_ACTION, QPushButton).property("variant") == "primary"]
    assert primaries == [due]
    assert window.focusWidget() is find(due, names.CARD_ACTION, QPushButton)  # Enter does it


def test_the_card_actions_ask_for_the_right_thing(qtbot, guide, store, home):
    record(store, guide, when=days_ago(400))
    record(store, guide, when=days_ago(3), account="Work")
    window = home("en")
    asked: list[tuple[str, str]] = []
    window.restartRequested.connect(lambda key: asked.append(("check now", key)))
    window.recheckedRequested.connect(lambda key: asked.append(("still off", key)))
    shown = cards(window)
    click(qtbot, find(shown["Your LinkedIn account"], names.CARD_ACTION, QPushButton))
    click(qtbot, find(shown["Work"], names.CARD_ACTION, QPushButton))
    assert asked == [("check now", "linkedin-ai-training/"), ("still off", "linkedin-ai-training/Work")]


def test_what_was_recorded_shows_on_its_card(qtbot, guide, store, home):
    record(store, guide, when=days_ago(3), account="Work")
    window = home("en")
    record(store, guide, when=days_ago(0), account="Work")
    window.note_recorded("linkedin-ai-training/Work", "Recorded: still off today.")
    qtbot.waitUntil(lambda: "Work" in cards(window))
    feedback = find(cards(window)["Work"], names.CARD_FEEDBACK, QLabel)
    qtbot.waitUntil(feedback.isVisible)
    assert feedback.text() == "Recorded: still off today."


def test_more_holds_the_receipt_the_history_and_the_export(qtbot, guide, store, home):
    record(store, guide, when=days_ago(3))
    window = home("fr")
    card = next(iter(cards(window).values()))
    more = find(card, names.CARD_MORE, QPushButton)
    assert more.text() == "Plus"
    assert more.property("variant") == "secondary"
    texts = [loose(action.text()) for action in more.menu().actions()]
    assert texts == [
        "Refaire les étapes",
        "Enregistrer ou imprimer le reçu…",
        "Historique…",
        "Exporter les données (pour experts)…",
    ]
    asked: list[str] = []
    window.restartRequested.connect(lambda key: asked.append(f"steps {key}"))
    window.exportPdfRequested.connect(lambda: asked.append("receipt"))
    window.exportJsonRequested.connect(lambda: asked.append("export"))
    for index in (0, 1, 3):
        more.menu().actions()[index].trigger()
    assert asked == ["steps linkedin-ai-training/", "receipt", "export"]


def test_settings_and_delete_sit_apart(qtbot, guide, store, home):
    record(store, guide, when=days_ago(3))
    window = home("fr")
    settings = find(window, names.STATUS_SETTINGS)
    period = find(settings, names.RECHECK_PERIOD_COMBO, QComboBox)
    assert [period.itemText(i) for i in range(period.count())] == ["1 mois", "3 mois", "6 mois", "12 mois"]
    assert period.width() >= period.sizeHint().width()  # "12 mois" is never cut to "12 moi"
    delete = find(window, names.DELETE_EVERYTHING_BUTTON, QPushButton)
    assert loose(delete.text()) == "Tout supprimer…"
    assert delete.property("variant") == "danger"
    assert not any(card.isAncestorOf(delete) for card in cards(window).values())
    assert loose(find(window, names.ADD_ACCOUNT_BUTTON, QPushButton).text()) == "Ajouter un autre compte LinkedIn"


def test_nothing_recorded_says_so(qtbot, store, home):
    window = home("en")
    assert cards(window) == {}
    assert find(window, names.CHECKLIST_SUMMARY, QLabel).text() == (
        "Nothing recorded yet. Start the assistant to be guided through the steps."
    )


def test_each_card_offers_a_calendar_reminder_for_its_account(qtbot, guide, store, home):
    record(store, guide, when=days_ago(3), account="Work")
    window = home("en")
    asked: list[str] = []
    window.reminderRequested.connect(asked.append)
    reminder = find(cards(window)["Work"], names.CARD_REMINDER, QPushButton)
    assert reminder.text() == "Add a reminder to my calendar"
    click(qtbot, reminder)
    assert asked == ["linkedin-ai-training/Work"]
