"""Stores written under each older schema are brought up to date on open (and only in memory when
reading); a migration that fails keeps the old file whole; a store from a newer version is refused with
the schema numbers in the error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core import records
from app.core.records import DB_NAME, MIGRATIONS, NoticeKind, RecordStore, StoreError, StoreNotice

ROW_V1 = (
    "INSERT INTO confirmations (recorded_at, device, country, region, language, guide_id, guide_version,"
    " app_version) VALUES ('2026-01-05T09:00:00+00:00', 'android', 'FR', 'eu-eea-ch', 'fr',"
    " 'linkedin-ai-training', 1, '0.1.0')"
)


def old_store(path: Path, version: int, *statements: str) -> bytes:
    """A store as a version with schema `version` wrote it: the first `version` migrations, then `statements`."""
    conn = sqlite3.connect(path)
    conn.executescript("".join(MIGRATIONS[:version]) + f"PRAGMA user_version = {version};")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def schema(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        return {
            "version": conn.execute("PRAGMA user_version").fetchone()[0],
            "tables": sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")),
            "indexes": sorted(
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            ),
            "confirmations": [r[1] for r in conn.execute("PRAGMA table_info(confirmations)")],
        }
    finally:
        conn.close()


CURRENT = {
    "version": 3,
    "tables": ["confirmation_extras", "confirmations", "settings"],
    "indexes": ["confirmations_by_account"],
    "confirmations": [
        "id",
        "recorded_at",
        "device",
        "country",
        "region",
        "language",
        "guide_id",
        "guide_version",
        "app_version",
        "account",
        "kind",
        "action",
        "app",
    ],
}


def test_an_empty_file_of_schema_0_gets_every_table(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"")  # SQLite's empty database
    store, notices = RecordStore.open(tmp_path)
    try:
        assert notices == []
        assert store.confirmations() == []
        store.set_setting("language", "fr")
    finally:
        store.close()
    assert schema(tmp_path / DB_NAME) == CURRENT


def test_a_store_of_schema_1_gains_accounts_and_kinds_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    old_store(path, 1, ROW_V1, "INSERT INTO settings (key, value) VALUES ('language', 'fr')")
    store, notices = RecordStore.open(tmp_path)
    try:
        assert notices == []
        [row] = store.confirmations()
        assert (row.device, row.account, row.kind, row.guide_version) == ("android", "", "confirmed", 1)
        assert store.setting("language") == "fr"
    finally:
        store.close()
    assert schema(path) == CURRENT
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT device, account, kind FROM confirmations").fetchall() == [
            ("android", "", "confirmed")
        ]
    finally:
        conn.close()


@pytest.mark.parametrize("version", [0, 1])
def test_reading_an_older_store_migrates_only_the_copy_in_memory(tmp_path: Path, version: int) -> None:
    path = tmp_path / DB_NAME
    before = old_store(path, version)
    store, notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert notices == []
        assert store.confirmations() == [] and store.setting("language") is None
    finally:
        store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def broken_v1(path: Path) -> bytes:
    # Claims schema 1 but already has the column migration 2 adds: the migration fails half-way.
    return old_store(path, 1, ROW_V1, "ALTER TABLE confirmations ADD COLUMN kind TEXT")


def test_a_migration_that_fails_sets_the_whole_old_file_aside(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    before = broken_v1(path)
    store, notices = RecordStore.open(tmp_path)
    try:
        [notice] = notices
        assert notice.kind is NoticeKind.MOVED_ASIDE
        assert notice.path.parent == tmp_path and notice.path.name.startswith("records.unreadable-")
        assert notice.path.read_bytes() == before  # rolled back: not even the first new column
        assert store.read_only is False
        assert store.path == path
        assert store.confirmations() == []
        store.set_setting("language", "fr")
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([DB_NAME, notice.path.name])
    assert schema(path) == CURRENT


def test_a_migration_that_fails_when_reading_is_reported_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    before = broken_v1(path)
    store, notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert notices == [StoreNotice(NoticeKind.UNREADABLE, path)]
        assert store.confirmations() == []
    finally:
        store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


@pytest.mark.parametrize("read_only", [False, True])
def test_a_store_from_a_newer_version_names_both_schemas(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        RecordStore.open(tmp_path, read_only=read_only)
    assert (info.value.kind, info.value.path, info.value.detail) == ("too_new", path, "schema 7, this version knows 3")
    assert str(info.value) == f"too_new: {path} (schema 7, this version knows 3)"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def test_an_old_store_another_program_is_reading_is_not_migrated_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / DB_NAME
    before = old_store(path, 1, ROW_V1)
    monkeypatch.setattr(records, "BUSY_TIMEOUT_MS", 1)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT device FROM confirmations").fetchall() == [("android",)]
        with pytest.raises(StoreError) as info:
            RecordStore.open(tmp_path)  # the migration cannot be committed while the other program reads
        assert (info.value.kind, info.value.path, info.value.detail) == ("locked", path, "database is locked")
    finally:
        reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]
    assert path.read_bytes() == before  # rolled back, never moved aside
    store, notices = RecordStore.open(tmp_path)  # once it let go, the migration goes through
    try:
        assert notices == []
        assert [(c.device, c.account) for c in store.confirmations()] == [("android", "")]
    finally:
        store.close()
    assert schema(path) == CURRENT
