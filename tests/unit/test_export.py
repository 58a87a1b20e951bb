"""The records as a JSON document: UTC times, one entry per account, what each event followed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from factories import event as english_event

from app.core.export import FORMAT, FORMAT_VERSION, records_document
from app.core.guide import Guide
from app.core.records import RECHECKED, Confirmation
from app.core.status import account_status, status_of


def event(recorded_at: dt.datetime, **changes: object) -> Confirmation:
    """These records were made in French unless a test says otherwise."""
    return english_event(recorded_at, **{"language": "fr", **changes})


UTC_PLUS_2 = dt.timezone(dt.timedelta(hours=2))
UTC_MINUS_5 = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture(autouse=True)
def utc_computer(local_zone: Callable[[str], None]) -> None:
    """The computer's clock in UTC, so that local due dates are the same everywhere."""
    local_zone("UTC0")


NOW = dt.datetime(2026, 11, 23, 21, 41, 7, 123456, tzinfo=UTC_PLUS_2)


def test_empty_records(guide: Guide) -> None:
    document = records_document(status_of(guide, [], 6, NOW), "0.2.0")
    assert document["format"] == FORMAT == "ai-optout-assistant/records"
    assert document["format_version"] == FORMAT_VERSION == 1
    assert document["accounts"] == []
    assert json.loads(json.dumps(document)) == document


def test_header_guide_block_and_period(guide: Guide) -> None:
    newer = guide._replace(version=guide.version + 4)
    document = records_document(status_of(newer, [event(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))], 3, NOW), "0.2.0")
    assert document["app_version"] == "0.2.0"
    assert document["generated_at_utc"] == "2026-11-23T19:41:07+00:00"  # in UTC, whole seconds
    assert document["guide"] == {
        "id": "linkedin-ai-training",
        "service": "LinkedIn",
        "version": 5,
        "last_verified": "2026-12-04",
        "setting_url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "actions": [
            {
                "id": "switch",
                "kind": "setting",
                "link": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            }
        ],
    }
    assert document["guides"] == [document["guide"]]
    assert document["recheck_months"] == 3
    assert [account["service"] for account in document["accounts"]] == ["linkedin-ai-training"]


def test_times_are_utc(guide: Guide) -> None:
    events = [
        event(dt.datetime(2026, 3, 2, 10, 15, tzinfo=UTC_PLUS_2)),
        event(dt.datetime(2026, 3, 2, 22, 30, tzinfo=UTC_MINUS_5), kind=RECHECKED),
    ]
    [account] = records_document(status_of(guide, events, 6, NOW), "0.2.0")["accounts"]
    assert [e["recorded_at_utc"] for e in account["events"]] == [
        "2026-03-02T08:15:00+00:00",
        "2026-03-03T03:30:00+00:00",
    ]
    for e in account["events"]:
        assert dt.datetime.fromisoformat(e["recorded_at_utc"]).utcoffset() == dt.timedelta(0)


def test_events_grouped_by_account(guide: Guide) -> None:
    newer = guide._replace(version=guide.version + 1)
    mine = [
        event(dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC), extras=("objection_form",)),
        event(dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC), device="android", kind=RECHECKED, guide_version=2),
    ]
    work = [
        event(
            dt.datetime(2026, 2, 1, 12, tzinfo=dt.UTC),
            account="Work",
            device="browser",
            country="US",
            region="rest-of-world",
            language="en",
            app_version="0.1.1",
        )
    ]
    personal = [event(dt.datetime(2026, 4, 1, 7, tzinfo=dt.UTC), account="perso", device="android")]
    shuffled = [work[0], mine[1], personal[0], mine[0]]
    document = records_document(status_of(newer, shuffled, 6, NOW), "0.2.0")

    assert [a["label"] for a in document["accounts"]] == ["", "perso", "Work"]  # unnamed first, then by label
    first, second, third = document["accounts"]
    assert [e["recorded_at_utc"] for e in first["events"]] == [m.recorded_at.isoformat() for m in mine]  # oldest first
    assert first["events"][0] == {
        "recorded_at_utc": "2026-01-05T09:00:00+00:00",
        "kind": "confirmed",
        "device": "iphone",
        "country": "FR",
        "region": "eu-eea-ch",
        "language": "fr",
        "guide": {"id": "linkedin-ai-training", "version": 1},
        "app_version": "0.1.0",
        "extras": ["objection_form"],
        # Readable names beside the codes (English by default).
        "country_name": "France",
        "region_name": "European Union, Iceland, Liechtenstein and Norway",
        "device_name": "iPhone",
        "extras_titles": ["Object with LinkedIn's form"],
    }
    assert first["events"][1]["kind"] == "rechecked"
    assert first["events"][1]["guide"] == {"id": "linkedin-ai-training", "version": 2}
    assert first["events"][1]["extras"] == []
    assert [e["device"] for e in second["events"]] == ["android"]
    assert third["events"] == [
        {
            "recorded_at_utc": "2026-02-01T12:00:00+00:00",
            "kind": "confirmed",
            "device": "browser",
            "country": "US",
            "region": "rest-of-world",
            "language": "en",
            "guide": {"id": "linkedin-ai-training", "version": 1},
            "app_version": "0.1.1",
            "extras": [],
            "country_name": "United States",
            "region_name": "Rest of the world",  # as recorded, though the guide puts the US apart today
            "device_name": "Computer (web browser)",
            "extras_titles": [],
        }
    ]
    # Due dates follow each account's own latest event; the instructions changed for those behind.
    assert first["recheck_due"] == "2026-12-01"
    assert third["recheck_due"] == "2026-08-01"
    assert (first["instructions_changed_since"], second["instructions_changed_since"]) == (False, True)
    assert third["instructions_changed_since"] is True
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


@pytest.mark.parametrize("months", [1, 3, 6, 12])
def test_recheck_due_follows_the_period(guide: Guide, months: int) -> None:
    day = dt.datetime(2026, 8, 31, 12, tzinfo=dt.UTC)
    document = records_document(status_of(guide, [event(day), event(day, account="Work")], months, NOW), "0.2.0")
    assert document["recheck_months"] == months
    expected = {1: "2026-09-30", 3: "2026-11-30", 6: "2027-02-28", 12: "2027-08-31"}[months]  # the month's end
    assert [a["recheck_due"] for a in document["accounts"]] == [expected, expected]


FORMAT_1_EVENT_KEYS = {
    "recorded_at_utc",
    "kind",
    "device",
    "country",
    "region",
    "language",
    "guide",
    "app_version",
    "extras",
}
FORMAT_1_ACCOUNT_KEYS = {"service", "label", "recheck_due", "instructions_changed_since", "events"}
# The account object of schema 2, the same in `status --json` and the export.
SCHEMA_2_ACCOUNT_KEYS = {
    "service",
    "label",
    "items",
    "region",
    "country",
    "guide_version",
    "off_since",
    "found_off_on",
    "recheck_due",
    "recheck_is_due",
    "guide_changed",
    "objection_sent",  # added later, as schema 2 allows (keys are only ever added)
    "case_number",
    "confirmed_on",  # a form that is the service's main action: its confirmation e-mail's day (added later)
}
FORMAT_1_KEYS = {
    "format",
    "format_version",
    "generated_at_utc",
    "app_version",
    "guide",
    "guides",
    "recheck_months",
    "accounts",
}


def test_names_beside_the_codes_in_the_persons_language(guide: Guide) -> None:
    """Older readers find every key of format 1 unchanged; people find names in their language beside them."""
    french = {
        "United Kingdom": "Royaume-Uni",
        "iPhone": "iPhone",
        "Object with LinkedIn's form": "Vous opposer aux autres utilisations de vos données",
        "LinkedIn": "LinkedIn",
    }
    events = [
        event(dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC), country="GB", region="uk", extras=("objection_form",)),
        event(dt.datetime(2026, 4, 2, 9, tzinfo=dt.UTC), country="GB", region="gone-region", device="smartwatch"),
    ]
    document = records_document(status_of(guide, events, 6, NOW), "0.2.0", language="fr", translate=french.__getitem__)
    assert set(document) == FORMAT_1_KEYS | {"names_language", "schema"}
    assert document["format_version"] == 1 and document["names_language"] == "fr"
    [account] = document["accounts"]
    assert set(account) == FORMAT_1_ACCOUNT_KEYS | {"service_name"} | SCHEMA_2_ACCOUNT_KEYS
    assert (account["service"], account["service_name"]) == ("linkedin-ai-training", "LinkedIn")
    first, second = account["events"]
    assert set(first) == FORMAT_1_EVENT_KEYS | {"country_name", "region_name", "device_name", "extras_titles"}
    assert (first["country"], first["country_name"]) == ("GB", "Royaume-Uni")
    assert (first["region"], first["region_name"]) == ("uk", "Royaume-Uni")
    assert (first["device"], first["device_name"]) == ("iphone", "iPhone")
    assert (first["extras"], first["extras_titles"]) == (
        ["objection_form"],
        ["Vous opposer aux autres utilisations de vos données"],
    )
    # A region or device today's guide does not know (an older or newer guide's) is named by its code.
    assert (second["region_name"], second["device_name"]) == ("gone-region", "smartwatch")
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


def test_an_accounts_status_in_schema_2(guide: Guide) -> None:
    """Found off on March 2, switched off on 2 November 2026, with the objection form sent on March 2."""
    from app.core.checklist import build_checklist
    from app.core.export import account_json
    from app.core.records import ALREADY_OFF

    events = [
        event(
            dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC), kind=ALREADY_OFF, extras=("objection_form",), device="android"
        ),
        event(dt.datetime(2026, 11, 2, 12, tzinfo=dt.UTC), account="", guide_version=1),
    ]
    checklist = build_checklist(guide, events, 6, now=dt.datetime(2026, 12, 4, tzinfo=dt.UTC))
    assert account_json(account_status(checklist, guide, dt.date(2026, 12, 4), "DPR-24-0042")) == {
        "service": "linkedin-ai-training",
        "label": "",
        "items": [
            {
                "id": "switch",
                "optional": False,
                "done": True,
                "done_at": "2026-11-02T12:00:00+00:00",
                "device": "iphone",
            },
            {
                "id": "objection_form",
                "optional": True,
                "done": True,
                "done_at": "2026-03-02T09:00:00+00:00",
                "device": "android",
            },
        ],
        "region": "eu-eea-ch",
        "country": "FR",
        "guide_version": 1,
        "off_since": "2026-11-02T12:00:00+00:00",
        "found_off_on": None,
        "recheck_due": "2027-05-02",
        "recheck_is_due": False,
        "guide_changed": False,
        "objection_sent": "2026-03-02T09:00:00+00:00",
        "case_number": "DPR-24-0042",
        "confirmed_on": None,  # a switch, not a form of the service's own
    }
    found = build_checklist(guide, events[:1], 6, now=dt.datetime(2026, 12, 4, tzinfo=dt.UTC))
    later = account_json(account_status(found, guide, dt.date(2026, 12, 4), ""))
    assert (later["off_since"], later["found_off_on"]) == (None, "2026-03-02T09:00:00+00:00")
    assert (later["recheck_due"], later["recheck_is_due"]) == ("2026-09-02", True)
    empty = account_json(account_status(build_checklist(guide, [], 6), guide, dt.date(2026, 12, 4), "DPR-1"))
    assert (empty["region"], empty["country"], empty["guide_version"], empty["off_since"]) == (None, None, None, None)
    assert (empty["found_off_on"], empty["recheck_due"], empty["items"]) == (None, None, [])
    # No objection sent: no date, and no case number either (one kept from before is not shown).
    assert (later["objection_sent"], later["case_number"], empty["case_number"]) == (
        "2026-03-02T09:00:00+00:00",
        None,
        None,
    )
