"""Where things stand, read once: every account of every installed service with the facts that the status
home, `status` (text and JSON), the receipt, the export and the calendar reminder all show.

The store, the installed guides, the settings and the date are read here and nowhere else, and each
account's facts (since when it is off, the last record, when the next check is due, whether the
instructions changed, when an objection was sent and its case number) are derived here once: the outputs
only say them (in words: app/checklist_text.py). Qt-free and word-free.

The rules of one account stay in its Checklist (app/core/checklist.py); this wraps them. A fact a new
kind of action brings is one more field of AccountStatus, derived in `account_status`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from app.core import settings
from app.core.actions import FORM
from app.core.checklist import Checklist, ChecklistItem, OffSince, account_key, build_all, orphans
from app.core.guide import Guide
from app.core.objection import case_setting, confirmed_setting, stored_case_number, stored_date
from app.core.records import Confirmation, RecordStore, utc_now


class AccountStatus(NamedTuple):
    """One account of one service, and what can be said of it today."""

    checklist: Checklist  # the account's checklist: its items, region and history
    guide: Guide  # the service's guide, as installed today
    since: OffSince | None  # since when the switch is off, or when it was found off (None: nothing recorded)
    last_done: Confirmation | None  # the latest record with a believable date
    due: dt.date | None  # the local date from which a check is due (None: nothing recorded)
    overdue: bool  # that date has come
    is_due: bool  # a check is due now: the date has come, or the instructions changed
    guide_changed: bool  # the guide is newer than the one followed last time
    objection: ChecklistItem | None  # the extra that is a form (an objection), once recorded sent
    case_number: str  # the case number the service gave the objection ("" until noted)
    future_events: int  # records dated in the future: the computer's clock was wrong at some point
    # A form that is the service's main action: the day the service's confirmation e-mail came, as noted.
    confirmed_on: dt.date | None = None

    @property
    def key(self) -> str:
        """Names this account among all of them: its service and its label (Checklist.key)."""
        return self.checklist.key

    @property
    def account(self) -> str:
        return self.checklist.account

    @property
    def empty(self) -> bool:
        return self.last_done is None

    @property
    def objection_sent(self) -> dt.datetime | None:
        """When the objection was recorded sent (UTC), if it was."""
        return self.objection.done_at if self.objection is not None else None

    @property
    def wants_action(self) -> bool:
        """Nothing recorded yet, or a check due: the person has something to do."""
        return self.empty or self.is_due


class Status(NamedTuple):
    """Every account, service by service (in the guides' order), then account by account."""

    today: dt.date  # the computer's local date when it was read
    now: dt.datetime  # UTC, when it was read
    months: int  # months between checks, as the person chose
    guides: tuple[Guide, ...]  # the installed guides
    accounts: tuple[AccountStatus, ...]
    orphans: int = 0  # records of a service whose guide is not installed
    unreadable: int = 0  # records the store could not read, left out

    def account(self, key: str) -> AccountStatus | None:
        """The account named `key` (AccountStatus.key); a bare label is looked up in the first service."""
        found = next((a for a in self.accounts if a.key == key), None)
        return found or next((a for a in self.accounts if a.account == key), None)

    def of_service(self, guide_id: str) -> tuple[AccountStatus, ...]:
        return tuple(a for a in self.accounts if a.checklist.guide_id == guide_id)

    @property
    def wanting_action(self) -> tuple[AccountStatus, ...]:
        return tuple(a for a in self.accounts if a.wants_action)

    @property
    def recorded_services(self) -> tuple[Guide, ...]:
        """The services with something recorded, in the guides' order (the accounts are in that order)."""
        ids = dict.fromkeys(a.guide.id for a in self.accounts)
        return tuple(guide for guide in self.guides if guide.id in ids)

    @property
    def other_services(self) -> tuple[Guide, ...]:
        """The installed services with nothing recorded yet: offered, quietly, once something is."""
        recorded = {guide.id for guide in self.recorded_services}
        return tuple(guide for guide in self.guides if guide.id not in recorded) if recorded else ()


def guide_list(guides: Guide | Sequence[Guide]) -> tuple[Guide, ...]:
    """One guide, or several, as a tuple (most callers follow one service)."""
    return (guides,) if isinstance(guides, Guide) else tuple(guides)


def account_status(
    checklist: Checklist, guide: Guide, today: dt.date, case_number: str, confirmed_on: dt.date | None = None
) -> AccountStatus:
    """An account's facts, derived once from its checklist (`guide` is the checklist's service)."""
    objection = next(
        (item for item in checklist.items if item.done and item.id in guide.extras and guide.extras[item.id].is_form),
        None,
    )
    due = checklist.recheck_due
    return AccountStatus(
        checklist=checklist,
        guide=guide,
        since=checklist.off_since(),
        last_done=checklist.latest,
        due=due,
        overdue=due is not None and today >= due,
        is_due=checklist.recheck_is_due(today),
        guide_changed=checklist.guide_changed,
        objection=objection,
        case_number=case_number if objection is not None else "",
        future_events=checklist.future_events,
        confirmed_on=confirmed_on if checklist.action is not None and checklist.action.kind == FORM else None,
    )


def status_of(
    guides: Guide | Sequence[Guide],
    confirmations: list[Confirmation],
    months: int = settings.RECHECK_MONTHS.default,
    now: dt.datetime | None = None,
    case_numbers: Mapping[str, str] | None = None,
    *,
    confirmed: Mapping[str, dt.date] | None = None,
    today: dt.date | None = None,
    unreadable: int = 0,
) -> Status:
    """The status of these records (read_status reads them from the store). `case_numbers`: the objection's
    case number by account key; `today`: the local date, by default `now`'s."""
    all_guides = guide_list(guides)
    now = now or utc_now()  # the one clock of every output (tests set it here)
    today = today or now.astimezone().date()
    by_id = {guide.id: guide for guide in all_guides}
    cases = case_numbers or {}
    accounts = tuple(
        # A case number is the account's, in every app of its service (one objection covers them).
        account_status(
            checklist,
            by_id[checklist.guide_id],
            today,
            cases.get(account_key(checklist.guide_id, checklist.account), ""),
            (confirmed or {}).get(checklist.key),
        )
        for checklist in build_all(all_guides, confirmations, months, now)
    )
    return Status(
        today=today,
        now=now,
        months=months,
        guides=all_guides,
        accounts=accounts,
        orphans=orphans(all_guides, confirmations),
        unreadable=unreadable,
    )


def read_status(store: RecordStore, guides: Guide | Sequence[Guide], now: dt.datetime | None = None) -> Status:
    """Everything the outputs show, read once from `store` (its records, the re-check period, the case
    numbers) for the installed `guides`. Raises StoreError as the store does."""
    confirmations = store.confirmations()
    unreadable = store.unreadable
    cases = {
        account_key(guide_id, account): stored_case_number(store.setting(case_setting(guide_id, account)))
        for guide_id, account in {(c.guide_id, c.account) for c in confirmations}
    }
    noted = {
        key: day
        for key in {account_key(c.guide_id, c.account, c.app) for c in confirmations}
        if (day := stored_date(store.setting(confirmed_setting(key)))) is not None
    }
    return status_of(
        guides,
        confirmations,
        store.value(settings.RECHECK_MONTHS),
        now,
        cases,
        confirmed=noted,
        unreadable=unreadable,
    )
