"""Fixtures shared by the Qt-free tests: the shipped guide, and the computer's time zone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def local_zone() -> Iterator[Callable[[str], None]]:
    """Set the computer's time zone (a POSIX TZ string) for the test; restored afterwards."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    old = os.environ.get("TZ")

    def set_zone(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield set_zone
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _under_mutmut() -> bool:
    """Whether mutmut runs these tests (python3 dev.py mutants): in its copy of the project, mutants/."""
    return "MUTANT_UNDER_TEST" in os.environ or Path.cwd().name == "mutants"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under mutmut, leave out the tests marked `spawns` (the child would run mutmut's rewritten code
    outside mutmut, and fail for that reason alone) and those that compare the source's texts and line
    numbers with the catalogs (mutmut rewrites the source). They test the command line's wiring and the
    catalogs; the core's logic is tested in-process."""
    if not _under_mutmut():
        return
    kept, left = [], []
    for item in items:
        about_sources = Path(str(item.path)).name == "test_i18n.py" and any(
            w in item.name for w in ("pot", "po_", "extraction")
        )
        (left if item.get_closest_marker("spawns") or about_sources else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(autouse=True)
def _spawning_tests_are_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that starts Python in a child process without the `spawns` mark fails here, so that
    mutmut never runs it by mistake (and never leaves a whole file out because of one such test)."""
    if request.node.get_closest_marker("spawns"):
        return

    class Unmarked(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, args: Any, *rest: Any, **kwargs: Any) -> None:
            if sys.executable in ([args] if isinstance(args, str | os.PathLike) else list(args)):
                pytest.fail("this test starts Python in a child process: mark it @pytest.mark.spawns")
            super().__init__(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", Unmarked)
