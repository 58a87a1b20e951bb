"""Where things stand, in words, in the current language: the one place that says an account's facts
(app/core/status.py) as the status home, `status`, the receipt and the calendar reminder show them.
Dates are said one way, by `day`: the local date, as the language writes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app import i18n
from app.action_text import KindWords, kind_words, words_for
from app.core.actions import SETTING
from app.core.checklist import SWITCH, ChecklistItem, OffSince
from app.core.flow import ACCOUNT_LABEL_MAX, clean_label
from app.core.guide import Guide
from app.core.records import ALREADY_OFF, ALREADY_SENT, CONFIRMED, RECHECKED, SENT, Confirmation
from app.core.status import AccountStatus
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


def day(moment: dt.datetime | dt.date, *, unbroken: bool = False) -> str:
    """A moment's local date (a UTC time in the computer's time zone), as the language writes it: "July 2,
    2026", "2 juillet 2026". `unbroken`: with no-break spaces, for wrapped text (see i18n.format_date)."""
    local = moment.astimezone().date() if isinstance(moment, dt.datetime) else moment
    return i18n.format_date(local, unbroken=unbroken)


def words(account: AccountStatus) -> KindWords:
    """The words of what this account's records did: a switch's, or a form's (app/action_text.py)."""
    return words_for(account.checklist.action)


def off_text(off: OffSince, kind: KindWords | None = None, *, unbroken: bool = False) -> str:
    """The state in a few words: "Off since 10 January 2026", or "Found off on 10 January 2026" when the
    person never switched it off themselves (they found it off: since when, nobody knows); for a form,
    "Objection sent on …". `kind`: the account's words (a switch's by default)."""
    return (kind or kind_words(SETTING)).since[off.switched].format(date=day(off.at, unbroken=unbroken))


def badge(account: AccountStatus) -> str:
    """How an account stands, in two or three words: the status home's badge."""
    if account.since is None:
        return _("Not done")
    if account.is_due:
        return words(account).due_badge
    return off_text(account.since, words(account))


def last_done_line(account: AccountStatus, *, unbroken: bool = False) -> str:
    """When and where the latest record was made ("" with none)."""
    latest = account.last_done
    if latest is None:
        return ""
    date = day(latest.recorded_at, unbroken=unbroken)
    try:
        where = _(account.guide.device(latest.device).where)
    except KeyError:  # a device a newer version recorded: named as recorded
        return _("Last done on {date}, on {device}.").format(
            date=date, device=device_name(latest.device, account.guide)
        )
    # Translators: {date} is a date, {where} the device inside a sentence, such as "on your iPhone".
    return _("Last done on {date}, {where}.").format(date=date, where=where)


def objection_line(account: AccountStatus, *, unbroken: bool = False) -> str:
    """When the objection was sent, with the service's case number once noted ("" if not sent)."""
    if account.objection is None or account.objection_sent is None:
        return ""
    title = _(account.guide.extras[account.objection.id].title)
    sent = day(account.objection_sent, unbroken=unbroken)
    if account.case_number:
        # Translators: {title} is the optional step, {case} the case number the service gave.
        return _("{title}: sent on {date}, case number {case}").format(title=title, date=sent, case=account.case_number)
    return _("{title}: sent on {date}").format(title=title, date=sent)


def item_text(
    item: ChecklistItem, guide: Guide, off: OffSince | None = None, kind: KindWords | None = None
) -> ItemText:
    """One line of the checklist; the switch's says `off` (Checklist.off_since) when it is known, and then
    that its time is the last record's, not the day it was switched off."""
    when = i18n.format_local_datetime(item.done_at) if item.done_at else ""
    if item.id == SWITCH:
        title = _(guide.texts.switch)
        status = off_text(off, kind) if off is not None else _("Off") if item.done else _("Not done")
        if off is not None and when:
            # Translators: {moment} is a date and time, such as "2 April 2026 at 18:05".
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


def summary_lines(account: AccountStatus, *, unbroken: bool = False) -> list[str]:
    """Sentences about the whole account: what is due, and whether the instructions changed."""
    checklist, guide = account.checklist, account.guide
    if account.empty:
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
    if account.guide_changed:
        lines.append(_("The instructions changed since you last checked: please go through the steps again."))
    if account.confirmed_on is not None:
        # Translators: {service} is a service such as Facebook and Instagram; {date} a date.
        lines.append(
            _("Objection confirmed by e-mail on {date}.").format(
                service=_(guide.service), date=i18n.format_date(account.confirmed_on, unbroken=unbroken)
            )
        )
    if account.due is not None:
        when = day(account.due, unbroken=unbroken)
        if account.overdue:
            lines.append(words(account).due_since.format(date=when, service=_(guide.service)))
        else:
            lines.append(words(account).next_due.format(date=when))
    return lines


def account_title(label: str, guide: Guide, app: str = "") -> str:
    """How an account is named: its label, or a plain phrase for the person's only account; in one of the
    service's apps, with the app's name ("Your Instagram account", "Work (Instagram)").

    Shown as it may be kept (see clean_label): a name recorded by hand or by an older version with
    control characters or of any length shows on one line, shortened with "…"."""
    known = guide.app(app)
    if not label:
        return _("Your {service} account").format(service=_(known.name if known else guide.service))
    shown = clean_label(label, limit=None)
    shown = shown if len(shown) <= ACCOUNT_LABEL_MAX else shown[: ACCOUNT_LABEL_MAX - 1].rstrip() + "…"
    # Translators: {account} is the name the person gave an account, {app} one of the service's apps.
    return _("{account} ({app})").format(account=shown, app=_(known.name)) if known else shown


def recheck_text(account: AccountStatus) -> tuple[str, str]:
    """The re-check item: (status, when) such as ("Due now", "since 23 May 2027")."""
    if account.guide_changed:
        return _("Due now: the instructions changed"), ""
    if account.due is None:
        return "", ""
    when = day(account.due)
    if account.overdue:
        return _("Due now"), _("since {date}").format(date=when)
    return _("Not yet"), _("due on {date}").format(date=when)


def where_text(event: Confirmation, guide: Guide) -> str:
    """Where a record was made, inside a sentence: "on your iPhone"."""
    try:
        return _(guide.device(event.device).where)
    except KeyError:  # a device this guide does not know (a newer guide's, say)
        return _("on {device}").format(device=device_name(event.device, guide))


def event_text(event: Confirmation, guide: Guide) -> str:
    """One line of an account's history, in the words of its action's kind."""
    history = words_for(guide.actions.get(event.action)).history
    what = history.get(event.kind, history[RECHECKED])
    # Translators: {where} is a device inside a sentence, such as "on your iPhone".
    return _("{what} {where}").format(what=what, where=where_text(event, guide))


def done_sentence(account: AccountStatus) -> str:
    """What was done and when, in one sentence, as the receipt says it: "The setting “…” was switched off on
    25 November 2026 on your iPhone; last checked on 14 May 2027." The day is the badge's (`since`)."""
    latest, off, guide = account.last_done, account.since, account.guide
    assert latest is not None and off is not None
    base = off.event  # the day it was switched off, or first found off: as the card and `status` say
    label = i18n.quote(
        i18n.label((account.checklist.action or guide.main_action).label or "", context=guide.label_context)
    )
    values = {"label": label, "date": day(base.recorded_at, unbroken=True), "where": where_text(base, guide)}
    if base.kind in (SENT, ALREADY_SENT):  # a form, sent once: when, and where the person last looked
        said = (
            _("{label} was sent on {date} {where}.")
            if off.switched
            else _("{label} had already been sent before {date}, as noted {where}.")
        ).format(**values)
        if base is latest:
            return said
        return said + " " + _("Last looked at on {date}.").format(date=day(latest.recorded_at, unbroken=True))
    if base.kind not in (CONFIRMED, ALREADY_OFF):  # only re-checks (records made by hand, or by a later version)
        return _("The setting {label} was checked and found off on {date} {where}.").format(
            label=label, date=day(latest.recorded_at, unbroken=True), where=where_text(latest, guide)
        )
    if base is latest:
        if not off.switched:
            return _("The setting {label} was found already off on {date} {where}.").format(**values)
        return _("The setting {label} was switched off on {date} {where}.").format(**values)
    checked = day(latest.recorded_at, unbroken=True)
    if not off.switched:
        return _("The setting {label} was found already off on {date} {where}; last checked on {checked}.").format(
            checked=checked, **values
        )
    return _("The setting {label} was switched off on {date} {where}; last checked on {checked}.").format(
        checked=checked, **values
    )


def extras_text(event: Confirmation, guide: Guide) -> str:
    titles = [_(guide.extras[extra].done) for extra in event.extras if extra in guide.extras]
    return "; ".join(titles)


def others_text(others: Sequence[Guide]) -> str:
    """The quiet offer of the services with nothing recorded yet, one per line: said once, never a nag."""
    # Translators: followed by the services' names, one per line.
    lines = [_("Also in the assistant, whenever you like:")]
    lines += ["  " + _("{service}: {title}").format(service=_(g.service), title=_(g.texts.switch)) for g in others]
    return "\n".join(lines)
