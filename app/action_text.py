"""The words of each kind of action (app/core/actions.py): the confirm page's question and answers, the help
when it cannot be found, and what Done says. One table per kind; the pages take them from here, not
from `if` chains of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from app import guide_text
from app.core.actions import (
    ANSWER_ALREADY_OFF,
    ANSWER_ALREADY_SENT,
    ANSWER_NOT_FOUND,
    ANSWER_OFF,
    ANSWER_SENT,
    FORM,
    SETTING,
)
from app.core.guide import Action, Guide
from app.core.records import ALREADY_OFF, ALREADY_SENT, CONFIRMED, RECHECKED, SENT, Confirmation
from app.i18n import _, ngettext


class KindWords(NamedTuple):
    question: str  # {label}: the switch or the form, quoted
    app_question: str  # the same for one app of several: {app}, {label}
    answers: dict[str, str]  # answer -> its button's words
    not_found: str  # help for "I couldn't find it": {service}, {label}
    open_page: str  # the button that opens the action's page
    opened: str  # said once the page was asked to open
    open_here: str  # the steps page's link on a computer
    open_instead: str  # the same, where the steps are on a phone
    tip_computer: str  # "It looks different?": do it on a computer instead
    tip_phone: str  # the same, from a computer: in the app instead ({service})
    tip_direct: str  # open the page directly with that link
    done: dict[str, str]  # record kind -> Done's first line: {label}, {where}
    done_in_app: dict[str, str]  # the same for one app of several: {app}, {label}, {where}
    look_again: str  # when to look again: {service}, {date}
    since: dict[bool, str]  # the badge: True, the person did it ("Off since {date}"); False, found it done
    due_badge: str  # the badge when it is time to look again
    due_since: str  # "…has been due since {date}: {service} sometimes…"
    next_due: str  # "Next … due on {date}."
    still: str  # the card's one-click record when nothing is due ("" where none is offered)
    still_tip: str
    history: dict[str, str]  # record kind -> what a history line says it was ("Switched off, through the steps")
    receipt: dict[str, str]  # record kind -> what the receipt's history says it was ("Switched off")
    reminder: str  # the calendar event's title: {service}
    reminder_account: str  # the same for a named account: {service}, {account}
    reminder_how: str  # the calendar event's text, after the guide's own sentence


def kind_words(kind: str) -> KindWords:
    """The words of an action of `kind` (SETTING or FORM; NONE has a page of its own) in the current language."""
    if kind == FORM:
        return KindWords(
            # Translators: {label} is the service's form, quoted.
            question=_("Did you send {label}?"),
            # Translators: {app} is one of the service's apps, such as Instagram; {label} its form, quoted.
            app_question=_("On {app}: did you send {label}?"),
            answers={
                ANSWER_SENT: _("I sent it"),
                ANSWER_ALREADY_SENT: _("I had already objected"),
                ANSWER_NOT_FOUND: _("I couldn't find it"),
            },
            not_found=_(
                "That happens: {service} moves its forms now and then. Update the app, or try on a computer, "
                "signed in; or open the form directly and look for {label}. Nothing is recorded for it until "
                "you choose “I sent it”."
            ),
            open_page=_("Open the form"),
            opened=_("Your browser was asked to open the form."),
            open_here=_("Open the form in my browser"),
            open_instead=_("Or open the form on this computer"),
            tip_computer=_("• Do it on a computer instead: one objection covers your whole account."),
            tip_phone=_("• Do it in the {service} app on your phone instead: the form is the same."),
            tip_direct=_("• Open the form directly with the link above, signed in, then look for the words in quotes."),
            done={
                SENT: _("You sent {label} {where}."),
                ALREADY_SENT: _("You had already sent {label}: an earlier objection still counts."),
            },
            done_in_app={
                SENT: _("On {app}, you sent {label} {where}."),
                ALREADY_SENT: _("On {app}, you had already sent {label}: an earlier objection still counts."),
            },
            look_again=_("New uses are sometimes announced: look for {service}'s new notices around {date}."),
            since={True: _("Objection sent on {date}"), False: _("Objected before; noted on {date}")},
            due_badge=_("Time to look again"),
            due_since=_(
                "A look for {service}'s new notices has been due since {date}: new uses are sometimes announced."
            ),
            next_due=_("Next look for new notices due on {date}."),
            # A form is sent once: there is nothing to record as "still" done, only a look through the steps.
            still="",
            still_tip="",
            history={
                SENT: _("Objection sent, through the steps"),
                ALREADY_SENT: _("Had already objected, noted through the steps"),
                RECHECKED: _("Looked again: nothing new"),
            },
            receipt={
                SENT: _("Objection sent"),
                ALREADY_SENT: _("Had already objected"),
                RECHECKED: _("Looked again: nothing new"),
            },
            # Translators: a calendar event's title. {service} is the service's name, such as Instagram.
            reminder=_("Look for new notices from {service} about AI training"),
            # Translators: a calendar event's title. {account} is the name the person gave an account.
            reminder_account=_("Look for new notices from {service} about AI training ({account})"),
            reminder_how=_(
                "Look for the service's new notices, and start the AI Opt-Out Assistant to see what you sent and when."
            ),
        )
    assert kind == SETTING, kind
    return KindWords(
        # Translators: {label} is the service's switch, quoted.
        question=_("Is {label} switched off now?"),
        # Translators: {app} is one of the service's apps, such as Instagram; {label} its switch, quoted.
        app_question=_("On {app}: is {label} switched off now?"),
        answers={
            ANSWER_OFF: _("It's off now"),
            ANSWER_ALREADY_OFF: _("It was already off"),
            ANSWER_NOT_FOUND: _("I couldn't find it"),
        },
        not_found=_(
            "That happens: {service} moves its settings now and then. Update the app, or try on a computer; "
            "or open the setting page directly, sign in, and look for {label}. When it is off, choose "
            "“It's off now”. Nothing is recorded until then."
        ),
        open_page=_("Open the setting page"),
        opened=_("Your browser was asked to open the setting page."),
        open_here=_("Open the setting page in my browser"),
        open_instead=_("Or open the setting on this computer"),
        tip_computer=_("• Do it on a computer instead: the setting is the same for your whole account."),
        tip_phone=_("• Do it in the {service} app on your phone instead: the setting is the same."),
        tip_direct=_("• Open the setting page directly with the link above, then look for the words in quotes."),
        done={
            CONFIRMED: _("You switched off {label} {where}."),
            ALREADY_OFF: _("You found {label} already off {where}."),
        },
        done_in_app={
            CONFIRMED: _("On {app}, you switched off {label} {where}."),
            ALREADY_OFF: _("On {app}, you found {label} already off {where}."),
        },
        look_again=_("{service} sometimes changes its settings: check again around {date}."),
        since={True: _("Off since {date}"), False: _("Found off on {date}")},
        due_badge=_("Time to check"),
        due_since=_("A re-check has been due since {date}: {service} sometimes changes its settings."),
        next_due=_("Next re-check due on {date}."),
        still=_("Check it now"),
        still_tip=_("Open the setting page, then say what you see there"),
        history={
            CONFIRMED: _("Switched off, through the steps"),
            ALREADY_OFF: _("Found already off, through the steps"),
            RECHECKED: _("Re-checked: still off"),
        },
        receipt={
            CONFIRMED: _("Switched off"),
            ALREADY_OFF: _("Found already off"),
            RECHECKED: _("Checked again: still off"),
        },
        # Translators: a calendar event's title. {service} is the service's name, such as LinkedIn.
        reminder=_("Check your {service} AI-training setting"),
        # Translators: a calendar event's title. {service} is the service's name, such as LinkedIn;
        # {account} the name the person gave this account, such as "Work".
        reminder_account=_("Check your {service} AI-training setting ({account})"),
        # Translators: the text of a calendar event, after the service's own sentence of what to check; the
        # setting's link follows on the next line.
        reminder_how=_(
            "Open this page and make sure the switch is off, or start the AI Opt-Out Assistant to be guided step "
            "by step."
        ),
    )


def words_for(action: Action | None) -> KindWords:
    """The words of what was done (a record's action); a switch's for none known (records before actions)."""
    return kind_words(action.kind if action is not None and action.kind == FORM else SETTING)


def action_label(guide: Guide, action: Action, labels_language: str | None) -> str:
    """The action's own label (the switch, the form), quoted as the service shows it; a form the guide
    names in its own words ("Meta's objection form") by that name, unquoted."""
    if action.name is not None:
        return _(action.name)
    assert action.label is not None, "an action of kind none has no label"
    return guide_text.quoted_label(guide, action.label, labels_language)


def due_summary(action: Action | None, count: int, service: str) -> str:
    """The status home's line when `count` accounts want a look, the first of them about `action`."""
    if action is not None and action.kind == FORM:
        return ngettext(
            "Time to look again at one account for {service}'s new notices.",
            "Time to look again at {count} accounts for {service}'s new notices.",
            count,
        ).format(count=count, service=service)
    return ngettext(
        "Time to check one account: {service} sometimes changes its settings.",
        "Time to check {count} accounts: {service} sometimes changes its settings.",
        count,
    ).format(count=count, service=service)


def done_line(guide: Guide, record: Confirmation, words: KindWords, label: str) -> str:
    """What a record says was done, as Done says it: "You switched off “…” on your iPhone.", or "On
    Facebook, you sent …" for one app of several. `words` are its action's kind's, `label` its action's,
    already quoted (action_label)."""
    where = _(guide.device(record.device).where)
    app = guide.app(record.app)
    if app is None:
        return words.done[record.kind].format(label=label, where=where)
    return words.done_in_app[record.kind].format(app=_(app.name), label=label, where=where)


def sitting_lines(sitting: Sequence[tuple[Guide, Sequence[Confirmation]]]) -> tuple[list[str], list[str]]:
    """A sitting of several services summed up, in order: for each service what was recorded ("✓ LinkedIn:
    You switched off …") or that nothing could be done there; then the optional steps not done, each with
    its service. (Each service's own Done said the details; this is the whole sitting at a glance.)"""
    done: list[str] = []
    optional: list[str] = []
    for guide, records in sitting:
        service = _(guide.service)
        if not records:
            # Translators: {service} is a service such as Facebook and Instagram.
            done.append("– " + _("{service}: no way to refuse this where you live, for now.").format(service=service))
            continue
        region = guide.region_for_country(records[0].country)
        action = guide.action_for(region)
        words, label = kind_words(action.kind), action_label(guide, action, None)
        for record in records:
            line = done_line(guide, record, words, label)
            # Translators: {service} is a service such as LinkedIn; {done} what was recorded for it.
            done.append("✓ " + _("{service}: {done}").format(service=service, done=line))
        kept = {extra for record in records for extra in record.extras}
        for extra_id in region.extras:
            if extra_id not in kept:
                optional.append(
                    "– " + _("{service}: {done}").format(service=service, done=_(guide.extras[extra_id].title))
                )
    return done, optional
