"""Alt+letter shortcuts: on every screen of the path, in every language, no two visible controls share a
letter (Alt+S must not mean both "Sprache" and "Starten")."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app import i18n

from .a11y_helpers import settle
from .helpers import every_screen


def letters(window: QWidget) -> list[str]:
    """The Alt+letter of each visible button, and of each visible label that gives its focus to a field."""
    settle()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            marked = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if marked:
                found.append(marked.group(1).casefold())
    return found


def clashes(window: QWidget) -> dict[str, int]:
    return {letter: n for letter, n in Counter(letters(window)).items() if n > 1}


@pytest.mark.parametrize("language", i18n.languages())
def test_no_two_controls_share_an_alt_letter(qtbot, make_wizard, language):
    found = every_screen(qtbot, make_wizard(language), language, clashes)
    assert {screen: letters for screen, letters in found.items() if letters} == {}
