"""The local record store: what the person confirmed, and when. The only module that touches SQLite.

One SQLite file in the data folder, readable by its owner only. The schema carries its version in
``PRAGMA user_version`` and is brought up to date by ``MIGRATIONS`` on open. Every write is one
transaction, so a crash or a second running copy cannot leave half a record.

Opening never loses data silently: a file SQLite cannot read is moved aside (never deleted) and a fresh
store is started; a folder or file that cannot be written to is opened read-only. Both come back as a
``StoreNotice`` for the interface to tell the person about. A store that another program holds locked
is not damaged: opening it waits, then raises ``StoreError("locked")`` and leaves it alone. A link in
place of one of our files is never followed (``StoreError("link")``).

Rows are read defensively: a row that cannot be interpreted (bad text, a date that is not one, a
guide version that is not a number) is skipped and counted in ``RecordStore.unreadable``, and the
rest still reads. Reading never writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from app.core.datafiles import (
    DB_NAME,
    QT_SETTINGS_NAME,
    LinkInFolderError,
    file_readable,
    file_writable,
    folder_writable,
    keep_private,
    make_private_file,
    make_private_folder,
    move_aside,
    refuse_links,
    remove_data_files,
    reserve_private_file,
)
from app.core.settings import Setting
from app.core.text import ACCOUNT_LABEL_MAX, clean_line

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000

# Index i holds the SQL that takes the schema from version i to version i + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE confirmations (
        id INTEGER PRIMARY KEY,
        recorded_at TEXT NOT NULL,
        device TEXT NOT NULL,
        country TEXT NOT NULL,
        region TEXT NOT NULL,
        language TEXT NOT NULL,
        guide_id TEXT NOT NULL,
        guide_version INTEGER NOT NULL,
        app_version TEXT NOT NULL
    );
    CREATE TABLE confirmation_extras (
        confirmation_id INTEGER NOT NULL REFERENCES confirmations (id) ON DELETE CASCADE,
        extra TEXT NOT NULL,
        PRIMARY KEY (confirmation_id, extra)
    );
    """,
    # 2: several LinkedIn accounts (an optional label such as "Work"; "" for the only one), and
    # re-checks ("I re-checked") recorded beside confirmations made through the wizard.
    """
    ALTER TABLE confirmations ADD COLUMN account TEXT NOT NULL DEFAULT '';
    ALTER TABLE confirmations ADD COLUMN kind TEXT NOT NULL DEFAULT 'confirmed';
    CREATE INDEX confirmations_by_account ON confirmations (account, recorded_at);
    """,
    # 3: what was done, for services whose action is not a switch (a form sent once), and for which of a
    # service's apps (Facebook, Instagram). Every record before this version is a switch's, in the
    # service itself: both guides of the time call that action "switch".
    """
    ALTER TABLE confirmations ADD COLUMN action TEXT NOT NULL DEFAULT 'switch';
    ALTER TABLE confirmations ADD COLUMN app TEXT NOT NULL DEFAULT '';
    """,
)
# Dates outside these years are not a real record (a damaged row, or one written by hand).
OLDEST_YEAR, NEWEST_YEAR = 2000, 9000
# What a record says happened (its `kind`); app/core/actions.py says which kinds each action records.
CONFIRMED = "confirmed"  # went through the wizard and ticked "the switch is now off"
RECHECKED = "rechecked"  # looked again later and said it is still off (or, for a form, that nothing changed)
ALREADY_OFF = "already_off"  # went through the wizard and found the switch already off
SENT = "sent"  # sent a form (an objection) through the wizard
ALREADY_SENT = "already_sent"  # had sent that form before (an earlier objection still counts)
RECORD_KINDS = (CONFIRMED, RECHECKED, ALREADY_OFF, SENT, ALREADY_SENT)
SCHEMA_VERSION = len(MIGRATIONS)


class NoticeKind(Enum):
    MOVED_ASIDE = "moved_aside"  # the file could not be read; it was moved to `path`
    READ_ONLY = "read_only"  # the folder (or file) cannot be written to; nothing new will be saved
    UNREADABLE = "unreadable"  # the file could not be read and was left where it is (reading only)
    NOT_PERMITTED = "not_permitted"  # the file's permissions forbid reading it: left as it is, nothing saved


class StoreNotice(NamedTuple):
    kind: NoticeKind
    path: Path


class StoreError(Exception):
    """A record could not be read or written."""

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        # "read_only", "too_new", "locked" (another program holds it), "full" (no room left on the
        # disk), "link" (a link where our file should be), "no_access" (the folder may not even be
        # looked into) or "failed"
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(f"{kind}: {path}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class NewConfirmation:
    """A record to add: what the person said, where, with what. Its fields are the store's columns (the
    extras have a table of their own), in this order; a Confirmation is one read back."""

    device: str
    country: str
    region: str
    language: str
    guide_id: str
    guide_version: int
    app_version: str
    extras: tuple[str, ...] = ()
    account: str = ""
    kind: str = CONFIRMED  # one of RECORD_KINDS
    action: str = "switch"  # the id of the guide's action it is about
    app: str = ""  # the id of the guide's app it was done in; "" for a service without apps


@dataclass(frozen=True, kw_only=True)
class Confirmation(NewConfirmation):
    """A record as stored: a NewConfirmation with its row id and when it was recorded."""

    id: int
    recorded_at: dt.datetime  # timezone-aware, UTC


# The record's columns beside its id and time, in the order of NewConfirmation's fields (its extras
# live in their own table): declared once, by the record type.
COLUMNS = tuple(field.name for field in fields(NewConfirmation) if field.name != "extras")
# The columns each table must have under SCHEMA_VERSION: a file that claims the version without them
# was damaged (or made by something else).
REQUIRED_COLUMNS = {
    "settings": {"key", "value"},
    "confirmations": {"id", "recorded_at", *COLUMNS},
    "confirmation_extras": {"confirmation_id", "extra"},
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class RecordStore:
    """An open record store. Create it with ``RecordStore.open``.

    Nothing is written to disk until the first record or setting: a person who only looks around
    leaves no trace, and after "delete everything" the store is back to that state."""

    def __init__(self, conn: sqlite3.Connection | None, path: Path, read_only: bool) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.unreadable = 0  # rows the last confirmations() call could not interpret and skipped
        self._kept_private = False
        self.protected = path.parent  # what cannot be written to, when read_only: the folder, or the file

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def exists(self) -> bool:
        """Whether the store is on disk (something was recorded, or it was there when opened)."""
        return self._conn is not None and not self.read_only

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> tuple[RecordStore, list[StoreNotice]]:
        """Open the store in `folder`. Raises StoreError "too_new", "locked", "link" or "no_access".

        With `read_only` (the `status` command), nothing on disk changes: no migration, no chmod, no
        file moved aside; the records are read from a copy in memory."""
        path = folder / DB_NAME
        try:
            refuse_links(path)
            exists = path.exists()
        except LinkInFolderError as exc:
            raise StoreError("link", exc.link) from exc
        except PermissionError as exc:  # a folder of another user's, or one whose permissions forbid it
            raise StoreError("no_access", folder, str(exc)) from exc
        if not exists:
            return cls(None, path, read_only=read_only), []  # made on the first write
        if not file_readable(path):  # not damaged, not to be set aside: its permissions forbid reading
            store = cls(_empty_copy(path), path, read_only=True)
            store.protected = path
            return store, [StoreNotice(NoticeKind.NOT_PERMITTED, path)]
        if read_only:
            return cls._open_read_only(path)
        if not folder_writable(folder):
            store, notices = cls._open_read_only(path)
            return store, [StoreNotice(NoticeKind.READ_ONLY, folder), *notices]
        if not file_writable(path):
            store, notices = cls._open_read_only(path)
            store.protected = path
            return store, [StoreNotice(NoticeKind.READ_ONLY, path), *notices]
        try:
            make_private_file(path)
            return cls(_connect_and_migrate(path), path, read_only=False), []
        except StoreError:
            raise
        except sqlite3.OperationalError as exc:
            if _is_locked(exc):  # healthy, but another program holds it: never move it
                raise StoreError("locked", path, str(exc)) from exc
            aside = move_aside(path)
            return cls(None, path, read_only=False), [StoreNotice(NoticeKind.MOVED_ASIDE, aside)]
        except (sqlite3.DatabaseError, OSError):
            # Not SQLite, damaged, or not readable by us: keep it for the person, start afresh.
            aside = move_aside(path)
            return cls(None, path, read_only=False), [StoreNotice(NoticeKind.MOVED_ASIDE, aside)]

    @classmethod
    def _open_read_only(cls, path: Path) -> tuple[RecordStore, list[StoreNotice]]:
        """The records as they are, in a copy in memory (migrated there if older): for a folder or
        file we cannot write to, and for reading only. The file itself is not touched."""
        notices: list[StoreNotice] = []
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            disk = sqlite3.connect(
                f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            try:
                # Take the read lock first, waiting as long as a write would: the backup itself would
                # retry for as long as another program holds the store.
                disk.execute("BEGIN")
                disk.execute("SELECT count(*) FROM sqlite_master").fetchone()
                disk.backup(memory)
                disk.execute("END")
            finally:
                disk.close()
            if memory.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
        except sqlite3.OperationalError as exc:
            memory.close()
            if _is_locked(exc):
                raise StoreError("locked", path, str(exc)) from exc
            committed = _committed_copy(path) if _needs_rollback(exc) else None
            if committed is None:
                committed = _empty_copy(path)
                notices.append(StoreNotice(NoticeKind.UNREADABLE, path))
            memory = committed
        except (sqlite3.DatabaseError, OSError):
            # Unreadable, and it is not moved aside here: start empty, leave the file alone.
            memory.close()
            memory = _empty_copy(path)
            notices.append(StoreNotice(NoticeKind.UNREADABLE, path))
        memory.text_factory = _text
        try:
            _migrate(memory, path)  # raises StoreError("too_new") for a newer store
            _check_schema(memory)
        except sqlite3.DatabaseError:  # damaged in a way the copy shows: read nothing, change nothing
            memory.close()
            memory = _empty_copy(path)
            notices.append(StoreNotice(NoticeKind.UNREADABLE, path))
        return cls(memory, path, read_only=True), notices

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def delete_everything(self) -> list[Path]:
        """Remove every file the assistant wrote in its folder, and the folder if it is then empty.

        Records, settings, set-aside copies and SQLite's journals go; anything else a person keeps
        in that folder stays. Returns what was removed. The store is then as on first launch."""
        if self.read_only:
            raise StoreError("read_only", self.protected)
        self.close()
        removed = remove_data_files(self.folder)
        return removed

    # -- reading -------------------------------------------------------------------------------
    def confirmations(self) -> list[Confirmation]:
        """Every confirmation that can be read, oldest first. Rows that cannot are skipped and counted
        in `unreadable`."""
        rows = self._read(f"SELECT id, recorded_at, {', '.join(COLUMNS)} FROM confirmations ORDER BY recorded_at, id")
        extras: dict[int, list[str]] = {}
        for cid, extra in self._read("SELECT confirmation_id, extra FROM confirmation_extras ORDER BY extra"):
            if isinstance(extra, str):
                extras.setdefault(cid, []).append(extra)
        found = []
        for row in rows:
            confirmation = _confirmation(row, tuple(extras.get(row[0], ())))
            if confirmation is not None:
                found.append(confirmation)
        self.unreadable = len(rows) - len(found)
        return found

    def setting(self, key: str) -> str | None:
        """The setting's text; None when it is not set, or stored as something else than text."""
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows and isinstance(rows[0][0], str) else None

    def value(self, setting: Setting[T]) -> T:
        """A setting of app/core/settings.py, read: its value, or its default when it is not set or unreadable."""
        return setting.read(self.setting(setting.key))

    # -- writing -------------------------------------------------------------------------------
    def add_confirmation(self, new: NewConfirmation, *, now: dt.datetime | None = None) -> Confirmation:
        recorded_at = (now or utc_now()).astimezone(dt.UTC)
        new = replace(new, account=new.account.strip(), extras=tuple(sorted(set(new.extras))))
        values = (recorded_at.isoformat(), *(getattr(new, column) for column in COLUMNS))

        def write(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                f"INSERT INTO confirmations (recorded_at, {', '.join(COLUMNS)})"
                f" VALUES (?, {', '.join('?' for _ in COLUMNS)})",
                values,
            )
            cid = cur.lastrowid
            assert cid is not None
            conn.executemany(
                "INSERT INTO confirmation_extras (confirmation_id, extra) VALUES (?, ?)",
                [(cid, extra) for extra in sorted(set(new.extras))],
            )
            return cid

        cid = self._write(write)
        return Confirmation(id=cid, recorded_at=recorded_at, **_fields_of(new))

    def set_setting(self, key: str, value: str) -> None:
        self._write(
            lambda conn: conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        )

    # -- plumbing ------------------------------------------------------------------------------
    def _read(self, sql: str, params: Iterable[object] = ()) -> list[tuple[Any, ...]]:
        if self._conn is None:
            return []  # nothing written yet
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc

    def _connection(self) -> sqlite3.Connection:
        """The connection, creating the folder and the file on the first write."""
        if self.read_only:
            raise StoreError("read_only", self.protected)
        if self._conn is None:
            try:
                refuse_links(self.path)
                make_private_folder(self.folder)
                make_private_file(self.path)
                self._conn = _connect_and_migrate(self.path)
            except LinkInFolderError as exc:
                raise StoreError("link", exc.link) from exc
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise StoreError("read_only", self.folder, exc.strerror or "") from exc
                raise StoreError("failed", self.path, str(exc)) from exc
            except sqlite3.DatabaseError as exc:
                raise _store_error(exc, self.path) from exc
        return self._conn

    def keep_private(self) -> None:
        """Before a file dialog: our folder and files private, and Qt's settings file (which the dialog
        writes in the data folder when it closes, keeping the mode it finds) reserved private. Only for
        a store on disk that may be written; a file that cannot be tightened is left as it is."""
        if not self.exists:
            return
        with contextlib.suppress(OSError):
            if os.name == "posix":
                reserve_private_file(self.folder / QT_SETTINGS_NAME)
            keep_private(self.folder)

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        conn = self._connection()
        if not self._kept_private:  # a store that was there already: its folder may be looser than ours
            self._kept_private = True
            with contextlib.suppress(OSError):
                keep_private(self.folder)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from exc
        try:
            result = work(conn)
            conn.execute("COMMIT")
            return result
        except sqlite3.DatabaseError as exc:
            _rollback(conn)
            error = _store_error(exc, self.path)
            if error.kind == "read_only":
                error = StoreError("read_only", self.folder, str(exc))
            raise error from exc
        except BaseException:
            _rollback(conn)
            raise


def _needs_rollback(exc: sqlite3.Error) -> bool:
    """Whether a read-only open failed only because an interrupted write left its journal to play back."""
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"


def _committed_copy(path: Path) -> sqlite3.Connection | None:
    """The last committed state of the file at `path`, in memory, with its leftover journal played back
    there (never on disk); None when it cannot be read that way either."""
    from app.core.journal import rolled_back  # only after an interrupted write: not on the way to the first window

    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        journal_path = path.with_name(path.name + "-journal")
        refuse_links(path)
        memory.deserialize(rolled_back(path.read_bytes(), journal_path.read_bytes()))
        if memory.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
    except (sqlite3.DatabaseError, OSError):
        memory.close()
        return None
    return memory


def _empty_copy(path: Path) -> sqlite3.Connection:
    """An empty store in memory, with the current schema."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    memory.text_factory = _text
    _migrate(memory, path)
    return memory


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it does on a full disk, for one)."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.DatabaseError):
            conn.execute("ROLLBACK")


def _is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """The StoreError that says what really happened."""
    text = str(exc).lower()
    if _is_locked(exc):
        return StoreError("locked", path, str(exc))
    if "full" in text:  # "database or disk is full"
        return StoreError("full", path, str(exc))
    if "readonly" in text.replace("-", "").replace(" ", ""):
        return StoreError("read_only", path, str(exc))
    return StoreError("failed", path, str(exc))


def _text(value: bytes) -> str:
    """SQLite text as str; bytes that are not UTF-8 show as U+FFFD instead of failing the whole read."""
    return value.decode("utf-8", errors="replace")


def _fields_of(new: NewConfirmation) -> dict[str, Any]:
    return {field.name: getattr(new, field.name) for field in fields(NewConfirmation)}


def _confirmation(row: tuple[Any, ...], extras: tuple[str, ...]) -> Confirmation | None:
    """A row (id, recorded_at, *COLUMNS) as a Confirmation, or None when it cannot be interpreted."""
    cid, recorded_at, *rest = row
    values = dict(zip(COLUMNS, rest, strict=True))
    if not isinstance(cid, int) or not isinstance(recorded_at, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(recorded_at)
    except ValueError:
        return None
    if moment.tzinfo is None or not OLDEST_YEAR <= moment.year <= NEWEST_YEAR:
        return None
    version = values.pop("guide_version")
    if not all(isinstance(v, str) for v in values.values()):
        return None
    if any("\ufffd" in values[key] for key in ("device", "country", "region", "kind", "guide_id", "action", "app")):
        return None  # an id that lost bytes names nothing
    if not isinstance(version, int) or isinstance(version, bool):
        return None
    values["account"] = clean_line(values["account"], ACCOUNT_LABEL_MAX)  # as if typed, however it was stored
    return Confirmation(id=cid, recorded_at=moment.astimezone(dt.UTC), guide_version=version, extras=extras, **values)


def _connect_and_migrate(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.text_factory = _text
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Fails with DatabaseError("file is not a database") on a file that is not SQLite, and with
        # OperationalError("database is locked") on a healthy one another program holds.
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        _migrate(conn, path)
        _check_schema(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_schema(conn: sqlite3.Connection) -> None:
    """Raise DatabaseError when a table or column of the current schema is missing."""
    for table, columns in REQUIRED_COLUMNS.items():
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= found:
            raise sqlite3.DatabaseError(f"table {table} lacks {', '.join(sorted(columns - found))}")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError("too_new", path, f"schema {version}, this version knows {SCHEMA_VERSION}")
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again inside the transaction: another copy may have migrated meanwhile.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
