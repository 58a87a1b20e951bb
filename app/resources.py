"""The one place that knows where the assistant's files are.

In a source checkout (and an editable install) resources/ and translations/ sit next to the app
package. A wheel and the frozen app carry them inside it, as app/_data/, so that the same lookup
works in all three without asking which one is running.
"""

from __future__ import annotations

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


def guide_folders() -> list[Path]:
    """Where guides are looked for: resources/guides/, and the folders a test adds."""
    from app.core.catalog import extra_folders

    return [guides_dir(), *extra_folders()]


def guide_path() -> Path:
    """The LinkedIn guide's file."""
    return guides_dir() / "linkedin-ai-training" / "guide.toml"
