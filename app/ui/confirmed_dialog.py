""" "I got the confirmation e-mail": the day the service's e-mail confirmed a form (Meta's objection), chosen
on a calendar that cannot go before the form was sent nor after today. Nothing is kept until Save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import i18n
from app.core.status import AccountStatus
from app.i18n import _
from app.ui import names
from app.ui.screen_fit import fit_to_screen
from app.ui.style import set_variant


def ask_confirmed_on(parent: QWidget, account: AccountStatus, title: str) -> dt.date | None:
    """The day chosen, or None when the person closed the dialog."""
    dialog, day = confirmed_dialog(parent, account, title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    picked = day.date()
    return dt.date(picked.year(), picked.month(), picked.day())


def confirmed_dialog(parent: QWidget, account: AccountStatus, title: str) -> tuple[QDialog, QDateEdit]:
    """The dialog, not yet shown, and its date field (the gallery shows it as it is)."""
    sent = account.last_done.recorded_at.astimezone().date() if account.last_done is not None else None
    today = dt.date.today()
    dialog = QDialog(parent)
    dialog.setObjectName(names.CONFIRMED_DIALOG)
    dialog.setWindowTitle(_("Confirmation e-mail: {account}").format(account=title))
    question = QLabel(
        # Translators: {service} is a service such as Facebook and Instagram.
        _("On which day did the e-mail confirming your objection arrive? If two came, choose the later one.").format(
            service=_(account.guide.service)
        ),
        dialog,
    )
    question.setWordWrap(True)
    day = QDateEdit(dialog)
    day.setObjectName(names.CONFIRMED_DATE)
    day.setCalendarPopup(True)
    # The long date as the assistant writes it (English the British way), month names from Qt's locale.
    day.setDisplayFormat("d. MMMM yyyy" if i18n.language() == "de" else "d MMMM yyyy")
    day.setMaximumDate(QDate(today.year, today.month, today.day))
    if sent is not None and sent <= today:
        day.setMinimumDate(QDate(sent.year, sent.month, sent.day))
    chosen = account.confirmed_on or today
    day.setDate(QDate(chosen.year, chosen.month, chosen.day))
    day.setAccessibleName(question.text())
    question.setBuddy(day)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(_("Save"))
    save.setObjectName(names.PRIMARY_BUTTON)
    set_variant(save, "primary")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(question)
    layout.addWidget(day)
    layout.addWidget(buttons)
    fit_to_screen(dialog, dialog.sizeHint())
    return dialog, day
