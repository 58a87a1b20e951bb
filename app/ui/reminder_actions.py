""" "Add a reminder to my calendar": save a calendar file (.ics) of the next check, then hand it to the
calendar.

The file is the reminder: the person's calendar alerts them on the day. The assistant starts nothing
in the background and adds nothing to the computer's start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.guide import file_stem
from app.core.records import RecordStore
from app.core.reminder import NothingToRemindError, calendar_document, save_calendar
from app.core.status import Status
from app.i18n import _
from app.reminder_text import event_words, why_not_text

SUFFIX = ".ics"


def save_reminder(parent: QWidget, status: Status, store: RecordStore, key: str | None = None) -> bool:
    """Save a calendar reminder of the next check of the account named `key` (an AccountStatus.key), or
    of every account when `key` is None, where the person chooses; then open it with the calendar app and
    say in one sentence what happened. True when the file was saved.

    `status` is the one the window shows, so the reminder's date is the one the person reads there.
    `store` is not read: its folder is made ready for the file dialog, which writes Qt's settings there."""
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
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # Translators: the suggested name of the calendar file; keep the .ics at the end. {services} is the
    # service's id, such as linkedin-ai-training.
    services = file_stem({account.guide.id for account in status.accounts if key in (None, account.key)})
    name = _("{services}-check-reminder.ics").format(services=services)
    store.keep_private()
    answer, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), _("Calendar file (*.ics)"))
    if not answer:
        return False
    path = Path(answer)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    reason = save_calendar(path, document)
    if reason is not None:
        # Translators: {reason} says why, such as "it is a link, and the assistant never writes through a link".
        QMessageBox.warning(
            parent, _("Not saved"), _("The reminder could not be saved: {reason}.").format(reason=why_not_text(reason))
        )
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        # Translators: {path} is the calendar file (.ics) just saved.
        said = _("The reminder was saved as {path} and opened with your calendar app: add the event there if it asks.")
    else:
        # Translators: {path} is the calendar file (.ics) just saved.
        said = _(
            "The reminder was saved as {path}, but it could not be opened here: open that file with your calendar "
            "app to add the event."
        )
    QMessageBox.information(parent, title, said.format(path=path))
    return True
