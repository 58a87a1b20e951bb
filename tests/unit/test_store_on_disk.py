"""The record store as seen on disk: what each operation leaves in the folder, the paths and texts of its
errors and notices, and what "delete everything" removes.

Locks are taken for real by a second SQLite connection in this process (SQLite honours them between
connections of one process); SQLite's own error texts are raised by a connection the test controls.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from factories import new_confirmation, utc
from unprivileged import as_nobody, give_to_nobody, needs_root, shared_folder

from app.core import records
from app.core.records import DB_NAME, NoticeKind, RecordStore, StoreError, StoreNotice


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def make_store(folder: Path) -> None:
    store, _notices = RecordStore.open(folder)
    try:
        store.add_confirmation(new_confirmation(account="Work"), now=utc(2026, 1, 5, 9))
        store.set_setting("language", "fr")
    finally:
        store.close()


def sql(path: Path, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


@contextmanager
def held(path: Path, how: str) -> Iterator[None]:
    """Another connection holding SQLite's lock on the store: EXCLUSIVE stops readers too, IMMEDIATE only writers."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"BEGIN {how}")
    conn.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


# -- opening and reading write nothing ------------------------------------------------------------


def test_a_store_opened_for_reading_only_refuses_to_write_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store, notices = RecordStore.open(folder, read_only=True)
    try:
        assert notices == []
        assert store.read_only is True
        assert store.unreadable == 0
        with pytest.raises(StoreError) as info:
            store.set_setting("language", "fr")
        assert (info.value.kind, info.value.path, info.value.detail) == ("read_only", folder, "")
        assert str(info.value) == f"read_only: {folder}"
    finally:
        store.close()
    assert not folder.exists()


def test_an_open_store_names_its_file_and_can_be_written(tmp_path: Path) -> None:
    make_store(tmp_path)
    store, notices = RecordStore.open(tmp_path)
    try:
        assert notices == []
        assert store.path == tmp_path / DB_NAME
        assert store.folder == tmp_path
        assert store.read_only is False
        assert store.exists is True
        assert store.unreadable == 0
    finally:
        store.close()
    assert store.exists is False


def test_reading_a_damaged_store_only_leaves_the_folder_and_working_folder_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"not a database at all" * 50)
    workdir = tmp_path / "workdir"
    workdir.mkdir()
    monkeypatch.chdir(workdir)  # the copy in memory must not become a file here
    store, notices = RecordStore.open(folder, read_only=True)
    try:
        assert notices == [StoreNotice(NoticeKind.UNREADABLE, folder / DB_NAME)]
        assert store.confirmations() == [] and store.setting("language") is None
    finally:
        store.close()
    assert names(folder) == [DB_NAME]
    assert (folder / DB_NAME).read_bytes() == b"not a database at all" * 50
    assert names(workdir) == []


def test_reading_a_good_store_only_leaves_the_working_folder_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    make_store(folder)
    workdir = tmp_path / "workdir"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    store, notices = RecordStore.open(folder, read_only=True)
    try:
        assert notices == []
        assert [c.account for c in store.confirmations()] == ["Work"]
    finally:
        store.close()
    assert names(workdir) == []
    assert names(folder) == [DB_NAME]


def test_a_folder_in_place_of_the_records_file_is_reported_and_left_alone_when_reading(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).mkdir()
    (tmp_path / DB_NAME / "inside.txt").write_text("kept")
    store, notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert notices == [StoreNotice(NoticeKind.UNREADABLE, tmp_path / DB_NAME)]
        assert store.read_only is True
        assert store.confirmations() == []
    finally:
        store.close()
    assert names(tmp_path) == [DB_NAME]
    assert (tmp_path / DB_NAME / "inside.txt").read_text() == "kept"


def test_an_unreadable_file_is_reported_and_left_alone_when_reading(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 200)
    store, notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert notices == [StoreNotice(NoticeKind.UNREADABLE, tmp_path / DB_NAME)]
        assert store.confirmations() == []
        assert store.unreadable == 0
    finally:
        store.close()
    assert names(tmp_path) == [DB_NAME]
    assert (tmp_path / DB_NAME).read_bytes() == b"garbage" * 200


@pytest.mark.parametrize("sql_damage", ["DROP TABLE confirmation_extras", "ALTER TABLE confirmations DROP COLUMN kind"])
def test_a_schema_missing_a_part_is_reported_with_the_files_path_when_reading(tmp_path: Path, sql_damage: str) -> None:
    make_store(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(sql_damage)
    conn.commit()
    conn.close()
    store, notices = RecordStore.open(tmp_path, read_only=True)
    try:
        assert notices == [StoreNotice(NoticeKind.UNREADABLE, tmp_path / DB_NAME)]
        assert store.confirmations() == [] and store.setting("language") is None
    finally:
        store.close()


def test_a_damaged_store_moved_aside_leaves_a_writable_store_in_its_place(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 200)
    store, notices = RecordStore.open(tmp_path)
    try:
        [notice] = notices
        assert notice.kind is NoticeKind.MOVED_ASIDE
        assert re.fullmatch(r"records\.unreadable-\d{8}-\d{6}\.sqlite3", notice.path.name)
        assert store.read_only is False
        assert store.path == tmp_path / DB_NAME
        assert names(tmp_path) == [notice.path.name]  # nothing new until the first write
        store.set_setting("language", "de")
    finally:
        store.close()
    assert names(tmp_path) == sorted([DB_NAME, notice.path.name])
    assert sql(tmp_path / DB_NAME, "SELECT key, value FROM settings") == [("language", "de")]
    assert notice.path.read_bytes() == b"garbage" * 200


# -- a store another program holds ----------------------------------------------------------------


@pytest.fixture
def impatient(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with one record of the account "Work" and the language "fr", whose connections give up
    on a lock at once: the path of its records file."""
    make_store(tmp_path)
    monkeypatch.setattr(records, "BUSY_TIMEOUT_MS", 1)
    return tmp_path / DB_NAME


@pytest.fixture
def opened(impatient: Path) -> Iterator[RecordStore]:
    store, _notices = RecordStore.open(impatient.parent)
    yield store
    store.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_store_locked_by_another_connection_is_reported_locked_and_left_in_place(
    impatient: Path, read_only: bool
) -> None:
    path = impatient
    with held(path, "EXCLUSIVE"), pytest.raises(StoreError) as info:
        RecordStore.open(path.parent, read_only=read_only)
    assert (info.value.kind, info.value.path, info.value.detail) == ("locked", path, "database is locked")
    assert str(info.value) == f"locked: {path} (database is locked)"
    assert names(path.parent) == [DB_NAME]
    assert sql(path, "SELECT account FROM confirmations") == [("Work",)]


def test_a_write_while_another_program_writes_says_locked_and_changes_nothing(
    impatient: Path, opened: RecordStore
) -> None:
    path, store = impatient, opened
    with held(path, "IMMEDIATE"), pytest.raises(StoreError) as info:
        store.set_setting("language", "en")
    assert (info.value.kind, info.value.path, info.value.detail) == ("locked", path, "database is locked")
    assert store.setting("language") == "fr"
    store.set_setting("language", "en")  # once the other program let go, the write goes through
    assert sql(path, "SELECT value FROM settings WHERE key = 'language'") == [("en",)]


def test_a_read_while_another_program_holds_the_store_says_locked(impatient: Path, opened: RecordStore) -> None:
    path, store = impatient, opened
    with held(path, "EXCLUSIVE"), pytest.raises(StoreError) as info:
        store.confirmations()
    assert (info.value.kind, info.value.path, info.value.detail) == ("locked", path, "database is locked")
    assert [c.account for c in store.confirmations()] == ["Work"]


# -- SQLite's errors, as the person is told them --------------------------------------------------


class FailingConnection(sqlite3.Connection):
    """A real connection to the store whose statements starting with a given word fail with a given error."""

    failures: dict[str, sqlite3.Error] = {}  # noqa: RUF012 - replaced per connection

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        for prefix, error in self.failures.items():
            if sql.lstrip().startswith(prefix):
                raise error
        return super().execute(sql, *args)  # type: ignore[arg-type]


def failing_store(folder: Path, **failures: sqlite3.Error) -> tuple[RecordStore, FailingConnection]:
    make_store(folder)
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None, factory=FailingConnection)
    assert isinstance(conn, FailingConnection)
    conn.failures = failures
    return RecordStore(conn, folder / DB_NAME, read_only=False), conn


ERRORS = [
    (sqlite3.OperationalError("database is locked"), "locked"),
    (sqlite3.OperationalError("database table is locked"), "locked"),
    (sqlite3.OperationalError("database is busy"), "locked"),
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
    (sqlite3.OperationalError("attempt to write a read-only database"), "read_only"),
    (sqlite3.OperationalError("attempt to write a read only database"), "read_only"),
    (sqlite3.OperationalError("disk I/O error"), "failed"),
    (sqlite3.IntegrityError("UNIQUE constraint failed: settings.key"), "failed"),
]


@pytest.mark.parametrize(("error", "kind"), ERRORS, ids=[str(e) for e, _ in ERRORS])
def test_a_failed_save_says_why_and_leaves_the_store_as_it_was(tmp_path: Path, error: sqlite3.Error, kind: str) -> None:
    store, conn = failing_store(tmp_path, INSERT=error)
    try:
        with pytest.raises(StoreError) as info:
            store.set_setting("language", "en")
        # A read-only store is the folder's doing; the others name the file.
        where = tmp_path if kind == "read_only" else tmp_path / DB_NAME
        assert (info.value.kind, info.value.path, info.value.detail) == (kind, where, str(error))
        assert str(info.value) == f"{kind}: {where} ({error})"
        assert not conn.in_transaction
    finally:
        store.close()
    assert sql(tmp_path / DB_NAME, "SELECT key, value FROM settings") == [("language", "fr")]


@pytest.mark.parametrize(("error", "kind"), ERRORS, ids=[str(e) for e, _ in ERRORS])
def test_a_failed_read_says_why(tmp_path: Path, error: sqlite3.Error, kind: str) -> None:
    store, _conn = failing_store(tmp_path, SELECT=error)
    try:
        with pytest.raises(StoreError) as info:
            store.confirmations()
        assert (info.value.kind, info.value.path, info.value.detail) == (kind, tmp_path / DB_NAME, str(error))
        with pytest.raises(StoreError) as info:
            store.setting("language")
        assert (info.value.kind, info.value.path, info.value.detail) == (kind, tmp_path / DB_NAME, str(error))
    finally:
        store.close()


def test_a_rollback_that_fails_too_does_not_hide_why_the_save_failed(tmp_path: Path) -> None:
    store, _conn = failing_store(
        tmp_path,
        INSERT=sqlite3.OperationalError("database or disk is full"),
        ROLLBACK=sqlite3.OperationalError("disk I/O error"),
    )
    try:
        with pytest.raises(StoreError) as info:
            store.set_setting("language", "en")
        assert (info.value.kind, info.value.detail) == ("full", "database or disk is full")
    finally:
        store.close()
    assert sql(tmp_path / DB_NAME, "SELECT key, value FROM settings") == [("language", "fr")]


def test_the_time_now_is_in_utc_to_the_second(local_zone) -> None:  # type: ignore[no-untyped-def]
    local_zone("EST+5")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    now = records.utc_now()
    after = dt.datetime.now(dt.UTC)
    assert now.utcoffset() == dt.timedelta(0)
    assert now.microsecond == 0
    assert before <= now <= after


def test_an_error_that_is_not_sqlites_rolls_back_and_passes_through(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    try:
        first = store.add_confirmation(new_confirmation(), now=utc(2026, 2, 1, 8))
        with pytest.raises(OverflowError):  # SQLite's integers stop at 2**63 - 1
            store.add_confirmation(new_confirmation(guide_version=2**70), now=utc(2026, 2, 2, 8))
        second = store.add_confirmation(new_confirmation(device="android"), now=utc(2026, 2, 3, 8))
        assert store.confirmations() == [first, second]
    finally:
        store.close()
    assert sql(tmp_path / DB_NAME, "SELECT device, recorded_at FROM confirmations ORDER BY id") == [
        ("iphone", "2026-02-01T08:00:00+00:00"),
        ("android", "2026-02-03T08:00:00+00:00"),
    ]


# -- the first write ------------------------------------------------------------------------------


@needs_root
def test_a_folder_that_cannot_be_written_to_is_named_at_the_first_write() -> None:
    with shared_folder("store-folder") as shared:
        folder = shared / "data"
        folder.mkdir()
        os.chmod(folder, 0o755)  # root's, readable by all: nobody may look but not write

        def first_write() -> list[object]:
            store, notices = RecordStore.open(folder)
            try:
                store.add_confirmation(new_confirmation())
            except StoreError as exc:
                return [notices, exc.kind, str(exc.path), exc.detail, str(exc)]
            finally:
                store.close()
            return ["written"]

        assert as_nobody(first_write) == {
            "result": [
                [],
                "read_only",
                str(folder),
                "folder is not writable",
                f"read_only: {folder} (folder is not writable)",
            ]
        }
        assert names(folder) == []


def test_a_file_where_the_data_folder_should_be_fails_the_first_write_and_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.write_text("a file of the person's, not a folder")
    os.chmod(folder, 0o644)
    store, notices = RecordStore.open(folder)
    try:
        assert notices == []
        with pytest.raises(StoreError) as info:
            store.set_setting("language", "fr")
        path = folder / DB_NAME
        assert (info.value.kind, info.value.path) == ("failed", path)
        assert info.value.detail == f"[Errno {errno.ENOTDIR}] Not a directory: '{folder}'"
    finally:
        store.close()
    assert folder.read_text() == "a file of the person's, not a folder"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o644  # the person's file, not made "private"
    assert names(tmp_path) == ["data"]


def test_a_damaged_file_that_appears_before_the_first_write_is_reported_and_kept(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)  # nothing there yet
    (tmp_path / DB_NAME).write_bytes(b"written by something else" * 100)
    try:
        with pytest.raises(StoreError) as info:
            store.set_setting("language", "fr")
        assert (info.value.kind, info.value.path, info.value.detail) == (
            "failed",
            tmp_path / DB_NAME,
            "file is not a database",
        )
    finally:
        store.close()
    assert names(tmp_path) == [DB_NAME]
    assert (tmp_path / DB_NAME).read_bytes() == b"written by something else" * 100


def test_a_link_that_appears_before_the_first_write_is_named(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    (tmp_path / (DB_NAME + "-journal")).symlink_to(tmp_path / "elsewhere")
    try:
        with pytest.raises(StoreError) as info:
            store.set_setting("language", "fr")
        assert (info.value.kind, info.value.path) == ("link", tmp_path / (DB_NAME + "-journal"))
    finally:
        store.close()
    assert names(tmp_path) == [DB_NAME + "-journal"]


@needs_root
def test_a_records_file_that_cannot_be_written_to_is_read_and_named() -> None:
    with shared_folder("store-file") as folder:
        make_store(folder)
        path = folder / DB_NAME
        give_to_nobody(folder)  # the folder is theirs; the records file is root's, read-only to them
        os.chmod(folder, 0o700)
        os.chmod(path, 0o444)
        before = path.read_bytes()

        def read_then_write() -> list[object]:
            store, notices = RecordStore.open(folder)
            try:
                seen: list[object] = [[(n.kind.value, str(n.path)) for n in notices], store.read_only]
                seen.append([(c.account, c.recorded_at.isoformat()) for c in store.confirmations()])
                seen.append(store.setting("language"))
                try:
                    store.set_setting("language", "en")
                except StoreError as exc:
                    seen.append([exc.kind, str(exc.path)])
            finally:
                store.close()
            return seen

        assert as_nobody(read_then_write) == {
            "result": [
                [["read_only", str(path)]],
                True,
                [["Work", "2026-01-05T09:00:00+00:00"]],
                "fr",
                ["read_only", str(path)],  # the file is what cannot be written to, not its folder
            ]
        }
        assert path.read_bytes() == before
        assert stat.S_IMODE(path.stat().st_mode) == 0o444  # not made writable, nor private
        assert names(folder) == [DB_NAME]


# -- what is written ------------------------------------------------------------------------------


def test_a_confirmation_is_stored_in_utc_whatever_the_computers_zone(tmp_path: Path, local_zone) -> None:  # type: ignore[no-untyped-def]
    local_zone("EST+5")
    paris = dt.timezone(dt.timedelta(hours=1))
    store, _notices = RecordStore.open(tmp_path)
    try:
        added = store.add_confirmation(new_confirmation(), now=dt.datetime(2026, 3, 1, 11, 30, 15, tzinfo=paris))
        assert added.recorded_at == utc(2026, 3, 1, 10, 30, 15)
        assert added.recorded_at.utcoffset() == dt.timedelta(0)
        [read] = store.confirmations()
        assert read.recorded_at.utcoffset() == dt.timedelta(0)
    finally:
        store.close()
    assert sql(tmp_path / DB_NAME, "SELECT recorded_at FROM confirmations") == [("2026-03-01T10:30:15+00:00",)]


def test_a_confirmation_recorded_now_is_stored_to_the_second(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    try:
        added = store.add_confirmation(new_confirmation())
        assert added.recorded_at.microsecond == 0
    finally:
        store.close()
    [(text,)] = sql(tmp_path / DB_NAME, "SELECT recorded_at FROM confirmations")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", str(text))


def test_extras_and_account_are_stored_tidied(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    try:
        added = store.add_confirmation(
            new_confirmation(account="  Work  ", extras=("objection_form", "ads_sharing", "objection_form")),
            now=utc(2026, 4, 1, 12),
        )
        assert (added.account, added.extras) == ("Work", ("ads_sharing", "objection_form"))
    finally:
        store.close()
    path = tmp_path / DB_NAME
    assert sql(path, "SELECT id, account, kind FROM confirmations") == [(added.id, "Work", "confirmed")]
    assert sql(path, "SELECT confirmation_id, extra FROM confirmation_extras ORDER BY extra") == [
        (added.id, "ads_sharing"),
        (added.id, "objection_form"),
    ]


# -- delete everything ----------------------------------------------------------------------------


def test_delete_everything_removes_our_files_and_the_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_store(folder)
    store, _notices = RecordStore.open(folder)
    removed = store.delete_everything()
    assert removed == [folder / DB_NAME, folder]
    assert not folder.exists()
    # As on first launch: nothing to read, nothing on disk until the next write.
    assert store.exists is False
    assert store.confirmations() == [] and store.setting("language") is None
    assert not folder.exists()
    store.set_setting("language", "en")
    try:
        assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600
    finally:
        store.close()
    assert sql(folder / DB_NAME, "SELECT key, value FROM settings") == [("language", "en")]
    assert sql(folder / DB_NAME, "SELECT count(*) FROM confirmations") == [(0,)]


def test_delete_everything_keeps_a_shared_folder_and_the_persons_files(tmp_path: Path) -> None:
    make_store(tmp_path)
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "records.unreadable-20260101-090000.sqlite3").write_bytes(b"set aside")
    store, _notices = RecordStore.open(tmp_path)
    removed = store.delete_everything()
    assert removed == [tmp_path / DB_NAME, tmp_path / "records.unreadable-20260101-090000.sqlite3"]
    assert names(tmp_path) == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_delete_everything_is_refused_when_reading_only(tmp_path: Path) -> None:
    make_store(tmp_path)
    before = (tmp_path / DB_NAME).read_bytes()
    store, _notices = RecordStore.open(tmp_path, read_only=True)
    try:
        with pytest.raises(StoreError) as info:
            store.delete_everything()
        assert (info.value.kind, info.value.path, info.value.detail) == ("read_only", tmp_path, "")
        assert str(info.value) == f"read_only: {tmp_path}"
    finally:
        store.close()
    assert names(tmp_path) == [DB_NAME]
    assert (tmp_path / DB_NAME).read_bytes() == before


# -- a folder that may not be looked into ---------------------------------------------------------


@needs_root
def test_a_folder_that_may_not_be_looked_into_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    make_store(folder)  # root's, private (0700): nobody may not look inside

    def open_it() -> list[str]:
        try:
            RecordStore.open(folder)
        except StoreError as exc:
            return [exc.kind, str(exc.path), exc.detail, str(exc)]
        return []

    detail = f"[Errno {errno.EACCES}] Permission denied: '{folder / DB_NAME}'"
    assert as_nobody(open_it) == {"result": ["no_access", str(folder), detail, f"no_access: {folder} ({detail})"]}
    assert names(folder) == [DB_NAME]
