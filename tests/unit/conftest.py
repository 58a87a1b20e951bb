"""Fixtures shared by the Qt-free tests: the shipped guide, and the computer's time zone."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

import pytest

from app.core.guide import Guide, load_guide
from app.resources import guide_path


@pytest.fixture(scope="session")
def guide() -> Guide:
    return load_guide(guide_path())


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
