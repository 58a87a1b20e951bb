"""The assistant's files on disk: its private data folder, set-aside copies, and removing it all.

Only the record store uses this module. Folders the assistant makes are readable by their owner
only (0700), and so is every file in them (0600). On Windows the per-user data folder is already
private to its user; the modes are POSIX-only.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

DB_NAME = "records.sqlite3"
LOCK_NAME = "assistant.lock"
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def default_folder() -> Path:
    """The per-user data folder: ~/.local/share/ai-optout-assistant, %LOCALAPPDATA%\\ai-optout-assistant, ..."""
    from platformdirs import user_data_path

    return user_data_path("ai-optout-assistant", appauthor=False, roaming=False)


def make_private_folder(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    if not os.access(folder, os.W_OK):
        raise PermissionError(errno.EACCES, "folder is not writable", str(folder))


def make_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def move_aside(path: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.stem}.unreadable-{stamp}-{n}{path.suffix}")
        n += 1
    os.replace(path, aside)
    for suffix in ("-journal", "-wal", "-shm"):
        leftover = path.with_name(path.name + suffix)
        if leftover.exists():
            os.replace(leftover, aside.with_name(aside.name + suffix))
    return aside


def folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def data_files(folder: Path) -> list[Path]:
    """Every file in `folder` that the assistant wrote: records, set-aside copies, journals, lock."""
    stem, suffix = Path(DB_NAME).stem, Path(DB_NAME).suffix
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        name = entry.name
        ours = (
            name == LOCK_NAME
            or name.startswith(LOCK_NAME)
            or (
                name.startswith(stem)
                and (name.endswith(suffix) or any(name.endswith(suffix + side) for side in SQLITE_SIDE_FILES))
            )
        )
        if ours and entry.is_file():
            found.append(entry)
    return sorted(found)


def remove_data_files(folder: Path) -> list[Path]:
    """Delete the assistant's files in `folder`, then the folder itself if nothing else is in it."""
    removed = []
    for path in data_files(folder):
        path.unlink(missing_ok=True)
        removed.append(path)
    try:
        folder.rmdir()  # only if empty: a folder the person shares with other files stays
        removed.append(folder)
    except OSError as exc:
        if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOENT, errno.EACCES, errno.EPERM):
            raise
    return removed
