"""The one place that knows where the assistant's files are.

In a source checkout (and an editable install) resources/ and translations/ sit next to the app
package. A wheel and the frozen app carry them inside it, as app/_data/, so that the same lookup
works in all three without asking which one is running.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root() -> Path:
    for candidate in (_PACKAGE / "_data", _PACKAGE.parent):
        if (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError(
        f"the assistant's resources are missing (looked in {_PACKAGE / '_data'} and {_PACKAGE.parent})"
    )


def resource_path(*parts: str) -> Path:
    """A file under resources/, for example resource_path("icons", "app.svg")."""
    return _root().joinpath("resources", *parts)


def guides_dir() -> Path:
    """resources/guides/: one folder per service (guide.toml, illustrations/, screenshots/)."""
    return resource_path("guides")


def translations_dir() -> Path:
    return _root() / "translations"


def licence_file() -> Path:
    """The assistant's licence (GPL-3.0-or-later): LICENSE at the checkout's root, app/_data/LICENSE inside."""
    return _root() / "LICENSE"


def notices_file() -> Path:
    """The third-party notices the build writes (packaging/third_party.py); only the frozen app has them."""
    return _root() / "THIRD-PARTY-NOTICES.txt"


TEST_SUITE_VARIABLE = "AI_OPTOUT_ASSISTANT_TEST_SUITE"  # set by tests/conftest.py, and only there


def in_test_suite() -> bool:
    """True only in this project's own test suite: a source checkout with its tests (a wheel and the
    frozen app carry no tests/, so a released build can never say yes), and the suite's switch set."""
    return (
        not getattr(sys, "frozen", False)
        and _root() == _PACKAGE.parent
        and (_PACKAGE.parent / "tests" / "conftest.py").is_file()
        and os.environ.get(TEST_SUITE_VARIABLE) == "1"
    )


def guide_folders() -> list[Path]:
    """Where guides are looked for: resources/guides/, and, in the test suite only, the folders a test
    adds (a guide there may allow any host and name any picture)."""
    from app.core.catalog import extra_folders

    return [guides_dir(), *extra_folders()] if in_test_suite() else [guides_dir()]


def guide_file(guide_id: str) -> Path:
    """A shipped guide's file: resources/guides/<guide_id>/guide.toml."""
    return guides_dir() / guide_id / "guide.toml"
