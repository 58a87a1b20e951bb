"""No English left in a German or Italian page: every screen of the path is rendered in English and in
the other language, and no text a person sees on the German (Italian) screen is the English one, except
names that are the same in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from .a11y_helpers import settle
from .helpers import every_screen, plain

# The same in English, German and Italian: names, the language picker's own names, links.
SAME_EVERYWHERE = {"LinkedIn", "iPhone", "Android", "English", "Deutsch", "Français", "Italiano", "Canada", "Feed"}


def seen(window: QWidget) -> set[str]:
    """Every text a person sees in `window`: labels (as plain text), buttons, combo boxes, the title."""
    settle()
    texts = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            texts.add(plain(widget))
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text().replace("&", ""))
        elif isinstance(widget, QComboBox):
            texts.add(widget.currentText())
        texts.add(widget.toolTip())
        texts.add(widget.accessibleName())
    return {" ".join(text.split()) for text in texts}


def english_left(texts: set[str]) -> set[str]:
    """The texts that contain a word: not a name, a number, a link or an e-mail address alone."""
    out = set()
    for text in texts:
        rest = re.sub(r"https?://\S+|\d+|[^\w]+", " ", text)
        words = [word for word in rest.split() if word not in SAME_EVERYWHERE]
        if words:
            out.add(text)
    return out


@pytest.mark.parametrize("language", ["de", "it"])
def test_no_english_left_on_any_screen(qtbot, make_wizard, language):
    english = every_screen(qtbot, make_wizard("en"), "en", seen)
    shown = every_screen(qtbot, make_wizard(language), language, seen)

    everything_english = set().union(*english.values())
    left = {name: sorted(english_left(texts & everything_english)) for name, texts in shown.items()}
    assert {name: texts for name, texts in left.items() if texts} == {}
    # And the screens did show something: a German or Italian page has plenty of words.
    assert all(len(english_left(texts)) > 5 for texts in shown.values()), {k: len(v) for k, v in shown.items()}
