"""The status home and the wizard are one window that changes (issue 25, point 8): "Check now" opens the
wizard where the home was, in its size, and the home comes back where the wizard was."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton

from app.core.flow import PageId
from app.ui import names

from .helpers import click, find
from .test_checklist_actions import add, cards, days_ago


def test_check_now_and_back_to_the_home_keep_the_place_and_size(qtbot, guide, store, launch):
    add(store, guide, country="FR", device="iphone", now=days_ago(400))
    controller, home = launch(guide, store)
    place = QRect(40, 30, 1000, 700)
    home.setGeometry(place)
    [card] = cards(qtbot, home).values()
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.STEPS
    assert wizard.geometry() == place
    moved = QRect(60, 50, 980, 690)
    wizard.setGeometry(moved)
    wizard.done(0)  # closed: back to the home
    qtbot.waitUntil(lambda: controller.checklist is not None and controller.checklist.isVisible())
    assert controller.checklist.geometry() == moved
