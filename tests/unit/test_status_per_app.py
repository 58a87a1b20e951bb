"""The status and the calendar reminder of a service done in several apps (the Friendsy fixture): the case
number is the account's in every app, each app's reminder opens its own action's page, the status is read at
the time it is asked for, and nothing recorded says so."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from factories import form_event, utc

from app.core.guide import Action, Extra, Guide, load_guide
from app.core.records import Confirmation, RecordStore
from app.core.reminder import EventWords, NothingToRemindError, calendar_document
from app.core.status import read_status, status_of

ROOT = Path(__file__).resolve().parents[2]
FRIENDSY = load_guide(ROOT / "tests" / "fixtures" / "guides-shapes" / "friendsy-ai-training" / "guide.toml")
NOW = utc(2026, 12, 4, 12, 0)


def sent(app: str, account: str = "", action: str = "object") -> Confirmation:
    return form_event(utc(2026, 11, 20, 10), app, account=account, action=action)


def words(_account: object) -> EventWords:
    return EventWords("Look again", "What to do")


def test_the_case_number_is_the_accounts_in_every_app() -> None:
    letters = {kind: "I object. {name}" for kind in ("off", "already_off", "unconfirmed")}
    form = Extra(
        "objection", "https://www.friendsy.example/help/ai-objection", "T", "S", "B", "D", ("help-ai",), letters
    )
    regions = tuple(region._replace(extras=("objection",)) for region in FRIENDSY.regions)
    guide = FRIENDSY._replace(extras={"objection": form}, regions=regions)
    cases = {"friendsy-ai-training/": "CASE-1", "friendsy-ai-training/Work": "CASE-2"}
    records = [sent("friendsy"), sent("pixgram"), sent("pixgram", "Work"), sent("friendsy", "Home")]
    records = [replace(record, extras=("objection",)) for record in records]
    status = status_of(guide, records, 6, NOW, cases)
    assert [(a.key, a.case_number) for a in status.accounts] == [
        ("friendsy-ai-training/friendsy:", "CASE-1"),
        ("friendsy-ai-training/pixgram:", "CASE-1"),
        ("friendsy-ai-training/friendsy:Home", ""),
        ("friendsy-ai-training/pixgram:Work", "CASE-2"),
    ]


def test_a_reminder_opens_the_page_of_the_action_that_was_done() -> None:
    first = Action("first", "setting", "https://www.friendsy.example/settings/first", "First", "Page")
    guide = FRIENDSY._replace(actions={"first": first, **FRIENDSY.actions})  # main action: another one
    document = calendar_document(status_of(guide, [sent("pixgram")], 6, NOW), words)
    assert "URL:https://www.friendsy.example/help/ai-objection\r\n" in document
    assert "/settings/first" not in document


def test_an_action_with_no_page_gives_a_reminder_without_a_link() -> None:
    document = calendar_document(status_of(FRIENDSY, [sent("pixgram", action="nothing")], 6, NOW), words)
    assert "BEGIN:VEVENT" in document and "URL:" not in document


def test_nothing_recorded_is_no_reminder(guide: Guide) -> None:
    with pytest.raises(NothingToRemindError) as info:
        calendar_document(status_of(FRIENDSY, [], 6, NOW), words)
    assert str(info.value) == "nothing recorded yet"
    with pytest.raises(NothingToRemindError):
        calendar_document(status_of(FRIENDSY, [sent("pixgram")], 6, NOW), words, key="friendsy-ai-training/x")
    document = calendar_document(status_of(FRIENDSY, [sent("pixgram")], 6, NOW), words, "friendsy-ai-training/pixgram:")
    assert document.count("BEGIN:VEVENT") == 1


def test_the_status_is_read_at_the_time_asked_for(tmp_path: Path) -> None:
    import sqlite3

    asked = utc(2026, 6, 1, 12)
    store, _notices = RecordStore.open(tmp_path)
    try:
        store.add_confirmation(sent("friendsy"), now=utc(2026, 11, 1))  # after the time asked for, before today
    finally:
        store.close()
    conn = sqlite3.connect(tmp_path / "records.sqlite3")
    conn.execute("UPDATE confirmations SET recorded_at = 'not a date' WHERE id = 1")
    conn.commit()
    conn.close()
    store, _notices = RecordStore.open(tmp_path)
    try:
        store.add_confirmation(sent("pixgram"), now=utc(2026, 11, 1))
        status = read_status(store, [FRIENDSY], asked)
    finally:
        store.close()
    assert (status.now, status.today, status.unreadable) == (asked, asked.astimezone().date(), 1)
    [account] = status.accounts
    assert (account.checklist.app, account.checklist.future_events) == ("pixgram", 1)  # in the future then
