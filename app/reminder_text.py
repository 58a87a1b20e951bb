"""The calendar reminder in words, in the current language: what each event says, and why a reminder
could not be saved. The reminder itself (app/core/reminder.py) is Qt-free and word-free."""

from __future__ import annotations

from app.action_text import words_for
from app.core.reminder import LINK, NOT_A_FILE, EventWords, WhyNot, account_name
from app.core.status import AccountStatus
from app.i18n import _


def event_words(account: AccountStatus) -> EventWords:
    """An account's event: its title, and what to check with the setting's link."""
    guide, action = account.guide, account.checklist.action
    kind = words_for(action)
    app = guide.app(account.checklist.app)
    service = _(app.name if app is not None else guide.service)
    if not account.account:
        summary = kind.reminder.format(service=service)
    else:
        summary = kind.reminder_account.format(service=service, account=account_name(account.account))
    link = (action or guide.main_action).link
    return EventWords(summary, f"{_(guide.texts.recheck)} {kind.reminder_how}" + (f"\n{link}" if link else ""))


def why_not_text(why: WhyNot) -> str:
    """Why a reminder was not saved, in one phrase for "… could not be saved: {reason}."."""
    if why.kind == LINK:
        return _("it is a link, and the assistant never writes through a link")
    if why.kind == NOT_A_FILE:
        return _("it is not a file")
    return why.system  # the system's own words
