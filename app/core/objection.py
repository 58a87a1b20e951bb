"""The objection form made easy: which ready-to-paste text to offer, and the service's case number once the
person has it. Qt-free and word-free (the text in the person's language: app/guide_text.objection_letter).

Sending the form is recorded like any optional extra (the record that first has it says when); the
case number, which the service sends later, is kept as a setting per service and account.
"""

from __future__ import annotations

import datetime as dt

from app.core.actions import ANSWER_ALREADY_OFF, ANSWER_OFF
from app.core.flow import clean_label
from app.core.guide import Extra

CASE_NUMBER_MAX = 40  # LinkedIn's case numbers are short; anything longer was pasted by mistake
SETTING_PREFIX = "objection_case/"
# Which of the guide's texts says what the person told the assistant (guide.LETTER_KINDS): only an answer
# that the switch is off lets the text say so; "I couldn't find it", or no answer yet, says nothing of it.
LETTER_FOR_ANSWER: dict[str | None, str] = {ANSWER_OFF: "off", ANSWER_ALREADY_OFF: "already_off"}
UNCONFIRMED = "unconfirmed"


def case_setting(guide_id: str, account: str) -> str:
    """The settings key of an account's case number."""
    return f"{SETTING_PREFIX}{guide_id}/{account}"


CONFIRMED_PREFIX = "form_confirmed/"  # + an account's key (checklist.account_key): the service's e-mail's date


def confirmed_setting(account_key: str) -> str:
    """The settings key of the date the service confirmed an account's form by e-mail (a form that is the
    service's main action, per app: Meta's objection, sent in Facebook and in Instagram)."""
    return f"{CONFIRMED_PREFIX}{account_key}"


def stored_date(value: str | None) -> dt.date | None:
    """A date as kept in the settings (ISO, 2026-05-03); None for nothing or anything else."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def clean_case_number(text: str) -> str:
    """A case number as it may be kept: one line of printable text, at most CASE_NUMBER_MAX long."""
    return clean_label(text, limit=CASE_NUMBER_MAX)


def stored_case_number(value: str | None) -> str:
    """A case number as read back from the settings: cleaned and bounded as if it had just been typed."""
    return clean_case_number(value) if value else ""


def letter_text(extra: Extra, answer: str | None) -> str:
    """Which of `extra`'s ready-to-paste texts (English, with {name}) says only what the person answered on
    the switch (one of flow.ANSWERS, or None before they answered): see app/guide_text.objection_letter."""
    return extra.letters[LETTER_FOR_ANSWER.get(answer, UNCONFIRMED)]
