"""The words of each kind of action (app/core/actions.py): the confirm page's question and answers, the help
when it cannot be found, and what Done says. One table per kind; the pages take them from here, not
from `if` chains of their own.
"""

from __future__ import annotations

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
from app.core.records import ALREADY_OFF, ALREADY_SENT, CONFIRMED, SENT
from app.i18n import _


class KindWords(NamedTuple):
    question: str  # {label}: the switch or the form, quoted
    app_question: str  # the same for one app of several: {app}, {label}
    answers: dict[str, str]  # answer -> its button's words
    not_found: str  # help for "I couldn't find it": {service}, {label}
    open_page: str  # the button that opens the action's page
    opened: str  # said once the page was asked to open
    done: dict[str, str]  # record kind -> Done's first line: {label}, {where}
    done_in_app: dict[str, str]  # the same for one app of several: {app}, {label}, {where}
    look_again: str  # when to look again: {service}, {date}


def kind_words(kind: str) -> KindWords:
    """The words of an action of `kind` (SETTING or FORM; NONE has a page of its own) in the current language."""
    if kind == FORM:
        return KindWords(
            # Translators: {label} is the service's form, quoted.
            question=_("Did you send {label}?"),
            # Translators: {app} is one of the service's apps, such as Instagram; {label} its form, quoted.
            app_question=_("In {app}: did you send {label}?"),
            answers={
                ANSWER_SENT: _("I sent it"),
                ANSWER_ALREADY_SENT: _("I had already objected before"),
                ANSWER_NOT_FOUND: _("I couldn't find it"),
            },
            not_found=_(
                "That happens: {service} moves its forms now and then. Update the app, or try on a computer, "
                "signed in; or open the form directly and look for {label}. Nothing is recorded for it until "
                "you choose “I sent it”."
            ),
            open_page=_("Open the form"),
            opened=_("The form is open in your browser."),
            done={
                SENT: _("You sent {label} {where}."),
                ALREADY_SENT: _("You had already sent {label}: an earlier objection still counts."),
            },
            done_in_app={
                SENT: _("In {app}, you sent {label} {where}."),
                ALREADY_SENT: _("In {app}, you had already sent {label}: an earlier objection still counts."),
            },
            look_again=_("{service} sometimes announces new uses: look for its new notices around {date}."),
        )
    assert kind == SETTING, kind
    return KindWords(
        # Translators: {label} is the service's switch, quoted.
        question=_("Is {label} switched off now?"),
        # Translators: {app} is one of the service's apps, such as Instagram; {label} its switch, quoted.
        app_question=_("In {app}: is {label} switched off now?"),
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
        opened=_("The setting page is open in your browser."),
        done={
            CONFIRMED: _("You switched off {label} {where}."),
            ALREADY_OFF: _("You found {label} already off {where}."),
        },
        done_in_app={
            CONFIRMED: _("In {app}, you switched off {label} {where}."),
            ALREADY_OFF: _("In {app}, you found {label} already off {where}."),
        },
        look_again=_("{service} sometimes changes its settings: check again around {date}."),
    )


def action_label(guide: Guide, action: Action, labels_language: str | None) -> str:
    """The action's own label (the switch, the form), quoted as the service shows it."""
    assert action.label is not None, "an action of kind none has no label"
    return guide_text.quoted_label(guide, action.label, labels_language)
