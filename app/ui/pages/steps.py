"""Steps: the six steps for the chosen device, with LinkedIn's labels, and the link to the setting."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from app import i18n
from app.core.flow import PageId
from app.core.guide import STEP_COUNT, Step
from app.i18n import _
from app.ui import handoff
from app.ui.pages.base import BasePage, text_label
from app.ui.session import Session


def step_text(step: Step) -> str:
    """A step in the current language, LinkedIn's label quoted as LinkedIn shows it."""
    return _(step.text).format(label=i18n.quote(i18n.label(step.label)))


class StepCard(QFrame):
    """One step: its number, its text and, beside them, the place for its illustration."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        self.setProperty("step", number)
        self.number = QLabel(str(number), self)
        self.number.setObjectName("stepNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedSize(32, 32)
        self.text = text_label(self, object_name="stepText")
        # The step's illustration goes here (see the illustrations issue); empty until then.
        self.illustration_slot = QVBoxLayout()
        layout = QGridLayout(self)
        layout.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 0, 1)
        layout.addLayout(self.illustration_slot, 0, 2)
        layout.setColumnStretch(1, 1)


class StepsPage(BasePage):
    page_id = PageId.STEPS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        content = QWidget()
        column = QVBoxLayout(content)
        self.cards = [StepCard(n, content) for n in range(1, STEP_COUNT + 1)]
        for card in self.cards:
            column.addWidget(card)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.open_hint = text_label(self, object_name="openSettingHint")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSettingButton")
        self.open_button.clicked.connect(self._open_setting)
        self.verified = text_label(self, object_name="lastVerified")
        self.sources_button = QPushButton(self)
        self.sources_button.setObjectName("sourcesButton")
        self.sources_button.setFlat(True)
        self.sources_button.clicked.connect(self._show_sources)

        handoff_row = QHBoxLayout()
        handoff_row.addWidget(self.open_hint, 1)
        handoff_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(handoff_row)
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified, 1)
        verified_row.addWidget(self.sources_button)
        layout.addLayout(verified_row)

    def retranslate(self) -> None:
        guide = self.session.guide
        device = guide.device(self.session.state.device or "browser")
        on_phone = device.handoff == "qr"
        titles = {
            "iphone": _("Six steps on your iPhone"),
            "android": _("Six steps on your Android phone"),
            "browser": _("Six steps in your web browser"),
        }
        self.set_heading(titles[device.id], _("Follow them at your own pace, then come back here and click Next."))
        for card, step in zip(self.cards, device.steps, strict=True):
            card.text.setText(step_text(step))
        if on_phone:
            self.open_hint.setText(
                _("You can also do it on this computer instead: the setting is the same for your whole account.")
            )
            self.open_button.setText(_("Open the setting on this computer"))
        else:
            self.open_hint.setText(
                _("This opens the setting page in your browser, so that you can go straight to step 6.")
            )
            self.open_button.setText(_("Open the setting in my browser"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.verified.setText(
            _("Instructions last checked on {date}.").format(date=i18n.format_date(guide.last_verified))
        )
        self.sources_button.setText(_("Sources…"))
        self.sources_button.setAccessibleName(_("Show where these instructions come from"))

    def _show_sources(self) -> None:
        guide = self.session.guide
        items = "".join(f"<li>{escape(_(s.title))}<br>{escape(s.url)}</li>" for s in guide.sources)
        box = QMessageBox(QMessageBox.Icon.Information, _("Sources"), "", QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            "<p>{}</p><ul>{}</ul>".format(
                escape(
                    _("These instructions were last checked on {date}, against:").format(
                        date=i18n.format_date(guide.last_verified)
                    )
                ),
                items,
            )
        )
        box.exec()

    def _open_setting(self) -> None:
        handoff.open_link(self.session.guide.setting_url, self.session.guide)
