"""Steps: the six steps for the chosen device, each with its picture, and the link to the setting."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import guide_text, i18n
from app.core.flow import PageId
from app.i18n import _
from app.ui import phone_handoff
from app.ui.link_feedback import LinkFeedback
from app.ui.pages.base import BasePage, text_label
from app.ui.picture_view import PictureDialog, PictureView
from app.ui.session import Session


class StepCard(QFrame):
    """One step: its number and its text. Click it, or focus it and press Space, to see its picture."""

    chosen = Signal(int)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_value = number
        self.setObjectName("stepCard")
        self.setProperty("step", number)
        self.setProperty("current", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel(str(number), self)
        self.number.setObjectName("stepNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedSize(32, 32)
        self.text = text_label(self, object_name="stepText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QGridLayout(self)
        layout.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 0, 1)
        layout.setColumnStretch(1, 1)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.number_value)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.number_value)
            return
        super().keyPressEvent(event)


class StepsPage(BasePage):
    page_id = PageId.STEPS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.current = 1

        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 6, 0)
        self.column.addStretch(1)
        self.cards: list[StepCard] = []  # one per step of the chosen device (see _ensure_cards)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards inside take the focus
        scroll.setWidget(content)
        self.scroll = scroll

        self.picture = PictureView(self)
        self.picture.clicked.connect(self._enlarge)
        self.caption = QLabel(self)
        self.caption.setObjectName("pictureCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previousStepButton")
        self.previous_button.clicked.connect(lambda: self.show_step(self.current - 1))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextStepButton")
        self.next_button.clicked.connect(lambda: self.show_step(self.current + 1))
        stepper = QHBoxLayout()
        stepper.addWidget(self.previous_button)
        stepper.addWidget(self.caption, 1)
        stepper.addWidget(self.next_button)
        self.linkedin_caption = QLabel(self)
        self.linkedin_combo = QComboBox(self)
        self.linkedin_combo.setObjectName("linkedinLanguageCombo")
        for code in i18n.languages():
            self.linkedin_combo.addItem(i18n.native_name(code), code)
        self.linkedin_combo.currentIndexChanged.connect(self._linkedin_language_changed)
        self.linkedin_caption.setBuddy(self.linkedin_combo)
        self.linkedin_hint = text_label(self, object_name="linkedinLanguageHint")
        linkedin_row = QHBoxLayout()
        linkedin_row.addWidget(self.linkedin_caption)
        linkedin_row.addWidget(self.linkedin_combo)
        linkedin_row.addWidget(self.linkedin_hint, 1)
        self.phone = phone_handoff.PhoneHandoff(self)
        self.phone.setMaximumWidth(240)
        beside = QHBoxLayout()
        beside.addWidget(self.picture, 1)
        beside.addWidget(self.phone, 0, Qt.AlignmentFlag.AlignVCenter)
        pictures = QVBoxLayout()
        pictures.addLayout(beside, 1)
        pictures.addLayout(stepper)

        self.open_hint = text_label(self, object_name="openSettingHint")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSettingButton")
        self.open_button.clicked.connect(self._open_setting)
        self.open_feedback = LinkFeedback(self, name="openSettingFeedback")
        self.verified = text_label(self, object_name="lastVerified")
        self.sources_button = QPushButton(self)
        self.sources_button.setObjectName("sourcesButton")
        self.sources_button.setFlat(True)
        self.sources_button.clicked.connect(self._show_sources)

        body = QHBoxLayout()
        body.addWidget(scroll, 5)
        body.addLayout(pictures, 6)
        handoff_row = QHBoxLayout()
        handoff_row.addWidget(self.open_hint, 1)
        handoff_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified, 1)
        verified_row.addWidget(self.sources_button)
        layout = QVBoxLayout(self)
        layout.addLayout(linkedin_row)
        layout.addLayout(body, 1)
        layout.addLayout(handoff_row)
        layout.addWidget(self.open_feedback)
        layout.addLayout(verified_row)

    @property
    def device_id(self) -> str:
        return self.session.state.device or "browser"

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.current = 1
        super().initializePage()

    @property
    def step_count(self) -> int:
        return len(self.session.guide.device(self.device_id).steps)

    def _ensure_cards(self, count: int) -> None:
        """One card per step: devices (and services) have as many steps as they need."""
        content = self.scroll.widget()
        while len(self.cards) < count:
            card = StepCard(len(self.cards) + 1, content)
            card.chosen.connect(self.show_step)
            self.column.insertWidget(len(self.cards), card)
            self.cards.append(card)
        while len(self.cards) > count:
            self.cards.pop().deleteLater()

    def retranslate(self) -> None:
        guide = self.session.guide
        device = guide.device(self.device_id)
        self._ensure_cards(len(device.steps))
        self.set_heading(
            guide_text.steps_heading(device), _("Follow them at your own pace, then come back here and click Next.")
        )
        service = _(guide.service)
        # Translators: {service} is the service's name, such as LinkedIn.
        self.linkedin_caption.setText(_("&My {service} is in:").format(service=service))
        self.linkedin_combo.setAccessibleName(_("The language your {service} shows").format(service=service))
        self.linkedin_hint.setText(_("The steps quote {service}'s menus in this language.").format(service=service))
        self.linkedin_combo.blockSignals(True)
        self.linkedin_combo.setCurrentIndex(self.linkedin_combo.findData(self.session.state.labels_language()))
        self.linkedin_combo.blockSignals(False)
        labels_language = self.session.state.labels_language()
        for card, step in zip(self.cards, device.steps, strict=True):
            card.text.setText(guide_text.step_text(guide, step, labels_language))
            card.setAccessibleName(_("Step {number}").format(number=card.number_value))
            card.setAccessibleDescription(card.text.text())
        self.previous_button.setText(_("◀ Previous step"))
        self.previous_button.setAccessibleName(_("Previous step"))
        self.next_button.setText(_("Next step ▶"))
        self.next_button.setAccessibleName(_("Next step"))
        self.picture.setToolTip(_("Click to enlarge"))
        self.phone.setVisible(device.handoff == "qr")
        if device.handoff == "qr":
            self.phone.set_url(guide.setting_url)
            self.phone.retranslate(_("Open the setting on your phone"))
            self.open_hint.setText(
                _("You can also do it on this computer instead: the setting is the same for your whole account.")
            )
            self.open_button.setText(_("Open the setting on this computer"))
        else:
            self.open_hint.setText(
                _("This opens the setting page in your browser, so that you can go straight to step {number}.").format(
                    number=len(device.steps)
                )
            )
            self.open_button.setText(_("Open the setting in my browser"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.open_feedback.retranslate(self._opened_text())
        self.verified.setText(guide_text.verified_text(guide))
        self.sources_button.setText(_("Sources…"))
        self.sources_button.setAccessibleName(_("Show where these instructions come from"))
        self.show_step(self.current)

    def show_step(self, number: int) -> None:
        """Show step `number`'s picture and mark its card."""
        self.current = max(1, min(self.step_count, number))
        for card in self.cards:
            card.set_current(card.number_value == self.current)
        self.scroll.ensureWidgetVisible(self.cards[self.current - 1])
        self.picture.show_step(
            self.session.guide.folder, self.device_id, self.current, self.session.state.labels_language()
        )
        self.picture.setAccessibleName(
            _("Picture of step {number}: {text}").format(
                number=self.current, text=self.cards[self.current - 1].text.text()
            )
        )
        self.caption.setText(_("Step {number} of {total}").format(number=self.current, total=self.step_count))
        self.previous_button.setEnabled(self.current > 1)
        self.next_button.setEnabled(self.current < self.step_count)

    def _enlarge(self) -> None:
        title = _("Step {number} of {total}").format(number=self.current, total=self.step_count)
        language = self.session.state.labels_language()
        PictureDialog(self.session.guide.folder, self.device_id, self.current, title, self, language=language).exec()

    def _show_sources(self) -> None:
        guide = self.session.guide
        items = "".join(f"<li>{escape(guide_text.source_text(s))}</li>" for s in guide.sources)
        box = QMessageBox(QMessageBox.Icon.Information, _("Sources"), "", QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        intro = _("These instructions were last checked on {date}, against:").format(
            date=i18n.format_date(guide.last_verified)
        )
        box.setText(f"<p>{escape(intro)}</p><ul>{items}</ul>")
        box.exec()

    def _linkedin_language_changed(self, index: int) -> None:
        code = self.linkedin_combo.itemData(index)
        if not code:
            return
        self.session.state.linkedin_language = code
        self.retranslate()

    def _opened_text(self) -> str:
        return _("The setting page is open in your browser.")

    def _open_setting(self) -> None:
        self.open_feedback.open(self.session.guide.setting_url, self.session.guide, self._opened_text())
