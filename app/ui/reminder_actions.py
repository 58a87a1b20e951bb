""" "Add a reminder to my calendar": save a calendar file (.ics) of the next check, then hand it to the
calendar.

The file is the reminder: the person's calendar alerts them on the day. The assistant starts nothing
in the background and adds nothing to the computer's start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.guide import file_stem
from app.core.reminder import NothingToRemindError, calendar_document, free_path, save_calendar
from app.core.status import Status
from app.i18n import _
from app.reminder_text import event_words, why_not_text
from app.ui.record_actions import tell_saved

SUFFIX = ".ics"


def save_reminder(parent: QWidget, status: Status, key: str | None = None) -> bool:
    """Save a calendar reminder of the next check of the account named `key` (an AccountStatus.key), or
    of every account when `key` is None, in the Documents folder under a name of its own; then say so in
    one sentence and offer to open it with the calendar app. True when the file was saved.

    `status` is the one the window shows, so the reminder's date is the one the person reads there."""
    title = _("Add a reminder to my calendar")
    try:
        document = calendar_document(status, event_words, key)
    except NothingToRemindError:
        QMessageBox.warning(
            parent,
            title,
            _("Nothing is recorded yet, so there is no date to be reminded of."),
        )
        return False
    # Saved where people keep their papers, under a name of its own (nothing replaced), then offered to
    # the calendar: no file dialog to fill in first.
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    # Translators: the name of the calendar file; keep the .ics at the end. {services} is the service's id,
    # such as linkedin-ai-training.
    services = file_stem({account.guide.id for account in status.accounts if key in (None, account.key)})
    name = _("{services}-check-reminder.ics").format(services=services)
    if not name.lower().endswith(SUFFIX):
        name += SUFFIX
    path = free_path(folder, name)
    reason = save_calendar(path, document)
    if reason is not None:
        # Translators: {reason} says why, such as "it is a link, and the assistant never writes through a link".
        QMessageBox.warning(
            parent, _("Not saved"), _("The reminder could not be saved: {reason}.").format(reason=why_not_text(reason))
        )
        return False
    # Translators: {name} is the calendar file's name, {folder} the name of its folder (such as Documents).
    said = _(
        "The reminder was saved as “{name}”, in the folder “{folder}”. Open it to add the date to your calendar."
    ).format(name=path.name, folder=path.parent.name or str(path.parent))
    tell_saved(parent, title, said, path, open_text=_("Open in my calendar"))
    return True
