"""The last committed state of a SQLite file that an interrupted write left with its rollback journal,
worked out in memory: reading never writes, so the journal is not played back on disk.

A write killed halfway (a crash, a power cut) leaves ``<file>-journal`` beside the file: the pages as
they were before the write began. SQLite puts them back the next time the file is opened for
writing; a read-only open cannot (SQLITE_READONLY_ROLLBACK). This does the same in memory, following
SQLite's file format (https://www.sqlite.org/fileformat2.html#the_rollback_journal): each journal
segment starts with a header (magic, page count, checksum nonce, the file's size in pages before the
write, sector size, page size), then holds page records (page number, page, checksum). Playback stops
at the first header or record that is not whole and valid, as SQLite's does.
"""

from __future__ import annotations

MAGIC = bytes.fromhex("d9d505f920a163d7")
ALL_TO_END = 0xFFFFFFFF  # the page count of a segment that runs to the end of the journal
_MASK = 0xFFFFFFFF


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")


def _power_of_two_between(value: int, low: int, high: int) -> bool:
    return low <= value <= high and value & (value - 1) == 0


def checksum(nonce: int, page: bytes) -> int:
    """SQLite's journal checksum: the nonce plus every 200th byte, counted back from the page's end."""
    total = nonce
    i = len(page) - 200
    while i > 0:
        total += page[i]
        i -= 200
    return total & _MASK


def rolled_back(database: bytes, journal: bytes) -> bytes:
    """`database` as it was before the write that `journal` belongs to (unchanged if the journal holds
    nothing to put back)."""
    if len(journal) < 28 or not journal.startswith(MAGIC):
        return database  # never synced: the write had not reached the file
    sector, page_size = _u32(journal, 20), _u32(journal, 24)
    if not _power_of_two_between(sector, 32, 65536) or not _power_of_two_between(page_size, 512, 65536):
        return database
    size_in_pages = _u32(journal, 16)  # the file's size before the write
    pages = bytearray(database[: size_in_pages * page_size])
    pages.extend(bytes(size_in_pages * page_size - len(pages)))
    record = 4 + page_size + 4
    header = 0
    while journal[header : header + 8] == MAGIC:  # (a header cut short has no whole record after it)
        count, nonce = _u32(journal, header + 8), _u32(journal, header + 12)
        offset = header + sector
        if count == ALL_TO_END:
            count = max(0, (len(journal) - offset) // record)
        for _ in range(count):
            if offset + record > len(journal):
                return bytes(pages)
            number = _u32(journal, offset)
            page = journal[offset + 4 : offset + 4 + page_size]
            if number == 0 or checksum(nonce, page) != _u32(journal, offset + 4 + page_size):
                return bytes(pages)
            if number <= size_in_pages:
                pages[(number - 1) * page_size : number * page_size] = page
            offset += record
        header = -(-offset // sector) * sector  # the next segment starts on a sector boundary
    return bytes(pages)
