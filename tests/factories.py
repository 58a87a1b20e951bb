"""Records made for tests, one place for every test: a confirmation about to be written and one as the
store returns it, with sensible defaults, changed where a test needs it."""

from __future__ import annotations

import datetime as dt
import itertools

from app.core.records import CONFIRMED, Confirmation, NewConfirmation

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
