"""One record set (tests/one_record_set.py), every output that is not a window: `status`, `status --json`, the
export and the calendar file say the same facts, on the same dates, in the same words as the home's card
(tests/gui/test_one_status.py holds the card and the receipt). Expected values are written out, never computed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
from one_record_set import CASE, NEXT_CHECK, NOW, OBJECTION_SENT, OFF_SINCE, TODAY, WORDS, WORK_DUE, record_the_set

from app import __version__, i18n
from app.core import status as status_module
from app.core.export import records_document
from app.core.guide import Guide
from app.core.records import RecordStore
from app.core.status import read_status
from app.status import print_status

EVENT_TITLE = {
    "en": ("Check your LinkedIn AI-training setting", "Check your LinkedIn AI-training setting (Work)"),
    "fr": (
        "Vérifier le réglage d’entraînement de l’IA de LinkedIn",
        "Vérifier le réglage d’entraînement de l’IA de LinkedIn (Work)",
    ),
}


@pytest.fixture
def folder(tmp_path: Path, local_zone: Callable[[str], None], monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    local_zone("UTC0")
    monkeypatch.setattr(status_module, "utc_now", lambda: NOW)  # the one clock every output reads
    store, _notices = RecordStore.open(tmp_path / "data")
    record_the_set(store)
    store.close()
    yield tmp_path / "data"
    i18n.set_language("en")


def test_the_status_is_read_once_with_each_fact(folder: Path, guide: Guide) -> None:
    store, _notices = RecordStore.open(folder, read_only=True)
    status = read_status(store, [guide])
    store.close()
    assert (status.today, status.now, status.months, status.orphans, status.unreadable) == (TODAY, NOW, 6, 0, 0)
    mine, work = status.accounts
    assert (mine.key, work.key) == ("linkedin-ai-training/", "linkedin-ai-training/Work")
    assert mine.since is not None and mine.since.switched and mine.since.at.isoformat() == OFF_SINCE
    assert mine.last_done is not None and mine.last_done.device == "android"
    assert (mine.due, mine.overdue, mine.is_due, mine.guide_changed) == (NEXT_CHECK, False, False, False)
    assert mine.objection_sent is not None and mine.objection_sent.isoformat() == OBJECTION_SENT
    assert mine.case_number == CASE
    assert (work.due, work.overdue, work.is_due, work.guide_changed) == (WORK_DUE, True, True, True)
    assert (work.objection_sent, work.case_number) == (None, "")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_status_says_the_cards_words(folder: Path, language: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert print_status(folder, language=language, as_json=False) == 0
    mine, work = capsys.readouterr().out.split("\n\n")[1:3]
    words = WORDS[language]
    assert f" {words['off']} (" in mine  # the switch's line
    for line in ("next", "objection"):
        assert f"  {words[line]}\n" in mine
    for line in ("changed", "overdue"):
        assert f"  {words[line]}\n" in work
    assert words["next"] not in work and words["objection"] not in work and words["changed"] not in mine


def test_status_json_and_the_export_say_the_same_facts(
    folder: Path, guide: Guide, capsys: pytest.CaptureFixture[str]
) -> None:
    assert print_status(folder, language="en", as_json=True) == 0
    from_status = json.loads(capsys.readouterr().out)
    store, _notices = RecordStore.open(folder, read_only=True)
    exported = records_document(read_status(store, [guide]), __version__)
    store.close()
    assert from_status["schema"] == exported["schema"] == 2
    for accounts in (from_status["accounts"], exported["accounts"]):
        mine, work = accounts
        assert (mine["off_since"], mine["found_off_on"], mine["recheck_due"]) == (OFF_SINCE, None, "2027-01-02")
        assert (mine["recheck_is_due"], mine["guide_changed"]) == (False, False)
        assert (mine["objection_sent"], mine["case_number"]) == (OBJECTION_SENT, CASE)
        assert (work["label"], work["recheck_due"], work["recheck_is_due"], work["guide_changed"]) == (
            "Work",
            "2026-09-02",
            True,
            True,
        )
        assert (work["objection_sent"], work["case_number"]) == (None, None)
    assert exported["generated_at_utc"] == "2026-12-04T12:00:00+00:00"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_calendar_file_is_dated_as_the_card_says(folder: Path, language: str, tmp_path: Path) -> None:
    path = tmp_path / "reminder.ics"
    assert print_status(folder, language=language, as_json=False, ics=path) == 0
    mine, work = icalendar.Calendar.from_ical(path.read_text(encoding="utf-8")).walk("VEVENT")
    assert (str(mine["SUMMARY"]), str(work["SUMMARY"])) == EVENT_TITLE[language]
    assert mine["DTSTART"].dt == NEXT_CHECK == dt.date(2027, 1, 2)  # "Next re-check due on 2 January 2027."
    assert work["DTSTART"].dt == TODAY  # due already: today, not 2 September
    assert mine["DTSTAMP"].dt == NOW
