"""The objection text, ready to paste into the service's form: in any of the assistant's languages, with the
person's name, saying only what the person answered about the switch."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.flow import clean_label
from app.core.guide import Extra, Guide
from app.guide_text import objection_letter
from app.i18n import _
from app.ui import names
from app.ui.pages.base import text_label
from app.ui.screen_fit import fit_to_screen
from app.ui.style import set_variant


class ObjectionDialog(QDialog):
    def __init__(
        self, guide: Guide, extra: Extra, answer: str | None, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.guide = guide
        self.extra = extra
        self.answer = answer  # the person's answer on the switch (flow.ANSWERS), or None before answering
        self.setObjectName(names.OBJECTION_DIALOG)
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 80, metrics.height() * 30))
        self.intro = text_label(self, object_name=names.OBJECTION_INTRO)
        self.language_caption = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName(names.OBJECTION_LANGUAGE)
        for code in i18n.languages():
            self.language.addItem(i18n.native_name(code), code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        self.language.currentIndexChanged.connect(self._fill)
        self.language_caption.setBuddy(self.language)
        self.name_caption = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setObjectName(names.OBJECTION_NAME)
        self.name.setMaxLength(60)
        self.name.setText(name)
        self.name.textChanged.connect(self._fill)
        self.name_caption.setBuddy(self.name)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(names.OBJECTION_TEXT)
        self.text.setReadOnly(True)
        self.copy = QPushButton(self)
        self.copy.setObjectName(names.PRIMARY_BUTTON)
        set_variant(self.copy, "primary")
        self.copy.clicked.connect(self._copy)
        self.copied = text_label(self, object_name=names.OBJECTION_COPIED)
        self.copied.setProperty("role", "success")
        self.copied.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName(names.CLOSE_BUTTON)
        close.setIcon(QIcon())  # words only, like every other button

        choices = QHBoxLayout()
        choices.addWidget(self.language_caption)
        choices.addWidget(self.language)
        choices.addSpacing(metrics.averageCharWidth() * 2)
        choices.addWidget(self.name_caption)
        choices.addWidget(self.name, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.copy)
        actions.addWidget(self.copied, 1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choices)
        layout.addWidget(self.text, 1)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Your objection text"))
        self.intro.setText(
            # Translators: {service} is the service's name, such as LinkedIn.
            _(
                "Copy this text and paste it into the objection form of {service}, in the box for your request. "
                "{service} confirms by e-mail, usually with a case number: you can note it in the assistant."
            ).format(service=_(self.guide.service))
        )
        self.language_caption.setText(_("&Text in:"))
        self.language.setAccessibleName(_("Language of the text"))
        self.name_caption.setText(_("&Your name (optional):"))
        self.name.setAccessibleName(_("Your name (optional)"))
        self.text.setAccessibleName(_("The objection text"))
        self.copy.setText(_("&Copy the text"))
        self.copy.setAccessibleName(_("Copy the text"))
        self.copied.setText(_("Copied. Paste it into the form of {service}.").format(service=_(self.guide.service)))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self._fill()

    def _fill(self) -> None:
        self.text.setPlainText(
            objection_letter(self.extra, self.language.currentData() or "en", self.answer, self.name.text())
        )
        self.copied.hide()

    def typed_name(self) -> str:
        """The name as it signs the text ("" for none): offered again on the receipt."""
        return clean_label(self.name.text())

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.copied.show()
