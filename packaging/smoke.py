"""Smoke-run a frozen build before it is shipped (CI runs this on each system after packaging/build.py).

python packaging/smoke.py EXECUTABLE [--windowed EXECUTABLE]

EXECUTABLE must write to the terminal: on Windows the console twin ai-optout-assistant-cli.exe, on macOS
the program inside the .app (Contents/MacOS/ai-optout-assistant), on Linux the bundle's program. It checks
`--version`, `status --lang fr` on an empty data folder, and that the window starts offscreen in French
and is still running, silently, a few seconds later, having written nothing. --windowed also starts the
windowed Windows program that way (it has no output to check).
"""

from __future__ import annotations

import argparse
import locale
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 6


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(locale.getpreferredencoding(False), errors="replace")


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"SMOKE FAILED: {message}")
    print(f"ok: {message.split(':')[0]}", flush=True)


def run(*command: str | Path) -> tuple[int, str, str]:
    result = subprocess.run([str(c) for c in command], capture_output=True, timeout=120, env=env())
    return result.returncode, decode(result.stdout), decode(result.stderr)


def starts_and_keeps_running(command: list[str | Path], data_dir: Path) -> None:
    process = subprocess.Popen([str(c) for c in command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    time.sleep(STARTUP_SECONDS)
    code = process.poll()
    if code is None:
        process.kill()
    out, err = (decode(data) for data in process.communicate(timeout=30))
    check(code is None, f"{Path(command[0]).name} still running after {STARTUP_SECONDS} s: exit {code}\n{out}\n{err}")
    check("Traceback" not in err, f"no Python error on start:\n{err}")
    check(not data_dir.exists(), f"starting wrote nothing: {data_dir} exists")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("executable", type=Path)
    parser.add_argument("--windowed", type=Path, help="the windowed Windows program, started too")
    args = parser.parse_args(argv)
    args.executable = args.executable.resolve()
    args.windowed = args.windowed.resolve() if args.windowed else None
    version = re.search(r'^__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text(), re.M)
    assert version is not None

    with tempfile.TemporaryDirectory() as tmp:
        code, out, err = run(args.executable, "--version")
        check(code == 0 and version.group(1) in out, f"--version prints {version.group(1)}: {code} {out!r} {err!r}")

        data_dir = Path(tmp) / "status-records"
        code, out, err = run(args.executable, "status", "--lang", "fr", "--data-dir", data_dir)
        check(code == 0 and "Rien n’est encore enregistré" in out, f"status in French: {code}\n{out}\n{err}")
        check(not data_dir.exists(), f"status wrote nothing: {data_dir} exists")

        for program in filter(None, (args.executable, args.windowed)):
            data_dir = Path(tmp) / f"{program.stem}-records"
            starts_and_keeps_running([program, "--lang", "fr", "--data-dir", data_dir], data_dir)
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
