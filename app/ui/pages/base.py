"""The base of every wizard page: shared session, page id, retranslation and branching."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget, QWizardPage

from app.core.flow import PageId, can_leave, next_page
from app.ui.session import Session


class BasePage(QWizardPage):
    page_id: PageId

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    heading = ""  # the page's title as plain text; title() holds it styled

    def set_heading(self, title: str, subtitle: str) -> None:
        """Set the page's title (shown large in the wizard's header) and its subtitle."""
        self.heading = title
        self.setTitle(f'<span style="font-size: x-large">{escape(title)}</span>')
        self.setSubTitle(subtitle)

    def retranslate(self) -> None:
        """Set every visible text in the current language. Called on show and on language change."""
        raise NotImplementedError

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.retranslate()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        following = next_page(self.page_id, self.session.state)
        return int(following) if following is not None else -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return super().isComplete() and can_leave(self.page_id, self.session.state, self.session.guide)


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


def choice_button(parent: QWidget, object_name: str, key: str, value: str) -> QToolButton:
    """A large, checkable, keyboard-reachable choice (a device, a service); `key` property = `value`."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QSizePolicy

    button = QToolButton(parent)
    button.setObjectName(object_name)
    button.setCheckable(True)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setMinimumSize(QSize(170, 64))
    button.setProperty(key, value)
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
