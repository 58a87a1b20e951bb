"""Every window and dialog fits the screen's available area (a 1366x768 laptop minus its taskbar, an 800x600
screen): opened at its preferred size or smaller, never with a minimum larger than the screen. What no
longer fits scrolls inside the window; nothing (a Close button included) is ever off-screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (the screen less taskbars and docks)."""
    parent = window.parentWidget()
    screen = window.screen() or (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)


def frame_allowance(window: QWidget) -> QMargins:
    """The room the window manager's frame takes around the window: measured once the window has a frame,
    estimated before (a title bar about two lines of text high, thin borders)."""
    outer, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and outer != inner:
        return QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
    line = window.fontMetrics().height()
    side = max(4, line // 3)
    return QMargins(side, line * 2, side, side)


def fit_to_screen(window: QWidget, preferred: QSize, available: QRect | None = None) -> QSize:
    """Size `window` to `preferred`, or to what the available area (by default its screen's) leaves once its
    frame is counted, whichever is smaller, and keep its minimum size within that too. Returns the size set."""
    room = (available if available is not None else available_area(window)).size()
    inner = room.shrunkBy(frame_allowance(window)).expandedTo(QSize(1, 1))
    minimum = window.minimumSize().boundedTo(inner)
    if minimum != window.minimumSize():
        window.setMinimumSize(minimum)
    size = preferred.boundedTo(inner).expandedTo(minimum)
    window.resize(size)
    return size
