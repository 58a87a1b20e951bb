"""Device: where the person will follow the steps (the guide's devices). Large, keyboard-reachable
choices with icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QToolButton, QVBoxLayout, QWidget

from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.controls import choice_button
from app.ui.pages.base import BasePage, left_aligned, link_button, literal, text_label
from app.ui.phone_handoff import PhoneHandoff
from app.ui.session import Session
from app.ui.style import set_variant


class DevicePage(BasePage):
    page_id = PageId.DEVICE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.account_wide = text_label(self, object_name=names.ACCOUNT_WIDE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QVBoxLayout()  # one device per line, its icon beside its name: room for any language
        for device in session.guide.devices:
            button = choice_button(self, names.device_button(device.id), "deviceId", device.id)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            side = button.fontMetrics().height()
            button.setIconSize(QSize(side * 2, side * 2))
            button.setMinimumHeight(side * 3)
            self.group.addButton(button)
            self.buttons[device.id] = button
            row.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)
        self._icons_loaded = False
        # On a phone, the setting's link can go to it as a QR code: a choice, never a permanent column.
        self.qr_choice = link_button(self, names.PHONE_QR_CHOICE)
        self.qr_choice.clicked.connect(self._show_qr)
        kept = self.qr_choice.sizePolicy()
        kept.setRetainSizeWhenHidden(True)  # on a computer its place stays: nothing below it moves
        self.qr_choice.setSizePolicy(kept)
        self.qr_choice.hide()
        self.qr_dialog: PhoneQrDialog | None = None

        layout = self.body
        layout.addLayout(row)
        layout.addLayout(left_aligned(self.qr_choice))
        layout.addWidget(self.account_wide)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._load_icons()
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
        self.qr_choice.setText(_("Scan to open the setting on your phone"))
        self.qr_choice.setAccessibleName(self.qr_choice.text())
        self._show_choices()
        if self.qr_dialog is not None:
            self.qr_dialog.retranslate()

    def _show_choices(self) -> None:
        device = self.session.state.device
        on_phone = device is not None and self.session.guide.device(device).handoff == "qr"
        self.qr_choice.setVisible(on_phone)

    def _show_qr(self) -> None:
        if self.qr_dialog is None:
            self.qr_dialog = PhoneQrDialog(self.session, self)
        self.qr_dialog.phone.set_url(self.session.action_link)  # and "Link copied." goes
        self.qr_dialog.retranslate()
        self.qr_dialog.open()  # window-modal, without blocking: the wizard stays as it was behind

    def _toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:
            self.session.state.device = button.property("deviceId")
            self._show_choices()
            self.completeChanged.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange and self._icons_loaded:  # light/dark switched: recolour
            self._icons_loaded = False
            self._load_icons()
        super().changeEvent(event)

    def _load_icons(self) -> None:
        if self._icons_loaded:
            return
        from app.ui.icons import icon  # qtawesome loads here, after the first page is on screen

        for device_id, button in self.buttons.items():
            name = self.session.guide.device(device_id).icon
            button.setIcon(icon(name, color=button.palette().buttonText().color()))
        self._icons_loaded = True


class PhoneQrDialog(QDialog):
    """The setting's link as a QR code for the phone's camera, with Copy link, in its own small window."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(names.PHONE_QR_DIALOG)
        self.phone = PhoneHandoff(self)
        self.phone.set_url(session.action_link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName(names.PRIMARY_BUTTON)
        close.setIcon(QIcon())  # words only, like every other button
        set_variant(close, "primary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.phone)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Open the setting on your phone"))
        self.phone.retranslate(_("Scan to open the setting on your phone"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("&Close"))
