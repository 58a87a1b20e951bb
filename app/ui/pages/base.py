"""The base of every wizard page: shared session, page id, retranslation and branching."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from app.core.flow import PageId, can_leave, next_page
from app.i18n import _
from app.ui import names, style, theme
from app.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea


def page_scroll(parent: QWidget) -> QScrollArea:
    """The area a page's column scrolls in when it does not fit (a small screen, large text): frameless,
    never sideways, so nothing is ever cut off (the wizard's pages, the status home, About)."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    scroll = QScrollArea(parent)
    scroll.setObjectName(names.PAGE_SCROLL)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setProperty("horizontalScrollBarPolicy", _SCROLL_BAR_ALWAYS_OFF)
    return scroll


class BasePage(QWizardPage):
    """A page: the shared header (progress and language, see WizardHeader) at the top, then a column
    about 70 characters wide, centred, with the page's title, its one-line lead and its `body`."""

    page_id: PageId

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.outer = QVBoxLayout(self)
        self.header_slot = QVBoxLayout()
        self.outer.addLayout(self.header_slot)
        # The column scrolls when it does not fit (a small screen, large text): nothing is ever cut off.
        self.page_scroll = page_scroll(self)
        self.entered = False  # (its scroll bar is not touched before: PySide6 builds its type on first use)
        self.page_scroll.setProperty("focusPolicy", 0)  # Qt.FocusPolicy.NoFocus: Tab goes to what is inside
        inside = QWidget()
        inside.setObjectName(names.PAGE_INSIDE)
        self.column = QWidget(inside)
        self.column.setObjectName(names.PAGE_COLUMN)
        centre = QHBoxLayout(inside)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(self.column, 100)
        centre.addStretch(1)
        self.page_scroll.setWidget(inside)
        self.outer.addWidget(self.page_scroll, 1)
        column = QVBoxLayout(self.column)
        self.column_layout = column
        column.setContentsMargins(0, 0, 0, 0)
        self.title_label = text_label(self.column, object_name=names.PAGE_TITLE)
        self.title_label.setProperty("role", "title")
        self.lead_label = text_label(self.column, object_name=names.PAGE_LEAD)
        self.lead_label.setProperty("role", "lead")
        column.addWidget(self.title_label)
        column.addWidget(self.lead_label)
        self.body = QVBoxLayout()
        column.addLayout(self.body, 1)
        self._fit_column()

    heading = ""  # the page's title, as shown

    def primary_text(self) -> str:
        """The text of this page's one primary button (the wizard's Next)."""
        return _("&Continue")

    def go_back(self) -> bool:
        """Back was clicked: True if the page handled it itself (a step back within the page)."""
        return False

    def set_heading(self, title: str, subtitle: str) -> None:
        """Set the page's title (large, at the top of the column) and the sentence under it."""
        self.heading = title
        self.title_label.setText(title)
        self.lead_label.setText(subtitle)
        self.lead_label.setVisible(bool(subtitle))

    def bring_into_view(self, anchor: QWidget, section: QWidget) -> None:
        """Once laid out, scroll so that `section` (just opened) is seen, from `anchor` (the control that
        opened it) down, unless it is all in view already. (QScrollArea.ensureWidgetVisible centres a
        tall widget, cutting off its top.)"""
        from PySide6.QtCore import QPoint, QTimer

        def scroll() -> None:
            inside = self.page_scroll.widget()
            if inside is None:
                return
            top = anchor.mapTo(inside, QPoint(0, 0)).y()
            bottom = section.mapTo(inside, QPoint(0, 0)).y() + section.height()
            bar = self.page_scroll.verticalScrollBar()
            if top >= bar.value() and bottom <= bar.value() + self.page_scroll.viewport().height():
                return
            bar.setValue(min(max(0, top - style.spacing(self, theme.SPACE_SMALL)), bar.maximum()))

        QTimer.singleShot(0, self.page_scroll, scroll)

    def _fit_column(self) -> None:
        self.column.setMaximumWidth(style.column_width(self))
        margin = style.spacing(self, theme.SPACE)
        self.outer.setContentsMargins(margin, margin, margin, 0)
        self.outer.setSpacing(margin)
        spacing = style.spacing(self, theme.SPACE)
        self.column_layout.setSpacing(spacing)
        self.body.setSpacing(spacing)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current language. Called on show and on language change."""
        raise NotImplementedError

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.retranslate()
        if self.entered:  # entered again: at its top, wherever it was left last time (the first time it is)
            bar = self.page_scroll.verticalScrollBar()
            if bar is not None:
                bar.setValue(0)
        self.entered = True

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        following = next_page(self.page_id, self.session.state, self.session.guide)
        return int(following) if following is not None else -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return super().isComplete() and can_leave(self.page_id, self.session.state, self.session.guide)


_SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by value (see text_label)
_PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
_RICH_TEXT = 1  # Qt.TextFormat.RichText
_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse


def text_label(parent: QWidget | None = None, *, object_name: str = "", rich: bool = False) -> QLabel:
    """A wrapping paragraph of text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    # Set through Qt's properties, by value: the welcome page is built before anything else
    # loads PySide6's Python `Qt` namespace, which alone takes ~15 ms (see benchmarks/startup.py).
    label.setProperty("textFormat", _RICH_TEXT if rich else _PLAIN_TEXT)
    label.setProperty("textInteractionFlags", _SELECTABLE_BY_MOUSE)
    if object_name:
        label.setObjectName(object_name)
    return label


# The marks a list line starts with, then a space: "• Reload the page…", "✓ Done", "○ Not yet".
LIST_MARKS = ("•", "○", "✓")


def set_list_text(label: QLabel, lines: Sequence[str]) -> None:
    """Show `lines` in `label`, one paragraph each. A line that starts with a list mark hangs: when it
    wraps, its next line starts under its first word, not under the mark. The lines are plain text."""
    label.setProperty("textFormat", _RICH_TEXT)
    label.ensurePolished()  # the style sheet's font, to measure the mark
    metrics = label.fontMetrics()
    paragraphs = []
    for line in lines:
        mark, space, _rest = line.partition(" ")
        hang = metrics.horizontalAdvance(mark + space) if mark in LIST_MARKS and space else 0
        text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # shown as written
        paragraphs.append(f'<p style="margin:0 0 0 {hang}px; text-indent:-{hang}px">{text}</p>')
    label.setText("".join(paragraphs))  # (not html.escape: its import would slow the first window by 1.4 ms)


def link_button(parent: QWidget, object_name: str) -> QPushButton:
    """A flat, link-like secondary action (never the screen's primary one)."""
    button = QPushButton(parent)
    button.setObjectName(object_name)
    button.setProperty("variant", "secondary")
    button.setAutoDefault(False)
    return button


def literal(text: str) -> str:
    """`text` for a button, check box or group title, where "&" would make a keyboard shortcut:
    LinkedIn's "Settings & Privacy" shows as written. (Plain-text labels need nothing.)"""
    return text.replace("&", "&&")


def left_aligned(*widgets: QWidget) -> QHBoxLayout:
    """A row with `widgets` at their natural width on the left (buttons that don't span the page)."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
