"""Build the frozen app once per test session, with packaging/build.py, for the packaging tests."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
NAME = "ai-optout-assistant"


@dataclass(frozen=True)
class Bundle:
    dist: Path
    work: Path
    seconds: float

    @property
    def folder(self) -> Path:
        return self.dist / NAME

    @property
    def executable(self) -> Path:
        return self.folder / (NAME + (".exe" if os.name == "nt" else ""))

    @property
    def internal(self) -> Path:
        """Where PyInstaller puts everything but the executable."""
        return self.folder / "_internal"


_built: Bundle | None = None


def require(tool: str, found: bool) -> None:
    """Skip when a build tool is missing on a developer's machine; fail in CI, where it must be there."""
    if not found:
        message = f"{tool} is not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{message}, and CI must run the packaging tests")
        pytest.skip(message)


def build(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    global _built
    if _built is None:
        require("PyInstaller", importlib.util.find_spec("PyInstaller") is not None)
        root = tmp_path_factory.mktemp("frozen")
        dist, work = root / "dist", root / "work"
        start = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, f"packaging/build.py failed:\n{result.stdout}\n{result.stderr}"
        _built = Bundle(dist, work, time.monotonic() - start)
    return _built
