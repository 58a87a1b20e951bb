"""A write killed halfway leaves SQLite's rollback journal beside the records. Reading only (`status`, a
read-only folder) cannot play it back on disk, so the last committed records are worked out in memory:
they are shown, the file and its journal stay exactly as they were, and nothing is called unreadable."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from factories import new_confirmation, utc

from app.core.journal import rolled_back
from app.core.records import DB_NAME, RecordStore
from app.status import print_status


def interrupt_a_write(folder: Path) -> None:
    """A child process starts a large write and dies before committing: SQLite has already written pages
    into the file (its cache holds one page), so only the journal knows the committed state."""
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
            conn.execute("PRAGMA cache_size = 1")
            conn.execute("BEGIN IMMEDIATE")
            for n in range(300):
                conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"half-{n}", "x" * 500))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


@pytest.fixture
def interrupted(tmp_path: Path) -> Path:
    store, _notices = RecordStore.open(tmp_path)
    store.add_confirmation(new_confirmation(account="Work"), now=utc(2026, 3, 2, 12))
    store.set_setting("language", "fr")
    store.close()
    interrupt_a_write(tmp_path)
    assert (tmp_path / (DB_NAME + "-journal")).stat().st_size > 0
    return tmp_path


def listing(folder: Path) -> list[tuple[str, bytes]]:
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir())


def test_reading_only_shows_the_last_committed_records_and_changes_nothing(interrupted: Path) -> None:
    before = listing(interrupted)
    store, notices = RecordStore.open(interrupted, read_only=True)
    assert notices == []
    assert [(c.account, c.recorded_at) for c in store.confirmations()] == [("Work", utc(2026, 3, 2, 12))]
    assert store.setting("language") == "fr"
    assert store.setting("half-0") is None  # the write that never committed
    store.close()
    assert listing(interrupted) == before


def test_status_prints_the_records_after_an_interrupted_write(
    interrupted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert print_status(interrupted, language="en", as_json=True) == 0
    out, err = capsys.readouterr()
    assert err == ""
    shown = json.loads(out)
    assert shown["recorded"] is True
    assert [account["label"] for account in shown["accounts"]] == ["Work"]


def test_status_in_french_after_an_interrupted_write(interrupted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert print_status(interrupted, language="fr", as_json=False) == 0
    out, err = capsys.readouterr()
    assert "n’a pas pu être lu" not in err and "could not be read" not in err
    assert "Work" in out


def test_the_window_then_plays_the_journal_back_and_keeps_the_records(interrupted: Path) -> None:
    store, notices = RecordStore.open(interrupted)
    assert notices == []
    assert [c.account for c in store.confirmations()] == ["Work"]
    store.close()
    assert not (interrupted / (DB_NAME + "-journal")).exists()


def page(fill: int, size: int = 512) -> bytes:
    return bytes([fill]) * size


def journal(*records: tuple[int, bytes], pages_before: int, nonce: int = 7, count: int | None = None) -> bytes:
    """A journal written by hand, as the file format says: a 512-byte sector, 512-byte pages."""
    header = bytes.fromhex("d9d505f920a163d7")
    header += (len(records) if count is None else count).to_bytes(4, "big") + nonce.to_bytes(4, "big")
    header += pages_before.to_bytes(4, "big") + (512).to_bytes(4, "big") + (512).to_bytes(4, "big")
    body = header.ljust(512, b"\0")
    for number, data in records:
        total = nonce + data[312] + data[112]  # every 200th byte from the end: 312, 112
        body += number.to_bytes(4, "big") + data + (total & 0xFFFFFFFF).to_bytes(4, "big")
    return body


def test_pages_are_put_back_and_the_file_cut_to_its_size_before_the_write() -> None:
    written = page(1) + page(2) + page(3)  # the write changed page 2 and added page 3
    assert rolled_back(written, journal((2, page(9)), pages_before=2)) == page(1) + page(9)


def test_a_page_count_to_the_end_of_the_journal() -> None:
    written = page(1) + page(2)
    assert rolled_back(written, journal((1, page(8)), (2, page(9)), pages_before=2, count=0xFFFFFFFF)) == page(
        8
    ) + page(9)


def test_playback_stops_at_a_record_whose_checksum_is_wrong() -> None:
    written = page(1) + page(2)
    damaged = bytearray(journal((1, page(8)), (2, page(9)), pages_before=2))
    damaged[512 + 520 + 4 + 312] ^= 0xFF  # the second record's page no longer matches its checksum
    assert rolled_back(written, bytes(damaged)) == page(8) + page(2)


def test_a_journal_that_was_never_synced_changes_nothing() -> None:
    written = page(1) + page(2)
    unsynced = bytes(12) + journal((1, page(8)), pages_before=1)[12:]
    assert rolled_back(written, unsynced) == written
