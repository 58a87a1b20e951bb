"""The link handed to a phone: a QR code to scan with the camera, and a button that copies the link."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import _
from app.ui import names
from app.ui.handoff import copy_link


def qr_image(url: str, size: int) -> QImage:
    """`url` as a QR code: black modules on white with the standard quiet zone, at most `size` pixels
    square (each module a whole number of pixels, so that the edges stay sharp).

    Drawn module by module so that it stays crisp at any size; black on white whatever the desktop
    theme, because phone cameras read dark-on-light codes best."""
    import segno  # ~30 ms: only when a phone code is first shown

    code = segno.make(url, error="m")
    quiet = 4
    modules = int(code.symbol_size(border=0)[0])
    total = modules + 2 * quiet
    scale = int(max(1, size // total))
    image = QImage(total * scale, total * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(code.matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, black)
    painter.end()
    return image


class PhoneHandoff(QFrame):
    """A link handed to the phone: its QR code to scan, and a button that copies it."""

    def __init__(self, parent: QWidget | None = None, *, code_size: int = 200, name: str = "") -> None:
        super().__init__(parent)
        self.url = ""
        self.code_size = code_size
        widget_names = names.phone_handoff(name)
        self.setObjectName(widget_names.frame)
        self.title = QLabel(self)
        self.title.setObjectName(names.HANDOFF_TITLE)
        self.title.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName(widget_names.code)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName(widget_names.copy)
        self.copy_button.clicked.connect(self._copy)
        self.copied = QLabel(self)
        self.copied.setObjectName(names.LINK_COPIED)
        self.copied.setWordWrap(True)
        self.copied.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.copied)

    def set_url(self, url: str) -> None:
        if url != self.url:
            self.url = url
            ratio = self.devicePixelRatioF()
            picture = QPixmap.fromImage(qr_image(url, round(self.code_size * ratio)))
            picture.setDevicePixelRatio(ratio)
            self.code.setPixmap(picture)
            # Exactly the code's size, never squeezed by what else is shown (a phone no longer scans a
            # code cut to two thirds of its height when "Link copied" appears below it).
            self.code.setFixedSize(picture.deviceIndependentSize().toSize())
        self.copied.hide()

    def retranslate(self, title: str) -> None:
        self.title.setText(title)
        self.hint.setText(_("Point your phone's camera at the code and tap the link that appears."))
        self.copy_button.setText(_("Copy link"))
        self.copy_button.setAccessibleName(_("Copy the link"))
        self.code.setAccessibleName(_("QR code of the link"))
        self.code.setAccessibleDescription(self.url)
        self.copied.setText(_("Link copied. Paste it into a message to yourself, or into your phone's browser."))

    def _copy(self) -> None:
        copy_link(self.url)
        self.copied.show()
