"""Check it now: from the status home, an account's switch is looked at again. The setting page opens in the
browser, and the person says what they see there, with the wizard's own answers; nothing is recorded before
they do, and no button that records has the keyboard's Enter."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from app import action_text
from app.core.actions import ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND, ANSWER_OFF, SETTING
from app.core.records import CONFIRMED, RECHECKED
from app.core.status import AccountStatus
from app.i18n import _
from app.ui import names
from app.ui.controls import choice_button
from app.ui.link_feedback import LinkFeedback
from app.ui.pages.base import left_aligned, link_button, literal, page_scroll, text_label
from app.ui.screen_fit import fit_to_screen
from app.ui.style import set_variant

# What each answer records when a switch is looked at again: off now (it was on: switched off again), or still
# off; "I couldn't find it" records nothing and offers the steps.
RECORDS = {ANSWER_OFF: CONFIRMED, ANSWER_ALREADY_OFF: RECHECKED}


class RecheckDialog(QDialog):
    def __init__(self, account: AccountStatus, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.action = account.checklist.action or account.guide.main_action
        self.answer: str | None = None
        self.wants_steps = False  # "Go through the steps": the person could not find it
        self.setObjectName(names.RECHECK_DIALOG)
        self.setWindowTitle(title)
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 70, metrics.height() * 26))
        self.intro = text_label(self, object_name=names.RECHECK_INTRO)
        self.feedback = LinkFeedback(self, name=names.RECHECK_FEEDBACK)
        self.open_again = link_button(self, names.RECHECK_OPEN)
        self.open_again.clicked.connect(self.open_page)
        self.question = text_label(self, object_name=names.CONFIRM_QUESTION)
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for answer in (ANSWER_OFF, ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND):
            button = choice_button(self, names.answer_button(answer), "answer", answer)
            button.setMinimumHeight(button.fontMetrics().height() * 2)
            self.choices.addButton(button)
            self.buttons[answer] = button
        self.choices.buttonToggled.connect(self._answered)
        self.help = text_label(self, object_name=names.NOT_FOUND_TEXT)
        self.steps_button = link_button(self, names.RECHECK_STEPS)
        self.steps_button.clicked.connect(self._go_through_the_steps)
        self.help.hide()
        self.steps_button.hide()
        # Plain buttons, not a QDialogButtonBox: a box makes its first accepting button the default one, and
        # Enter would then record. Here Enter records nothing: an answer is chosen and saved on purpose.
        self.save = QPushButton(_("&Save my answer"), self)
        self.save.setObjectName(names.PRIMARY_BUTTON)
        set_variant(self.save, "primary")
        self.cancel = QPushButton(_("Cancel"), self)
        self.cancel.setObjectName(names.RECHECK_CANCEL)
        set_variant(self.cancel, "secondary")
        for push in (self.save, self.cancel):
            push.setAutoDefault(False)
        self.save.setEnabled(False)
        self.save.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.save)
        # The words and answers scroll inside when the screen is small (or its text large); the buttons stay.
        body = QWidget()
        inside = QVBoxLayout(body)
        inside.addWidget(self.intro)
        inside.addWidget(self.feedback)
        inside.addLayout(left_aligned(self.open_again))
        inside.addWidget(self.question)
        for button in self.buttons.values():
            inside.addWidget(button)
        inside.addWidget(self.help)
        inside.addLayout(left_aligned(self.steps_button))
        inside.addStretch(1)
        scroll = page_scroll(self)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.retranslate()

    @property
    def records(self) -> str | None:
        """The kind of record the chosen answer writes; None for none chosen, or "I couldn't find it"."""
        return RECORDS.get(self.answer or "")

    def retranslate(self) -> None:
        guide = self.account.guide
        words = action_text.kind_words(SETTING)
        label = action_text.action_label(guide, self.action, None)
        service = _(guide.service)
        self.intro.setText(
            # Translators: {service} is the service's name, such as LinkedIn; {label} its switch, quoted.
            _(
                "The assistant asked your browser to open {service}'s setting page. Sign in if asked, look at {label}, "
                "then say what you see."
            ).format(service=service, label=label)
        )
        self.open_again.setText(_("Open the setting page again"))
        self.open_again.setAccessibleName(self.open_again.text())
        self.feedback.retranslate(words.opened)
        self.question.setText(words.question.format(label=label))
        for answer, button in self.buttons.items():
            button.setText(literal(words.answers[answer]))
            button.setAccessibleName(words.answers[answer])
        self.help.setText(
            _("That happens: {service} moves its settings now and then. The steps show where it is today.").format(
                service=service
            )
        )
        self.steps_button.setText(_("Go through the steps"))
        self.steps_button.setAccessibleName(self.steps_button.text())

    def open_page(self) -> None:
        if self.action.link:
            self.feedback.open(self.action.link, self.account.guide, action_text.kind_words(SETTING).opened)

    def _answered(self, button: QToolButton, checked: bool) -> None:
        if not checked:
            return
        self.answer = button.property("answer")
        not_found = self.answer == ANSWER_NOT_FOUND
        self.help.setVisible(not_found)
        self.steps_button.setVisible(not_found)
        self.save.setEnabled(self.records is not None)

    def _go_through_the_steps(self) -> None:
        self.wants_steps = True
        self.reject()
