"""Test ids mutmut can ask for again, and the one real guide most tests read."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from app.resources import guide_file

LINKEDIN = "linkedin-ai-training"


def guide_path() -> Path:
    """LinkedIn's guide file: the shipped guide the tests read (the app itself names no service)."""
    return guide_file(LINKEDIN)


def ascii_id(text: str) -> str:
    """`text` as a test id in ASCII: "Tocca «Avanti»." -> "Tocca Avanti.", "1º" -> "1o". pytest writes
    other characters as escapes ("\\xba"), and mutmut, which re-runs tests by id, cannot find them."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
