"""The assistant's files on disk: its private data folder, set-aside copies, and removing it all.

Only the record store uses this module. Folders the assistant makes are readable by their owner
only (0700), and so is every file in them (0600). On Windows the per-user data folder is already
private to its user; the modes are POSIX-only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import stat
from pathlib import Path

DB_NAME = "records.sqlite3"
LOCK_NAME = "assistant.lock"  # written here by versions before 0.2; the lock now lives in the runtime folder
QT_SETTINGS_NAME = "QtProject.conf"  # what Qt's file dialog remembers (app/ui/app.py keeps it here)
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
# Exactly the names the assistant writes: its records, the copies it set aside (move_aside), SQLite's
# side files of both, an older version's lock (QLockFile writes "<name>" and, briefly, "<name>.rmlink"),
# and Qt's own settings with their lock.
_OURS = (  # compiled when a folder is listed, not on the way to the first window
    r"records(\.unreadable-\d{8}-\d{6}(-\d+)?)?\.sqlite3(-journal|-wal|-shm)?"
    r"|assistant\.lock(\.rmlink)?"
    r"|QtProject\.conf(\.lock)?"
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class LinkInFolderError(OSError):
    """A symbolic link stands where one of the assistant's files should be: it is not followed."""

    def __init__(self, link: Path) -> None:
        self.link = link
        super().__init__(errno.ELOOP, "is a link, which the assistant does not follow", str(link))


def refuse_links(path: Path) -> None:
    """Raise LinkInFolderError if `path`, or one of SQLite's side files of it, is a symbolic link."""
    for candidate in (path, *(path.with_name(path.name + side) for side in SQLITE_SIDE_FILES)):
        if candidate.is_symlink():
            raise LinkInFolderError(candidate)


def default_folder() -> Path:
    """The per-user data folder: ~/.local/share/ai-optout-assistant, %LOCALAPPDATA%\\ai-optout-assistant, ..."""
    from platformdirs import user_data_path

    return user_data_path("ai-optout-assistant", appauthor=False, roaming=False)


def make_private_folder(folder: Path) -> None:
    """Create the data folder (0700), or make an existing one private before writing in it (see
    keep_private). Another copy writing its first record may create it at the same moment: fine."""
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700, parents=True)
    if not folder.is_dir():  # a file of the person's where the folder should be: leave it as it is
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(folder))
    if not os.access(folder, os.W_OK):
        raise PermissionError(errno.EACCES, "folder is not writable", str(folder))
    keep_private(folder)


def keep_private(folder: Path) -> None:
    """Our files 0600 and our folder 0700 (POSIX), however they came to be looser: made by hand, by an
    older version, or by Qt (its settings file). The folder only when it holds nothing but our files: a
    folder the person also keeps their own files in keeps its mode, and so do their files."""
    if os.name != "posix":
        return
    ours = data_files(folder)
    for path in ours:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)
    if len(ours) == sum(1 for _entry in folder.iterdir()) and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)


def reserve_private_file(path: Path) -> None:
    """Create `path` empty and private (0600) if it is missing, or make it private: a program that later
    writes it through a temporary file and a rename (Qt does) keeps the mode it finds."""
    make_private_file(path)


def make_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it. A link in its
    place is refused, not followed (O_NOFOLLOW, where the system has it)."""
    refuse_links(path)
    try:
        fd = os.open(path, os.O_CREAT | os.O_RDWR | _NOFOLLOW, 0o600)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LinkInFolderError(path) from exc
        raise
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


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


def file_readable(path: Path) -> bool:
    return os.access(path, os.R_OK)


def file_writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def data_files(folder: Path) -> list[Path]:
    """Every file in `folder` that the assistant wrote: records, set-aside copies, journals, lock.

    Only the exact names the assistant gives its files: a person's own "records-2024.sqlite3" in a
    shared folder is not ours, and neither is a link: the assistant never makes one."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        if re.fullmatch(_OURS, entry.name) and entry.is_file() and not entry.is_symlink():
            found.append(entry)
    return sorted(found)


def remove_data_files(folder: Path) -> list[Path]:
    """Delete the assistant's files in `folder`, then the folder itself if nothing else is in it."""
    removed = []
    for path in data_files(folder):
        path.unlink(missing_ok=True)
        removed.append(path)
    if folder.is_symlink():  # the person's link to where the files are: it is theirs, and stays
        return removed
    try:
        folder.rmdir()  # only if empty: a folder the person shares with other files stays
        removed.append(folder)
    except OSError as exc:
        if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOENT, errno.EACCES, errno.EPERM):
            raise
    return removed
