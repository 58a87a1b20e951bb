"""The one-window lock under odd files: a FIFO at the knock path, a link or another user's file at the lock
path, and one data folder named two ways. A second copy never hangs, never says "already open" when no
window is, and never opens a second window on the same records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from unprivileged import as_nobody, needs_root, shared_folder

from app.ui import app as ui_app
from app.ui.single_instance import SingleInstance

from .test_checklist_and_launch import shown_windows, told  # noqa: F401 - fixtures used by name below


def test_a_fifo_at_the_knock_path_is_not_written_to(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "data", tmp_path / "runtime")
    assert first.acquire()
    os.mkfifo(first.knock_path)
    reader = os.open(first.knock_path, os.O_RDONLY | os.O_NONBLOCK)  # so that a write would not block the test
    try:
        second = SingleInstance(tmp_path / "data", tmp_path / "runtime")
        assert not second.acquire()
        assert second.knock() is False  # nobody listens through a FIFO
        assert os.read(reader, 100) == b""  # nothing was written into it
    finally:
        os.close(reader)
        first.release()


def test_a_fifo_without_a_reader_does_not_hang_the_second_copy(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "data", tmp_path / "runtime")
    assert first.acquire()
    os.mkfifo(first.knock_path)
    try:
        assert SingleInstance(tmp_path / "data", tmp_path / "runtime").knock() is False
    finally:
        first.release()


def test_a_link_at_the_lock_path_is_not_taken_and_not_followed(tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path / "data", tmp_path / "runtime")
    instance.lock_path.parent.mkdir(mode=0o700)
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    instance.lock_path.symlink_to(target)
    assert instance.acquire() is False
    assert instance.failed
    assert instance.lock_path.is_symlink() and target.read_text() == "mine"


@needs_root
def test_another_user_s_lock_file_is_a_lock_that_cannot_be_taken() -> None:
    with shared_folder("lock") as shared:
        instance = SingleInstance(shared / "data", shared)
        instance.lock_path.write_text("not a lock of ours")  # root's file, in root's folder
        result = as_nobody(lambda: (instance.acquire(), instance.failed))
        assert result == {"result": [False, True]}
        assert instance.lock_path.read_text() == "not a lock of ours"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "The assistant could not take its lock {path}, so it does not open: a link stands there, or a file of "
            "another user. Remove that file, then start the assistant again.",
        ),
        (
            "fr",
            "L’assistant n’a pas pu prendre son verrou {path}, il ne s’ouvre donc pas\u00a0: un lien s’y trouve, "
            "ou un fichier d’un autre utilisateur. Supprimez ce fichier, puis relancez l’assistant.",
        ),
    ],
    ids=["en", "fr"],
)
def test_the_window_says_the_lock_could_not_be_taken_and_where(
    tmp_path: Path,
    told,  # noqa: F811 - the imported fixture
    shown_windows,  # noqa: F811 - the imported fixture
    language: str,
    said: str,
) -> None:
    data_dir = tmp_path / "data"
    lock_path = SingleInstance(data_dir).lock_path
    lock_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock_path.symlink_to(tmp_path / "elsewhere")
    try:
        assert ui_app.run(language, data_dir) == 1
    finally:
        lock_path.unlink()
    assert told == [("critical", None, said.format(path=lock_path))]
    assert shown_windows == []
    assert not data_dir.exists()


def test_one_folder_named_two_ways_is_one_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "link").symlink_to(data)
    first = SingleInstance(data, tmp_path / "runtime")
    assert first.acquire()
    try:
        for other in (tmp_path / "link", tmp_path / "x" / ".." / "data"):
            second = SingleInstance(other, tmp_path / "runtime")
            assert second.lock_path == first.lock_path
            assert not second.acquire() and not second.failed
    finally:
        first.release()
