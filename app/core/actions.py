"""What a service asks of a person, by kind, declared once and without words (app/action_text.py words it).

A guide's region names its main action (app/core/guide.py, `Action`), and the action's kind decides the
rest: the answers the confirm page offers and what each records, whether there are steps to follow, which
record says the person did it, and when to look again.

- ``setting``: a switch with a state that can be re-checked (LinkedIn, ChatGPT).
- ``form``: a request sent once (an objection), with an optional ready-to-paste text, a confirmation
  e-mail and a case number; no state to re-check, only a yearly look for the service's new notices.
- ``none``: nothing can be done here; an honest page says so, with the extras that help.
"""

from __future__ import annotations

from typing import NamedTuple

from app.core.records import ALREADY_OFF, ALREADY_SENT, CONFIRMED, SENT

SETTING = "setting"
FORM = "form"
NONE = "none"

# The confirm page's answers. Only those an action's kind `records` write anything: "not found" leads to help.
ANSWER_OFF = "off"
ANSWER_ALREADY_OFF = "already_off"
ANSWER_SENT = "sent"
ANSWER_ALREADY_SENT = "already_sent"
ANSWER_NOT_FOUND = "not_found"

FORM_LOOK_AGAIN_MONTHS = 12  # a form is sent once; once a year, look for the service's new notices


class ActionKind(NamedTuple):
    id: str
    answers: tuple[str, ...]  # the confirm page's answers, in the order shown
    records: dict[str, str]  # answer -> the kind of record it writes; any other answer records nothing
    acted: str  # the record kind that says the person did it then ("switched off", "sent"); "" for none
    # How many months after the last record to look again; None: the person's re-check period (a switch
    # can be switched back on, so the person chooses how often to check it).
    look_again_months: int | None

    @property
    def can_record(self) -> bool:
        """Whether something can be done here: a device is chosen, steps followed, and an answer recorded."""
        return bool(self.records)


KINDS: dict[str, ActionKind] = {
    SETTING: ActionKind(
        SETTING,
        answers=(ANSWER_OFF, ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND),
        records={ANSWER_OFF: CONFIRMED, ANSWER_ALREADY_OFF: ALREADY_OFF},
        acted=CONFIRMED,
        look_again_months=None,
    ),
    FORM: ActionKind(
        FORM,
        answers=(ANSWER_SENT, ANSWER_ALREADY_SENT, ANSWER_NOT_FOUND),
        records={ANSWER_SENT: SENT, ANSWER_ALREADY_SENT: ALREADY_SENT},
        acted=SENT,
        look_again_months=FORM_LOOK_AGAIN_MONTHS,
    ),
    NONE: ActionKind(NONE, answers=(), records={}, acted="", look_again_months=None),
}
