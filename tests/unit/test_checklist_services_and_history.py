"""Checklists across services, an account's history in time order whatever the order of writing, the
edge of "dated in the future", what an account without records shows, and records of no installed guide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from factories import event, utc

from app.core.checklist import ChecklistItem, build_all, build_checklist, orphans
from app.core.guide import Guide

NOW = utc(2026, 11, 25, 12, 0)


def test_an_account_without_records_shows_nothing_done_under_its_name(guide: Guide) -> None:
    work = build_checklist(guide, [], account="Work")
    assert (work.account, work.guide_id, work.key) == ("Work", "linkedin-ai-training", "linkedin-ai-training/Work")
    assert work.guide_changed is False
    assert work.items == () and work.history == () and work.future_events == 0


def test_an_unnamed_account_is_the_services_only_one(guide: Guide) -> None:
    only = build_checklist(guide, [event(utc(2026, 3, 10, 9, 0))], now=NOW)
    assert (only.account, only.key) == ("", "linkedin-ai-training/")


def test_the_switch_is_a_required_item_and_the_extras_optional(guide: Guide) -> None:
    record = event(utc(2026, 3, 10, 9, 0), device="android")
    checklist = build_checklist(guide, [record], now=NOW)
    assert checklist.items == (
        ChecklistItem("switch", optional=False, done_at=utc(2026, 3, 10, 9, 0), device="android"),
        ChecklistItem("objection_form", optional=True, done_at=None, device=None),
    )


def test_history_is_in_time_order_even_when_an_older_event_was_written_later(guide: Guide) -> None:
    march = event(utc(2026, 3, 10, 9, 0), device="android")
    january = replace(event(utc(2026, 1, 5, 9, 0), device="browser"), id=march.id + 100)  # imported later
    may = event(utc(2026, 5, 2, 9, 0), device="iphone")
    checklist = build_checklist(guide, [may, january, march], now=NOW)
    assert [(e.recorded_at, e.device) for e in checklist.history] == [
        (utc(2026, 1, 5, 9, 0), "browser"),
        (utc(2026, 3, 10, 9, 0), "android"),
        (utc(2026, 5, 2, 9, 0), "iphone"),
    ]


def test_a_record_exactly_a_day_ahead_is_a_time_zone_not_the_future(
    guide: Guide, local_zone: Callable[[str], None]
) -> None:
    local_zone("UTC0")
    a_day_ahead = event(NOW + dt.timedelta(days=1), device="android")
    checklist = build_checklist(guide, [a_day_ahead], now=NOW)
    assert checklist.future_events == 0
    assert checklist.recheck_due == dt.date(2027, 5, 26)
    a_second_more = event(NOW + dt.timedelta(days=1, seconds=1), device="browser")
    assert build_checklist(guide, [a_second_more], now=NOW).future_events == 1


def test_every_installed_service_has_its_checklists_in_the_order_of_the_guides(guide: Guide) -> None:
    meta = guide._replace(id="meta-ai-training", service="Meta")
    records = [
        event(utc(2026, 1, 5)),
        event(utc(2026, 2, 5), guide_id="meta-ai-training"),
        event(utc(2026, 3, 5), account="Work"),
        event(utc(2026, 4, 5), guide_id="removed-service"),
    ]
    lists = build_all([guide, meta], records, now=NOW)
    assert [c.key for c in lists] == [
        "linkedin-ai-training/",
        "linkedin-ai-training/Work",
        "meta-ai-training/",
    ]
    assert [len(c.history) for c in lists] == [1, 1, 1]
    assert [c.key for c in build_all([meta, guide], records, now=NOW)] == [
        "meta-ai-training/",
        "linkedin-ai-training/",
        "linkedin-ai-training/Work",
    ]


def test_records_of_no_installed_guide_are_counted(guide: Guide) -> None:
    records = [
        event(utc(2026, 1, 5)),
        event(utc(2026, 2, 5), guide_id="removed-service"),
        event(utc(2026, 3, 5), guide_id="newer-service", account="Work"),
    ]
    assert orphans([guide], records) == 2
    assert orphans([guide], records[:1]) == 0
    assert orphans([], records) == 3
