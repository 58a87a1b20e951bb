"""Several LinkedIn accounts, the re-check period, "I re-checked", and the store's move to schema 2."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from factories import event, new_confirmation, utc
from ids import guide_path

from app.core.checklist import (
    SWITCH,
    build_checklist,
    build_checklists,
)
from app.core.datafiles import DB_NAME
from app.core.flow import WizardState, recheck_confirmation, recheck_state
from app.core.guide import Guide, load_guide
from app.core.records import (
    CONFIRMED,
    MIGRATIONS,
    RECHECKED,
    SCHEMA_VERSION,
    Confirmation,
    NewConfirmation,
    RecordStore,
)
from app.core.settings import RECHECK_CHOICES, RECHECK_MONTHS, SETTINGS

# -- build_checklists: one per account -------------------------------------------------------------


def test_no_events_no_checklists(guide: Guide) -> None:
    assert build_checklists(guide, []) == []


def test_one_checklist_per_account_unnamed_first_then_by_label(guide: Guide) -> None:
    events = [
        event(utc(2026, 1, 1), account="work"),
        event(utc(2026, 1, 2), account="Perso", country="US", device="android"),
        event(utc(2026, 1, 3)),
        event(utc(2026, 1, 4), account="alpha", country="GB"),
        event(utc(2026, 1, 5), account="Zed"),
        event(utc(2026, 1, 6), account="beta"),
    ]
    checklists = build_checklists(guide, list(reversed(events)))
    assert [c.account for c in checklists] == ["", "alpha", "beta", "Perso", "work", "Zed"]


def test_each_account_has_its_own_items_history_and_recheck(guide: Guide, local_zone: Callable[[str], None]) -> None:
    local_zone("UTC0")
    mine = [
        event(utc(2026, 1, 10, 8), extras=("objection_form",)),
        event(utc(2026, 4, 2, 9), device="android", kind=RECHECKED),
    ]
    work = [event(utc(2026, 2, 20, 12), account="Work", country="US", device="browser")]
    first, second = build_checklists(guide, [work[0], mine[1], mine[0]], months=3)

    assert first.account == "" and second.account == "Work"
    assert first.history == tuple(mine) and second.history == tuple(work)  # oldest first, own events only
    assert first.latest == mine[1] and second.latest == work[0]
    assert [(i.id, i.done_at, i.device) for i in first.items] == [
        (SWITCH, mine[1].recorded_at, "android"),
        ("objection_form", mine[0].recorded_at, "iphone"),
    ]
    assert [(i.id, i.done_at, i.device) for i in second.items] == [
        (SWITCH, work[0].recorded_at, "browser"),
        ("ads_sharing", None, None),
    ]
    assert first.region is not None and first.region.id == "eu-eea-ch"
    assert second.region is not None and second.region.id == "united-states"
    assert first.recheck_due == dt.date(2026, 7, 2)
    assert second.recheck_due == dt.date(2026, 5, 20)
    today = dt.date(2026, 6, 1)
    assert second.recheck_is_due(today) and not first.recheck_is_due(today)
    # Each one is what build_checklist makes of that account's events alone.
    assert first == build_checklist(guide, mine, 3, "")
    assert second == build_checklist(guide, work, 3, "Work")


def test_an_extra_done_for_one_account_does_not_count_for_another(guide: Guide) -> None:
    events = [
        event(utc(2026, 1, 1), extras=("objection_form",)),
        event(utc(2026, 1, 2), account="Work"),
    ]
    mine, work = build_checklists(guide, events)
    assert mine.items[1].done
    assert not work.items[1].done


def test_guide_changed_per_account(guide: Guide) -> None:
    newer = guide._replace(version=guide.version + 1)
    events = [
        event(utc(2026, 1, 1), guide_version=guide.version),
        event(utc(2026, 1, 2), account="Work", guide_version=guide.version),
        event(utc(2026, 3, 2), account="Work", guide_version=newer.version, kind=RECHECKED),
    ]
    mine, work = build_checklists(newer, events)
    assert mine.guide_changed and mine.recheck_is_due(dt.date(2026, 1, 2))
    assert not work.guide_changed and not work.recheck_is_due(dt.date(2026, 3, 3))


# -- the re-check period ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "months"),
    [
        (None, 6),
        ("", 6),
        ("1", 1),
        ("3", 3),
        ("6", 6),
        ("12", 12),
        ("2", 6),
        ("0", 6),
        ("-1", 6),
        ("24", 6),
        ("1.5", 6),
        ("six", 6),
        ("garbage\x00", 6),
    ],
)
def test_recheck_months_from_the_stored_setting(stored: str | None, months: int) -> None:
    assert RECHECK_MONTHS.read(stored) == months


def test_recheck_choices_include_the_default() -> None:
    """The default (six months, as the stored-setting cases above show) is one the person can pick back."""
    assert RECHECK_MONTHS.default in RECHECK_CHOICES


def test_every_setting_is_declared_once_with_its_key_and_default() -> None:
    assert [(s.key, s.default) for s in SETTINGS] == [
        ("language", None),
        ("linkedin_language", None),
        ("recheck_months", 6),
        ("resume", ""),
        ("receipt_holder", ""),
    ]
    # Text settings read back as they were stored; one that is not set is its default.
    assert [s.read("fr") for s in SETTINGS if s.key != "recheck_months"] == ["fr", "fr", "fr", "fr"]
    assert [s.read(None) for s in SETTINGS] == [None, None, 6, "", ""]


# August 31 plus each period, the day kept where the month has it (literal: a shorter month ends sooner).
AUGUST_31_PLUS = {1: dt.date(2026, 9, 30), 3: dt.date(2026, 11, 30), 6: dt.date(2027, 2, 28), 12: dt.date(2027, 8, 31)}


@pytest.mark.parametrize("months", RECHECK_CHOICES)
def test_months_move_the_recheck_date(guide: Guide, local_zone: Callable[[str], None], months: int) -> None:
    local_zone("UTC0")
    events = [event(utc(2026, 8, 31, 10)), event(utc(2026, 8, 31, 11), account="Work")]
    for checklist in build_checklists(guide, events, months):
        assert checklist.recheck_due == AUGUST_31_PLUS[months]
    assert build_checklist(guide, events[:1], months).recheck_due == AUGUST_31_PLUS[months]


def test_default_period_is_six_months(guide: Guide, local_zone: Callable[[str], None]) -> None:
    local_zone("UTC0")
    [checklist] = build_checklists(guide, [event(utc(2026, 1, 15))])
    assert checklist.recheck_due == dt.date(2026, 7, 15)


def test_recheck_date_is_the_local_day(guide: Guide, local_zone: Callable[[str], None]) -> None:
    local_zone("NZST-12")  # 20:00 UTC on 31 January is already 1 February in New Zealand
    [checklist] = build_checklists(guide, [event(utc(2026, 1, 31, 20))], months=1)
    assert checklist.recheck_due == dt.date(2026, 3, 1)


# -- "I re-checked" and "check again" --------------------------------------------------------------


def test_recheck_state_is_the_same_account_country_and_device(guide: Guide) -> None:
    latest = event(utc(2026, 2, 1), account="Work", country="GB", device="android", extras=("objection_form",))
    state = recheck_state(latest, "fr", guide)
    assert state == WizardState(language="fr", country="GB", device="android", account="Work", guide_id=guide.id)
    assert not state.answers and state.extras == set() and not state.quick_route


def test_recheck_state_of_a_device_this_guide_does_not_know_asks_again(guide: Guide) -> None:
    latest = event(utc(2026, 2, 1), country="GB", device="ipad")  # a newer guide's, before a downgrade
    assert recheck_state(latest, "en", guide) == WizardState(
        language="en", country="GB", device=None, guide_id=guide.id
    )


def test_recheck_confirmation(guide: Guide) -> None:
    newer = guide._replace(version=guide.version + 1)
    latest = event(
        utc(2026, 2, 1),
        account="Work",
        country="CA",
        device="browser",
        language="fr",
        extras=("objection_form",),
        guide_version=guide.version,
    )
    new = recheck_confirmation(latest, newer, "9.9.9")
    assert new == NewConfirmation(
        device="browser",
        country="CA",
        region="canada",
        language="fr",
        guide_id=newer.id,
        guide_version=newer.version,
        app_version="9.9.9",
        extras=(),
        account="Work",
        kind=RECHECKED,
    )


def test_recheck_confirmation_places_the_country_again(guide: Guide) -> None:
    latest = event(utc(2026, 2, 1), country="HK", region="ca-hk")  # a region since split in two
    assert recheck_confirmation(latest, guide, "0.1.0").region == "hong-kong"


def test_a_recheck_resets_the_due_date_and_clears_guide_changed(
    guide: Guide, local_zone: Callable[[str], None], tmp_path: Path
) -> None:
    local_zone("UTC0")
    newer = guide._replace(version=guide.version + 1)
    store, _notices = RecordStore.open(tmp_path)
    try:
        first = store.add_confirmation(
            new_confirmation(guide_id=guide.id, guide_version=guide.version, extras=("objection_form",)),
            now=utc(2026, 1, 10),
        )
        [before] = build_checklists(newer, store.confirmations())
        assert before.guide_changed
        store.add_confirmation(recheck_confirmation(first, newer, "0.2.0"), now=utc(2026, 5, 5))
        [after] = build_checklists(newer, store.confirmations())
    finally:
        store.close()
    assert not after.guide_changed
    assert after.recheck_due == dt.date(2026, 11, 5)
    assert [c.kind for c in after.history] == [CONFIRMED, RECHECKED]
    assert after.items[1].done_at == first.recorded_at  # the objection form stays done


# -- schema 1 -> 2 ---------------------------------------------------------------------------------


def make_v1_store(folder: Path) -> None:
    """A records file as version 1 of the schema wrote it, with one confirmation and its extra."""
    folder.mkdir(mode=0o700)
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    try:
        conn.executescript(MIGRATIONS[0])
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO confirmations (recorded_at, device, country, region, language, guide_id, guide_version,"
            " app_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ("2025-12-01T10:30:00+00:00", "android", "BE", "eu-eea-ch", "fr", "linkedin-ai-training", 1, "0.1.0"),
        )
        conn.execute("INSERT INTO confirmation_extras (confirmation_id, extra) VALUES (1, 'objection_form')")
        conn.execute("INSERT INTO settings (key, value) VALUES ('language', 'fr')")
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_version_1_store_is_migrated_without_loss(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_v1_store(folder)
    assert SCHEMA_VERSION == 3

    store, notices = RecordStore.open(folder)
    try:
        assert notices == []
        [old] = store.confirmations()
        assert old == Confirmation(
            id=1,
            recorded_at=utc(2025, 12, 1, 10, 30),
            device="android",
            country="BE",
            region="eu-eea-ch",
            language="fr",
            guide_id="linkedin-ai-training",
            guide_version=1,
            app_version="0.1.0",
            extras=("objection_form",),
            account="",
            kind=CONFIRMED,
            action="switch",
            app="",
        )
        assert store.setting("language") == "fr"
        # The new columns take new records.
        store.add_confirmation(
            new_confirmation(
                country="BE", region="eu-eea-ch", language="fr", app_version="0.2.0", account=" Work ", kind=RECHECKED
            ),
            now=utc(2026, 1, 1),
        )
    finally:
        store.close()
    assert user_version(folder / DB_NAME) == SCHEMA_VERSION

    again, notices = RecordStore.open(folder)
    try:
        assert notices == []
        old, new = again.confirmations()
        assert (old.account, old.kind) == ("", CONFIRMED)
        assert (new.account, new.kind) == ("Work", RECHECKED)
        assert [c.account for c in build_checklists(load_guide(guide_path()), again.confirmations())] == ["", "Work"]
    finally:
        again.close()


def test_migrated_store_has_the_account_index(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_v1_store(folder)
    store, _notices = RecordStore.open(folder)
    store.close()
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(confirmations)")]
        indexes = [row[1] for row in conn.execute("PRAGMA index_list(confirmations)")]
    finally:
        conn.close()
    assert columns[-4:] == ["account", "kind", "action", "app"]
    assert "confirmations_by_account" in indexes


def test_a_new_store_starts_at_the_current_schema(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path / "data")
    try:
        store.set_setting("recheck_months", "3")
    finally:
        store.close()
    assert user_version(tmp_path / "data" / DB_NAME) == SCHEMA_VERSION


def test_the_store_reads_a_setting_as_its_value(tmp_path: Path) -> None:
    from app.core import settings
    from app.core.records import RecordStore

    store, _notices = RecordStore.open(tmp_path)
    try:
        assert store.value(settings.RECHECK_MONTHS) == 6  # nothing stored: the default, and nothing written
        assert not (tmp_path / DB_NAME).exists()
        store.set_setting(settings.RECHECK_MONTHS.key, "3")
        store.set_setting(settings.LANGUAGE.key, "it")
        assert (store.value(settings.RECHECK_MONTHS), store.value(settings.LANGUAGE)) == (3, "it")
        store.set_setting(settings.RECHECK_MONTHS.key, "every year")
        assert store.value(settings.RECHECK_MONTHS) == 6
    finally:
        store.close()
