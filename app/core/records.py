"""The local record store: what the person confirmed, and when. The only module that touches SQLite.

One SQLite file in the data folder, readable by its owner only. The schema carries its version in
``PRAGMA user_version`` and is brought up to date by ``MIGRATIONS`` on open. Every write is one
transaction, so a crash or a second running copy cannot leave half a record.

Opening never loses data silently: a file SQLite cannot read is moved aside (never deleted) and a fresh
store is started; a folder that cannot be written to is opened read-only. Both come back as a
``StoreNotice`` for the interface to tell the person about.
"""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from app.core.datafiles import (
    DB_NAME,
    folder_writable,
    make_private_file,
    make_private_folder,
    move_aside,
    remove_data_files,
)

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
)
CONFIRMED = "confirmed"  # went through the wizard and ticked "the switch is now off"
RECHECKED = "rechecked"  # looked again later and said it is still off
SCHEMA_VERSION = len(MIGRATIONS)


class NoticeKind(Enum):
    MOVED_ASIDE = "moved_aside"  # the file could not be read; it was moved to `path`
    READ_ONLY = "read_only"  # the folder cannot be written to; nothing new will be saved


@dataclass(frozen=True)
class StoreNotice:
    kind: NoticeKind
    path: Path


class StoreError(Exception):
    """A record could not be read or written."""

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        self.kind = kind  # "read_only", "too_new" or "failed"
        self.path = path
        self.detail = detail
        super().__init__(f"{kind}: {path}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class Confirmation:
    id: int
    recorded_at: dt.datetime  # timezone-aware, UTC
    device: str
    country: str
    region: str
    language: str
    guide_id: str
    guide_version: int
    app_version: str
    extras: tuple[str, ...]
    account: str = ""
    kind: str = CONFIRMED


@dataclass(frozen=True)
class NewConfirmation:
    device: str
    country: str
    region: str
    language: str
    guide_id: str
    guide_version: int
    app_version: str
    extras: tuple[str, ...] = ()
    account: str = ""
    kind: str = CONFIRMED


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

    @property
    def folder(self) -> Path:
        return self.path.parent

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path) -> tuple[RecordStore, list[StoreNotice]]:
        """Open the store in `folder`. Raises StoreError("too_new") only."""
        path = folder / DB_NAME
        if not path.exists():
            return cls(None, path, read_only=False), []  # made on the first write
        if not folder_writable(folder):
            return cls._open_read_only(path), [StoreNotice(NoticeKind.READ_ONLY, folder)]
        try:
            make_private_file(path)
            return cls(_connect_and_migrate(path), path, read_only=False), []
        except StoreError:
            raise
        except (sqlite3.DatabaseError, OSError):
            # Not SQLite, damaged, or not readable by us: keep it for the person, start afresh.
            aside = move_aside(path)
            return cls(None, path, read_only=False), [StoreNotice(NoticeKind.MOVED_ASIDE, aside)]

    @classmethod
    def _open_read_only(cls, path: Path) -> RecordStore:
        """The records as they are, in memory (migrated if older), for a folder we cannot write to."""
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            disk = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
            try:
                disk.backup(memory)
            finally:
                disk.close()
        except (sqlite3.DatabaseError, OSError):
            # Unreadable, and it cannot be moved aside here: start empty, leave the file alone.
            memory.close()
            memory = sqlite3.connect(":memory:", isolation_level=None)
        _migrate(memory, path)  # raises StoreError("too_new") for a newer store
        return cls(memory, path, read_only=True)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def delete_everything(self) -> list[Path]:
        """Remove every file the assistant wrote in its folder, and the folder if it is then empty.

        Records, settings, set-aside copies and SQLite's journals go; anything else a person keeps
        in that folder stays. Returns what was removed. The store is then as on first launch."""
        if self.read_only:
            raise StoreError("read_only", self.folder)
        self.close()
        removed = remove_data_files(self.folder)
        return removed

    # -- reading -------------------------------------------------------------------------------
    def confirmations(self) -> list[Confirmation]:
        """Every confirmation, oldest first."""
        rows = self._read(
            "SELECT id, recorded_at, device, country, region, language, guide_id, guide_version,"
            " app_version, account, kind FROM confirmations ORDER BY recorded_at, id"
        )
        extras: dict[int, list[str]] = {}
        for cid, extra in self._read("SELECT confirmation_id, extra FROM confirmation_extras ORDER BY extra"):
            extras.setdefault(cid, []).append(extra)
        return [
            Confirmation(
                id=row[0],
                recorded_at=dt.datetime.fromisoformat(row[1]),
                device=row[2],
                country=row[3],
                region=row[4],
                language=row[5],
                guide_id=row[6],
                guide_version=row[7],
                app_version=row[8],
                extras=tuple(extras.get(row[0], ())),
                account=row[9],
                kind=row[10],
            )
            for row in rows
        ]

    def setting(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    # -- writing -------------------------------------------------------------------------------
    def add_confirmation(self, new: NewConfirmation, *, now: dt.datetime | None = None) -> Confirmation:
        recorded_at = (now or utc_now()).astimezone(dt.UTC)
        values = (
            recorded_at.isoformat(),
            new.device,
            new.country,
            new.region,
            new.language,
            new.guide_id,
            new.guide_version,
            new.app_version,
            new.account.strip(),
            new.kind,
        )

        def write(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "INSERT INTO confirmations (recorded_at, device, country, region, language, guide_id,"
                " guide_version, app_version, account, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        return Confirmation(
            id=cid,
            recorded_at=recorded_at,
            device=new.device,
            country=new.country,
            region=new.region,
            language=new.language,
            guide_id=new.guide_id,
            guide_version=new.guide_version,
            app_version=new.app_version,
            extras=tuple(sorted(set(new.extras))),
            account=new.account.strip(),
            kind=new.kind,
        )

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
            raise StoreError("failed", self.path, str(exc)) from exc

    def _connection(self) -> sqlite3.Connection:
        """The connection, creating the folder and the file on the first write."""
        if self.read_only:
            raise StoreError("read_only", self.folder)
        if self._conn is None:
            try:
                make_private_folder(self.folder)
                make_private_file(self.path)
                self._conn = _connect_and_migrate(self.path)
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise StoreError("read_only", self.folder, exc.strerror or "") from exc
                raise StoreError("failed", self.path, str(exc)) from exc
            except sqlite3.DatabaseError as exc:
                raise StoreError("failed", self.path, str(exc)) from exc
        return self._conn

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        conn = self._connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise StoreError("failed", self.path, str(exc)) from exc
        try:
            result = work(conn)
            conn.execute("COMMIT")
            return result
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            kind = "read_only" if "readonly" in str(exc).replace("-", "").replace(" ", "") else "failed"
            raise StoreError(kind, self.folder if kind == "read_only" else self.path, str(exc)) from exc
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _connect_and_migrate(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Fails with DatabaseError("file is not a database") on a file that is not SQLite.
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        _migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


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
