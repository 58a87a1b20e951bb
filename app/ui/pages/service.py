"""Service: which service to check, when the assistant knows several. Not shown when it knows one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QToolButton, QWidget

from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.controls import choice_button
from app.ui.pages.base import BasePage, literal
from app.ui.session import Session


class ServicePage(BasePage):
    page_id = PageId.SERVICE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = self.body
        for guide in session.guides:
            button = choice_button(self, names.service_button(guide.id), "guideId", guide.id)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.group.addButton(button)
            self.buttons[guide.id] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        chosen = self.buttons.get(self.session.state.guide_id or "")
        if chosen is not None:
            chosen.setChecked(True)
        super().initializePage()

    def retranslate(self) -> None:
        self.set_heading(_("Which service do you want to check?"), _("You can check the others afterwards."))
        for guide in self.session.guides:
            button = self.buttons[guide.id]
            button.setText(literal(f"{_(guide.service)}\n{_(guide.title)}"))
            button.setAccessibleName(_(guide.service))
            button.setAccessibleDescription(_(guide.title))

    def _toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:
            self.wizard().choose_service(button.property("guideId"))  # type: ignore[attr-defined]
            self.completeChanged.emit()
