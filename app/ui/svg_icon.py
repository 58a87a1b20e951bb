"""Small one-colour SVG icons from resources/icons/, drawn in a given colour and sharp at any pixel ratio."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.resources import resource_path

DRAWN_IN = "#000000"  # the colour the icon files are drawn in, replaced by the one asked for


def svg_pixmap(name: str, colour: str, side: int, ratio: float) -> QPixmap:
    """resources/icons/`name`, `side` logical pixels square, in `colour` (such as "#1a1d21")."""
    text = resource_path("icons", name).read_text(encoding="utf-8").replace(DRAWN_IN, colour)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    pixels = max(1, round(side * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
