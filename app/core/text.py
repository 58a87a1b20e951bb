"""Text a person typed, or that was stored, made safe to show anywhere: one line, bounded, never reordered.

One rule for every name and number the assistant keeps (an account's name, LinkedIn's case number, the
name on a receipt), applied when it is typed and again when it is read back, since a stored value may
come from an older version or a hand-edited file."""

from __future__ import annotations

ACCOUNT_LABEL_MAX = 60  # characters of an account's name: enough to tell accounts apart
# Bidirectional embeddings, overrides and isolates: they reorder the text after them ("1234-ESAC"
# behind U+202E reads "CASE-4321"). Joiners (U+200C, U+200D) stay: Persian, Hindi and emoji need them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BREAKS = ("Cc", "Zl", "Zp")  # control characters and line or paragraph separators: a space
_INVISIBLE = ("Cf", "Zs")  # a name made only of these shows as nothing


def clean_line(text: str, limit: int | None) -> str:
    """`text` as one line of printable text, at most `limit` characters (no limit: None).

    Control characters (a pasted ANSI escape, a NUL, a line break) become spaces, spaces are collapsed;
    lone surrogates (which cannot be encoded) and bidi controls are dropped; every other character,
    zero-width joiners included, is kept. A text with nothing visible left is empty."""
    import unicodedata  # only when a name is cleaned, not on the way to the first window

    kept = []
    for c in text:
        category = unicodedata.category(c)
        if category == "Cs" or c in BIDI_CONTROLS:
            continue
        kept.append(" " if category in _BREAKS else c)
    line = " ".join("".join(kept).split())[:limit].strip()
    if all(unicodedata.category(c) in _INVISIBLE for c in line):
        return ""
    return line
