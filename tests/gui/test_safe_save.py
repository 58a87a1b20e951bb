"""A receipt or export is "saved" only when it was: whole, under the chosen name, the old file kept if not.

A full disk is made real with RLIMIT_FSIZE in a child process (writes past the limit fail with EFBIG),
a read-only file as an unprivileged user (root ignores file modes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.safe_write import IncompleteFileError, is_whole_pdf, write_checked

ROOT = Path(__file__).resolve().parents[2]

RECEIPT_WITH_A_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from app.ui.receipt import write_receipt_pdf
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    write_receipt_pdf(Path(sys.argv[1]), "<h1>Receipt</h1>" + "<p>A line of the receipt.</p>" * 400, "Receipt")
except OSError as exc:
    print("error:", exc.strerror)
else:
    print("saved")
"""


def receipt_with_limit(path: Path, limit: int) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", RECEIPT_WITH_A_SIZE_LIMIT, str(path), str(limit)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_receipt_that_does_not_fit_is_not_saved_and_the_old_one_stays(tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(b"%PDF-1.4 the receipt saved last month %%EOF")
    assert receipt_with_limit(path, 8192) == "error: the file could not be written completely (is the disk full?)"
    assert path.read_bytes() == b"%PDF-1.4 the receipt saved last month %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["receipt.pdf"]  # no temporary file left
    # With room enough, the same receipt is saved whole.
    assert receipt_with_limit(path, 50_000_000) == "saved"
    assert is_whole_pdf(path) and path.stat().st_size > 8192
    assert sorted(p.name for p in tmp_path.iterdir()) == ["receipt.pdf"]


def test_a_check_that_fails_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text('{"old": true}')
    with pytest.raises(IncompleteFileError):
        write_checked(path, lambda t: t.write_text('{"new": '), lambda t: False)
    assert json.loads(path.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["records.json"]


def test_a_writer_that_raises_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new.json"

    def broken(temporary: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_checked(path, broken, lambda t: True)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to an unprivileged user")
    folder = Path("/tmp") / f"ai-optout-safe-save-{os.getpid()}"
    folder.mkdir(mode=0o755)
    try:
        os.chown(folder, 65534, 65534)
        target = folder / "receipt.json"
        target.write_text("kept")
        os.chown(target, 65534, 65534)
        os.chmod(target, 0o444)
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from app.core.safe_write import write_checked\n"
            "try:\n"
            "    write_checked(Path(sys.argv[1]), lambda t: t.write_text('new'), lambda t: True)\n"
            "except OSError as exc:\n"
            "    print(exc.strerror)\n"
            "else:\n"
            "    print('saved')\n"
        )
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code, str(target)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/nonexistent"},
            cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "the file is read-only"
        assert target.read_text() == "kept"
        assert [p.name for p in folder.iterdir()] == ["receipt.json"]
    finally:
        subprocess.run(["rm", "-rf", str(folder)], check=True)


def test_a_link_or_folder_under_the_chosen_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a-folder.pdf").mkdir()
    outside = tmp_path / "outside.pdf"
    outside.write_text("theirs")
    (tmp_path / "link.pdf").symlink_to(outside)
    for name in ("a-folder.pdf", "link.pdf"):
        with pytest.raises(OSError):
            write_checked(tmp_path / name, lambda t: t.write_text("new"), lambda t: True)
    assert outside.read_text() == "theirs"
