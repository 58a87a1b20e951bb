"""Facebook and Instagram (issue 28, point 2): an objection sent in each app has its own card, "Objection sent
on …", and the day Meta's confirmation e-mail came may be noted on it ("confirmed on …"); only a day chosen
and saved is kept. A form has no six-monthly "still off": a yearly look for new notices instead."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from factories import new_confirmation
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QPushButton

from app import __version__, i18n
from app.core.objection import confirmed_setting
from app.core.records import RecordStore
from app.guides import load_guides
from app.ui import names

from .helpers import click, find, loose
from .test_checklist_actions import cards, texts

META = "meta-ai-training"
ROOT = Path(__file__).resolve().parents[2]
SENT = dt.datetime(2026, 5, 3, 10, 0, tzinfo=dt.UTC)

WORDS = {
    "en": {
        "badge": "Objection sent on 3 May 2026",
        "button": "I got the confirmation e-mail",
        "confirmed": "Objection confirmed by e-mail on 5 May 2026.",
        "next": "Next look for new notices due on 3 May 2027.",
    },
    "fr": {
        "badge": "Opposition envoyée le 3 mai 2026",
        "button": "J’ai reçu l’e-mail de confirmation",
        "confirmed": "Opposition confirmée par e-mail le 5 mai 2026.",
        "next": None,
    },
}


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load_guides().guides


def sent_in(store: RecordStore, app: str) -> None:
    store.add_confirmation(
        new_confirmation(
            guide_id=META,
            country="DE",
            region="eu-eea",
            device="android",
            app_version=__version__,
            action="object",
            app=app,
            kind="sent",
        ),
        now=SENT,
    )


@pytest.fixture
def pick_day(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """pick_day(day or None): the dialog gets that day and Save (None: it is closed); returns what it offered."""
    offered: list[tuple[str, QDate, QDate]] = []

    def set_day(day: dt.date | None) -> list[tuple[str, QDate, QDate]]:
        def run(dialog: QDialog) -> int:
            edit = find(dialog, names.CONFIRMED_DATE, QDateEdit)
            offered.append((dialog.windowTitle(), edit.minimumDate(), edit.maximumDate()))
            if day is None:
                return int(QDialog.DialogCode.Rejected)
            edit.setDate(QDate(day.year, day.month, day.day))
            return int(QDialog.DialogCode.Accepted)

        monkeypatch.setattr(QDialog, "exec", run)
        return offered

    return set_day


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_app_has_its_card_and_the_confirmation_day_is_noted(qtbot, launch, shipped, store, pick_day, language):
    words = WORDS[language]
    sent_in(store, "facebook")
    sent_in(store, "instagram")
    i18n.set_language(language)
    controller, home = launch(shipped[0], store, tuple(shipped))
    shown = cards(qtbot, home)
    assert len(shown) == 2
    facebook = next(card for title, card in shown.items() if "Facebook" in title and "Instagram" not in title)
    badge, details, _extras, action = texts(facebook)
    assert badge == loose(words["badge"])
    if words["next"]:
        assert loose(words["next"]) in details  # a year on, not six months
    assert action == ""  # no "still off" to record for a form
    button = find(facebook, names.CARD_CONFIRMED, QPushButton)
    assert button.text() == words["button"]

    offered = pick_day(dt.date(2026, 5, 5))
    click(qtbot, button)
    [(_title, earliest, latest)] = offered
    assert earliest == QDate(2026, 5, 3)  # not before it was sent
    assert latest == QDate.currentDate()  # nor after today
    assert store.setting(confirmed_setting(f"{META}/facebook:")) == "2026-05-05"
    assert store.setting(confirmed_setting(f"{META}/instagram:")) is None  # each app its own
    home = controller.checklist
    shown = cards(qtbot, home)
    facebook = next(card for title, card in shown.items() if "Facebook" in title and "Instagram" not in title)
    assert loose(words["confirmed"]) in texts(facebook)[1]


def test_closing_the_dialog_keeps_nothing(qtbot, launch, shipped, store, pick_day):
    sent_in(store, "instagram")
    i18n.set_language("en")
    _controller, home = launch(shipped[0], store, tuple(shipped))
    [card] = cards(qtbot, home).values()
    pick_day(None)
    click(qtbot, find(card, names.CARD_CONFIRMED, QPushButton))
    assert store.setting(confirmed_setting(f"{META}/instagram:")) is None


def test_status_and_export_say_the_confirmation_day(store, data_dir):
    sent_in(store, "facebook")
    store.set_setting(confirmed_setting(f"{META}/facebook:"), "2026-05-05")
    store.close()
    run = [sys.executable, "-m", "app", "status", "--data-dir", str(data_dir)]
    text = subprocess.run([*run, "--lang", "de"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert text.returncode == 0, text.stderr
    assert "Widerspruch am 5. Mai 2026 per E-Mail bestätigt." in text.stdout
    document = json.loads(subprocess.run([*run, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout)
    [account] = document["accounts"]
    assert (account["service"], account["confirmed_on"]) == (META, "2026-05-05")
