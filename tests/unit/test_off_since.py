"""Since when the switch is known to be off (Checklist.off_since): only the person switching it off starts
an "off since"; finding it already off is said as such, never as "off since"."""

from __future__ import annotations

import datetime as dt

from factories import event, utc

from app.core.checklist import build_checklist
from app.core.records import ALREADY_OFF, CONFIRMED, RECHECKED

NOW = utc(2026, 12, 4, 12, 0)


def off_since(guide, *events):
    """(switched, when) of the account's events: whether the person switched it off then, or found it off."""
    off = build_checklist(guide, list(events), now=NOW).off_since()
    return None if off is None else (off.switched, off.at)


def test_no_record_no_answer(guide):
    assert build_checklist(guide, [], now=NOW).off_since() is None


def test_switched_off_once_is_off_since_then(guide):
    assert off_since(guide, event(utc(2026, 1, 10, 9, 0))) == (True, utc(2026, 1, 10, 9, 0))


def test_found_off_is_found_off_on_the_first_day_even_after_re_checks(guide):
    again = event(utc(2026, 9, 1, 9, 0), kind=ALREADY_OFF)  # ids not in time order: time decides
    rechecked = event(utc(2026, 7, 2, 9, 0), kind=RECHECKED)
    found = event(utc(2026, 1, 10, 9, 0), kind=ALREADY_OFF)
    assert off_since(guide, found, rechecked, again) == (False, utc(2026, 1, 10, 9, 0))


def test_found_off_then_switched_off_is_off_since_the_switching(guide):
    found = event(utc(2026, 1, 10, 9, 0), kind=ALREADY_OFF)
    switched = event(utc(2026, 7, 2, 9, 0), kind=CONFIRMED)
    rechecked = event(utc(2026, 11, 2, 9, 0), kind=RECHECKED)
    assert off_since(guide, found, switched, rechecked) == (True, utc(2026, 7, 2, 9, 0))


def test_found_off_then_switched_off_last_is_off_since_the_switching(guide):
    found = event(utc(2026, 1, 10, 9, 0), kind=ALREADY_OFF)
    switched = event(utc(2026, 7, 2, 9, 0), kind=CONFIRMED)  # the latest record
    assert off_since(guide, found, switched) == (True, utc(2026, 7, 2, 9, 0))


def test_switched_off_twice_is_off_since_the_last_time(guide):
    second = event(utc(2026, 7, 2, 9, 0))  # recorded first by the store (an older copy's records merged in)
    first = event(utc(2026, 1, 10, 9, 0))
    later_found = event(utc(2026, 9, 2, 9, 0), kind=ALREADY_OFF)
    assert off_since(guide, first, second, later_found) == (True, utc(2026, 7, 2, 9, 0))


def test_only_re_checks_are_found_off_on_the_first(guide):
    # Records made by hand, or by a later version, with re-checks alone.
    first, second = event(utc(2026, 3, 1, 9, 0), kind=RECHECKED), event(utc(2026, 5, 1, 9, 0), kind=RECHECKED)
    assert off_since(guide, second, first) == (False, utc(2026, 3, 1, 9, 0))


def test_a_record_dated_in_the_future_starts_nothing(guide):
    # The computer's clock was wrong: a "switched off" dated next year does not move the date.
    found = event(utc(2026, 1, 10, 9, 0), kind=ALREADY_OFF)
    future = event(NOW + dt.timedelta(days=300), kind=CONFIRMED)
    assert off_since(guide, found, future) == (False, utc(2026, 1, 10, 9, 0))
