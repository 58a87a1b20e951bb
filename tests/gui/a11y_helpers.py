"""Measuring what a person sees: WCAG contrast of colours and of grabbed pixels, and widgets' rectangles
in their window. Our own formula, never the app's (see tests/unit/test_theme_contrast.py)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def _linear(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: int | QColor) -> float:
    """WCAG 2.1 relative luminance of a QColor or a 0xRRGGBB int (as QImage.pixel gives, alpha ignored)."""
    if isinstance(rgb, QColor):
        r, g, b = rgb.red(), rgb.green(), rgb.blue()
    else:
        r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(first: int | QColor, second: int | QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_colour(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06x}"


def pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) & 0xFFFFFF for y in range(image.height()) for x in range(image.width())]


def background_and_text(image: QImage) -> tuple[int, int]:
    """The most frequent pixel (the background) and the pixel with the most contrast against it (the
    darkest or lightest stroke of the text)."""
    values = pixels(image)
    assert values, "empty image"
    background = Counter(values).most_common(1)[0][0]
    text = max(set(values), key=lambda value: contrast(value, background))
    return background, text


def settle(rounds: int = 3) -> None:
    for _round in range(rounds):
        QApplication.processEvents()


def rect_in_window(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def scrolled_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around `widget` so that it shows whole (as a person would)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()
    settle()


def grab_as_seen(widget: QWidget, pad: int = 0, inset: int = 0) -> QImage:
    """What the person sees of `widget` (and `pad` pixels around it, or `inset` pixels less), drawn by
    its window: transparent widgets show what is behind them."""
    scrolled_into_view(widget)
    rect = rect_in_window(widget).adjusted(-pad + inset, -pad + inset, pad - inset, pad - inset)
    window = widget.window()
    image = window.grab(rect).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)
