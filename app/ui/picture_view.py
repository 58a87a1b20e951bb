"""Widgets that show a step's illustration: fitted to the space it has, and larger on click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.i18n import _
from app.ui import illustrations, names
from app.ui.screen_fit import available_area, fit_to_screen, frame_allowance


def fitted(natural: QSize, room: QSize) -> QSize:
    """The largest size with `natural`'s aspect ratio that fits in `room`."""
    return natural.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)


class PictureView(QLabel):
    """One step's picture, as large as the space allows. Click (or Enter) to see it larger."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, close_up: bool = True) -> None:
        """`close_up` is accepted for older callers and ignored: every picture is shown whole (a browser
        picture carries its own magnified inset of the target)."""
        super().__init__(parent)
        self.setObjectName(names.STEP_PICTURE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(160, 160))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.folder = Path()
        self.device = ""
        self.step = 0
        self.language: str | None = None  # the service's language; None: the assistant's

    def show_step(self, folder: Path, device: str, step: int, language: str | None = None) -> None:
        """Show the picture of `step` on `device`, from the guide in `folder`."""
        self.folder, self.device, self.step, self.language = folder, device, step, language
        self.refresh()

    def refresh(self) -> None:
        """Draw the picture again (after a resize or a change of language)."""
        if not self.device:
            return
        room = self.contentsRect().size()
        natural = illustrations.natural_size(self.folder, self.device, self.step, language=self.language)
        if natural.isEmpty():  # no picture that can be drawn: none shown
            self.clear()
            return
        size = fitted(natural, room)
        if size.isEmpty():
            return
        ratio = self.devicePixelRatioF()
        drawn = illustrations.pixmap(self.folder, self.device, self.step, size, ratio, language=self.language)
        if drawn.isNull():
            self.clear()
        else:
            self.setPixmap(drawn)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refresh()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class PictureDialog(QDialog):
    """A step's picture, large."""

    def __init__(
        self,
        folder: Path,
        device: str,
        step: int,
        title: str,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(names.PICTURE_DIALOG)
        self.setWindowTitle(title)
        self.view = PictureView(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setCursor(Qt.CursorShape.ArrowCursor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        # The picture a fifth larger than drawn, as far as the screen allows, with room for the button.
        metrics = self.fontMetrics()
        chrome = QSize(metrics.averageCharWidth() * 5, metrics.height() * 5)
        room = available_area(self).size().shrunkBy(frame_allowance(self)) - chrome
        natural = illustrations.natural_size(folder, device, step, language=language)
        fit_to_screen(self, fitted(natural * 1.2, room) + chrome)
        self.view.show_step(folder, device, step, language)
        self.view.setAccessibleName(title)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(_("Close"))
