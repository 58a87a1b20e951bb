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


def new_confirmation(**changes: object) -> NewConfirmation:
    """A confirmation about to be written: an iPhone in France, in English, guide version 1, unless
    changed; the region follows the country unless given."""
    values: dict[str, object] = {
        "device": "iphone",
        "country": "FR",
        "language": "en",
        "guide_id": "linkedin-ai-training",
        "guide_version": 1,
        "app_version": "0.1.0",
        "extras": (),
    }
    values.update(changes)
    if "region" not in values:
        values["region"] = REGIONS[str(values["country"])]
    return NewConfirmation(**values)  # type: ignore[arg-type]


def event(recorded_at: dt.datetime, **changes: object) -> Confirmation:
    """A confirmation as the store returns it; the region follows the country unless given."""
    values: dict[str, object] = {
        "id": next(_ids),
        "recorded_at": recorded_at,
        "device": "iphone",
        "country": "FR",
        "language": "en",
        "guide_id": "linkedin-ai-training",
        "guide_version": 1,
        "app_version": "0.1.0",
        "extras": (),
        "account": "",
        "kind": CONFIRMED,
    }
    values.update(changes)
    if "region" not in values:
        values["region"] = REGIONS[str(values["country"])]
    return Confirmation(**values)  # type: ignore[arg-type]
