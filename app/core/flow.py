"""The wizard's decisions, without Qt: which page follows which, and what gets recorded.

The pages share one ``WizardState``; they read it and write the person's choices into it. Nothing
here knows about widgets, so every branch is tested with plain pytest.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from app.core.actions import KINDS, ActionKind
from app.core.guide import Action, Guide, Region, guide_by_id
from app.core.records import RECHECKED, Confirmation, NewConfirmation
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
    NOTHING_TO_DO = 7  # the end, where the region's action is "none": what helps instead


# The wizard's pages, declared once, in the order a person meets them: the wizard builds them in this order,
# `next_page` goes to the next one that applies, the header counts the STAGES, "Stop for now" is offered
# on the MIDWAY pages and resumes on RESUMABLE ones; FINAL pages end the wizard.
ORDER = (
    PageId.SERVICE,
    PageId.WELCOME,
    PageId.REGION,
    PageId.NOTHING_TO_DO,
    PageId.DEVICE,
    PageId.STEPS,
    PageId.CONFIRM,
    PageId.DONE,
)
# The stages the progress header counts, in order (the first page and the service choice come before);
# the page with nothing to do is the last stage where it ends the path. The quick route skips the device
# and the steps: its progress jumps from 1 to 4, which is what it does.
STAGES = (PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM, PageId.DONE)
_STAGE_OF = {page: n for n, page in enumerate(STAGES, start=1)} | {PageId.NOTHING_TO_DO: len(STAGES)}
MIDWAY = (PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM)  # stopping there loses choices
RESUMABLE = (PageId.WELCOME, *MIDWAY)
FINAL = (PageId.DONE, PageId.NOTHING_TO_DO)
# The pages made from the followed service's guide (rebuilt when another service is chosen).
SERVICE_PAGES = tuple(page for page in ORDER if page not in (PageId.SERVICE, PageId.WELCOME))


def stage(page: PageId) -> int | None:
    """`page`'s place among STAGES, from 1; None before the first stage."""
    return _STAGE_OF.get(page)


@dataclass
class WizardState:
    language: str
    country: str | None = None
    device: str | None = None
    quick_route: bool = False  # the setting was opened straight from the welcome page
    # The confirm page's answers (app/core/actions.py), one per app of the service ("" without apps).
    answers: dict[str, str] = field(default_factory=dict)
    extras: set[str] = field(default_factory=set)
    account: str = ""  # an optional label such as "Work", for people with several accounts
    # "Add another account": the name must tell it apart from the accounts already recorded (see same_account).
    naming_account: bool = False
    linkedin_language: str | None = None  # the service's menus' language; None: the assistant's language
    guide_id: str | None = None  # the service followed (its guide's id)
    # The services chosen for this sitting, followed one after the other in this order (the first page asks,
    # when the assistant knows several); () outside such a sitting ("Check now", another account).
    services: tuple[str, ...] = ()

    def choose_service(self, guide_id: str) -> None:
        """Another service: what was chosen for the previous one (device, extras, answers) no longer applies."""
        self.guide_id = guide_id
        self.device = None
        self.extras = set()
        self.answers = {}
        self.quick_route = False

    def choose_services(self, guide_ids: Sequence[str]) -> None:
        """The services to go through in this sitting, in this order; the first of them is followed (the one
        followed already stays so if it is still the first)."""
        self.services = tuple(dict.fromkeys(guide_ids))
        if self.services and self.guide_id != self.services[0]:
            self.choose_service(self.services[0])

    def next_service(self) -> str | None:
        """The service after the one followed, in this sitting; None after the last (or outside a sitting)."""
        if self.guide_id not in self.services:
            return None
        following = self.services[self.services.index(self.guide_id) + 1 :]
        return following[0] if following else None

    def follow_next(self, guide: Guide) -> None:
        """On to `guide`, the sitting's next service: the country stays, and the device where that guide knows
        it (asked once, changeable per service); the answers, extras and account name were the last one's."""
        device = self.device
        self.choose_service(guide.id)
        self.device = device if device in {d.id for d in guide.devices} else None
        self.account = ""

    def service_place(self) -> tuple[int, int] | None:
        """(n, of): the followed service's place in a sitting of several; None otherwise."""
        if len(self.services) < 2 or self.guide_id not in self.services:
            return None
        return self.services.index(self.guide_id) + 1, len(self.services)

    def choose_answer(self, answer: str, app: str = "") -> None:
        """The confirm page's answer for `app` ("" for a service without apps)."""
        self.answers[app] = answer

    @property
    def answer(self) -> str | None:
        """The answer for the service itself, or its first app's: what a form's ready-to-paste text follows."""
        return next(iter(self.answers.values()), None)

    def labels_language(self) -> str:
        """The language LinkedIn's labels are quoted in."""
        return self.linkedin_language or self.language

    def region(self, guide: Guide) -> Region | None:
        return guide.region_for_country(self.country) if self.country else None

    def action(self, guide: Guide) -> Action | None:
        """The main action of the person's region (None until the country is chosen); on the quick route,
        which opens before the country is asked, the one action every region shares."""
        region = self.region(guide)
        if region is not None:
            return guide.action_for(region)
        return guide.quick_action if self.quick_route else None

    def kind(self, guide: Guide) -> ActionKind | None:
        action = self.action(guide)
        return KINDS[action.kind] if action is not None else None

    def recorded_answers(self, guide: Guide) -> dict[str, str]:
        """app -> the kind of record its answer writes, for the answers that record something."""
        kind = self.kind(guide)
        if kind is None:
            return {}
        return {app: kind.records[a] for app in guide.app_ids if (a := self.answers.get(app)) in kind.records}


def _applies(page: PageId, state: WizardState, guide: Guide) -> bool:
    """Whether `page` is on this person's path, as far as their choices tell yet."""
    if page in (PageId.SERVICE, PageId.WELCOME, PageId.REGION):
        return True
    kind = state.kind(guide)
    # No country yet: the usual path (the region page's Next must show as Next, not as the end).
    can_record = kind.can_record if kind is not None else True
    if page == PageId.NOTHING_TO_DO:
        return not can_record
    if page in (PageId.DEVICE, PageId.STEPS):  # the quick route opened the page: no device, no steps
        return can_record and not state.quick_route
    return can_record  # CONFIRM, DONE


def next_page(page: PageId, state: WizardState, guide: Guide) -> PageId | None:
    """The page after `page`, or None when `page` is the last."""
    if page in FINAL:
        return None
    return next((p for p in ORDER[ORDER.index(page) + 1 :] if _applies(p, state, guide)), None)


def can_leave(page: PageId, state: WizardState, guide: Guide) -> bool:
    """Whether the person has given what `page` asks for."""
    if page == PageId.SERVICE:
        return bool(state.services)
    if page == PageId.REGION:
        return state.country is not None
    if page == PageId.DEVICE:
        return state.device in {d.id for d in guide.devices}
    if page == PageId.CONFIRM:
        # An answer for every app, and one at least that records: "I couldn't find it" for one app of two
        # still lets the other's be saved; for the only one, it shows help and records nothing.
        return all(app in state.answers for app in guide.app_ids) and bool(state.recorded_answers(guide))
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


def new_account_state(latest: Confirmation | None, language: str, guide: Guide, name: str) -> WizardState:
    """The choices for adding another account of `guide`: the country of the latest record (the person
    confirms it), no device (another account may be on another one), and `name`, a suggested name."""
    return WizardState(
        language=language,
        country=latest.country if latest is not None else None,
        account=clean_label(name),
        naming_account=True,
        guide_id=guide.id,
    )


def same_account(name: str, recorded: Collection[str]) -> str | None:
    """The recorded account that `name` names (letter case and spaces aside), or None for a new one. The
    only account, recorded without a name, is named by an empty name."""
    wanted = clean_label(name).casefold()
    return next((label for label in recorded if clean_label(label).casefold() == wanted), None)


def recheck_confirmation(
    latest: Confirmation, guide: Guide, app_version: str, kind: str = RECHECKED
) -> NewConfirmation:
    """The record of a look again from the status home, made from the account's latest record: "still off"
    (RECHECKED), or found on and switched off again (CONFIRMED)."""
    return NewConfirmation(
        device=latest.device,
        country=latest.country,
        region=guide.region_for_country(latest.country).id,
        language=latest.language,
        guide_id=guide.id,
        guide_version=guide.version,
        app_version=app_version,
        # No extras: an extra is a one-off; the checklist finds it in the record that has it.
        account=latest.account,
        kind=kind,
        action=latest.action,
        app=latest.app,
    )


def clean_label(text: str, limit: int | None = ACCOUNT_LABEL_MAX) -> str:
    """An account name as it may be kept: one line of printable text, at most ACCOUNT_LABEL_MAX long
    (see app.core.text.clean_line), so the name shows the same in the window, the receipt and the terminal."""
    return clean_line(text, limit)


# What "Stop for now" keeps: the choices, not the answers (an answer is only ever a record).
_RESUMED_FIELDS = ("country", "device", "account", "guide_id", "linkedin_language")


def resume_text(state: WizardState, page: PageId) -> str:
    """Where the person stopped and what they had chosen, as kept in the settings (with the sitting's
    services, so that it goes on in the right one)."""
    import json

    kept: dict[str, object] = {name: getattr(state, name) for name in _RESUMED_FIELDS}
    kept["account"] = clean_label(state.account)  # a lone surrogate could not even be stored
    if state.services:
        kept["services"] = list(state.services)
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
    guide = guide_by_id(guides, values["guide_id"])
    if guide is None:
        return None
    state = WizardState(language=language, **{k: v for k, v in values.items() if v is not None})
    services = kept.get("services")
    if isinstance(services, list):  # the sitting's services that are still installed, the followed one among them
        known = [g.id for g in guides]
        state.services = tuple(dict.fromkeys(x for x in services if isinstance(x, str) and x in known))
        if guide.id not in state.services:
            state.services = ()
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
    if page not in RESUMABLE:
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


def confirmations_from(state: WizardState, guide: Guide, app_version: str) -> tuple[NewConfirmation, ...]:
    """The records the confirm page writes: one per app whose answer records something, about the region's
    action. Only the extras of the person's region are kept (with the first record: an extra is done once)."""
    region = state.region(guide)
    assert region is not None and state.country is not None, "no country chosen"
    recorded = state.recorded_answers(guide)
    assert recorded, "no answer that records anything"
    extras = tuple(sorted(state.extras & set(region.extras)))
    return tuple(
        NewConfirmation(
            device=recorded_device(state, guide),
            country=state.country,
            region=region.id,
            language=state.language,
            guide_id=guide.id,
            guide_version=guide.version,
            app_version=app_version,
            extras=extras if n == 0 else (),
            account=clean_label(state.account),
            kind=kind,
            action=region.action,
            app=app,
        )
        for n, (app, kind) in enumerate(recorded.items())
    )
