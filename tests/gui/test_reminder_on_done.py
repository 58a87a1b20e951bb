"""Done offers "Add a reminder to my calendar": a calendar file of this account's next check."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton

from app.core.flow import PageId
from app.ui import names

from .helpers import click, click_next, find, walk_to_confirm


def test_done_writes_a_reminder_of_the_next_check_and_hands_it_to_the_calendar(
    qtbot, make_wizard, documents, saved_box, monkeypatch: pytest.MonkeyPatch
):
    target = documents / "linkedin-ai-training-check-reminder.ics"
    opened: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True
    )
    said = saved_box(names.SAVED_OPEN_BUTTON)

    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE

    button = find(wizard, names.REMINDER_BUTTON, QPushButton)
    assert button.text() == "Add a reminder to my calendar"
    click(qtbot, button)

    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    [event] = [part for part in calendar.walk("VEVENT")]
    assert str(event["SUMMARY"]) == "Check your LinkedIn AI-training setting"
    recorded = wizard.session.recorded[0].recorded_at.astimezone().date()
    assert 181 <= (event["DTSTART"].dt - recorded).days <= 184  # six months on: the default period
    assert opened == [str(Path(target))]
    assert len(said) == 1
