""" "Add a reminder to my calendar" (issue 25, point 8): the .ics saved in the Documents folder under a name
of its own (no file dialog first, nothing replaced), then one sentence naming the file and its folder, with
"Open in my calendar". The Documents folder is a fresh one (tests/gui/conftest.py); the file is real."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__, i18n
from app.core.guide import Guide
from app.core.records import RecordStore
from app.core.status import read_status
from app.ui import names
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
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every warning, as (kind, title, text)."""
    calls: list[tuple[str, str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        calls.append(("warning", title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return calls


def recorded(store: RecordStore, guide: Guide, account: str = "", days: int = 2) -> None:
    store.add_confirmation(
        new_confirmation(guide_id=guide.id, guide_version=guide.version, app_version=__version__, account=account),
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=days),
    )


def events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_text(encoding="utf-8")).walk("VEVENT"))


OPEN = names.SAVED_OPEN_BUTTON


def test_saves_every_account_in_documents_then_offers_the_calendar(
    parent, guide, store, documents, saved_box, told, opened_urls
) -> None:
    recorded(store, guide)
    recorded(store, guide, account="Work", days=3)
    shown = saved_box(OPEN)

    assert save_reminder(parent, read_status(store, [guide])) is True

    path = documents / "linkedin-ai-training-check-reminder.ics"  # no file name asked for first
    assert [str(e["SUMMARY"]) for e in events(path)] == [SUMMARY, SUMMARY + " (Work)"]
    assert all(str(e["DESCRIPTION"]).endswith("\n" + LINK) for e in events(path))
    assert shown == [
        (
            "The reminder was saved as “linkedin-ai-training-check-reminder.ics”, in the folder “Documents”. "
            "Open it to add the date to your calendar.",
            ["Close", "Open in my calendar", "Show in folder"],
            "Open in my calendar",
        )
    ]
    assert str(documents) not in shown[0][0]  # the file and its folder by name, not a whole path
    assert opened_urls == ["file://" + str(path)]  # opened only once asked
    assert told == []
    assert sorted(p.name for p in documents.iterdir()) == ["linkedin-ai-training-check-reminder.ics"]


def test_closed_the_file_stays_and_nothing_opens(parent, guide, store, documents, saved_box, opened_urls) -> None:
    recorded(store, guide)
    saved_box("")
    assert save_reminder(parent, read_status(store, [guide])) is True
    assert opened_urls == []
    assert len(events(documents / "linkedin-ai-training-check-reminder.ics")) == 1


def test_show_in_folder_opens_the_folder(parent, guide, store, documents, saved_box, opened_urls) -> None:
    recorded(store, guide)
    saved_box(names.SAVED_SHOW_IN_FOLDER_BUTTON)
    assert save_reminder(parent, read_status(store, [guide])) is True
    assert opened_urls == ["file://" + str(documents)]


def test_a_second_reminder_never_replaces_the_first(parent, guide, store, documents, saved_box, opened_urls) -> None:
    recorded(store, guide)
    (documents / "linkedin-ai-training-check-reminder.ics").write_text("my own file")
    (documents / "linkedin-ai-training-check-reminder (2).ics").symlink_to(documents / "elsewhere")
    shown = saved_box("")
    assert save_reminder(parent, read_status(store, [guide])) is True
    assert (documents / "linkedin-ai-training-check-reminder.ics").read_text() == "my own file"
    assert len(events(documents / "linkedin-ai-training-check-reminder (3).ics")) == 1
    assert "“linkedin-ai-training-check-reminder (3).ics”" in shown[0][0]
    assert not (documents / "elsewhere").exists()


def test_one_account_only(parent, guide, store, documents, saved_box, told) -> None:
    recorded(store, guide)
    recorded(store, guide, account="Work", days=3)
    saved_box("")

    assert save_reminder(parent, read_status(store, [guide]), key="linkedin-ai-training/Work") is True

    (event,) = events(documents / "linkedin-ai-training-check-reminder.ics")
    assert str(event["SUMMARY"]) == "Check your LinkedIn AI-training setting (Work)"
    assert str(event["UID"]) == "linkedin-ai-training-9c34c8049c4cc5b5a817@ai-optout-assistant"
    assert told == []


def test_when_the_calendar_cannot_be_opened_it_says_where_the_file_is(
    parent, guide, store, documents, saved_box, told, monkeypatch
) -> None:
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: False)
    recorded(store, guide)
    saved_box(OPEN)

    assert save_reminder(parent, read_status(store, [guide])) is True

    path = documents / "linkedin-ai-training-check-reminder.ics"
    assert told == [("warning", "Add a reminder to my calendar", f"It could not be opened. The file is at {path}.")]


def test_a_documents_folder_that_cannot_be_written_is_told(
    parent, guide, store, documents, saved_box, told, opened_urls
) -> None:
    recorded(store, guide)
    documents.rmdir()
    documents.write_text("not a folder")
    saved_box(OPEN)
    assert save_reminder(parent, read_status(store, [guide])) is False
    assert [(kind, title) for kind, title, _text in told] == [("warning", "Not saved")]
    assert told[0][2].startswith("The reminder could not be saved: ")
    assert opened_urls == []
    assert documents.read_text() == "not a folder"


def test_nothing_recorded_saves_nothing(parent, guide, store, documents, told, opened_urls) -> None:
    assert save_reminder(parent, read_status(store, [guide])) is False
    assert opened_urls == []
    assert told == [
        (
            "warning",
            "Add a reminder to my calendar",
            "Nothing is recorded yet, so there is no date to be reminded of.",
        )
    ]
    assert list(documents.iterdir()) == []


def test_in_french(parent, guide, store, documents, saved_box, told, opened_urls) -> None:
    recorded(store, guide)
    i18n.set_language("fr")
    shown = saved_box(OPEN)

    assert save_reminder(parent, read_status(store, [guide])) is True

    path = documents / "rappel-verification-linkedin-ai-training.ics"
    assert [str(e["SUMMARY"]) for e in events(path)] == ["Vérifier le réglage d’entraînement de l’IA de LinkedIn"]
    assert shown == [
        (
            "Le rappel a été enregistré sous «\u00a0rappel-verification-linkedin-ai-training.ics\u00a0», dans le "
            "dossier «\u00a0Documents\u00a0». Ouvrez-le pour ajouter la date à votre agenda.",
            ["Fermer", "Ouvrir dans mon agenda", "Afficher dans le dossier"],
            "Ouvrir dans mon agenda",
        )
    ]
    assert opened_urls == ["file://" + str(path)]
