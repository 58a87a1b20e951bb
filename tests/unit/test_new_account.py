"""Adding another account (issue 25, point 2): the choices it starts from, and which recorded account a
name names."""

from __future__ import annotations

import datetime as dt

from factories import event
from ids import guide_path

from app.core.flow import new_account_state, same_account
from app.core.guide import load_guide


def test_a_new_account_starts_from_the_latest_country_with_no_device() -> None:
    guide = load_guide(guide_path())
    latest = event(dt.datetime(2026, 5, 1, tzinfo=dt.UTC), country="BE", region="eu", device="android", account="")
    state = new_account_state(latest, "fr", guide, "  Compte\t2 ")
    assert (state.language, state.country, state.device, state.guide_id) == ("fr", "BE", None, guide.id)
    assert state.account == "Compte 2"  # one clean line, as it will be kept
    assert state.naming_account is True
    assert (state.answers, state.extras, state.quick_route) == ({}, set(), False)


def test_a_new_account_with_nothing_recorded_asks_the_country() -> None:
    state = new_account_state(None, "en", load_guide(guide_path()), "Account 2")
    assert state.country is None and state.naming_account


def test_same_account_ignores_letter_case_and_spaces() -> None:
    recorded = {"", "Work", "Famille"}
    assert same_account(" work ", recorded) == "Work"
    assert same_account("FAMILLE", recorded) == "Famille"
    assert same_account("", recorded) == ""  # no name: the only account, recorded without one
    assert same_account("   ", recorded) == ""
    assert same_account("Account 2", recorded) is None
    assert same_account("", {"Work"}) is None
    assert same_account("Work", set()) is None
