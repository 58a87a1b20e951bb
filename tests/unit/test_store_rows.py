"""Rows edited by hand (or damaged) at the edges of what the store accepts: which still read, which are
skipped and counted, and how their dates come back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from factories import new_confirmation, utc

from app.core.records import DB_NAME, RecordStore


def one_row_store(folder: Path, update: str) -> None:
    """A store with one confirmation ("Work") and one untouched ("Home"), then `update` applied to Work's row."""
    store, _notices = RecordStore.open(folder)
    try:
        store.add_confirmation(new_confirmation(account="Work"), now=utc(2026, 1, 1, 9))
        store.add_confirmation(new_confirmation(account="Home"), now=utc(2026, 1, 2, 9))
    finally:
        store.close()
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute(update + " WHERE account = 'Work'")
    conn.commit()
    conn.close()


def read(folder: Path) -> tuple[list[tuple[str, dt.datetime]], int]:
    store, notices = RecordStore.open(folder, read_only=True)
    try:
        assert notices == []
        found = [(c.account, c.recorded_at) for c in store.confirmations()]
        return found, store.unreadable
    finally:
        store.close()


@pytest.mark.parametrize(
    ("recorded_at", "moment"),
    [
        ("2000-01-01T00:00:00+00:00", utc(2000, 1, 1)),
        ("9000-12-31T22:00:00+00:00", utc(9000, 12, 31, 22)),
        ("2026-01-01T11:00:00+02:00", utc(2026, 1, 1, 9)),
    ],
    ids=["the year 2000", "the year 9000", "two hours east of UTC"],
)
def test_a_date_within_the_years_a_record_can_have_reads_in_utc(
    tmp_path: Path,
    local_zone,  # type: ignore[no-untyped-def]
    recorded_at: str,
    moment: dt.datetime,
) -> None:
    local_zone("EST+5")  # the computer's zone plays no part in what is read
    one_row_store(tmp_path, f"UPDATE confirmations SET recorded_at = '{recorded_at}'")
    found, unreadable = read(tmp_path)
    assert unreadable == 0
    assert dict(found)["Work"] == moment
    assert all(when.utcoffset() == dt.timedelta(0) for _, when in found)


BAD = {
    "the year 1999": "UPDATE confirmations SET recorded_at = '1999-12-31T23:59:59+00:00'",
    "the year 9001": "UPDATE confirmations SET recorded_at = '9001-01-01T00:00:00+00:00'",
    "a date stored as bytes": "UPDATE confirmations SET recorded_at = x'323032362d30312d3031'",
    "invalid UTF-8 in the device": "UPDATE confirmations SET device = CAST(x'6970686f6eff' AS TEXT)",
    "invalid UTF-8 in the country": "UPDATE confirmations SET country = CAST(x'46ff' AS TEXT)",
    "invalid UTF-8 in the region": "UPDATE confirmations SET region = CAST(x'65752dff' AS TEXT)",
    "invalid UTF-8 in the kind": "UPDATE confirmations SET kind = CAST(x'636f6effff' AS TEXT)",
    "invalid UTF-8 in the guide id": "UPDATE confirmations SET guide_id = CAST(x'6c696e6bff' AS TEXT)",
    "a guide version with a fraction": "UPDATE confirmations SET guide_version = 1.5",
}


@pytest.mark.parametrize("update", list(BAD.values()), ids=list(BAD))
def test_a_row_outside_what_a_record_can_be_is_skipped_and_counted(tmp_path: Path, update: str) -> None:
    one_row_store(tmp_path, update)
    before = (tmp_path / DB_NAME).read_bytes()
    found, unreadable = read(tmp_path)
    assert found == [("Home", utc(2026, 1, 2, 9))]
    assert unreadable == 1
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_extras_that_are_not_text_are_left_out_of_their_record(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    try:
        added = store.add_confirmation(new_confirmation(extras=("objection_form",)), now=utc(2026, 1, 1, 9))
    finally:
        store.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("INSERT INTO confirmation_extras (confirmation_id, extra) VALUES (?, x'00ff')", (added.id,))
    conn.commit()
    conn.close()
    store, _notices = RecordStore.open(tmp_path, read_only=True)
    try:
        [row] = store.confirmations()
        assert row.extras == ("objection_form",)
        assert store.unreadable == 0
    finally:
        store.close()
