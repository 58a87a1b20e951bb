"""One assistant window per data folder, from the very first launch; a second copy brings it forward.

The lock lives in the per-user runtime folder (``$XDG_RUNTIME_DIR`` on Linux, a private temporary
folder elsewhere), not in the data folder: it can be taken before anything exists, so two first
launches cannot both open, and it leaves nothing behind once the assistant closes. Its name is made
from the data folder's path, so assistants on different folders do not stop each other.

To bring the first window forward, the second copy touches a "knock" file next to the lock, which
the first copy watches with QFileSystemWatcher: no socket, no network, QtCore only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
import zlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QStandardPaths, Signal

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def runtime_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation))


class SingleInstance(QObject):
    knocked = Signal()  # a second copy asked for the window to come forward

    def __init__(self, data_dir: Path, folder: Path | None = None) -> None:
        super().__init__()
        # zlib is loaded already; hashlib would cost a few milliseconds before the first paint. The path is
        # resolved: "data", "x/../data" and a link to "data" are one folder, so one window.
        path = os.path.realpath(data_dir).encode("utf-8", "surrogateescape")
        key = f"{zlib.crc32(path):08x}{zlib.adler32(path):08x}"
        base = (folder or runtime_folder()) / f"ai-optout-assistant-{key}"
        self.lock_path = base.with_name(base.name + ".lock")
        self.knock_path = base.with_name(base.name + ".knock")
        self._lock = QLockFile(str(self.lock_path))
        self._watcher: QFileSystemWatcher | None = None
        self._released = False
        self.failed = False  # the lock could not be taken at all (not because another copy holds it)

    def acquire(self) -> bool:
        """True when this is the only copy for the data folder (a stale lock of a crash is taken over).
        False when another copy holds it, or, with `failed` set, when it cannot be taken: a link stands
        in its place, or a file another user owns."""
        try:
            self.lock_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            self.failed = True
            return False
        if not self._lock_file_may_be_ours():  # never followed, never removed
            self.failed = True
            return False
        if not self._lock.tryLock(100):
            # (QLockFile says LockFailedError for a lock another copy holds too: it cannot tell them apart.)
            self.failed = not self._lock_file_may_be_ours()
            return False
        if os.name == "posix":
            os.chmod(self.lock_path, 0o600)
        return True

    def _lock_file_may_be_ours(self) -> bool:
        """False when something stands at the lock path that no copy of the assistant made: a link,
        something else than a plain file, or another user's file."""
        try:
            found = os.lstat(self.lock_path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        owner_ok = not hasattr(os, "getuid") or found.st_uid == os.getuid()
        return stat.S_ISREG(found.st_mode) and owner_ok

    def listen(self) -> None:
        """Watch for a second copy's knock (call once the window is up; not after release)."""
        if self._released or not self._lock.isLocked():
            return
        with contextlib.suppress(OSError):
            self.knock_path.unlink()
        fd = os.open(self.knock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600)
        os.close(fd)
        self._watcher = QFileSystemWatcher([str(self.knock_path)], self)
        self._watcher.fileChanged.connect(self._changed)

    def knock(self) -> bool:
        """Ask the copy that holds the lock to bring its window forward. False if nobody listens.

        Only a plain file is written to, opened without waiting: a FIFO or a device in its place would
        otherwise block the second copy for ever."""
        try:
            fd = os.open(self.knock_path, os.O_WRONLY | os.O_APPEND | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.ELOOP, errno.EACCES, errno.ENXIO):
                return False
            raise
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            os.write(fd, f"{time.time()}\n".encode())
        finally:
            os.close(fd)
        return True

    def release(self) -> None:
        self._released = True
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
            self._watcher = None
            with contextlib.suppress(OSError):
                self.knock_path.unlink()
        if self._lock.isLocked():
            self._lock.unlock()

    def _changed(self, path: str) -> None:
        if self._watcher is not None and path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)  # some systems stop watching a file once it was written
        self.knocked.emit()
