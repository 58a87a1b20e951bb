"""Device: where the person will follow the steps (the guide's devices). Large, keyboard-reachable
choices with icons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage, choice_button, literal, text_label
from app.ui.session import Session


class DevicePage(BasePage):
    page_id = PageId.DEVICE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.account_wide = text_label(self, object_name="accountWide")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for device in session.guide.devices:
            button = choice_button(self, names.device_button(device.id), "deviceId", device.id)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(56, 56))
            button.setMinimumSize(QSize(170, 150))
            self.group.addButton(button)
            self.buttons[device.id] = button
            row.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)
        self._icons_loaded = False

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.account_wide)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if not self._icons_loaded:  # qtawesome loads here, after the first page is on screen
            from app.ui.icons import icon

            for device_id, button in self.buttons.items():
                name = self.session.guide.device(device_id).icon
                button.setIcon(icon(name, color=button.palette().buttonText().color()))
            self._icons_loaded = True
        chosen = self.buttons.get(self.session.state.device or "")
        if chosen is not None:
            chosen.setChecked(True)
        super().initializePage()

    def retranslate(self) -> None:
        self.set_heading(_("Which device will you use?"), _("Choose where you will follow the steps."))
        self.account_wide.setText(_(self.session.guide.facts.account_wide.text))
        for device in self.session.guide.devices:
            button = self.buttons[device.id]
            button.setText(literal(f"{_(device.name)}\n{_(device.hint)}"))
            button.setAccessibleName(_(device.name))
            button.setAccessibleDescription(_("Show the steps for this device"))

    def _toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:
            self.session.state.device = button.property("deviceId")
            self.completeChanged.emit()
