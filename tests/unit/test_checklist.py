"""The checklist derived from the guide and the records: what is done, with what, and when to re-check."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from factories import event as confirmation
from factories import utc

from app.core.checklist import SWITCH, add_months, build_checklist
from app.core.guide import Guide
from app.core.status import account_status

# -- add_months -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2025, 8, 31), 6, dt.date(2026, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
        (dt.date(2025, 12, 31), 6, dt.date(2026, 6, 30)),
        (dt.date(2025, 1, 15), 6, dt.date(2025, 7, 15)),
        (dt.date(2025, 7, 1), 6, dt.date(2026, 1, 1)),
        (dt.date(2025, 6, 30), 6, dt.date(2025, 12, 30)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2025, 3, 31), 1, dt.date(2025, 4, 30)),
        (dt.date(2025, 11, 3), 0, dt.date(2025, 11, 3)),
        (dt.date(2025, 5, 31), 30, dt.date(2027, 11, 30)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


# -- build_checklist ------------------------------------------------------------------------------


def test_no_records_gives_an_empty_checklist(guide: Guide) -> None:
    checklist = build_checklist(guide, [])
    assert checklist.empty
    assert checklist.items == ()
    assert checklist.latest is None
    assert checklist.region is None
    assert checklist.recheck_due is None
    assert not checklist.guide_changed
    assert not checklist.recheck_is_due(dt.date(2100, 1, 1))


def test_switch_is_done_with_its_device_and_date(guide: Guide) -> None:
    record = confirmation(utc(2026, 3, 10, 9, 0), device="android")
    checklist = build_checklist(guide, [record])
    assert not checklist.empty
    assert checklist.latest == record
    assert checklist.region is not None and checklist.region.id == "eu-eea-ch"
    switch, extra = checklist.items
    assert switch.id == SWITCH
    assert not switch.optional
    assert switch.done
    assert switch.done_at == record.recorded_at
    assert switch.device == "android"
    assert extra.id == "objection_form"
    assert extra.optional
    assert not extra.done
    assert extra.done_at is None and extra.device is None


def test_latest_confirmation_wins(guide: Guide) -> None:
    older = confirmation(utc(2026, 1, 5), device="android", country="US", region="rest-of-world")
    newer = confirmation(utc(2026, 4, 5), device="browser", country="GB", region="uk")
    # Given in any order, and the older one written last (higher id): time decides.
    older_written_last = dataclasses.replace(older, id=newer.id + 1000)
    for records in ([older, newer], [newer, older], [newer, older_written_last]):
        checklist = build_checklist(guide, records)
        assert checklist.latest == newer
        assert checklist.region is not None and checklist.region.id == "uk"
        assert checklist.items[0].device == "browser"
        assert checklist.items[0].done_at == newer.recorded_at
        assert checklist.items[1].id == "objection_form"


def test_same_moment_the_later_record_wins(guide: Guide) -> None:
    first = confirmation(utc(2026, 4, 5), device="android")
    second = confirmation(utc(2026, 4, 5), device="browser")
    assert second.id > first.id
    assert build_checklist(guide, [second, first]).latest == second


def test_extra_is_done_if_ticked_in_any_confirmation(guide: Guide) -> None:
    ticked = confirmation(utc(2026, 1, 5), device="android", extras=("objection_form",))
    later = confirmation(utc(2026, 4, 5), device="browser")
    checklist = build_checklist(guide, [ticked, later])
    switch, extra = checklist.items
    assert switch.done_at == later.recorded_at and switch.device == "browser"
    assert extra.id == "objection_form"
    assert extra.done
    assert extra.done_at == ticked.recorded_at
    assert extra.device == "android"


def test_extra_shows_the_last_time_it_was_ticked(guide: Guide) -> None:
    first = confirmation(utc(2026, 1, 5), device="android", extras=("objection_form",))
    second = confirmation(utc(2026, 2, 5), device="iphone", extras=("objection_form",))
    third = confirmation(utc(2026, 3, 5), device="browser")
    extra = build_checklist(guide, [third, second, first]).items[1]
    assert extra.done_at == second.recorded_at
    assert extra.device == "iphone"


def test_extra_of_another_region_does_not_count(guide: Guide) -> None:
    in_us = confirmation(utc(2026, 1, 5), country="US", region="rest-of-world", extras=("ads_sharing",))
    in_france = confirmation(utc(2026, 4, 5), country="FR", region="eu-eea-ch")
    checklist = build_checklist(guide, [in_us, in_france])
    assert [item.id for item in checklist.items] == [SWITCH, "objection_form"]
    assert not checklist.items[1].done


def test_rest_of_world_offers_ads_sharing(guide: Guide) -> None:
    record = confirmation(utc(2026, 4, 5), country="BR", region="rest-of-world", extras=("ads_sharing",))
    switch, extra = build_checklist(guide, [record]).items
    assert switch.done
    assert extra.id == "ads_sharing"
    assert extra.done and extra.done_at == record.recorded_at


def test_region_no_longer_in_the_guide_is_placed_by_country(guide: Guide) -> None:
    record = confirmation(utc(2026, 4, 5), country="HK", region="ca-hk")  # a region since split in two
    checklist = build_checklist(guide, [record])
    assert checklist.region is not None and checklist.region.id == "hong-kong"
    assert [item.id for item in checklist.items] == [SWITCH, "objection_form", "ads_sharing"]


def test_an_old_record_with_one_extra_reads_with_the_regions_extras_today(guide: Guide) -> None:
    # Before the audit of November 2026, Canada had the objection form only; it now has both extras.
    old = confirmation(utc(2026, 1, 5), country="CA", region="ca-hk", extras=("objection_form",))
    later = confirmation(utc(2026, 3, 5), country="CA", region="canada", extras=("ads_sharing",))
    checklist = build_checklist(guide, [old])
    assert [(item.id, item.done) for item in checklist.items] == [
        (SWITCH, True),
        ("objection_form", True),
        ("ads_sharing", False),
    ]
    both = build_checklist(guide, [old, later])
    assert [(item.id, item.done_at) for item in both.items] == [
        (SWITCH, later.recorded_at),
        ("objection_form", old.recorded_at),
        ("ads_sharing", later.recorded_at),
    ]


def test_crown_dependencies_get_both_extras(guide: Guide) -> None:
    record = confirmation(utc(2026, 4, 5), country="JE", region="uk", extras=("objection_form", "ads_sharing"))
    checklist = build_checklist(guide, [record])
    assert checklist.region is not None and checklist.region.id == "crown-dependencies-gibraltar"
    assert [(item.id, item.done) for item in checklist.items] == [
        (SWITCH, True),
        ("objection_form", True),
        ("ads_sharing", True),
    ]


def test_recheck_due_six_months_after_the_local_date(guide: Guide, local_zone: Callable[[str], None]) -> None:
    late_evening_utc = utc(2026, 8, 31, 20, 0)
    local_zone("UTC0")
    assert build_checklist(guide, [confirmation(late_evening_utc)]).recheck_due == dt.date(2027, 2, 28)
    local_zone("AEST-10")  # UTC+10: already 1 September there
    assert build_checklist(guide, [confirmation(late_evening_utc)]).recheck_due == dt.date(2027, 3, 1)
    local_zone("HST+10")  # UTC-10: still 31 August
    assert build_checklist(guide, [confirmation(late_evening_utc)]).recheck_due == dt.date(2027, 2, 28)


def test_recheck_is_due_from_its_date(guide: Guide, local_zone: Callable[[str], None]) -> None:
    local_zone("UTC0")
    checklist = build_checklist(guide, [confirmation(utc(2026, 1, 15, 12, 0))])
    assert checklist.recheck_due == dt.date(2026, 7, 15)
    assert not checklist.recheck_is_due(dt.date(2026, 1, 15))
    assert not checklist.recheck_is_due(dt.date(2026, 7, 14))
    assert checklist.recheck_is_due(dt.date(2026, 7, 15))
    assert checklist.recheck_is_due(dt.date(2027, 1, 1))


def test_recheck_follows_the_latest_record(guide: Guide, local_zone: Callable[[str], None]) -> None:
    local_zone("UTC0")
    records = [confirmation(utc(2026, 1, 15, 12)), confirmation(utc(2026, 5, 2, 12))]
    assert build_checklist(guide, records).recheck_due == dt.date(2026, 11, 2)


def test_guide_changed_when_the_guide_is_newer(guide: Guide) -> None:
    newer_guide = guide._replace(version=guide.version + 1)
    followed_old = confirmation(utc(2026, 4, 5), guide_version=guide.version)
    assert not build_checklist(guide, [followed_old]).guide_changed
    changed = build_checklist(newer_guide, [followed_old])
    assert changed.guide_changed
    # A changed guide makes a re-check due at once, long before the six months.
    assert changed.recheck_is_due(dt.date(2026, 4, 6))
    followed_new = confirmation(utc(2026, 4, 6), guide_version=newer_guide.version)
    assert not build_checklist(newer_guide, [followed_old, followed_new]).guide_changed


def test_guide_changed_looks_at_the_latest_record_only(guide: Guide) -> None:
    newer_guide = guide._replace(version=guide.version + 1)
    followed_new = confirmation(utc(2026, 4, 5), guide_version=newer_guide.version)
    followed_old_later = confirmation(utc(2026, 5, 5), guide_version=guide.version)
    assert not build_checklist(newer_guide, [followed_new]).guide_changed
    assert build_checklist(newer_guide, [followed_new, followed_old_later]).guide_changed


def test_a_record_dated_in_the_future_is_flagged_and_the_next_check_counts_from_a_real_one(
    guide: Guide, local_zone: Callable[[str], None]
) -> None:
    from app import checklist_text

    local_zone("UTC0")
    now = utc(2026, 11, 25)
    wrong_clock = confirmation(utc(2031, 6, 1), device="android")  # recorded while the clock said 2031
    corrected = confirmation(utc(2026, 11, 20), device="iphone", kind="rechecked")  # after the correction
    checklist = build_checklist(guide, [wrong_clock, corrected], months=6, now=now)
    assert checklist.latest == corrected
    assert checklist.recheck_due == dt.date(2027, 5, 20)  # not 2031-12-01
    assert checklist.future_events == 1
    lines = checklist_text.summary_lines(account_status(checklist, guide, now.date(), ""))
    assert lines[0] == (
        "1 record is dated in the future: the computer's clock was probably wrong when it was made. "
        "The next check is counted from the latest record with a believable date."
    )
    # A day ahead is a time zone, not the future.
    tomorrow = confirmation(utc(2026, 11, 25, 20), device="iphone")
    assert build_checklist(guide, [tomorrow], now=now).future_events == 0
    # Only future dates: the last one recorded is the latest.
    later = confirmation(utc(2030, 1, 1), device="browser")
    assert build_checklist(guide, [later, wrong_clock], now=now).latest == max((later, wrong_clock), key=lambda c: c.id)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "2 records are dated in the future: the computer's clock was probably wrong when they were made. "
            "No record has a believable date, so the next check is counted from today.",
        ),
        (
            "fr",
            "2 enregistrements sont datés dans le futur\u00a0: l’horloge de l’ordinateur était sans doute fausse à ce "
            "moment-là. Aucun enregistrement n’a de date vraisemblable, donc la prochaine vérification est comptée "
            "à partir d’aujourd’hui.",
        ),
    ],
    ids=["en", "fr"],
)
def test_when_every_record_is_dated_in_the_future_the_next_check_counts_from_today(
    guide: Guide, local_zone: Callable[[str], None], language: str, sentence: str
) -> None:
    from app import checklist_text, i18n

    local_zone("UTC0")
    i18n.set_language(language)
    now = utc(2026, 11, 25)
    events = [confirmation(utc(2031, 6, 1)), confirmation(utc(2030, 1, 1), kind="rechecked")]
    checklist = build_checklist(guide, events, months=6, now=now)
    assert checklist.recheck_due == dt.date(2027, 5, 25)  # six months from today, not from 2031 or 2030
    assert not checklist.recheck_is_due(now.date())
    assert checklist_text.summary_lines(account_status(checklist, guide, now.date(), ""))[0] == sentence
