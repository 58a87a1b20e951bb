"""Render the step illustrations: SVG templates with the service's labels in the language it shows.

``<guide folder>/illustrations/<device>/step-<n>.svg`` is the picture; its text slots are filled with
the catalog's labels (``app.core.svg_slots``) and drawn with QtSvg at the screen's pixel ratio. A real
screenshot at ``<guide folder>/screenshots/<lang>/<device>/step-<n>.png`` replaces the drawing when
present. Every function takes the guide's folder first: each service has its own pictures.
`language` is the language the person's service shows (by default the assistant's): a picture of
LinkedIn shows LinkedIn's words. Rendered pictures are cached per folder, language, size and ratio.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app import i18n
from app.core import svg_slots
from app.core.guide import label_context, load_guide
from app.core.guide_pictures import drawable, template_path

CACHE_SIZE = 64
_MEASURE_PX = 100  # fonts are measured at this pixel size and scaled: QFont takes whole pixels only


def screenshot_path(folder: Path, language: str, device: str, step: int) -> Path:
    return folder / "screenshots" / language / device / f"step-{step}.png"


@cache
def _template(folder: Path, device: str, step: int) -> str:
    return template_path(folder, device, step).read_text(encoding="utf-8")


@cache
def _font_family() -> str:
    """The family the interface is drawn in, so that the pictures' labels look like the system's."""
    app = QGuiApplication.instance()
    font = QGuiApplication.font() if app is not None else QFont()
    return QFontInfo(font).family()


@cache
def _metrics(bold: bool) -> QFontMetricsF:
    font = QFont(_font_family())
    font.setPixelSize(_MEASURE_PX)
    font.setBold(bold)
    return QFontMetricsF(font)


def _measure(text: str, size: float, bold: bool) -> float:
    return _metrics(bold).horizontalAdvance(text) * size / _MEASURE_PX


UNKNOWN_LABEL = ""  # a label the guide is not sure of in that language: a bar, as other text (svg_slots._bar)


@cache
def _label_levels(folder: Path) -> Callable[[str, str], str]:
    """How sure the guide in `folder` is of each label, per language (read once)."""
    return load_guide(folder / "guide.toml").label_level


def filled_svg(folder: Path, device: str, step: int, *, language: str | None = None) -> bytes:
    """The step's picture as SVG, its labels as the service shows them in `language`; a label the guide is
    not sure of there (below "high") is drawn as a faint bar, as the pictures draw any other text, beside its
    icon: never an invented wording, nor an empty box or a "…" that reads as unfinished. The guide's id is
    its folder's name, which gives its labels' context."""
    template = _template(folder, device, step)
    context = label_context(folder.name)
    shown = language or i18n.language()
    level = _label_levels(folder)

    def wording(text: str) -> str:
        if level(shown, text) != "high":
            return UNKNOWN_LABEL
        return i18n.label(text, shown, context=context)

    return svg_slots.fill(template, wording, _measure, _font_family())


@cache
def _screenshot(folder: Path, language: str, device: str, step: int) -> QImage | None:
    """The maintainer-supplied screenshot for this step, if there is one (read once)."""
    path = screenshot_path(folder, language, device, step)
    if not path.is_file():
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


@cache
def _view_box(folder: Path, device: str, step: int) -> tuple[float, float, float, float]:
    """The drawing's whole area: a browser picture is the whole window, its inset magnifies the target."""
    box = QSvgRenderer(QByteArray(_template(folder, device, step).encode("utf-8"))).viewBoxF()
    return box.x(), box.y(), box.width(), box.height()


def has_picture(folder: Path, device: str, step: int, language: str | None = None) -> bool:
    """Whether the step has a picture to show: a screenshot, or a drawing that can be drawn (a missing,
    damaged or unsafe one is left out, and the step shows its text alone)."""
    return _screenshot(folder, language or i18n.language(), device, step) is not None or _can_draw(folder, device, step)


@cache
def _can_draw(folder: Path, device: str, step: int) -> bool:
    """The drawing passed the guide's checks, and QtSvg can draw it into some area."""
    if not drawable(folder, device, step):
        return False
    renderer = QSvgRenderer(QByteArray(_template(folder, device, step).encode("utf-8")))
    return renderer.isValid() and not QRectF(*_view_box(folder, device, step)).size().toSize().isEmpty()


def natural_size(folder: Path, device: str, step: int, *, close_up: bool = False, language: str | None = None) -> QSize:
    """The picture's own size (its aspect ratio is what matters); empty when there is none to draw.
    `close_up` is accepted for older callers and ignored: a browser picture shows the whole window, with
    a magnified inset of its target."""
    shot = _screenshot(folder, language or i18n.language(), device, step)
    if shot is not None:
        return shot.size()
    if not _can_draw(folder, device, step):
        return QSize()
    return QRectF(*_view_box(folder, device, step)).size().toSize()


def render_image(
    folder: Path, device: str, step: int, size: QSize, *, close_up: bool = False, language: str | None = None
) -> QImage:
    """The whole picture drawn to fit `size` (in device pixels), keeping its aspect ratio; a null image
    when it cannot be drawn. A screenshot is shown whole too. `close_up` is ignored (see natural_size)."""
    shot = _screenshot(folder, language or i18n.language(), device, step)
    if shot is not None:
        return shot.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if not _can_draw(folder, device, step):
        return QImage()  # null: nothing to draw
    renderer = QSvgRenderer(QByteArray(filled_svg(folder, device, step, language=language)))
    area = QRectF(*_view_box(folder, device, step))
    target = area.size().scaled(QSizeF(size), Qt.AspectRatioMode.KeepAspectRatio).toSize()
    if not renderer.isValid() or target.isEmpty():  # well-formed, yet not something QtSvg can draw
        return QImage()
    image = QImage(target, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, target.width(), target.height()))
    painter.end()
    return image


_cache: OrderedDict[tuple[Path, str, str, int, int, int, float], QPixmap] = OrderedDict()


def pixmap(
    folder: Path,
    device: str,
    step: int,
    size: QSize,
    ratio: float,
    *,
    close_up: bool = False,
    language: str | None = None,
) -> QPixmap:
    """The picture fitting `size` (in logical pixels), sharp at pixel ratio `ratio`. Cached. `close_up` is
    ignored (see natural_size)."""
    language = language or i18n.language()
    key = (folder, language, device, step, size.width(), size.height(), ratio)
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    device_size = QSize(round(size.width() * ratio), round(size.height() * ratio))
    image = render_image(folder, device, step, device_size, language=language)
    if image.isNull():
        return QPixmap()  # nothing to draw, and nothing to keep
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(ratio)
    _cache[key] = result
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return result


def clear_cache() -> None:
    """Forget rendered pictures and screenshots (after screenshots were added, say)."""
    _cache.clear()
    _screenshot.cache_clear()
