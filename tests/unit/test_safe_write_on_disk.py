"""Saving a file the person asked for: written beside the target under a hidden temporary name, kept only
when whole, and never through a link, over a folder or over a file the person made read-only."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from unprivileged import as_nobody, give_to_nobody, needs_root, shared_folder

from app.core.safe_write import IncompleteFileError, is_whole_pdf, write_checked


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_save_over_an_existing_file_goes_through_a_hidden_file_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(b"%PDF-1.4 last month %%EOF")
    seen: list[Path] = []

    def write(temporary: Path) -> None:
        seen.append(temporary)
        assert names(tmp_path) == sorted(["receipt.pdf", temporary.name])
        temporary.write_bytes(b"%PDF-1.7 this month\n%%EOF\n")

    write_checked(path, write, is_whole_pdf)
    [temporary] = seen
    assert temporary.parent == tmp_path
    assert temporary.name.startswith(".receipt.pdf.") and temporary.name.endswith(".part")
    assert path.read_bytes() == b"%PDF-1.7 this month\n%%EOF\n"
    assert names(tmp_path) == ["receipt.pdf"]


def test_a_file_that_is_not_whole_is_not_saved_and_the_old_one_stays(tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(b"%PDF-1.4 last month %%EOF")
    with pytest.raises(IncompleteFileError) as info:
        # What a writer leaves when the disk fills up and it does not say so.
        write_checked(path, lambda t: t.write_bytes(b"%PDF-1.7 this mon"), is_whole_pdf)
    assert isinstance(info.value, OSError)
    assert (info.value.errno, info.value.strerror, info.value.filename) == (
        errno.EIO,
        "the file could not be written completely (is the disk full?)",
        str(path),
    )
    assert str(info.value) == (
        f"[Errno {errno.EIO}] the file could not be written completely (is the disk full?): '{path}'"
    )
    assert path.read_bytes() == b"%PDF-1.4 last month %%EOF"
    assert names(tmp_path) == ["receipt.pdf"]


def test_a_link_to_a_file_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text("theirs")
    path = tmp_path / "export.json"
    path.symlink_to(outside)
    written: list[Path] = []
    with pytest.raises(IsADirectoryError) as info:
        write_checked(path, written.append, lambda t: True)
    assert (info.value.errno, info.value.strerror, info.value.filename) == (errno.EISDIR, "not a plain file", str(path))
    assert str(info.value) == f"[Errno {errno.EISDIR}] not a plain file: '{path}'"
    assert written == []
    assert outside.read_text() == "theirs"
    assert names(tmp_path) == ["export.json", "outside.json"]


def test_a_folder_under_the_chosen_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.mkdir()
    written: list[Path] = []
    with pytest.raises(IsADirectoryError) as info:
        write_checked(path, written.append, lambda t: True)
    assert (info.value.errno, info.value.filename) == (errno.EISDIR, str(path))
    assert written == []
    assert names(tmp_path) == ["export.json"] and names(path) == []


@needs_root
def test_a_read_only_file_is_not_replaced() -> None:
    with shared_folder("safe-write") as folder:
        give_to_nobody(folder)  # their folder; the file in it is root's and read-only to them
        path = folder / "export.json"
        path.write_text('{"kept": true}')
        os.chmod(path, 0o444)

        def write_over_it() -> list[str]:
            written: list[str] = []
            try:
                write_checked(path, lambda temporary: written.append(temporary.name), lambda t: True)
            finally:
                names_written = written
            return names_written

        assert as_nobody(write_over_it) == {
            "error": "PermissionError",
            "kind": None,
            "errno": errno.EACCES,
            "text": f"[Errno {errno.EACCES}] the file is read-only: '{path}'",
        }
        assert path.read_text() == '{"kept": true}'
        assert names(folder) == ["export.json"]


def test_a_writer_that_cleans_up_after_itself_keeps_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "export.json"

    def write(temporary: Path) -> None:
        temporary.unlink()
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as info:
        write_checked(path, write, lambda t: True)
    assert (info.value.errno, info.value.strerror) == (errno.ENOSPC, "No space left on device")
    assert names(tmp_path) == []


@pytest.mark.parametrize(
    ("data", "whole"),
    [
        (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n", True),
        (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF", True),
        (b"%PDF-1.7\n1 0 obj\n<<>>\nend", False),
        (b"<html>not a PDF</html>\n%%EOF\n", False),
        (b"%pdf-1.7\n%%EOF\n", False),
        (b"%PDF-1.7\n%%eof\n", False),
        (b"", False),
    ],
    ids=["whole", "whole without a newline", "cut short", "not a PDF", "lowercase header", "lowercase end", "empty"],
)
def test_a_pdf_is_whole_when_it_starts_and_ends_as_one(tmp_path: Path, data: bytes, whole: bool) -> None:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(data)
    assert is_whole_pdf(path) is whole
