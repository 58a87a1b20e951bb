"""The calendar reminder (.ics): read back with a real calendar parser, and checked line by line.

Expected values are written out: the dates, the UIDs (a UID that changed between versions would add
a second event to the person's calendar instead of replacing the first), the texts in English and
French."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
from factories import event, status_of_lists, utc

from app import i18n
from app.core.checklist import Checklist, build_all, build_checklist
from app.core.guide import Guide
from app.core.reminder import NothingToRemindError, calendar_document, escape_text, fold, write_calendar
from app.reminder_text import event_words

LINK = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
UID_ONLY_ACCOUNT = "linkedin-ai-training-5f71339e165b300c259b@ai-optout-assistant"
SUMMARY_EN = "Check your LinkedIn AI-training setting"
DESCRIPTION_EN = (
    "It is time to check that LinkedIn still does not use the data and content you provided to train its "
    "content-creating AI. Open this page and make sure the switch is off, or start the AI Opt-Out Assistant to be "
    "guided step by step.\n" + LINK
)
SUMMARY_FR = "Vérifier le réglage d’entraînement de l’IA de LinkedIn"
DESCRIPTION_FR = (
    "Il est temps de vérifier que LinkedIn n’utilise toujours pas les données et contenus que vous avez fournis "
    "pour entraîner son IA de création de contenu. Ouvrez cette page et vérifiez que l’interrupteur est désactivé, "
    "ou lancez l’Assistant anti-entraînement IA pour "
    "vous laisser guider pas à pas.\n" + LINK
)
TODAY = dt.date(2026, 12, 1)
NOW = utc(2026, 12, 1, 8, 30)
HOSTILE = 'Work; home, "mum"\\\nnew line 🙂 ß'


@pytest.fixture(autouse=True)
def english_in_utc(local_zone: Callable[[str], None]) -> Iterator[None]:
    local_zone("UTC0")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def checklists(guide: Guide, *events: object, now: dt.datetime = NOW) -> list[Checklist]:
    return build_all([guide], list(events), now=now)  # type: ignore[arg-type]


def document(guide: Guide, lists: list[Checklist], *, today: dt.date = TODAY, now: dt.datetime = NOW) -> str:
    return calendar_document(status_of_lists(guide, lists, today=today, now=now), event_words)


def parsed(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events_of(text: str) -> list[icalendar.Event]:
    return list(parsed(text).walk("VEVENT"))


def test_one_all_day_event_on_the_next_check_with_an_alert_that_morning(guide: Guide) -> None:
    text = document(guide, checklists(guide, event(utc(2026, 11, 25, 10, 0))))
    calendar = parsed(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//AI Opt-Out Assistant//ai-optout-assistant 0.1.0//EN"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    (reminder,) = events_of(text)
    start, end = reminder["DTSTART"].dt, reminder["DTEND"].dt
    assert (type(start), type(end)) == (dt.date, dt.date)  # all day: dates, not times
    assert (start, end) == (dt.date(2027, 5, 25), dt.date(2027, 5, 26))
    assert "DTSTART;VALUE=DATE:20270525\r\n" in text
    assert "DTEND;VALUE=DATE:20270526\r\n" in text
    assert reminder["DTSTAMP"].dt == utc(2026, 12, 1, 8, 30)
    assert str(reminder["UID"]) == UID_ONLY_ACCOUNT
    assert str(reminder["SUMMARY"]) == SUMMARY_EN
    assert str(reminder["DESCRIPTION"]) == DESCRIPTION_EN
    assert str(reminder["URL"]) == LINK
    (alarm,) = reminder.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == dt.timedelta(hours=9)
    assert alarm["TRIGGER"].params["RELATED"] == "START"
    assert str(alarm["DESCRIPTION"]) == SUMMARY_EN


def test_the_period_chosen_moves_the_date(guide: Guide) -> None:
    lists = build_all([guide], [event(utc(2026, 8, 31, 10, 0))], months=6, now=NOW)
    assert events_of(document(guide, lists))[0]["DTSTART"].dt == dt.date(2027, 2, 28)
    lists = build_all([guide], [event(utc(2026, 11, 25, 10, 0))], months=1, now=NOW)
    assert events_of(document(guide, lists))[0]["DTSTART"].dt == dt.date(2026, 12, 25)


def test_a_check_due_already_is_reminded_today_not_in_the_past(guide: Guide) -> None:
    overdue = checklists(guide, event(utc(2025, 1, 10, 10, 0)))
    (reminder,) = events_of(document(guide, overdue))
    assert (reminder["DTSTART"].dt, reminder["DTEND"].dt) == (dt.date(2026, 12, 1), dt.date(2026, 12, 2))
    # New instructions make a check due now, whatever the date.
    changed = checklists(guide, event(utc(2026, 11, 25, 10, 0), guide_version=0))
    assert events_of(document(guide, changed))[0]["DTSTART"].dt == dt.date(2026, 12, 1)


def test_the_uid_is_the_same_in_every_file_and_differs_per_account(guide: Guide) -> None:
    first = document(guide, checklists(guide, event(utc(2026, 11, 25, 10, 0))))
    later = document(
        guide,
        checklists(guide, event(utc(2026, 11, 25, 10, 0)), event(utc(2027, 5, 30, 9, 0)), now=utc(2027, 5, 30, 9, 5)),
        today=dt.date(2027, 5, 30),
        now=utc(2027, 5, 30, 9, 5),
    )
    assert [str(e["UID"]) for e in events_of(first)] == [UID_ONLY_ACCOUNT]
    (newer,) = events_of(later)
    assert str(newer["UID"]) == UID_ONLY_ACCOUNT
    assert newer["DTSTART"].dt == dt.date(2027, 11, 30)
    # A newer file's event is a newer version of it: calendars replace the older one.
    assert int(newer["SEQUENCE"]) > int(events_of(first)[0]["SEQUENCE"])

    two = document(guide, checklists(guide, event(utc(2026, 11, 25, 10, 0)), event(utc(2026, 11, 26), account="Work")))
    uids = [str(e["UID"]) for e in events_of(two)]
    assert uids == [UID_ONLY_ACCOUNT, "linkedin-ai-training-9c34c8049c4cc5b5a817@ai-optout-assistant"]
    other_service = build_checklist(guide._replace(id="meta-ai-training"), [event(utc(2026, 11, 25, 10, 0))])
    assert (
        str(
            events_of(
                calendar_document(
                    status_of_lists(guide._replace(id="meta-ai-training"), [other_service], today=TODAY, now=NOW),
                    event_words,
                )
            )[0]["UID"]
        )
        != UID_ONLY_ACCOUNT
    )


def test_one_event_per_account_with_its_name_and_none_for_an_account_without_records(guide: Guide) -> None:
    lists = [
        *checklists(guide, event(utc(2026, 11, 25, 10, 0)), event(utc(2026, 10, 2, 10, 0), account="Work")),
        build_checklist(guide, [], account="Never used"),
    ]
    reminders = events_of(document(guide, lists))
    assert [(str(e["SUMMARY"]), e["DTSTART"].dt) for e in reminders] == [
        (SUMMARY_EN, dt.date(2027, 5, 25)),
        ("Check your LinkedIn AI-training setting (Work)", dt.date(2027, 4, 2)),
    ]
    assert [str(e["DESCRIPTION"]) for e in reminders] == [DESCRIPTION_EN, DESCRIPTION_EN]


def test_nothing_recorded_makes_no_file(guide: Guide) -> None:
    with pytest.raises(NothingToRemindError):
        document(guide, [])
    with pytest.raises(NothingToRemindError):
        document(guide, [build_checklist(guide, [], account="Work")])


def test_french(guide: Guide) -> None:
    i18n.set_language("fr")
    lists = checklists(guide, event(utc(2026, 11, 25, 10, 0)), event(utc(2026, 11, 26, 10, 0), account="Travail"))
    first, second = events_of(document(guide, lists))
    assert str(first["SUMMARY"]) == SUMMARY_FR
    assert str(first["DESCRIPTION"]) == DESCRIPTION_FR
    assert str(first.walk("VALARM")[0]["DESCRIPTION"]) == SUMMARY_FR
    assert str(second["SUMMARY"]) == "Vérifier le réglage d’entraînement de l’IA de LinkedIn (Travail)"
    assert str(first["UID"]) == UID_ONLY_ACCOUNT  # the language changes the words, not the event


@pytest.mark.parametrize(
    ("language", "summary", "opening"),
    [
        (
            "de",
            "Ihre LinkedIn-Einstellung zum KI-Training prüfen",
            "Es ist Zeit nachzusehen, ob LinkedIn die von Ihnen bereitgestellten Daten und Inhalte weiterhin nicht "
            "verwendet, um seine KI zur Erstellung von Inhalten zu trainieren.",
        ),
        (
            "it",
            "Controllare l’impostazione di addestramento IA di LinkedIn",
            "È ora di controllare che LinkedIn continui a non usare i dati e i contenuti che Lei ha fornito per "
            "addestrare "
            "la sua IA che crea contenuti.",
        ),
    ],
)
def test_german_and_italian(guide: Guide, language: str, summary: str, opening: str) -> None:
    i18n.set_language(language)
    lists = checklists(guide, event(utc(2026, 11, 25, 10, 0)), event(utc(2026, 11, 26, 10, 0), account="Work"))
    first, second = events_of(document(guide, lists))
    assert str(first["SUMMARY"]) == summary
    assert str(second["SUMMARY"]) == f"{summary} (Work)"
    assert str(first["DESCRIPTION"]).startswith(opening)
    assert str(first["DESCRIPTION"]).endswith(
        "\nhttps://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    )


def test_a_hostile_account_name_is_escaped_and_read_back_as_one_line(guide: Guide) -> None:
    text = document(guide, checklists(guide, event(utc(2026, 11, 25, 10, 0), account=HOSTILE)))
    (reminder,) = events_of(text)
    # The name shows as everywhere else in the assistant: on one line (its line break a space).
    expected = 'Check your LinkedIn AI-training setting (Work; home, "mum"\\ new line 🙂 ß)'
    assert str(reminder["SUMMARY"]) == expected
    assert str(reminder.walk("VALARM")[0]["DESCRIPTION"]) == expected
    unfolded = text.replace("\r\n ", "")
    assert 'SUMMARY:Check your LinkedIn AI-training setting (Work\\; home\\, "mum"\\\\ new line 🙂 ß)\r\n' in unfolded
    # The description's line break before the link is escaped, never a raw line break.
    assert "step by step.\\nhttps://www.linkedin.com/" in unfolded
    assert str(reminder["UID"]) == "linkedin-ai-training-f2d0f596c00c0a892c85@ai-optout-assistant"


def test_escaping() -> None:
    assert escape_text('a\\b;c,d\ne\r\nf\rg"h:i') == 'a\\\\b\\;c\\,d\\ne\\nf\\ng"h:i'
    assert escape_text("bell\x07tab\tnul\x00end\u2028sep") == "bell tab\tnul end\\nsep"
    assert escape_text("lone \ud800surrogate 🙂") == "lone surrogate 🙂"


def test_folding_at_75_octets_between_characters() -> None:
    assert fold("A" * 75) == "A" * 75
    assert fold("A" * 76) == "A" * 75 + "\r\n A"
    # "é" is two octets: 37 of them fill 74, the 38th would make 76.
    assert fold("é" * 80) == "é" * 37 + "\r\n " + "é" * 37 + "\r\n " + "é" * 6
    # An emoji is four octets and is never cut; neither is an escape.
    assert fold("A" * 73 + "🙂") == "A" * 73 + "\r\n 🙂"
    assert fold("A" * 74 + "\\,B") == "A" * 74 + "\r\n \\,B"


def test_every_line_ends_with_crlf_and_holds_at_most_75_octets_of_whole_characters(guide: Guide) -> None:
    names = [HOSTILE * 3, "🙂" * 40, "é" * 60, "x" * 20 + "😀ß" * 25]
    lists = checklists(guide, *(event(utc(2026, 11, 25, 10, 0), account=name) for name in names))
    data = document(guide, lists).encode("utf-8")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines[:-1]:
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 75, line
        line.decode("utf-8")  # each line on its own: no character was cut in two
    assert max(len(line) for line in lines) == 75  # the folding was exercised
    assert len(events_of(data.decode("utf-8"))) == 4


def test_written_whole_and_never_through_a_link(tmp_path: Path) -> None:
    path = tmp_path / "reminder.ics"
    write_calendar(path, "BEGIN:VCALENDAR\r\nSUMMARY:Café 🙂\r\nEND:VCALENDAR\r\n")
    assert path.read_bytes() == "BEGIN:VCALENDAR\r\nSUMMARY:Café 🙂\r\nEND:VCALENDAR\r\n".encode()
    target = tmp_path / "notes.txt"
    target.write_text("my own notes")
    link = tmp_path / "link.ics"
    link.symlink_to(target)
    with pytest.raises(IsADirectoryError):
        write_calendar(link, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert link.is_symlink() and target.read_text() == "my own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ics", "notes.txt", "reminder.ics"]
