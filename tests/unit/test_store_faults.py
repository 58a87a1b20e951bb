"""The record store under faults and bad input: locked, damaged rows, a full disk, links, shared folders.

Each case is made for real (another process holding SQLite's lock, rows written by hand, SQLite's own
page limit for a full disk, real symbolic links), and what lands on disk is read back.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import new_confirmation

from app.core import records
from app.core.datafiles import DB_NAME, LOCK_NAME, data_files, remove_data_files
from app.core.records import NoticeKind, RecordStore, StoreError

ROOT = Path(__file__).resolve().parents[2]


def make_store(folder: Path, count: int = 2) -> None:
    store, _notices = RecordStore.open(folder)
    try:
        for n in range(count):
            store.add_confirmation(new_confirmation(account=f"A{n}"), now=dt.datetime(2026, 1, 1 + n, 9, tzinfo=dt.UTC))
    finally:
        store.close()


# -- 1. locked is not damaged ---------------------------------------------------------------------


def hold_lock(path: Path) -> subprocess.Popen[str]:
    """Another process that holds an exclusive lock on the store until it is killed."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute(\"INSERT INTO settings (key, value) VALUES ('held', '1')\")\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.spawns
@pytest.mark.parametrize("read_only", [False, True])
def test_a_locked_store_is_never_moved_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: bool) -> None:
    make_store(tmp_path)
    before = (tmp_path / DB_NAME).read_bytes()
    monkeypatch.setattr(records, "BUSY_TIMEOUT_MS", 300)  # wait less than a person would, for the test
    holder = hold_lock(tmp_path / DB_NAME)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            RecordStore.open(tmp_path, read_only=read_only)
        assert info.value.kind == "locked"
        assert time.monotonic() - started >= 0.25  # it waited before giving up
    finally:
        holder.kill()
        holder.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME, DB_NAME + "-journal"]
    store, notices = RecordStore.open(tmp_path)  # once the other program let go: all there
    try:
        assert notices == []
        assert [c.account for c in store.confirmations()] == ["A0", "A1"]
    finally:
        store.close()
    assert len(before) > 0


# -- 2. rows and schemas it cannot interpret -----------------------------------------------------


BAD_ROWS = {
    "invalid UTF-8 in the date": "UPDATE confirmations SET recorded_at = CAST(x'ff00fe' AS TEXT) WHERE id = 1",
    "a date that is not one": "UPDATE confirmations SET recorded_at = 'yesterday' WHERE id = 1",
    "a date without a zone": "UPDATE confirmations SET recorded_at = '2026-01-01T09:00:00' WHERE id = 1",
    "the year 9999": "UPDATE confirmations SET recorded_at = '9999-12-31T23:59:59+00:00' WHERE id = 1",
    "a guide version that is not a number": "UPDATE confirmations SET guide_version = 'two' WHERE id = 1",
    "a NULL device": "UPDATE confirmations SET device = NULL WHERE id = 1",
}


def damage(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        if "NULL" in sql:  # the column is NOT NULL: rebuild it without the constraint, as a hand edit might
            conn.executescript(
                "PRAGMA writable_schema = ON;"
                "UPDATE sqlite_master SET sql = replace(sql, 'device TEXT NOT NULL', 'device TEXT')"
                " WHERE name = 'confirmations';"
                "PRAGMA writable_schema = OFF;"
            )
            conn.close()
            conn = sqlite3.connect(path)
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("sql", list(BAD_ROWS.values()), ids=list(BAD_ROWS))
def test_a_row_it_cannot_interpret_is_skipped_and_counted(tmp_path: Path, sql: str) -> None:
    make_store(tmp_path)
    damage(tmp_path / DB_NAME, sql)
    before = (tmp_path / DB_NAME).read_bytes()
    for read_only in (True, False):
        store, notices = RecordStore.open(tmp_path, read_only=read_only)
        try:
            assert notices == []
            assert [c.account for c in store.confirmations()] == ["A1"]
            assert store.unreadable == 1
        finally:
            store.close()
    assert (tmp_path / DB_NAME).read_bytes() == before  # reading rewrote nothing


def test_invalid_utf8_in_a_label_is_shown_replaced(tmp_path: Path) -> None:
    make_store(tmp_path, count=1)
    damage(tmp_path / DB_NAME, "UPDATE confirmations SET account = CAST(x'576f726bff' AS TEXT)")
    store, _notices = RecordStore.open(tmp_path, read_only=True)
    try:
        [row] = store.confirmations()
        assert row.account == "Work\ufffd"
        assert store.unreadable == 0
    finally:
        store.close()


def test_an_unknown_device_still_reads(tmp_path: Path) -> None:
    make_store(tmp_path, count=1)
    damage(tmp_path / DB_NAME, "UPDATE confirmations SET device = 'ipad'")  # a newer guide's, then a downgrade
    store, _notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert [c.device for c in store.confirmations()] == ["ipad"]
    finally:
        store.close()


@pytest.mark.parametrize(
    "sql",
    ["DROP TABLE confirmation_extras", "ALTER TABLE confirmations DROP COLUMN kind"],
    ids=["missing table", "missing column"],
)
def test_a_schema_missing_a_part_is_set_aside_by_the_window_and_left_by_status(tmp_path: Path, sql: str) -> None:
    make_store(tmp_path)
    damage(tmp_path / DB_NAME, sql)
    before = (tmp_path / DB_NAME).read_bytes()

    reader, notices = RecordStore.open(tmp_path, read_only=True)
    reader.close()
    assert [n.kind for n in notices] == [NoticeKind.UNREADABLE]
    assert (tmp_path / DB_NAME).read_bytes() == before

    store, notices = RecordStore.open(tmp_path)
    try:
        assert [n.kind for n in notices] == [NoticeKind.MOVED_ASIDE]
        assert notices[0].path.read_bytes() == before  # kept, never deleted
        assert store.confirmations() == []
    finally:
        store.close()


# -- 3. a full disk ------------------------------------------------------------------------------


def test_a_full_disk_says_so_and_keeps_what_was_there(tmp_path: Path) -> None:
    make_store(tmp_path)
    store, _notices = RecordStore.open(tmp_path)
    try:
        conn = store._conn
        assert conn is not None
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
        with pytest.raises(StoreError) as info:
            for n in range(200):
                store.add_confirmation(new_confirmation(account="x" * 2000 + str(n)))
        assert info.value.kind == "full"
        assert "full" in info.value.detail
        assert not conn.in_transaction
        # Nothing half-written; the store still works for reading.
        assert [c.account for c in store.confirmations()][:2] == ["A0", "A1"]
    finally:
        store.close()


def test_a_failed_rollback_does_not_hide_the_real_error(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    store.add_confirmation(new_confirmation())

    def work(conn: sqlite3.Connection) -> None:
        conn.execute("ROLLBACK")  # as SQLite does by itself on some errors
        raise sqlite3.OperationalError("database or disk is full")

    try:
        with pytest.raises(StoreError) as info:
            store._write(work)
        assert info.value.kind == "full"
    finally:
        store.close()


# -- 5. delete exactly what the assistant wrote --------------------------------------------------


def test_delete_everything_keeps_the_persons_own_files(tmp_path: Path) -> None:
    make_store(tmp_path)
    ours = [
        "records.sqlite3-journal",
        "records.unreadable-20260101-090000.sqlite3",
        "records.unreadable-20260101-090000-2.sqlite3",
        "records.unreadable-20260101-090000.sqlite3-wal",
        LOCK_NAME,
    ]
    theirs = ["records-2024.sqlite3", "records.sqlite3.bak", "assistant.lock.txt", "my-records.sqlite3", "notes.txt"]
    for name in ours + theirs:
        (tmp_path / name).write_text(name)
    removed = {p.name for p in remove_data_files(tmp_path)}
    assert removed == {DB_NAME, *ours}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(theirs)
    for name in theirs:
        assert (tmp_path / name).read_text() == name


# -- 6. links are never followed -----------------------------------------------------------------


@pytest.mark.parametrize("name", [DB_NAME, DB_NAME + "-journal"])
@pytest.mark.parametrize("dangling", [False, True])
def test_a_link_in_place_of_our_file_is_refused(tmp_path: Path, name: str, dangling: bool) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    outside = tmp_path / "elsewhere.txt"
    if not dangling:
        outside.write_text("the person's own file")
        os.chmod(outside, 0o644)
    (folder / name).symlink_to(outside)
    for read_only in (True, False):
        with pytest.raises(StoreError) as info:
            RecordStore.open(folder, read_only=read_only)
        assert info.value.kind == "link"
        assert info.value.path == folder / name
    if dangling:
        assert not outside.exists()  # nothing was created at the link's target
    else:
        assert outside.read_text() == "the person's own file"
        assert outside.stat().st_mode & 0o777 == 0o644  # not chmod-ed through the link
    assert data_files(folder) == []  # and "delete everything" would not touch it


def test_a_link_made_after_opening_is_refused_at_the_first_write(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store, _notices = RecordStore.open(folder)  # nothing on disk yet
    folder.mkdir()
    target = tmp_path / "target"
    (folder / DB_NAME).symlink_to(target)
    with pytest.raises(StoreError) as info:
        store.add_confirmation(new_confirmation())
    assert info.value.kind == "link"
    assert not target.exists()


def test_an_existing_data_folder_is_made_private_on_the_first_write(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(folder, 0o755)
    store, _notices = RecordStore.open(folder)
    try:
        assert folder.stat().st_mode & 0o777 == 0o755  # opening alone changes nothing
        store.add_confirmation(new_confirmation())
        assert folder.stat().st_mode & 0o777 == 0o700
    finally:
        store.close()


# -- 7 and 10: read-only files, and reading never writes -----------------------------------------


def as_nobody(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `code` as an unprivileged user: root ignores file modes, so permissions are tested as nobody."""
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to an unprivileged user")
    return subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/nonexistent"},
    )


def shared_folder(tmp_path: Path) -> Path:
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"ai-optout-test-{os.getpid()}-{tmp_path.name}"
    base.mkdir(mode=0o755)
    os.chmod(base, 0o755)
    return base


@pytest.mark.spawns
def test_a_read_only_records_file_is_read_not_moved_aside(tmp_path: Path) -> None:
    folder = shared_folder(tmp_path)
    try:
        make_store(folder)
        os.chown(folder, 65534, 65534)
        os.chown(folder / DB_NAME, 65534, 65534)
        os.chmod(folder / DB_NAME, 0o444)
        before = (folder / DB_NAME).read_bytes()
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from app.core.records import NewConfirmation, RecordStore, StoreError\n"
            "store, notices = RecordStore.open(Path(sys.argv[1]))\n"
            "print([n.kind.value for n in notices], [str(n.path) for n in notices])\n"
            "print([c.account for c in store.confirmations()])\n"
            "try:\n"
            "    store.add_confirmation(NewConfirmation('iphone', 'FR', 'eu-eea-ch', 'en', 'g', 1, '0'))\n"
            "except StoreError as exc:\n"
            "    print(exc.kind)\n"
        )
        result = as_nobody(code, str(folder))
        assert result.returncode == 0, result.stderr
        kinds, accounts, error = result.stdout.splitlines()
        assert kinds == f"['read_only'] ['{folder / DB_NAME}']"
        assert accounts == "['A0', 'A1']"
        assert error == "read_only"
        assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]
        assert (folder / DB_NAME).read_bytes() == before
    finally:
        subprocess.run(["rm", "-rf", str(folder)], check=True)


def test_status_reads_an_old_store_without_migrating_or_chmod(tmp_path: Path) -> None:
    # A store of schema 1 (before accounts), readable by everyone, as an older version could leave it.
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.executescript(records.MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.execute(
        "INSERT INTO confirmations (recorded_at, device, country, region, language, guide_id, guide_version,"
        " app_version) VALUES ('2026-01-05T09:00:00+00:00', 'android', 'FR', 'eu-eea-ch', 'en',"
        " 'linkedin-ai-training', 1, '0.1.0')"
    )
    conn.commit()
    conn.close()
    os.chmod(path, 0o644)
    before, stat_before = path.read_bytes(), path.stat()
    store, notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert notices == []
        [row] = store.confirmations()
        assert (row.device, row.account, row.kind) == ("android", "", "confirmed")
    finally:
        store.close()
    assert path.read_bytes() == before
    assert path.stat().st_mode == stat_before.st_mode
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]
