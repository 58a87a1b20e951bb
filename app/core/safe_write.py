"""Write a file the person asked for (a receipt, an export) so that "saved" is true when we say it.

The content goes to a temporary file in the same folder, is checked there, and only then replaces the
target in one step: a full disk or a failed writer never leaves a half-written file under the
person's chosen name, and never destroys the file that was there before. A read-only existing file is
not replaced: the person protected it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class IncompleteFileError(OSError):
    """The file was written but is not whole (a full disk, or a writer that failed quietly)."""


def write_checked(path: Path, write: Callable[[Path], None], check: Callable[[Path], bool]) -> None:
    """Write `path` through `write(temporary)`, keep it only if `check(temporary)`. Raises OSError.

    A new file is private (0600); a file that was there keeps its mode: it is the person's."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise IsADirectoryError(errno.EISDIR, "not a plain file", str(path))
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        if not check(temporary):
            raise IncompleteFileError(
                errno.EIO, "the file could not be written completely (is the disk full?)", str(path)
            )
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def is_whole_pdf(path: Path) -> bool:
    """A PDF that starts as one and ends with its end-of-file marker."""
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
