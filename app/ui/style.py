"""The assistant's look: a slightly larger, calm type size and a few named styles on top of the
platform's own style. Colours come from the palette, so a dark desktop theme stays readable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

FONT_SCALE = 1.1

STYLE_SHEET = """
QLabel#stepNumber {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-radius: 16px;
    font-weight: bold;
}
QFrame#stepCard {
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
}
QFrame#stepCard[current="true"] { border: 2px solid palette(highlight); }
QFrame#stepCard:focus { border: 2px dashed palette(highlight); }
QToolButton[deviceId] {
    border: 1px solid palette(mid);
    border-radius: 10px;
    background: palette(base);
    padding: 12px;
}
QToolButton[deviceId]:hover { border-color: palette(highlight); }
QToolButton[deviceId]:focus { border: 2px dashed palette(highlight); }
QToolButton[deviceId]:checked {
    border: 3px solid palette(highlight);
    background: palette(alternate-base);
    font-weight: bold;
}
QFrame#quickRoute {
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QLabel#confirmQuestion, QLabel#handoffTitle { font-weight: bold; }
QTreeWidget#checklistView::item { padding: 6px 4px; }
QGroupBox { font-weight: bold; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QPushButton { font-weight: normal; }
"""


def apply_style(app: QApplication) -> None:
    """Set the application's font size, style sheet and icon. Safe to call more than once."""
    if not app.property("assistantStyled"):
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        app.setFont(font)
        app.setProperty("assistantStyled", True)
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(app_icon())


def dark_palette() -> QPalette:
    """A dark desktop theme, for checking that every page stays readable in one (gallery --dark)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#333333",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d8fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#6cb4ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))
