"""A data folder the person may read but not write (a shared or locked-down account): the records are
shown, nothing is written, and each attempt to record says so. Tested as an unprivileged user, since
root ignores file modes (tests/unprivileged.py: a forked child as nobody, in-process code)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import new_confirmation, utc
from unprivileged import as_nobody, needs_root, shared_folder

from app.core.records import DB_NAME, SCHEMA_VERSION, RecordStore, StoreError
from app.notices import store_error_text

pytestmark = needs_root


@pytest.fixture
def shared() -> Iterator[Path]:
    with shared_folder("read-only") as folder:
        yield folder


def listing(folder: Path) -> list[tuple[str, bytes]]:
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir())


def test_a_read_only_folder_still_shows_existing_records(shared: Path) -> None:
    store, _notices = RecordStore.open(shared)
    store.add_confirmation(new_confirmation(extras=("objection_form",)), now=utc(2026, 3, 2, 12))
    store.set_setting("language", "fr")
    store.close()
    os.chmod(shared, 0o755)  # the first write made the folder private; someone opened it for reading
    os.chmod(shared / DB_NAME, 0o644)
    before = listing(shared)

    def look_then_try_to_write() -> dict[str, Any]:
        store, notices = RecordStore.open(shared)
        seen = {
            "notices": [(n.kind.value, str(n.path)) for n in notices],
            "read_only": store.read_only,
            "records": [(c.device, c.country, c.extras, c.recorded_at.isoformat()) for c in store.confirmations()],
            "language": store.setting("language"),
        }
        for attempt in (lambda: store.add_confirmation(new_confirmation()), lambda: store.set_setting("x", "y")):
            try:
                attempt()
            except StoreError as exc:
                seen.setdefault("refused", []).append(exc.kind)
        store.close()
        return seen

    assert as_nobody(look_then_try_to_write) == {
        "result": {
            "notices": [["read_only", str(shared)]],
            "read_only": True,
            "records": [["iphone", "FR", ["objection_form"], "2026-03-02T12:00:00+00:00"]],
            "language": "fr",
            "refused": ["read_only", "read_only"],
        }
    }
    assert listing(shared) == before  # not a byte written, no journal left behind


def test_a_read_only_folder_without_records_is_not_created(shared: Path) -> None:
    folder = shared / "data"

    def look_then_try_to_write() -> dict[str, Any]:
        store, notices = RecordStore.open(folder)
        seen: dict[str, Any] = {"notices": [n.kind.value for n in notices], "records": len(store.confirmations())}
        try:
            store.add_confirmation(new_confirmation())
        except StoreError as exc:
            seen["refused"] = exc.kind
        store.close()
        return seen

    assert as_nobody(look_then_try_to_write) == {"result": {"notices": [], "records": 0, "refused": "read_only"}}
    assert not folder.exists()


def test_a_folder_that_may_not_be_looked_into_is_one_clear_error(shared: Path) -> None:
    store, _notices = RecordStore.open(shared)
    store.add_confirmation(new_confirmation())
    store.close()
    assert oct(shared.stat().st_mode & 0o777) == "0o700"  # another user's private folder, to nobody
    before = listing(shared)

    def open_it() -> None:
        RecordStore.open(shared)

    answer = as_nobody(open_it)
    assert (answer["error"], answer["kind"]) == ("StoreError", "no_access")
    assert store_error_text(StoreError("no_access", shared)) == (
        f"The assistant may not open the folder {shared}: it belongs to another user, or its permissions do not"
        " allow it. Nothing was changed: start the assistant with another --data-dir, or ask whoever looks after"
        " this computer."
    )
    assert listing(shared) == before


def test_records_from_a_newer_version_in_a_read_only_folder_say_so(shared: Path) -> None:
    conn = sqlite3.connect(shared / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    os.chmod(shared / DB_NAME, 0o644)
    before = listing(shared)

    def open_it() -> None:
        RecordStore.open(shared)

    answer = as_nobody(open_it)
    assert (answer["error"], answer["kind"]) == ("StoreError", "too_new")
    assert listing(shared) == before
