"""A page is entered at its top (issue 25, point 8): left scrolled down, then Back and Next again, it does
not reopen at the old scroll position."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from app.core.flow import PageId
from app.ui import names

from .helpers import click, click_next, find, walk_to_confirm


def test_the_region_page_reopens_at_its_top(qtbot, make_wizard):
    wizard = make_wizard("de")
    wizard.resize(wizard.minimumSize())  # small: the page scrolls
    walk_to_confirm(qtbot, wizard, "Deutschland", names.device_button("browser"))
    for _ in range(15):  # back through the steps, one at a time, and the device
        if wizard.currentId() == PageId.REGION:
            break
        click(qtbot, wizard.button(wizard.WizardButton.BackButton))
    assert wizard.currentId() == PageId.REGION
    scroll = find(wizard.currentPage(), names.PAGE_SCROLL, QScrollArea)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    click_next(qtbot, wizard)
    click(qtbot, wizard.button(wizard.WizardButton.BackButton))  # Back keeps the page as it was left
    assert bar.value() == bar.maximum()
    click(qtbot, wizard.button(wizard.WizardButton.BackButton))
    click_next(qtbot, wizard)  # entered again from the page before: at its top
    assert wizard.currentId() == PageId.REGION
    assert bar.value() == 0
