"""Derive the checklist from the guide and the records: what is done, when, on which device, and
what is due. One checklist per LinkedIn account (most people have one, labelled "")."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.core import settings
from app.core.actions import KINDS
from app.core.guide import Action, Guide, Region
from app.core.records import CONFIRMED, Confirmation

RECHECK_MONTHS = settings.RECHECK_MONTHS.default  # the default period; the person can choose another
FUTURE_TOLERANCE = dt.timedelta(days=1)  # time zones and small clock drifts are not "the future"
SWITCH = "switch"


class OffSince(NamedTuple):
    switched: bool  # True: the person switched it off then; False: they found it off then
    event: Confirmation  # the record that says so

    @property
    def at(self) -> dt.datetime:  # UTC
        return self.event.recorded_at


@dataclass(frozen=True)
class ChecklistItem:
    id: str  # SWITCH, or the id of one of the region's extras
    optional: bool
    done_at: dt.datetime | None  # UTC, when it was last recorded done
    device: str | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Checklist:
    account: str  # "" for the person's only (or unnamed) account
    items: tuple[ChecklistItem, ...]
    latest: Confirmation | None
    region: Region | None
    recheck_due: dt.date | None  # local date from which a re-check is due
    guide_changed: bool  # the guide is newer than the one followed last time
    history: tuple[Confirmation, ...] = ()  # every event of this account, oldest first
    future_events: int = 0  # events dated in the future: the computer's clock was wrong at some point
    guide_id: str = ""  # the service this account's checklist is about
    app: str = ""  # the service's app it is about ("" for a service without apps)
    action: Action | None = None  # what was done (the latest record's action; None with no record)

    @property
    def key(self) -> str:
        """Names this checklist among all of them: its service, its app (if any) and its account."""
        return account_key(self.guide_id, self.account, self.app)

    @property
    def empty(self) -> bool:
        return self.latest is None

    def recheck_is_due(self, today: dt.date) -> bool:
        return self.guide_changed or (self.recheck_due is not None and today >= self.recheck_due)

    def off_since(self) -> OffSince | None:
        """Since when the switch is known to be off, as far as the records say (None with no record).

        Only the person switching it off starts an "off since": the last time they did, up to the latest
        believable record. Otherwise they only ever found it off (or re-checked a record made elsewhere),
        and the first time they did is when it was found off, not since when it is off."""
        if self.latest is None:
            return None
        latest = (self.latest.recorded_at, self.latest.id)
        events = [e for e in self.history if (e.recorded_at, e.id) <= latest] or [self.latest]
        acted = KINDS[self.action.kind].acted if self.action is not None else CONFIRMED
        switched = [e for e in events if e.kind == acted]
        if switched:
            return OffSince(switched=True, event=max(switched, key=lambda e: (e.recorded_at, e.id)))
        return OffSince(switched=False, event=min(events, key=lambda e: (e.recorded_at, e.id)))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_check(recorded_at: dt.datetime, months: int) -> dt.date:
    """The local date from which a check recorded at `recorded_at` (UTC) is due again."""
    return add_months(recorded_at.astimezone().date(), months)


def _latest(events: list[Confirmation]) -> Confirmation:
    return max(events, key=lambda c: (c.recorded_at, c.id))


def in_the_future(event: Confirmation, now: dt.datetime) -> bool:
    """Dated after now by more than a day: the clock was wrong when it was recorded, or is now."""
    return event.recorded_at > now + FUTURE_TOLERANCE


def _latest_real(events: list[Confirmation], now: dt.datetime) -> Confirmation:
    """The latest event whose date can be believed; if none can, the last one recorded."""
    believable = [e for e in events if not in_the_future(e, now)]
    return _latest(believable) if believable else max(events, key=lambda c: c.id)


def build_checklist(
    guide: Guide,
    confirmations: list[Confirmation],
    months: int = RECHECK_MONTHS,
    account: str = "",
    now: dt.datetime | None = None,
    app: str = "",
) -> Checklist:
    """The checklist of one account (in one app) from its events (those of other accounts and apps must be
    left out). `months` is the person's re-check period: an action that is not re-checked (a form) has its own."""
    if not confirmations:
        return Checklist(
            account=account,
            items=(),
            latest=None,
            region=None,
            recheck_due=None,
            guide_changed=False,
            guide_id=guide.id,
            app=app,
        )
    now = now or dt.datetime.now(dt.UTC)
    latest = _latest_real(confirmations, now)
    # The country decides, through today's guide: regions and their extras change as LinkedIn does,
    # and a record made under an older guide (one extra, a region since split) still reads.
    region = guide.region_for_country(latest.country)
    # What was done is what the records say (a form sent stays sent if the region's action changes since).
    action = guide.actions.get(latest.action) or guide.action_for(region)
    months = KINDS[action.kind].look_again_months or months
    items = [ChecklistItem(SWITCH, optional=False, done_at=latest.recorded_at, device=latest.device)]
    for extra in region.extras:
        extra_done = [c for c in confirmations if extra in c.extras]
        last_extra = _latest(extra_done) if extra_done else None
        items.append(
            ChecklistItem(
                extra,
                optional=True,
                done_at=last_extra.recorded_at if last_extra else None,
                device=last_extra.device if last_extra else None,
            )
        )
    return Checklist(
        guide_id=guide.id,
        app=app,
        action=action,
        account=account,
        items=tuple(items),
        latest=latest,
        region=region,
        # No record with a believable date: the next check counts from today, not from a wrong clock's date.
        recheck_due=next_check(latest.recorded_at if not in_the_future(latest, now) else now, months),
        guide_changed=latest.guide_id == guide.id and latest.guide_version < guide.version,
        history=tuple(sorted(confirmations, key=lambda c: (c.recorded_at, c.id))),
        future_events=sum(in_the_future(e, now) for e in confirmations),
    )


def account_key(guide_id: str, account: str, app: str = "") -> str:
    """A checklist's name: "linkedin-ai-training/Work"; with an app, "meta-ai-training/instagram:Work"."""
    return f"{guide_id}/{app}:{account}" if app else f"{guide_id}/{account}"


def build_all(
    guides: Sequence[Guide],
    confirmations: list[Confirmation],
    months: int = RECHECK_MONTHS,
    now: dt.datetime | None = None,
) -> list[Checklist]:
    """Every service's checklists, service by service (in the order of `guides`), then account by account.

    A record belongs to the service whose guide id it carries, and to no other: records of a service
    whose guide is not installed are left out (see `orphans`)."""
    checklists: list[Checklist] = []
    for guide in guides:
        mine = [c for c in confirmations if c.guide_id == guide.id]
        checklists += build_checklists(guide, mine, months, now)
    return checklists


def orphans(guides: Sequence[Guide], confirmations: list[Confirmation]) -> int:
    """How many records belong to no installed guide (a service removed, or a newer version's)."""
    known = {guide.id for guide in guides}
    return sum(c.guide_id not in known for c in confirmations)


def build_checklists(
    guide: Guide, confirmations: list[Confirmation], months: int = RECHECK_MONTHS, now: dt.datetime | None = None
) -> list[Checklist]:
    """One checklist per account of `guide`'s records, the unnamed account first, then by label, and within
    an account one per app in the guide's order. Records of other guides must be left out (build_all does)."""
    accounts: dict[tuple[str, str], list[Confirmation]] = {}
    for confirmation in confirmations:
        accounts.setdefault((confirmation.account, confirmation.app), []).append(confirmation)
    apps = [app.id for app in guide.apps]

    def order(item: tuple[tuple[str, str], list[Confirmation]]) -> tuple[bool, str, int, str]:
        (account, app), _events = item
        return (account != "", account.casefold(), apps.index(app) if app in apps else len(apps), app)

    return [
        build_checklist(guide, events, months, account, now, app)
        for (account, app), events in sorted(accounts.items(), key=order)
    ]
