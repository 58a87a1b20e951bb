"""Records made for tests, one place for every test: a confirmation about to be written and one as the
store returns it, with sensible defaults, changed where a test needs it."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from app.core import status
from app.core.checklist import Checklist
from app.core.guide import Guide
from app.core.records import CONFIRMED, Confirmation, NewConfirmation
from app.core.status import Status

REGIONS = {"FR": "eu-eea-ch", "GB": "uk", "CA": "canada", "US": "united-states"}
_ids = itertools.count(1)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


# What every test record has unless a test changes it: an iPhone in France, in English, guide version 1.
DEFAULTS: dict[str, object] = {
    "device": "iphone",
    "country": "FR",
    "language": "en",
    "guide_id": "linkedin-ai-training",
    "guide_version": 1,
    "app_version": "0.1.0",
    "extras": (),
}


def _values(changes: dict[str, object]) -> dict[str, object]:
    """The defaults with `changes`; the region follows the country unless given."""
    values = {**DEFAULTS, **changes}
    if "region" not in values:
        values["region"] = REGIONS[str(values["country"])]
    return values


def new_confirmation(**changes: object) -> NewConfirmation:
    """A confirmation about to be written (see DEFAULTS)."""
    return NewConfirmation(**_values(changes))  # type: ignore[arg-type]


def event(recorded_at: dt.datetime, **changes: object) -> Confirmation:
    """A confirmation as the store returns it (see DEFAULTS): a new id, no account name, "confirmed"."""
    fields = {"id": next(_ids), "recorded_at": recorded_at, "account": "", "kind": CONFIRMED, **changes}
    return Confirmation(**_values(fields))  # type: ignore[arg-type]


def form_event(recorded_at: dt.datetime, app: str, kind: str = "sent", **changes: object) -> Confirmation:
    """A record of the Friendsy fixture's objection form (tests/fixtures/guides-shapes), sent in `app` from
    France on a phone (see `event` for the rest)."""
    fields: dict[str, object] = {
        "guide_id": "friendsy-ai-training",
        "country": "FR",
        "region": "europe",
        "device": "phone",
        "action": "object",
        "app": app,
        "kind": kind,
    }
    return event(recorded_at, **{**fields, **changes})


def status_of_lists(
    guides: Guide | Sequence[Guide],
    checklists: Sequence[Checklist],
    *,
    today: dt.date,
    now: dt.datetime,
    months: int = 6,
) -> Status:
    """A Status made of these checklists as they are (an empty one too), each with its service's guide: for
    tests of what the outputs do with checklists that records alone would not make (see status.status_of)."""
    by_id = {guide.id: guide for guide in status.guide_list(guides)}
    accounts = tuple(status.account_status(c, by_id[c.guide_id], today, "") for c in checklists)
    return Status(today, now, months, tuple(by_id.values()), accounts)
