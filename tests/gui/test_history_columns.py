"""The history dialog shows every column's text whole at its default size (issue 25: it cut its columns)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTreeWidget

from app import i18n
from app.core.records import RECHECKED
from app.ui.status_home import HistoryDialog

from .helpers import card_more, find
from .test_checklist_actions import add, cards


def assert_every_text_whole(view: QTreeWidget) -> None:
    """Every cell's text, wrapped at its column's width (less the item's padding and margins), fits in its
    row: nothing is cut off or elided with "…"."""
    metrics = view.fontMetrics()
    margins = metrics.averageCharWidth() * 2  # the item's padding (0.25em) and the style's text margins
    for row in range(view.topLevelItemCount()):
        item = view.topLevelItem(row)
        for column in range(view.columnCount()):
            text = item.text(column)
            if not text:
                continue
            cell = view.visualRect(view.indexFromItem(item, column))
            room = QRect(0, 0, cell.width() - margins, 1 << 16)
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            assert needed.width() <= room.width(), (text, cell)
            assert needed.height() <= cell.height(), (text, cell, needed)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_no_history_column_is_cut(qtbot, guide, store, launch, monkeypatch, language):
    i18n.set_language(language)
    add(store, guide, device="iphone", extras=("objection_form",), now=dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))
    add(store, guide, device="browser", kind=RECHECKED, now=dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC))
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    _controller, window = launch(guide, store)
    cards(qtbot, window)
    card_more(window, "moreHistory", 0)
    [dialog] = shown
    dialog.show()  # at the size it opens at (the test screen is 800 x 600)
    qtbot.waitExposed(dialog)
    view = find(dialog, "historyView", QTreeWidget)
    assert view.topLevelItemCount() == 2
    assert_every_text_whole(view)
    # The columns are all in view: nothing to scroll sideways.
    widths = [view.columnWidth(c) for c in range(view.columnCount())]
    assert sum(widths) <= view.viewport().width(), (widths, view.viewport().width(), dialog.width())
    # Narrower still, the texts wrap rather than being cut.
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: dialog.width() == dialog.minimumWidth())
    qtbot.wait(50)
    assert_every_text_whole(view)
    dialog.close()
