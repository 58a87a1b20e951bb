"""The wizard's decisions, without Qt: which page follows which, and what gets recorded.

The pages share one ``WizardState``; they read it and write the person's choices into it. Nothing
here knows about widgets, so every branch is tested with plain pytest.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from app.core.guide import Guide, Region
from app.core.records import ALREADY_OFF, CONFIRMED, RECHECKED, Confirmation, NewConfirmation
from app.core.text import ACCOUNT_LABEL_MAX as ACCOUNT_LABEL_MAX
from app.core.text import clean_line


class PageId(IntEnum):
    WELCOME = 0
    REGION = 1
    DEVICE = 2
    STEPS = 3
    CONFIRM = 4
    DONE = 5
    SERVICE = 6  # first, and only when the assistant knows several services


# The confirm page's three answers. Only the first two record anything: "not found" leads to help.
ANSWER_OFF = "off"
ANSWER_ALREADY_OFF = "already_off"
ANSWER_NOT_FOUND = "not_found"
ANSWERS = (ANSWER_OFF, ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND)


@dataclass
class WizardState:
    language: str
    country: str | None = None
    device: str | None = None
    quick_route: bool = False  # the setting was opened straight from the welcome page
    switch_off: bool = False  # the answer says the switch is off (now, or already)
    answer: str | None = None  # one of ANSWERS, once chosen
    extras: set[str] = field(default_factory=set)
    account: str = ""  # an optional label such as "Work", for people with several accounts
    linkedin_language: str | None = None  # the service's menus' language; None: the assistant's language
    guide_id: str | None = None  # the service followed (its guide's id)

    def choose_service(self, guide_id: str) -> None:
        """Another service: what was chosen for the previous one (device, extras, answers) no longer applies."""
        self.guide_id = guide_id
        self.device = None
        self.extras = set()
        self.switch_off = False
        self.answer = None
        self.quick_route = False

    def choose_answer(self, answer: str) -> None:
        """The confirm page's answer; only "off" and "already off" can be recorded."""
        self.answer = answer
        self.switch_off = answer in (ANSWER_OFF, ANSWER_ALREADY_OFF)

    def labels_language(self) -> str:
        """The language LinkedIn's labels are quoted in."""
        return self.linkedin_language or self.language

    def region(self, guide: Guide) -> Region | None:
        return guide.region_for_country(self.country) if self.country else None


def next_page(page: PageId, state: WizardState) -> PageId | None:
    """The page after `page`, or None when `page` is the last."""
    if page == PageId.SERVICE:
        return PageId.WELCOME
    if page == PageId.WELCOME:
        return PageId.REGION
    if page == PageId.REGION:
        return PageId.CONFIRM if state.quick_route else PageId.DEVICE
    if page == PageId.DEVICE:
        return PageId.STEPS
    if page == PageId.STEPS:
        return PageId.CONFIRM
    if page == PageId.CONFIRM:
        return PageId.DONE
    return None


# The stages the progress header counts, in order: the first page and the service choice come before.
STAGES = (PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM, PageId.DONE)


def stage(page: PageId) -> int | None:
    """`page`'s place among STAGES, from 1; None before the first stage. (The quick route skips the
    device and the steps: its progress jumps from 1 to 4, which is what it does.)"""
    return STAGES.index(page) + 1 if page in STAGES else None


def can_leave(page: PageId, state: WizardState, guide: Guide) -> bool:
    """Whether the person has given what `page` asks for."""
    if page == PageId.SERVICE:
        return state.guide_id is not None
    if page == PageId.REGION:
        return state.country is not None
    if page == PageId.DEVICE:
        return state.device in {d.id for d in guide.devices}
    if page == PageId.CONFIRM:
        return state.switch_off
    return True


def recheck_state(latest: Confirmation, language: str, guide: Guide) -> WizardState:
    """The choices for checking an account again: same account, country and device (when this guide
    still knows that device; otherwise the person chooses again)."""
    known = latest.device in {device.id for device in guide.devices}
    return WizardState(
        language=language,
        country=latest.country,
        device=latest.device if known else None,
        account=latest.account,
        guide_id=guide.id,
    )


def recheck_confirmation(latest: Confirmation, guide: Guide, app_version: str) -> NewConfirmation:
    """The record of "I re-checked: still off", made from the account's latest record."""
    return NewConfirmation(
        device=latest.device,
        country=latest.country,
        region=guide.region_for_country(latest.country).id,
        language=latest.language,
        guide_id=guide.id,
        guide_version=guide.version,
        app_version=app_version,
        extras=(),  # an extra is a one-off; the checklist finds it in the record that has it
        account=latest.account,
        kind=RECHECKED,
    )


def clean_label(text: str, limit: int | None = ACCOUNT_LABEL_MAX) -> str:
    """An account name as it may be kept: one line of printable text, at most ACCOUNT_LABEL_MAX long
    (see app.core.text.clean_line), so the name shows the same in the window, the receipt and the terminal."""
    return clean_line(text, limit)


# What "Stop for now" keeps: the choices, not the answers (an answer is only ever a record).
_RESUMED_FIELDS = ("country", "device", "account", "guide_id", "linkedin_language")


def resume_text(state: WizardState, page: PageId) -> str:
    """Where the person stopped and what they had chosen, as kept in the settings."""
    import json

    kept = {name: getattr(state, name) for name in _RESUMED_FIELDS}
    kept["account"] = clean_label(state.account)  # a lone surrogate could not even be stored
    return json.dumps({"page": page.name, **kept}, ensure_ascii=False, sort_keys=True)


def resume_from(
    text: str | None, language: str, guides: Sequence[Guide], languages: Collection[str]
) -> tuple[WizardState, PageId] | None:
    """The state and page to open on after "Stop for now", or None. What no longer fits (a service or
    device the guides no longer have, a page whose choices are missing) falls back to an earlier page."""
    if not text or not isinstance(text, str):  # nothing kept (most launches): no json before the first window
        return None
    import json

    try:
        kept = json.loads(text)
    except (ValueError, RecursionError):  # damaged, or nested deeper than Python reads
        return None
    if not isinstance(kept, dict):
        return None
    values = {name: kept.get(name) for name in _RESUMED_FIELDS}
    if not all(value is None or isinstance(value, str) for value in values.values()):
        return None
    guide = next((g for g in guides if g.id == values["guide_id"]), None)
    if guide is None:
        return None
    state = WizardState(language=language, **{k: v for k, v in values.items() if v is not None})
    # Kept by an older version, or edited by hand: only what could have been chosen is resumed.
    state.account = clean_label(state.account or "")
    from app.core import regions  # only when something was kept: not on the way to most first windows

    if state.country is not None and not regions.is_country(state.country):
        state.country = None
    if state.linkedin_language not in languages:
        state.linkedin_language = None
    if state.device is not None and state.device not in {d.id for d in guide.devices}:
        state.device = None
    page = PageId.__members__.get(str(kept.get("page")), PageId.WELCOME)
    order = (PageId.WELCOME, PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM)
    if page not in order:
        page = PageId.WELCOME
    if page > PageId.REGION and state.country is None:
        page = PageId.REGION
    if page > PageId.DEVICE and state.device is None:
        page = PageId.DEVICE
    return state, page


def recorded_device(state: WizardState, guide: Guide) -> str:
    """The device chosen; on the quick route, which opens the setting in this computer's browser, the guide's
    computer (each guide names its own devices: not every one calls it "browser")."""
    if state.quick_route and state.device is None:
        return guide.computer_device().id
    assert state.device is not None, "no device chosen"
    return state.device


def confirmation_from(state: WizardState, guide: Guide, app_version: str) -> NewConfirmation:
    """The record the confirm page writes. Only the extras of the person's region are kept."""
    region = state.region(guide)
    assert region is not None and state.country is not None, "no country chosen"
    assert state.switch_off, "the switch was not confirmed off"
    return NewConfirmation(
        device=recorded_device(state, guide),
        country=state.country,
        region=region.id,
        language=state.language,
        guide_id=guide.id,
        guide_version=guide.version,
        app_version=app_version,
        extras=tuple(sorted(state.extras & set(region.extras))),
        account=clean_label(state.account),
        kind=ALREADY_OFF if state.answer == ANSWER_ALREADY_OFF else CONFIRMED,
    )
