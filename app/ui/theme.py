"""The visual system's tokens: colours for light and dark, the type scale, and spacing in font units.

Qt-free data (named tuples, which are quick to define before the first window), declared once:
the style sheet (app/ui/style.py) is built from it, and the
accessibility tests check every text and control colour pair against WCAG from it.
"""

from __future__ import annotations

from typing import NamedTuple

LIGHT = "light"
DARK = "dark"
SCHEMES = (LIGHT, DARK)


class Colours(NamedTuple):
    window: str  # the page's background
    surface: str  # cards, fields, secondary buttons
    text: str  # body text
    muted: str  # secondary text (hints, dates); still AA on window and surface
    border: str  # outlines of fields and cards: 3:1 against window and surface
    accent: str  # the primary button's fill, the selected choice's outline, progress
    on_accent: str  # text on the accent
    link: str  # link-style buttons
    focus: str  # the focus ring: 3:1 against window and surface
    focus_on_accent: str  # the focus ring drawn inside a primary button
    selected: str  # a chosen card's fill
    success: str  # the check mark and "done" words
    warning: str  # "Time to check": text and outline on window, surface
    danger: str  # "Delete everything": text and outline
    notice: str  # the fill behind a calm notice (help, feedback)
    disabled: str  # the fill of a disabled primary button
    on_disabled: str  # its text
    track: str  # progress dots still to come: 3:1 against window


# Contrast (WCAG 2.1) is asserted by tests/unit/test_theme_contrast.py for every pair that is drawn.
PALETTES = {
    LIGHT: Colours(
        window="#f5f6f8",
        surface="#ffffff",
        text="#1a1d21",
        muted="#4a5260",
        border="#767f8c",
        accent="#0a58ad",
        on_accent="#ffffff",
        link="#0a58ad",
        focus="#1a1d21",  # the text's colour: unlike the accent, never mistaken for "chosen"
        focus_on_accent="#ffffff",
        selected="#e6effa",
        success="#1b6e36",
        warning="#8a4b00",
        danger="#b3261e",
        notice="#eef3f9",
        disabled="#d5d9df",
        on_disabled="#4a5260",
        track="#767f8c",
    ),
    DARK: Colours(
        window="#1c1f24",
        surface="#272b32",
        text="#eceff3",
        muted="#b8c0cc",
        border="#8d97a5",
        accent="#8ab4f8",
        on_accent="#0d1117",
        link="#9cc2ff",
        focus="#eceff3",
        focus_on_accent="#0d1117",
        selected="#243752",
        success="#7fd69a",
        warning="#ffc27a",
        danger="#ff8a80",
        notice="#232a35",
        disabled="#3a404a",
        on_disabled="#c5ccd6",
        track="#7a8594",
    ),
}

# Which colours are text on which backgrounds (4.5:1), and which are shapes next to which (3:1).
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "selected"),
    ("text", "notice"),
    ("muted", "window"),
    ("muted", "surface"),
    ("muted", "notice"),
    ("link", "window"),
    ("link", "surface"),
    ("link", "notice"),
    ("on_accent", "accent"),
    ("on_disabled", "disabled"),
    ("success", "window"),
    ("success", "surface"),
    ("warning", "window"),
    ("warning", "surface"),
    ("danger", "window"),
    ("danger", "surface"),
    ("danger", "notice"),
    ("muted", "surface"),
)
SHAPE_PAIRS = (
    ("border", "window"),
    ("border", "surface"),
    ("focus", "window"),
    ("focus", "surface"),
    ("focus", "selected"),
    ("focus_on_accent", "accent"),
    ("accent", "window"),
    ("accent", "surface"),
    ("accent", "selected"),
    ("track", "window"),
)


class PrintColours(NamedTuple):
    """The receipt, printed or read as a PDF: always on white paper, whatever the screen's scheme."""

    paper: str
    text: str
    muted: str  # the notes under the summary, the footer
    faint: str  # the technical details at the very bottom
    summary: str  # the fill of the box that says what was done
    summary_border: str  # its outline (a shape beside the paper)
    rule: str  # the history table's lines
    heading: str  # the fill of the history table's header row


PRINT = PrintColours(
    paper="#ffffff",
    text="#1a1a1a",
    muted="#333333",
    faint="#555555",
    summary="#eef6ef",
    summary_border="#2e7d32",
    rule="#767676",
    heading="#eeeeee",
)
PRINT_TEXT_PAIRS = (
    ("text", "paper"),
    ("text", "summary"),
    ("text", "heading"),
    ("muted", "paper"),
    ("faint", "paper"),
)
PRINT_SHAPE_PAIRS = (("summary_border", "paper"), ("summary_border", "summary"), ("rule", "paper"))

FOCUS_RING_PX = 2  # the focus ring's width (WCAG 2.2 "focus appearance": at least 2 CSS pixels)


class TypeScale(NamedTuple):
    body_pt: float = 12.0  # 16 px at 96 dpi: the smallest body size; a larger system size is kept
    title: float = 1.6  # page titles, as a multiple of the body size
    lead: float = 1.08  # the sentence under a title
    small: float = 0.92  # dates, "checked on", hints
    check: float = 3.2  # Done's large check mark


TYPE = TypeScale()
COLUMN_CHARS = 70  # the content column's width, in average characters
# Spacing, in multiples of the body font's line height (see style.spacing).
SPACE_SMALL = 0.4
SPACE = 0.8
SPACE_LARGE = 1.4


def colours(scheme: str) -> Colours:
    return PALETTES[scheme if scheme in PALETTES else LIGHT]


def colour_names() -> tuple[str, ...]:
    return Colours._fields
