"""The checklist in words, in the current language: shared by the checklist window and `status`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import i18n
from app.core.checklist import SWITCH, Checklist, ChecklistItem, OffSince
from app.core.flow import ACCOUNT_LABEL_MAX, clean_label
from app.core.guide import Guide
from app.core.records import ALREADY_OFF, CONFIRMED, Confirmation
from app.i18n import N_, _, ngettext

NOTHING_RECORDED = N_("Nothing recorded yet. Start the assistant to be guided through the steps.")


@dataclass(frozen=True)
class ItemText:
    id: str
    title: str
    status: str
    when: str
    device: str


def device_name(device_id: str, guide: Guide) -> str:
    """A recorded device's name; one this guide does not know (a newer version's) is shown as recorded."""
    try:
        return _(guide.device(device_id).name)
    except KeyError:
        return _("a device this version does not know ({device})").format(device=device_id)


def off_text(off: OffSince) -> str:
    """The switch's state in a few words: "Off since 10 January 2026", or "Found off on 10 January 2026"
    when the person never switched it off themselves (they found it off: since when, nobody knows)."""
    day = i18n.format_date(off.at.astimezone().date())
    return _("Off since {date}").format(date=day) if off.switched else _("Found off on {date}").format(date=day)


def item_text(item: ChecklistItem, guide: Guide, off: OffSince | None = None) -> ItemText:
    """One line of the checklist; the switch's says `off` (Checklist.off_since) when it is known, and then
    that its time is the last record's, not the day it was switched off."""
    when = i18n.format_local_datetime(item.done_at) if item.done_at else ""
    if item.id == SWITCH:
        title = _(guide.texts.switch)
        status = off_text(off) if off is not None else _("Off") if item.done else _("Not done")
        if off is not None and when:
            # Translators: {moment} is a date and time, such as "April 2, 2026 at 6:05 PM".
            when = _("last recorded {moment}").format(moment=when)
    else:
        title = _(guide.extras[item.id].title)
        status = _("Done") if item.done else _("Optional, not done")
    return ItemText(
        id=item.id,
        title=title,
        status=status,
        when=when,
        device=device_name(item.device, guide) if item.device else "",
    )


def summary_lines(checklist: Checklist, guide: Guide, today: dt.date) -> list[str]:
    """Sentences about the whole checklist: what is due, and whether the instructions changed."""
    if checklist.empty:
        return [_(NOTHING_RECORDED)]
    lines = []
    if checklist.future_events and checklist.future_events == len(checklist.history):
        lines.append(
            ngettext(
                "{count} record is dated in the future: the computer's clock was probably wrong when it was made. "
                "No record has a believable date, so the next check is counted from today.",
                "{count} records are dated in the future: the computer's clock was probably wrong when they were "
                "made. No record has a believable date, so the next check is counted from today.",
                checklist.future_events,
            ).format(count=checklist.future_events)
        )
    elif checklist.future_events:
        lines.append(
            ngettext(
                "{count} record is dated in the future: the computer's clock was probably wrong when it was made. "
                "The next check is counted from the latest record with a believable date.",
                "{count} records are dated in the future: the computer's clock was probably wrong when they were "
                "made. The next check is counted from the latest record with a believable date.",
                checklist.future_events,
            ).format(count=checklist.future_events)
        )
    if checklist.guide_changed:
        lines.append(_("The instructions changed since you last checked: please go through the steps again."))
    if checklist.recheck_due is not None:
        when = i18n.format_date(checklist.recheck_due)
        if today >= checklist.recheck_due:
            lines.append(
                _("A re-check has been due since {date}: {service} sometimes changes its settings.").format(
                    date=when, service=_(guide.service)
                )
            )
        else:
            lines.append(_("Next re-check due on {date}.").format(date=when))
    return lines


def account_title(label: str, guide: Guide) -> str:
    """How an account is named: its label, or a plain phrase for the person's only account.

    Shown as it may be kept (see clean_label): a name recorded by hand or by an older version with
    control characters or of any length shows on one line, shortened with "…"."""
    if not label:
        return _("Your {service} account").format(service=_(guide.service))
    shown = clean_label(label, limit=None)
    return shown if len(shown) <= ACCOUNT_LABEL_MAX else shown[: ACCOUNT_LABEL_MAX - 1].rstrip() + "…"


def recheck_text(checklist: Checklist, today: dt.date) -> tuple[str, str]:
    """The re-check item: (status, when) such as ("Due now", "since 23 May 2027")."""
    if checklist.guide_changed:
        return _("Due now: the instructions changed"), ""
    if checklist.recheck_due is None:
        return "", ""
    when = i18n.format_date(checklist.recheck_due)
    if today >= checklist.recheck_due:
        return _("Due now"), _("since {date}").format(date=when)
    return _("Not yet"), _("due on {date}").format(date=when)


def event_text(event: Confirmation, guide: Guide) -> str:
    """One line of an account's history."""
    what = {
        CONFIRMED: _("Switched off, through the steps"),
        ALREADY_OFF: _("Found already off, through the steps"),
    }.get(event.kind, _("Re-checked: still off"))
    try:
        where = _(guide.device(event.device).where)
    except KeyError:  # a device this guide does not know (a newer guide's, say)
        where = _("on {device}").format(device=device_name(event.device, guide))
    # Translators: {where} is a device inside a sentence, such as "on your iPhone".
    return _("{what} {where}").format(what=what, where=where)


def extras_text(event: Confirmation, guide: Guide) -> str:
    titles = [_(guide.extras[extra].done) for extra in event.extras if extra in guide.extras]
    return "; ".join(titles)
