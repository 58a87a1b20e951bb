"""`status --ics PATH`: the calendar reminder from the command line, written where asked and nowhere else.

Run as a person would (`python -m app ...`), the file read back with a real calendar parser."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from dateutil.relativedelta import relativedelta
from factories import new_confirmation
from ids import guide_path

import app
from app.core.guide import load_guide
from app.core.records import RecordStore

pytestmark = pytest.mark.spawns  # every test here runs `python -m app` in a child process

ROOT = Path(__file__).resolve().parents[2]
LINK = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
NOTHING_EN = (
    "Nothing recorded yet, so there is no date to be reminded of: start the assistant and go through the steps first."
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "QT_QPA_PLATFORM"}}
    env.update(LANG="C", PYTHONIOENCODING="utf-8", TZ="UTC")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def record(folder: Path, when: dt.datetime, account: str = "", language: str | None = None) -> None:
    guide = load_guide(guide_path())
    store, _notices = RecordStore.open(folder)
    try:
        store.add_confirmation(
            new_confirmation(
                device="browser",
                guide_id=guide.id,
                guide_version=guide.version,
                app_version=app.__version__,
                account=account,
            ),
            now=when,
        )
        if language:
            store.set_setting("language", language)
    finally:
        store.close()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file's bytes, mode and modification time: what "untouched" means."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mode, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=dt.UTC)


def test_writes_one_event_per_account_and_leaves_the_records_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    recorded = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=2)
    first_due = recorded + relativedelta(months=6)
    work_due = recorded - dt.timedelta(days=1) + relativedelta(months=6)
    record(data, noon(recorded))
    record(data, noon(recorded - dt.timedelta(days=1)), account="Work")
    before = snapshot(data)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "reminder.ics"

    result = run("status", "--ics", str(path), "--data-dir", str(data), "--lang", "en")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"The reminder was written to {path}: open that file with your calendar app to add it.\n"
    assert result.stderr == ""
    assert snapshot(data) == before
    assert [p.name for p in out.iterdir()] == ["reminder.ics"]  # no temporary file left beside it
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    events = list(icalendar.Calendar.from_ical(raw.decode("utf-8")).walk("VEVENT"))
    assert [(str(e["SUMMARY"]), e["DTSTART"].dt, e["DTEND"].dt) for e in events] == [
        ("Check your LinkedIn AI-training setting", first_due, first_due + dt.timedelta(days=1)),
        ("Check your LinkedIn AI-training setting (Work)", work_due, work_due + dt.timedelta(days=1)),
    ]
    assert [str(e["UID"]) for e in events] == [
        "linkedin-ai-training-5f71339e165b300c259b@ai-optout-assistant",
        "linkedin-ai-training-9c34c8049c4cc5b5a817@ai-optout-assistant",
    ]
    assert all(str(e["DESCRIPTION"]).endswith("step by step.\n" + LINK) for e in events)
    assert all(str(e.walk("VALARM")[0]["ACTION"]) == "DISPLAY" for e in events)


def test_a_relative_path_is_reported_in_full_and_an_old_file_is_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record(data, noon(dt.date(2020, 1, 10)))  # long due: the reminder is for today
    (tmp_path / "reminder.ics").write_text("last year's reminder")
    result = run("status", "--ics", os.path.relpath(tmp_path / "reminder.ics", ROOT), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"The reminder was written to {tmp_path / 'reminder.ics'}: open that file with your calendar app to add it.\n"
    )
    (event,) = icalendar.Calendar.from_ical((tmp_path / "reminder.ics").read_text(encoding="utf-8")).walk("VEVENT")
    assert event["DTSTART"].dt == dt.datetime.now(dt.UTC).date()


def test_nothing_recorded_writes_nothing_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = tmp_path / "reminder.ics"
    result = run("status", "--ics", str(path), "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1
    assert result.stderr == NOTHING_EN + "\n"
    assert result.stdout == ""
    assert not path.exists()
    assert not data.exists()  # reading never creates the data folder


def test_a_link_at_the_path_is_refused_and_what_it_points_to_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record(data, noon(dt.datetime.now(dt.UTC).date() - dt.timedelta(days=2)))
    target = tmp_path / "notes.txt"
    target.write_text("my own notes")
    link = tmp_path / "reminder.ics"
    link.symlink_to(target)

    result = run("status", "--ics", str(link), "--data-dir", str(data), "--lang", "en")

    assert result.returncode == 1
    assert result.stderr == (
        f"The reminder could not be written to {link}: it is a link, and the assistant never writes through a link.\n"
    )
    assert result.stdout == ""
    assert link.is_symlink() and target.read_text() == "my own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.txt", "reminder.ics"]


def test_a_folder_or_a_missing_folder_at_the_path_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record(data, noon(dt.datetime.now(dt.UTC).date() - dt.timedelta(days=2)))
    folder = tmp_path / "a folder.ics"
    folder.mkdir()
    result = run("status", "--ics", str(folder), "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1
    assert result.stderr == f"The reminder could not be written to {folder}: it is not a file.\n"
    assert list(folder.iterdir()) == []

    missing = tmp_path / "no such folder" / "reminder.ics"
    result = run("status", "--ics", str(missing), "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1
    assert result.stderr == f"The reminder could not be written to {missing}: No such file or directory.\n"
    assert not missing.parent.exists()


def test_ics_and_json_do_not_go_together(tmp_path: Path) -> None:
    result = run("status", "--json", "--ics", str(tmp_path / "r.ics"), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_in_the_saved_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record(data, noon(dt.datetime.now(dt.UTC).date() - dt.timedelta(days=2)), language="fr")
    path = tmp_path / "rappel.ics"
    result = run("status", "--ics", str(path), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"Le rappel a été écrit dans {path}\u00a0: ouvrez ce fichier avec votre agenda pour l’y ajouter.\n"
    )
    (event,) = icalendar.Calendar.from_ical(path.read_text(encoding="utf-8")).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Vérifier le réglage d’entraînement de l’IA de LinkedIn"
    assert str(event["DESCRIPTION"]).startswith("Il est temps de vérifier que LinkedIn n’utilise toujours pas")

    empty = run("status", "--ics", str(path), "--data-dir", str(tmp_path / "empty"), "--lang", "fr")
    assert empty.returncode == 1
    assert empty.stderr == (
        "Rien n’est encore enregistré, il n’y a donc aucune date à rappeler\u00a0: lancez d’abord l’assistant et "
        "suivez les étapes.\n"
    )
