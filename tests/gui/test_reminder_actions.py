""" "Add a reminder to my calendar": the .ics saved where the person chose, handed to the calendar, and one
honest sentence about what happened. The save dialog and the desktop are stand-ins; the file is real."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from factories import new_confirmation
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__, i18n
from app.core.guide import Guide
from app.core.records import RecordStore
from app.core.status import read_status
from app.ui.reminder_actions import save_reminder

SUMMARY = "Check your LinkedIn AI-training setting"
LINK = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    """choose(path or ""): the save dialog answers `path` (or is cancelled); returns what it was asked."""
    asked: list[tuple[str, str, str]] = []

    def set_answer(answer: Path | str):
        def ask(parent, title, suggested, filter_text, *args, **kwargs):
            asked.append((title, suggested, filter_text))
            return str(answer), filter_text

        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", ask)
        return asked

    return set_answer


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box, as (kind, title, text)."""
    calls: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(parent, title, text, *args, **kwargs):
            calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    return calls


def recorded(store: RecordStore, guide: Guide, account: str = "", days: int = 2) -> None:
    store.add_confirmation(
        new_confirmation(guide_id=guide.id, guide_version=guide.version, app_version=__version__, account=account),
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=days),
    )


def events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_text(encoding="utf-8")).walk("VEVENT"))


def test_saves_every_account_then_opens_it_with_the_calendar(
    parent, guide, store, tmp_path, choose, told, opened_urls
) -> None:
    recorded(store, guide)
    recorded(store, guide, account="Work", days=3)
    asked = choose(tmp_path / "my reminder")  # no suffix typed: .ics is added

    assert save_reminder(parent, read_status(store, [guide]), store) is True

    path = tmp_path / "my reminder.ics"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [
        (
            "Add a reminder to my calendar",
            str(Path(documents) / "linkedin-ai-training-check-reminder.ics"),
            "Calendar file (*.ics)",
        )
    ]
    assert [str(e["SUMMARY"]) for e in events(path)] == [SUMMARY, SUMMARY + " (Work)"]
    assert all(str(e["DESCRIPTION"]).endswith("\n" + LINK) for e in events(path))
    assert opened_urls == [QUrl.fromLocalFile(str(path)).toString()]
    assert opened_urls == ["file://" + str(path)]
    assert told == [
        (
            "information",
            "Add a reminder to my calendar",
            f"The reminder was saved as {path} and opened with your calendar app: add the event there if it asks.",
        )
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "my reminder.ics"]


def test_one_account_only(parent, guide, store, tmp_path, choose, told, opened_urls) -> None:
    recorded(store, guide)
    recorded(store, guide, account="Work", days=3)
    choose(tmp_path / "work.ics")

    assert save_reminder(parent, read_status(store, [guide]), store, key="linkedin-ai-training/Work") is True

    (event,) = events(tmp_path / "work.ics")
    assert str(event["SUMMARY"]) == "Check your LinkedIn AI-training setting (Work)"
    assert str(event["UID"]) == "linkedin-ai-training-9c34c8049c4cc5b5a817@ai-optout-assistant"
    assert [kind for kind, _title, _text in told] == ["information"]


def test_when_the_calendar_cannot_be_opened_it_says_where_the_file_is(
    parent, guide, store, tmp_path, choose, told, monkeypatch
) -> None:
    opened: list[str] = []

    def nothing_opens(url: QUrl) -> bool:
        opened.append(url.toString())
        return False

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", nothing_opens)
    recorded(store, guide)
    choose(tmp_path / "reminder.ics")

    assert save_reminder(parent, read_status(store, [guide]), store) is True

    path = tmp_path / "reminder.ics"
    assert len(events(path)) == 1
    assert opened == ["file://" + str(path)]
    assert told == [
        (
            "information",
            "Add a reminder to my calendar",
            f"The reminder was saved as {path}, but it could not be opened here: open that file with your "
            "calendar app to add the event.",
        )
    ]


def test_cancelled_saves_nothing_and_says_nothing(parent, guide, store, tmp_path, choose, told, opened_urls) -> None:
    recorded(store, guide)
    choose("")
    assert save_reminder(parent, read_status(store, [guide]), store) is False
    assert told == [] and opened_urls == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_link_is_refused_and_what_it_points_to_kept(
    parent, guide, store, tmp_path, choose, told, opened_urls
) -> None:
    recorded(store, guide)
    target = tmp_path / "notes.txt"
    target.write_text("my own notes")
    link = tmp_path / "reminder.ics"
    link.symlink_to(target)
    choose(link)

    assert save_reminder(parent, read_status(store, [guide]), store) is False

    assert told == [
        (
            "warning",
            "Not saved",
            "The reminder could not be saved: it is a link, and the assistant never writes through a link.",
        )
    ]
    assert opened_urls == []
    assert link.is_symlink() and target.read_text() == "my own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.txt", "reminder.ics"]


def test_nothing_recorded_asks_nothing(parent, guide, store, tmp_path, choose, told, opened_urls) -> None:
    asked = choose(tmp_path / "reminder.ics")
    assert save_reminder(parent, read_status(store, [guide]), store) is False
    assert asked == [] and opened_urls == []
    assert told == [
        (
            "warning",
            "Add a reminder to my calendar",
            "Nothing is recorded yet, so there is no date to be reminded of.",
        )
    ]
    assert not (tmp_path / "reminder.ics").exists()


def test_in_french(parent, guide, store, tmp_path, choose, told, opened_urls) -> None:
    recorded(store, guide)
    i18n.set_language("fr")
    asked = choose(tmp_path / "rappel.ics")

    assert save_reminder(parent, read_status(store, [guide]), store) is True

    path = tmp_path / "rappel.ics"
    assert asked[0][0] == "Ajouter un rappel à mon agenda"
    assert Path(asked[0][1]).name == "rappel-verification-linkedin-ai-training.ics"
    assert asked[0][2] == "Fichier d’agenda (*.ics)"
    assert [str(e["SUMMARY"]) for e in events(path)] == ["Vérifier le réglage d’entraînement de l’IA de LinkedIn"]
    assert told == [
        (
            "information",
            "Ajouter un rappel à mon agenda",
            f"Le rappel a été enregistré sous {path} et ouvert avec votre agenda\u00a0: ajoutez-y l’événement s’il "
            "vous le demande.",
        )
    ]


def test_a_file_name_over_the_system_s_limit_is_told(parent, guide, store, tmp_path, choose, told, opened_urls) -> None:
    recorded(store, guide)
    choose(tmp_path / ("r" * 300 + ".ics"))
    assert save_reminder(parent, read_status(store, [guide]), store) is False
    assert told == [("warning", "Not saved", "The reminder could not be saved: File name too long.")]
    assert opened_urls == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
