"""Service: which of the services the assistant knows the person uses, several at once, each with one line on
what it asks. The first page when the assistant knows several (not shown when it knows one); the chosen ones
are then followed one after the other, the country asked once for all.

The first window: built with properties set by value, as the welcome page is (PySide6's `Qt` namespace
costs ~15 ms before the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage, literal
from app.ui.session import Session

_STRONG_FOCUS = 11  # Qt.FocusPolicy.StrongFocus
_TEXT_ONLY = 1  # Qt.ToolButtonStyle.ToolButtonTextOnly


class ServicePage(BasePage):
    page_id = PageId.SERVICE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.buttons: dict[str, QToolButton] = {}
        layout = self.body
        for guide in session.guides:  # each a toggle: several may be chosen
            button = QToolButton(self)
            button.setObjectName(names.service_button(guide.id))
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setProperty("guideId", guide.id)
            button.setProperty("focusPolicy", _STRONG_FOCUS)
            button.setProperty("toolButtonStyle", _TEXT_ONLY)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # the column's width
            metrics = button.fontMetrics()
            button.setMinimumSize(QSize(metrics.averageCharWidth() * 14, metrics.height() * 3))
            button.toggled.connect(self._toggled)
            self.buttons[guide.id] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        chosen = set(self.session.state.services)
        for guide_id, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(guide_id in chosen)
            button.blockSignals(False)
        super().initializePage()

    def retranslate(self) -> None:
        self.set_heading(
            _("Which of these services do you use?"),
            _("Choose one or more. The assistant takes you through them one after the other."),
        )
        for guide in self.session.guides:
            button = self.buttons[guide.id]
            # The service, and in one line what it asks there (its switch, its form).
            button.setText(literal(f"{_(guide.service)}\n{_(guide.texts.switch)}"))
            button.setAccessibleName(_(guide.service))
            button.setAccessibleDescription(_(guide.texts.switch))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.wizard().ensure_pages()  # type: ignore[attr-defined]
        return True

    def _toggled(self, _checked: bool) -> None:
        """Followed in the order they were chosen: the first ticked is the first done."""
        ticked = {guide_id for guide_id, button in self.buttons.items() if button.isChecked()}
        kept = [guide_id for guide_id in self.session.state.services if guide_id in ticked]
        chosen = kept + [guide.id for guide in self.session.guides if guide.id in ticked and guide.id not in kept]
        self.wizard().choose_services(chosen)  # type: ignore[attr-defined]
        self.completeChanged.emit()
