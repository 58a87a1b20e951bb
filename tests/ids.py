"""Test ids mutmut can ask for again."""

from __future__ import annotations

import unicodedata


def ascii_id(text: str) -> str:
    """`text` as a test id in ASCII: "Tocca «Avanti»." -> "Tocca Avanti.", "1º" -> "1o". pytest writes
    other characters as escapes ("\\xba"), and mutmut, which re-runs tests by id, cannot find them."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
