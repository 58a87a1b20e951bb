"""Object names of the widgets made from the guide's data, derived from their ids in one place.

The pages name their widgets with these, and the tests find them with the same functions: a new
device or extra in a guide gets its names without a list to update anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


def camel(identifier: str, *, upper: bool = False) -> str:
    """ "ads_sharing" -> "adsSharing" ("AdsSharing" with `upper`)."""
    words = [w for w in identifier.replace("-", "_").split("_") if w]
    text = words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:]) if words else ""
    return text[:1].upper() + text[1:] if upper else text


# The button that prepares a form's ready-to-paste text (one form per region at most).
OBJECTION_LETTER_BUTTON = "objectionLetterButton"


def service_button(guide_id: str) -> str:
    """The service page's button for the guide `guide_id`: "serviceLinkedinAiTraining"."""
    return "service" + camel(guide_id, upper=True)


def device_button(device_id: str) -> str:
    """The device page's button for `device_id`: "deviceIphone"."""
    return "device" + camel(device_id, upper=True)


@dataclass(frozen=True)
class ExtraNames:
    box: str  # its group box
    button: str  # opens its page
    done: str  # the check box "I did it"
    handoff: str  # prefix of its phone handoff: <handoff>Handoff, <handoff>QrCode, <handoff>CopyLinkButton


def extra(extra_id: str) -> ExtraNames:
    """The confirm page's widgets for the extra `extra_id`: "objectionFormButton", "objectionFormDone"..."""
    base = camel(extra_id)
    return ExtraNames(box=f"{base}Box", button=f"{base}Button", done=f"{base}Done", handoff=base)


def answer_button(answer: str) -> str:
    """The confirm page's button for `answer` (app/core/actions.py): "answerOff", "answerAlreadySent"."""
    return "answer" + camel(answer, upper=True)


def answer_group(app: str) -> str:
    """The confirm page's question and answers for `app`: "answers", or "answersInstagram" for one app of several."""
    return "answers" + camel(app, upper=True)
