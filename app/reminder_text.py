"""The calendar reminder in words, in the current language: what each event says, and why a reminder
could not be saved. The reminder itself (app/core/reminder.py) is Qt-free and word-free."""

from __future__ import annotations

from app.core.reminder import LINK, NOT_A_FILE, EventWords, WhyNot, account_name
from app.core.status import AccountStatus
from app.i18n import _


def event_words(account: AccountStatus) -> EventWords:
    """An account's event: its title, and what to check with the setting's link."""
    guide = account.guide
    service = _(guide.service)
    if not account.account:
        # Translators: a calendar event's title. {service} is the service's name, such as LinkedIn.
        summary = _("Check your {service} AI-training setting").format(service=service)
    else:
        # Translators: a calendar event's title. {service} is the service's name, such as LinkedIn;
        # {account} the name the person gave this account, such as "Work".
        summary = _("Check your {service} AI-training setting ({account})").format(
            service=service, account=account_name(account.account)
        )
    # Translators: the text of a calendar event, after the service's own sentence of what to check; the
    # setting's link follows on the next line.
    how = _(
        "Open this page and make sure the switch is off, or start the AI Opt-Out Assistant to be guided step by step."
    )
    link = (account.checklist.action or guide.main_action).link
    return EventWords(summary, f"{_(guide.texts.recheck)} {how}" + (f"\n{link}" if link else ""))


def why_not_text(why: WhyNot) -> str:
    """Why a reminder was not saved, in one phrase for "… could not be saved: {reason}."."""
    if why.kind == LINK:
        return _("it is a link, and the assistant never writes through a link")
    if why.kind == NOT_A_FILE:
        return _("it is not a file")
    return why.system  # the system's own words
