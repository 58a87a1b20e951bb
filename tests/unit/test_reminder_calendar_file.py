"""The calendar file as it lands on disk, line by line (after unfolding), in English and in French; long
account names as the event's title shows them; where the file may not be written, and why."""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
from factories import event, status_of_lists, utc

from app import i18n
from app.core.checklist import Checklist, build_all, build_checklist
from app.core.guide import Guide
from app.core.reminder import (
    LINK as REFUSED_LINK,
)
from app.core.reminder import (
    NOT_A_FILE,
    SYSTEM,
    WhyNot,
    calendar_document,
    escape_text,
    refusal,
    save_calendar,
    write_calendar,
)
from app.core.status import status_of
from app.reminder_text import event_words, why_not_text

LINK = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
TODAY = dt.date(2026, 12, 1)
NOW = utc(2026, 12, 1, 8, 30)  # 1,534,110 minutes after 1 January 2024, 00:00 UTC


@pytest.fixture(autouse=True)
def paris_computer(local_zone: Callable[[str], None]) -> Iterator[None]:
    """A computer in Paris (UTC+1 in December): the file's times must still be written in UTC."""
    local_zone("CET-1")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def checklists(guide: Guide, *events: object) -> list[Checklist]:
    return build_all([guide], list(events), now=NOW)  # type: ignore[arg-type]


def logical_lines(text: str) -> list[str]:
    """The file's lines with their folding undone (RFC 5545 3.1), as a calendar reads them."""
    assert text.endswith("\r\n")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def test_the_whole_file_for_one_account_in_english(guide: Guide) -> None:
    text = calendar_document(
        status_of_lists(guide, checklists(guide, event(utc(2026, 11, 25, 10, 0))), today=TODAY, now=NOW), event_words
    )
    assert logical_lines(text) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//AI Opt-Out Assistant//ai-optout-assistant 0.1.0//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:linkedin-ai-training-5f71339e165b300c259b@ai-optout-assistant",
        "DTSTAMP:20261201T083000Z",
        "SEQUENCE:1534110",
        "DTSTART;VALUE=DATE:20270525",
        "DTEND;VALUE=DATE:20270526",
        "SUMMARY:Check your LinkedIn AI-training setting",
        "DESCRIPTION:It is time to check that LinkedIn still does not use the data and content you provided to "
        "train its content-creating AI. Open this page and make sure the switch is off\\, or start the AI Opt-Out "
        "Assistant to be guided step by step."
        "\\n" + LINK,
        "URL:" + LINK,
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:PT9H",
        "DESCRIPTION:Check your LinkedIn AI-training setting",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]


def test_the_whole_file_for_two_accounts_in_french(guide: Guide) -> None:
    i18n.set_language("fr")
    lists = checklists(guide, event(utc(2026, 11, 25, 10, 0)), event(utc(2026, 10, 2, 10, 0), account="Travail"))
    text = calendar_document(status_of_lists(guide, lists, today=TODAY, now=NOW), event_words)
    description = (
        "DESCRIPTION:Il est temps de vérifier que LinkedIn n’utilise toujours pas les données et contenus que vous "
        "avez fournis pour entraîner son IA de création de contenu. Ouvrez cette page et vérifiez que l’interrupteur "
        "est désactivé\\, ou lancez l’Assistant "
        "anti-entraînement IA pour vous laisser guider pas à pas.\\n" + LINK
    )
    title = "Vérifier le réglage d’entraînement de l’IA de LinkedIn"
    assert logical_lines(text)[5:] == [
        "BEGIN:VEVENT",
        "UID:linkedin-ai-training-5f71339e165b300c259b@ai-optout-assistant",
        "DTSTAMP:20261201T083000Z",
        "SEQUENCE:1534110",
        "DTSTART;VALUE=DATE:20270525",
        "DTEND;VALUE=DATE:20270526",
        "SUMMARY:" + title,
        description,
        "URL:" + LINK,
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:PT9H",
        "DESCRIPTION:" + title,
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:linkedin-ai-training-83624b964e9f5dad1b7d@ai-optout-assistant",
        "DTSTAMP:20261201T083000Z",
        "SEQUENCE:1534110",
        "DTSTART;VALUE=DATE:20270402",
        "DTEND;VALUE=DATE:20270403",
        "SUMMARY:" + title + " (Travail)",
        description,
        "URL:" + LINK,
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:PT9H",
        "DESCRIPTION:" + title + " (Travail)",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]


def test_a_file_made_while_the_clock_said_2023_has_sequence_zero(guide: Guide) -> None:
    wrong_clock = utc(2023, 6, 1, 12, 0)
    text = calendar_document(status_of([guide], [event(utc(2023, 5, 30, 10, 0))], now=wrong_clock), event_words)
    assert "SEQUENCE:0" in logical_lines(text)
    [reminder] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert reminder["DTSTART"].dt == dt.date(2023, 11, 30)
    assert reminder["DTSTAMP"].dt == utc(2023, 6, 1, 12, 0)


def test_accounts_without_a_date_or_a_guide_are_skipped_not_the_ones_after_them(guide: Guide) -> None:
    other_service = event(utc(2026, 11, 2, 10, 0), guide_id="meta-ai-training")  # its guide is not installed
    status = status_of([guide], [other_service, event(utc(2026, 11, 25, 10, 0), account="Work")], now=NOW)
    assert status.orphans == 1  # no text to write for it
    lists = [build_checklist(guide, [], account="Never used"), *(account.checklist for account in status.accounts)]
    text = calendar_document(status_of_lists(guide, lists, today=TODAY, now=NOW), event_words)
    reminders = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert [(str(e["SUMMARY"]), e["DTSTART"].dt) for e in reminders] == [
        ("Check your LinkedIn AI-training setting (Work)", dt.date(2027, 5, 25))
    ]


@pytest.mark.parametrize(
    ("account", "shown"),
    [
        # 60 characters: shown whole.
        (
            "Marie-Claire Dupont, Lyon office, Dupont & Fils, old account",
            "Marie-Claire Dupont, Lyon office, Dupont & Fils, old account",
        ),
        # Longer: 59 characters and an ellipsis.
        (
            "Marie-Claire Dupont at the Lyon office of Dupont and Fils SA with lots",
            "Marie-Claire Dupont at the Lyon office of Dupont and Fils S…",
        ),
        # Cut just after a word: no space before the ellipsis.
        (
            "Marie-Claire Dupont at the Lyon office of Dupont & Fils SA from 2019",
            "Marie-Claire Dupont at the Lyon office of Dupont & Fils SA…",
        ),
    ],
)
def test_a_long_account_name_is_shortened_in_the_title(guide: Guide, account: str, shown: str) -> None:
    text = calendar_document(
        status_of_lists(guide, checklists(guide, event(utc(2026, 11, 25), account=account)), today=TODAY, now=NOW),
        event_words,
    )
    [reminder] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(reminder["SUMMARY"]) == f"Check your LinkedIn AI-training setting ({shown})"
    assert str(reminder.walk("VALARM")[0]["DESCRIPTION"]) == f"Check your LinkedIn AI-training setting ({shown})"


def test_every_kind_of_line_break_is_escaped() -> None:
    assert escape_text("one\u2029two\u2028three\rfour") == "one\\ntwo\\nthree\\nfour"


def test_where_the_reminder_may_be_written_and_why_not(tmp_path: Path) -> None:
    plain = tmp_path / "reminder.ics"
    plain.write_text("an older reminder")
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes")
    link = tmp_path / "link.ics"
    link.symlink_to(notes)
    folder = tmp_path / "folder.ics"
    folder.mkdir()
    assert refusal(tmp_path / "new.ics") is None
    assert refusal(plain) is None
    assert refusal(link) == WhyNot(REFUSED_LINK)
    assert refusal(folder) == WhyNot(NOT_A_FILE)
    assert why_not_text(WhyNot(REFUSED_LINK)) == "it is a link, and the assistant never writes through a link"
    assert why_not_text(WhyNot(NOT_A_FILE)) == "it is not a file"
    assert why_not_text(WhyNot(SYSTEM, "File name too long")) == "File name too long"  # the system's words
    i18n.set_language("fr")
    assert why_not_text(refusal(link)) == "c’est un lien, et l’assistant n’écrit jamais à travers un lien"
    assert why_not_text(refusal(folder)) == "ce n’est pas un fichier"


def test_writing_over_a_folder_is_refused_and_the_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "reminder.ics"
    folder.mkdir()
    (folder / "inside.txt").write_text("kept")
    with pytest.raises(IsADirectoryError) as refused:
        write_calendar(folder, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    error = refused.value
    assert (error.errno, error.strerror, error.filename) == (errno.EISDIR, "not a plain file", str(folder))
    assert str(error) == f"[Errno 21] not a plain file: '{folder}'"
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]
    assert (folder / "inside.txt").read_text() == "kept"


def test_saving_says_why_not_and_leaves_what_is_there(tmp_path: Path) -> None:
    document = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes")
    link = tmp_path / "link.ics"
    link.symlink_to(notes)
    assert save_calendar(link, document) == WhyNot(REFUSED_LINK)
    assert notes.read_text() == "my own notes"
    assert save_calendar(tmp_path / "no such folder" / "r.ics", document) == WhyNot(SYSTEM, "No such file or directory")
    saved = tmp_path / "reminder.ics"
    assert save_calendar(saved, document) is None
    assert saved.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


def test_a_name_the_system_refuses_is_the_systems_reason(tmp_path: Path) -> None:
    too_long = tmp_path / ("r" * 300 + ".ics")
    assert refusal(too_long) == WhyNot(SYSTEM, "File name too long")
    assert save_calendar(too_long, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == WhyNot(SYSTEM, "File name too long")
