"""The records document with two services installed, extras today's guide does not know, English names by
default, and UTC times written from a computer that is not on UTC. Read back from JSON text."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from factories import event, utc

from app.core.export import records_document
from app.core.guide import Guide
from app.core.status import status_of

LINK = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
NOW = utc(2026, 11, 23, 19, 41, 7)


@pytest.fixture(autouse=True)
def paris_computer(local_zone: Callable[[str], None]) -> None:
    """A computer in Paris (UTC+1 in winter, UTC+2 in summer): the document's times stay in UTC."""
    local_zone("CET-1CEST,M3.5.0,M10.5.0/3")


def read_back(document: dict[str, Any]) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(json.dumps(document, ensure_ascii=False))
    return parsed


def test_every_installed_service_is_listed_and_its_records_exported(guide: Guide) -> None:
    action = guide.actions["switch"]._replace(link="https://www.meta.com/ai")
    meta = guide._replace(id="meta-ai-training", service="Meta", version=3, actions={"switch": action})
    records = [
        event(utc(2026, 2, 5, 9), guide_id="meta-ai-training", guide_version=3),
        event(utc(2026, 1, 5, 9)),
    ]
    document = read_back(records_document(status_of([guide, meta], records, 6, NOW), "0.2.0"))
    assert [(g["id"], g["service"], g["version"], g["setting_url"]) for g in document["guides"]] == [
        ("linkedin-ai-training", "LinkedIn", 1, LINK),
        ("meta-ai-training", "Meta", 3, "https://www.meta.com/ai"),
    ]
    assert document["guide"]["id"] == "linkedin-ai-training"  # format 1's one guide: the first
    assert [(a["service"], a["service_name"], a["label"]) for a in document["accounts"]] == [
        ("linkedin-ai-training", "LinkedIn", ""),
        ("meta-ai-training", "Meta", ""),
    ]
    assert [[e["recorded_at_utc"] for e in a["events"]] for a in document["accounts"]] == [
        ["2026-01-05T09:00:00+00:00"],
        ["2026-02-05T09:00:00+00:00"],
    ]


def test_an_extra_todays_guide_does_not_know_is_named_by_its_code(guide: Guide) -> None:
    record = event(utc(2026, 3, 2, 9), extras=("objection_form", "profile_visibility"))
    [account] = read_back(records_document(status_of(guide, [record], 6, NOW), "0.2.0"))["accounts"]
    [exported] = account["events"]
    assert exported["extras"] == ["objection_form", "profile_visibility"]
    assert exported["extras_titles"] == ["Object with LinkedIn's form", "profile_visibility"]


def test_names_are_english_by_default_and_say_so(guide: Guide) -> None:
    document = read_back(records_document(status_of(guide, [event(utc(2026, 3, 2, 9), country="GB")], 6, NOW), "0.2.0"))
    assert document["names_language"] == "en"
    assert document["accounts"][0]["events"][0]["country_name"] == "United Kingdom"


def test_times_are_written_in_utc_on_a_computer_in_paris(guide: Guide) -> None:
    summer = utc(2026, 7, 14, 21, 30)
    winter = utc(2026, 1, 5, 23, 15)
    document = read_back(
        records_document(
            status_of(guide, [event(summer), event(winter)], 6, utc(2026, 11, 23, 23, 41, 7, 654321)), "0.2.0"
        )
    )
    assert document["generated_at_utc"] == "2026-11-23T23:41:07+00:00"
    assert [e["recorded_at_utc"] for e in document["accounts"][0]["events"]] == [
        "2026-01-05T23:15:00+00:00",
        "2026-07-14T21:30:00+00:00",
    ]
    # The due date is the person's local day: 21:30 UTC on 14 July is 23:30 in Paris, still the 14th.
    assert document["accounts"][0]["recheck_due"] == "2027-01-14"
