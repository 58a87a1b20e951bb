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


def varied(seed: int, size: int = 512) -> bytes:
    """A page whose bytes differ along it, so that the checksum depends on which bytes it adds."""
    return bytes((seed + 7 * n) % 256 for n in range(size))


def test_the_checksum_adds_every_200th_byte_from_the_end() -> None:
    data = varied(3)
    rolled = rolled_back(page(1), journal((1, data), pages_before=1))
    assert rolled == data
    damaged = bytearray(journal((1, data), pages_before=1))
    damaged[512 + 4 + 313] ^= 0xFF  # a byte the checksum does not add: still played back
    assert rolled_back(page(1), bytes(damaged)) == bytes(damaged[516 : 516 + 512])


def test_a_header_alone_cuts_the_file_to_its_size_before_the_write() -> None:
    header = journal(pages_before=1)[:28]
    assert len(header) == 28
    assert rolled_back(page(1) + page(2), header) == page(1)
    assert rolled_back(page(1) + page(2), header[:27]) == page(1) + page(2)  # not even a header


@pytest.mark.parametrize("sector", [48, 16, 1 << 17], ids=["not a power of two", "too small", "too large"])
def test_a_header_with_an_impossible_sector_size_changes_nothing(sector: int) -> None:
    bad = bytearray(journal((1, page(8)), pages_before=1))
    bad[20:24] = sector.to_bytes(4, "big")
    assert rolled_back(page(1), bytes(bad)) == page(1)


@pytest.mark.parametrize("size", [256, 768, 1 << 17], ids=["too small", "not a power of two", "too large"])
def test_a_header_with_an_impossible_page_size_changes_nothing(size: int) -> None:
    bad = bytearray(journal((1, page(8)), pages_before=1))
    bad[24:28] = size.to_bytes(4, "big")
    assert rolled_back(page(1), bytes(bad)) == page(1)


def test_the_smallest_sector_is_read() -> None:
    header = bytes.fromhex("d9d505f920a163d7") + (1).to_bytes(4, "big") + (7).to_bytes(4, "big")
    header += (1).to_bytes(4, "big") + (32).to_bytes(4, "big") + (512).to_bytes(4, "big")
    data = page(9)
    record = (1).to_bytes(4, "big") + data + (7 + 9 + 9).to_bytes(4, "big")
    assert rolled_back(page(1), header.ljust(32, b"\0") + record) == data


def test_a_segment_plays_only_as_many_records_as_its_header_counts() -> None:
    two = journal((1, page(8)), (2, page(9)), pages_before=2, count=1)
    assert rolled_back(page(1) + page(2), two) == page(8) + page(2)


def test_the_next_segment_starts_on_the_next_sector_boundary() -> None:
    first = journal((1, page(8)), pages_before=3).ljust(1536, b"\0")  # 512 + 520 bytes, then to 3 sectors
    second = journal((3, page(6)), pages_before=3, nonce=9)
    assert rolled_back(page(1) + page(2) + page(3), first + second) == page(8) + page(2) + page(6)


def test_a_record_cut_short_ends_the_playback() -> None:
    whole = journal((1, page(8)), (2, page(9)), pages_before=2)
    assert rolled_back(page(1) + page(2), whole[:-100]) == page(8) + page(2)


def test_reading_only_leaves_no_file_in_the_working_folder(
    interrupted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    store, _notices = RecordStore.open(interrupted, read_only=True)
    assert [c.account for c in store.confirmations()] == ["Work"]
    store.close()
    assert list(elsewhere.iterdir()) == []


def test_the_largest_sector_is_read() -> None:
    header = bytes.fromhex("d9d505f920a163d7") + (1).to_bytes(4, "big") + (7).to_bytes(4, "big")
    header += (1).to_bytes(4, "big") + (65536).to_bytes(4, "big") + (512).to_bytes(4, "big")
    data = page(9)
    record = (1).to_bytes(4, "big") + data + (7 + 9 + 9).to_bytes(4, "big")
    assert rolled_back(page(1), header.ljust(65536, b"\0") + record) == data


def test_a_second_header_cut_short_ends_the_playback() -> None:
    first = journal((1, page(8)), pages_before=2).ljust(1536, b"\0")
    assert rolled_back(page(1) + page(2), first + journal(pages_before=2)[:20]) == page(8) + page(2)


def test_a_file_that_is_not_sqlite_is_unreadable_when_reading_only(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"not a database at all, " * 100)
    store, notices = RecordStore.open(tmp_path, read_only=True)
    assert [n.kind.value for n in notices] == ["unreadable"]
    assert store.confirmations() == [] and store.setting("language") is None
    store.close()
