"""Honest feedback after opening a link: say it opened only when it did; otherwise show the link with Copy.

QDesktopServices.openUrl returns whether a browser took the link. A person without a default browser
(or on a locked-down computer) is told so in one sentence and can copy the link instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.guide import Guide
from app.i18n import _
from app.ui import handoff, names
from app.ui.pages.base import text_label


class LinkFeedback(QFrame):
    """Under a button that opens a link: what happened, and the link to copy when it did not open."""

    def __init__(self, parent: QWidget | None = None, *, name: str = names.LINK_FEEDBACK) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        widget_names = names.link_feedback(name)
        self.url = ""
        self.opened: bool | None = None  # None: nothing tried yet
        self.message = text_label(self, object_name=widget_names.message)
        self.link = QLabel(self)
        self.link.setObjectName(widget_names.link)
        self.link.setProperty("textFormat", 0)  # plain text
        self.link.setProperty("textInteractionFlags", 1 | 2)  # selectable by mouse and keyboard
        self.link.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName(widget_names.copy)
        self.copy_button.clicked.connect(self._copy)
        self.copied = text_label(self, object_name=widget_names.copied)
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        self.hide()

    def open(self, url: str, guide: Guide, opened_text: str) -> bool:
        """Open `url` and say what happened: `opened_text` when the browser took it."""
        self.url = url
        self.opened = handoff.open_link(url, guide)
        self._opened_text = opened_text
        self.copied.hide()
        self.retranslate()
        self.show()
        return self.opened

    def retranslate(self, opened_text: str | None = None) -> None:
        if opened_text is not None:
            self._opened_text = opened_text
        if self.opened is None:
            return
        if self.opened:
            self.message.setText(self._opened_text)
        else:
            self.message.setText(
                _("Your browser could not be opened. Copy this link and paste it into your browser's address bar:")
            )
        self.link.setText(self.url)
        self.link.setVisible(not self.opened)
        self.copy_button.setVisible(not self.opened)
        self.copy_button.setText(_("Copy link"))
        self.copy_button.setAccessibleName(_("Copy the link"))
        self.copied.setText(_("Link copied."))

    def _copy(self) -> None:
        handoff.copy_link(self.url)
        self.copied.show()
