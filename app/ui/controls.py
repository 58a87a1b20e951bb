"""Controls the later pages share: large choices and check boxes whose text wraps. (Apart from
app/ui/pages/base.py, which the first page needs: these types load after the first paint.)"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.ui import names


def choice_button(parent: QWidget, object_name: str, key: str, value: str) -> QToolButton:
    """A large, checkable, keyboard-reachable choice (a device, a service); `key` property = `value`."""
    button = QToolButton(parent)
    button.setObjectName(object_name)
    button.setCheckable(True)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    metrics = button.fontMetrics()
    button.setMinimumSize(QSize(metrics.averageCharWidth() * 14, metrics.height() * 3))
    button.setProperty(key, value)
    button.setProperty("choice", True)
    return button


class CheckLabel(QLabel):
    """The wrapping text of a check box (QCheckBox's own text never wraps): a click on it ticks the box."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName(names.check_label(box.objectName()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


def wrapping_check(parent: QWidget, object_name: str) -> tuple[QCheckBox, CheckLabel, QHBoxLayout]:
    """A check box whose text wraps to the column's width, in any language: the box, its text, their row.
    Set the text with `set_check_text`."""
    box = QCheckBox(parent)
    box.setObjectName(object_name)
    label = CheckLabel(box, parent)
    row = QHBoxLayout()
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box, label, row


def set_check_text(box: QCheckBox, label: QLabel, text: str) -> None:
    label.setText(text)
    box.setAccessibleName(text)
