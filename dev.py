#!/usr/bin/env python3
"""Set up a fresh checkout and start the assistant or run its tests: the two README commands.

python3 dev.py start [ARGS...]   create .venv if needed, install the app, start it
python3 dev.py test  [ARGS...]   create .venv if needed, install the app and test tools,
                                 lint, type-check, run the test suite (offscreen)
python3 dev.py mutants           mutation testing of the Qt-free core (mutmut, setup.cfg), then the score
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode:
        sys.exit(result.returncode)


def setup(extra: str = "") -> None:
    """Create .venv if needed and install the app (with `extra`) into it, unless it already is, from
    this very pyproject.toml: a second start does not wait for pip."""
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{extra}]" if extra else "."
    stamp = VENV / f"installed-{extra or 'app'}.sha256"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == wanted:
        return
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", spec)
    stamp.write_text(wanted + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in ("start", "test", "mutants"):
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    if command == "start":
        setup()
        run(PYTHON, "-m", "app", *rest)
        return
    setup("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if command == "mutants":
        mutants(env)
        return
    run(PYTHON, "-m", "ruff", "check", ".")
    run(PYTHON, "-m", "ruff", "format", "--check", ".")
    run(PYTHON, "-m", "mypy")
    run(PYTHON, "-m", "pytest", *rest, env=env)


SURVIVORS = ROOT / "tests" / "mutation_survivors.txt"  # "mutant: why it is equivalent", one per line


def mutants(env: dict[str, str]) -> None:
    """Run mutmut on app/core (about fifteen minutes on 2 cores), then print the share of mutants killed and
    the survivors that tests/mutation_survivors.txt does not explain. Every run starts afresh: mutmut's kept
    results and test map can outlive the code they were made for (new functions read as "no tests")."""
    import shutil

    shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    subprocess.run([str(BIN / "mutmut"), "run", "--max-children", str(os.cpu_count() or 2)], cwd=ROOT, env=env)
    result = subprocess.run(
        [str(BIN / "mutmut"), "results", "--all", "true"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    statuses = dict(line.strip().rsplit(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    listed = {line.split(":", 1)[0] for line in SURVIVORS.read_text(encoding="utf-8").splitlines() if line}
    killed = sum(status == "killed" for status in statuses.values())
    unexplained = sorted(name for name, status in statuses.items() if status != "killed" and name not in listed)
    print(f"mutants killed: {killed} of {len(statuses)} ({100 * killed / max(len(statuses), 1):.0f}%)")
    print(f"listed as equivalent in {SURVIVORS.relative_to(ROOT)}: {len(listed & set(statuses))}")
    print(f"survivors to kill or to list: {len(unexplained)}")
    for name in unexplained:
        print(f"  {name}: {statuses[name]}")


if __name__ == "__main__":
    main(sys.argv[1:])
