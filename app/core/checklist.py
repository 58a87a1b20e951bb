"""Derive the checklist from the guide and the records: what is done, when, and what is due."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from app.core.guide import Guide, Region
from app.core.records import Confirmation

RECHECK_MONTHS = 6
SWITCH = "switch"


@dataclass(frozen=True)
class ChecklistItem:
    id: str  # SWITCH, or the id of the region's extra
    optional: bool
    done_at: dt.datetime | None  # UTC, when it was last recorded done
    device: str | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]
    latest: Confirmation | None
    region: Region | None
    recheck_due: dt.date | None  # local date from which a re-check is due
    guide_changed: bool  # the guide is newer than the one followed last time

    @property
    def empty(self) -> bool:
        return self.latest is None

    def recheck_is_due(self, today: dt.date) -> bool:
        return self.guide_changed or (self.recheck_due is not None and today >= self.recheck_due)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def build_checklist(guide: Guide, confirmations: list[Confirmation]) -> Checklist:
    if not confirmations:
        return Checklist(items=(), latest=None, region=None, recheck_due=None, guide_changed=False)
    latest = max(confirmations, key=lambda c: (c.recorded_at, c.id))
    try:
        region = guide.region(latest.region)
    except KeyError:  # a region the guide no longer has: place the country again
        region = guide.region_for_country(latest.country)
    extra_done = [c for c in confirmations if region.extra in c.extras]
    last_extra = max(extra_done, key=lambda c: (c.recorded_at, c.id)) if extra_done else None
    items = (
        ChecklistItem(SWITCH, optional=False, done_at=latest.recorded_at, device=latest.device),
        ChecklistItem(
            region.extra,
            optional=True,
            done_at=last_extra.recorded_at if last_extra else None,
            device=last_extra.device if last_extra else None,
        ),
    )
    local_day = latest.recorded_at.astimezone().date()
    return Checklist(
        items=items,
        latest=latest,
        region=region,
        recheck_due=add_months(local_day, RECHECK_MONTHS),
        guide_changed=latest.guide_id == guide.id and latest.guide_version < guide.version,
    )
