"""Confirm: the person says what they did; the region's extras are optional. Writes the record."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import action_text, guide_text
from app.core import settings
from app.core.actions import ANSWER_NOT_FOUND, KINDS
from app.core.flow import ACCOUNT_LABEL_MAX, PageId, confirmations_from, same_account
from app.core.objection import CASE_NUMBER_MAX, case_setting, clean_case_number
from app.core.records import COLUMNS, Confirmation, NewConfirmation, StoreError
from app.i18n import _, quote
from app.notices import store_error_text
from app.ui import names, phone_handoff
from app.ui.controls import choice_button, set_check_text, wrapping_check
from app.ui.link_feedback import LinkFeedback
from app.ui.pages.base import BasePage, left_aligned, link_button, literal, text_label
from app.ui.session import Session


class ExtraBox(QFrame):
    """One optional extra step: what it is, a button that opens its page, a box to tick."""

    def __init__(
        self, extra_id: str, session: Session, parent: QWidget | None = None, *, can_record: bool = True
    ) -> None:
        super().__init__(parent)
        self.extra = session.guide.extras[extra_id]
        self.session = session
        widget_names = names.extra(extra_id)
        self.setObjectName(widget_names.box)
        self.setProperty("role", "notice")
        button_name, check_name = widget_names.button, widget_names.done
        self.heading = text_label(self, object_name=widget_names.title)
        self.heading.setProperty("role", "subtitle")
        self.summary = text_label(self)
        self.button = QPushButton(self)
        self.button.setObjectName(button_name)
        self.button.clicked.connect(self._open)
        self.feedback = LinkFeedback(self, name=widget_names.feedback)
        self.check, self.check_label, check_row = wrapping_check(self, check_name)
        self.check.toggled.connect(self._toggled)
        if not can_record:  # where nothing is recorded (nothing to do here), nothing to tick either
            self.check.hide()
            self.check_label.hide()
        # The objection form's ready-to-paste text, and LinkedIn's case number once sent.
        # Only a form has one (its name is unique on the page).
        self.text_button = link_button(self, names.OBJECTION_LETTER_BUTTON) if self.extra.is_form else None
        if self.text_button is not None:
            self.text_button.clicked.connect(self._show_text)
        self.case_caption = QLabel(self)
        self.case_caption.setWordWrap(True)
        self.case_number = QLineEdit(self)
        self.case_number.setObjectName(widget_names.case_number)
        self.case_number.setMaxLength(CASE_NUMBER_MAX)
        self.case_caption.setBuddy(self.case_number)
        self.case_caption.hide()
        self.case_number.hide()
        self.phone = phone_handoff.PhoneHandoff(self, code_size=150, name=widget_names.handoff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(left_aligned(self.button))
        if self.text_button is not None:
            layout.addLayout(left_aligned(self.text_button))
        layout.addWidget(self.feedback)
        layout.addWidget(self.phone)
        layout.addLayout(check_row)
        layout.addWidget(self.case_caption)
        layout.addLayout(left_aligned(self.case_number))

    def retranslate(self) -> None:
        extra = self.extra
        self.heading.setText(_("Optional: {title}").format(title=_(extra.title)))
        self.summary.setText(guide_text.extra_text(extra, self.session.state.region(self.session.guide)))
        self.feedback.retranslate(_("Your browser was asked to open the page."))
        self.button.setText(literal(_(extra.button)))
        self.button.setAccessibleName(_(extra.button))
        set_check_text(self.check, self.check_label, _(extra.done))
        if self.text_button is not None:
            self.text_button.setText(_("Prepare my objection text…"))
            self.text_button.setAccessibleName(_("Prepare my objection text"))
        self.case_caption.setText(_("The case number, if you already have it (optional):"))
        self.case_number.setAccessibleName(_("Case number (optional)"))
        device = self.session.state.device
        on_phone = device is not None and self.session.guide.device(device).handoff == "qr"
        self.phone.setVisible(on_phone)
        if on_phone:
            self.phone.set_url(extra.link)
            self.phone.retranslate(_("Or on your phone:"))

    def _open(self) -> None:
        self.feedback.open(self.extra.link, self.session.guide, _("Your browser was asked to open the page."))

    def _show_text(self) -> None:
        from app.ui.objection_dialog import ObjectionDialog

        session = self.session
        if session.holder_name is None:  # the name on the last receipt, unless typed here already
            holder = session.store.value(settings.RECEIPT_HOLDER)
            session.holder_name = "" if "/" in holder else holder  # a profile link is not a name to sign with
        dialog = ObjectionDialog(session.guide, self.extra, session.state.answer, session.holder_name, self)
        dialog.name.textChanged.connect(lambda _text: setattr(session, "holder_name", dialog.typed_name()))
        dialog.exec()

    def _toggled(self, checked: bool) -> None:
        show_case = checked and self.extra.is_form
        self.case_caption.setVisible(show_case)
        self.case_number.setVisible(show_case)
        if checked:
            self.session.state.extras.add(self.extra.id)
        else:
            self.session.state.extras.discard(self.extra.id)


class AnswerGroup(QFrame):
    """The question for the service (or one of its apps) and its answers as large choices, with the help that
    "I couldn't find it" shows. Its answers follow the kind of the region's action (app/core/actions.py)."""

    def __init__(self, page: ConfirmPage, app: str) -> None:
        super().__init__(page)
        self.page = page
        self.app = app
        self.setObjectName(names.answer_group(app))
        # One service: the page's own names, as always; one app of several: the same, inside its group.
        self.question = text_label(self, object_name=names.CONFIRM_QUESTION)
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choices.buttonToggled.connect(self._answered)
        self.buttons: dict[str, QToolButton] = {}
        self.kind = ""
        self.answers_row = QVBoxLayout()  # one answer per line: large targets, and room for any language
        # Every kind's answers, made now, first: the keyboard reaches them first on the page, right after the
        # question (a widget made later would come last in the Tab order, after the page's other controls).
        self.every_answer: dict[str, QToolButton] = {}
        for answer in dict.fromkeys(a for each in KINDS.values() for a in each.answers):
            button = choice_button(self, names.answer_button(answer), "answer", answer)
            button.setMinimumHeight(button.fontMetrics().height() * 2)
            button.hide()
            self.every_answer[answer] = button
        self.not_found = QFrame(self)
        self.not_found.setObjectName(names.NOT_FOUND_HELP)
        self.not_found_text = text_label(self.not_found, object_name=names.NOT_FOUND_TEXT)
        self.not_found_button = QPushButton(self.not_found)
        self.not_found_button.setObjectName(names.NOT_FOUND_OPEN_SETTING)
        self.not_found_button.clicked.connect(self._open)
        self.not_found_feedback = LinkFeedback(self.not_found, name=names.NOT_FOUND_FEEDBACK)
        help_layout = QVBoxLayout(self.not_found)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.addWidget(self.not_found_text)
        help_layout.addLayout(left_aligned(self.not_found_button))
        help_layout.addWidget(self.not_found_feedback)
        self.not_found.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(self.answers_row)
        layout.addWidget(self.not_found)

    def set_kind(self, kind: str) -> None:
        """The answers of `kind`'s action (made anew only when the kind changes: another country)."""
        if kind == self.kind:
            return
        self.kind = kind
        for button in self.buttons.values():
            self.choices.removeButton(button)
            self.answers_row.removeWidget(button)
            button.setChecked(False)
            button.hide()
        self.buttons = {answer: self.every_answer[answer] for answer in KINDS[kind].answers}
        previous: QToolButton | None = None
        for button in self.buttons.values():  # in the kind's order, on screen and for the keyboard
            self.choices.addButton(button)
            self.answers_row.addWidget(button)
            button.show()
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        self.not_found.hide()

    def retranslate(self, words: action_text.KindWords, label: str, service: str) -> None:
        guide = self.page.session.guide
        app = guide.app(self.app)
        if app is None:
            self.question.setText(words.question.format(label=label))
        else:
            self.question.setText(words.app_question.format(app=_(app.name), label=label))
        for answer, button in self.buttons.items():
            button.setText(literal(words.answers[answer]))
            button.setAccessibleName(words.answers[answer])
        self.not_found_text.setText(words.not_found.format(service=service, label=label))
        self.not_found_button.setText(words.open_page)
        self.not_found_button.setAccessibleName(words.open_page)
        self.not_found_feedback.retranslate(words.opened)

    def _open(self) -> None:
        session = self.page.session
        action = session.state.action(session.guide)
        if action is not None and action.link is not None:
            self.not_found_feedback.open(action.link, session.guide, action_text.kind_words(action.kind).opened)

    def _answered(self, button: QToolButton, checked: bool) -> None:
        if not checked:
            return
        self.page.session.state.choose_answer(button.property("answer"), self.app)
        self.not_found.setVisible(button.property("answer") == ANSWER_NOT_FOUND)
        self.page.completeChanged.emit()


def _same_answer(recorded: Confirmation, new: NewConfirmation) -> bool:
    """Whether `new` says what `recorded` already says (only the time would differ)."""
    return all(getattr(recorded, column) == getattr(new, column) for column in COLUMNS) and set(recorded.extras) == set(
        new.extras
    )


class ConfirmPage(BasePage):
    page_id = PageId.CONFIRM

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        # The question, then its answers as large choices (one question per app, for a service of several).
        # Next stays disabled until an answer records something; "I couldn't find it" shows help instead.
        self.groups = {app: AnswerGroup(self, app) for app in session.guide.app_ids}
        self.future_only = text_label(self, object_name=names.FUTURE_ONLY)
        self.region_notes = text_label(self, object_name=names.REGION_NOTES)
        # The region's optional extras, folded under "Go further (optional)": the answer comes first.
        self.further_button = link_button(self, names.GO_FURTHER_BUTTON)
        self.further_button.setCheckable(True)
        self.further = QWidget(self)
        self.further.setObjectName(names.GO_FURTHER)
        further_layout = QVBoxLayout(self.further)
        further_layout.setContentsMargins(0, 0, 0, 0)
        self.further_layout = further_layout
        self.further_button.toggled.connect(self._fold)
        self.further.hide()
        self.extra_boxes = {extra_id: ExtraBox(extra_id, session, self.further) for extra_id in session.guide.extras}
        self.account_caption = QLabel(self)
        self.account_caption.setObjectName(names.ACCOUNT_CAPTION)
        self.account_caption.setWordWrap(True)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName(names.ACCOUNT_COMBO)
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_combo.setMinimumContentsLength(18)
        line = self.account_combo.lineEdit()
        assert line is not None  # an editable combo has one
        self.account_line: QLineEdit = line
        self.account_line.setMaxLength(ACCOUNT_LABEL_MAX)
        # Enter in the name moves on, it does not save the page (the combo passes keys to its line edit).
        self.account_combo.installEventFilter(self)
        self.account_line.installEventFilter(self)
        # Its width follows the minimum length, never a long name recorded by an older version.
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account_combo.currentTextChanged.connect(self._account_changed)
        self.account_caption.setBuddy(self.account_combo)
        self.account_hint = text_label(self, object_name=names.ACCOUNT_HINT)
        self.steps_button = link_button(self, names.SHOW_STEPS_BUTTON)
        self.steps_button.clicked.connect(self._show_steps)

        layout = self.body
        self.body_layout = layout
        for group in self.groups.values():
            layout.addWidget(group)
        layout.addLayout(left_aligned(self.further_button))  # right under the answers, where it is seen
        layout.addWidget(self.further)
        layout.addWidget(self.future_only)
        layout.addWidget(self.region_notes)
        for box in self.extra_boxes.values():
            further_layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(self.account_caption)  # above its field: it wraps in any language
        layout.addLayout(left_aligned(self.account_combo))
        layout.addWidget(self.account_hint)
        layout.addLayout(left_aligned(self.steps_button))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        region = self.session.state.region(self.session.guide)
        action = self.session.state.action(self.session.guide)
        if action is not None:
            for group in self.groups.values():
                group.set_kind(action.kind)
        for extra_id, box in self.extra_boxes.items():
            applies = region is not None and extra_id in region.extras
            box.setVisible(applies)
            if not applies:
                box.check.setChecked(False)
        if region is not None:  # in the region's order
            for offset, extra_id in enumerate(region.extras):
                self.further_layout.insertWidget(offset, self.extra_boxes[extra_id])
        has_extras = region is not None and bool(region.extras)
        self.further_button.setVisible(has_extras)
        # Open when something in it was already ticked (Back, then Next again); folded otherwise.
        self.further_button.setChecked(has_extras and bool(self.session.state.extras))
        self.steps_button.setVisible(self.session.state.quick_route)
        labels = sorted(self._recorded_accounts() - {""}, key=str.casefold)
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItems(["", *labels])
        self.account_combo.setEditText(self.session.state.account)
        self.account_combo.blockSignals(False)
        super().initializePage()

    def retranslate(self) -> None:
        guide = self.session.guide
        self.set_heading(_("Did it work?"), _("Choose what is true. This note stays on this computer."))
        action = self.session.state.action(guide)
        if action is not None:
            label = action_text.action_label(guide, action, self.session.state.labels_language())
            for group in self.groups.values():
                group.retranslate(action_text.kind_words(action.kind), label, _(guide.service))
        # What the switch covers was said once, with the region; here only what recording it cannot undo.
        self.future_only.setText(_(guide.facts.stops_future_only.text))
        region = self.session.state.region(guide)
        notes = [_(note) for note in region.notes] if region else []
        self.region_notes.setText("\n".join(notes))
        self.region_notes.setVisible(bool(notes))
        for box in self.extra_boxes.values():
            box.retranslate()
        self.further_button.setText(_("Go further (optional)"))
        self.further_button.setAccessibleName(_("Go further (optional): show the optional steps"))
        if self.session.state.naming_account:  # "Add another account": the name tells the new one apart
            self.account_caption.setText(_("&Name of this account:"))
            self.account_combo.setAccessibleName(_("Name of this account"))
            self.account_hint.setText(
                _("A name to tell this {service} account apart from the others on your checklist.").format(
                    service=_(guide.service)
                )
            )
        else:
            self.account_caption.setText(_("&Account name (optional):"))
            self.account_combo.setAccessibleName(_("Account name (optional)"))
            self.account_hint.setText(
                _("Only if you have more than one {service} account: a name to tell them apart.").format(
                    service=_(guide.service)
                )
            )
        self.account_line.setPlaceholderText(_("for example Work"))
        self.steps_button.setText(_("I need the steps: show them"))
        self.steps_button.setAccessibleName(self.steps_button.text())

    def primary_text(self) -> str:
        return _("&Save my answer")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        session = self.session
        wanted = confirmations_from(session.state, session.guide, session.app_version)
        # Already recorded (Back from Done, then Next), or in part before a write failed: once is the truth.
        same = len(session.recorded) <= len(wanted) and all(map(_same_answer, session.recorded, wanted))
        recorded = list(session.recorded) if same else []
        if len(recorded) == len(wanted):
            return True
        if session.state.naming_account and not self._another_account():
            return False
        try:
            for new in wanted[len(recorded) :]:
                recorded.append(session.store.add_confirmation(new))
        except StoreError as exc:
            session.recorded = tuple(recorded)  # what was written is kept, and not written twice
            QMessageBox.warning(self, _("Not saved"), store_error_text(exc))
            return False
        session.recorded = tuple(recorded)
        new = wanted[0]
        # The languages are remembered from the first record on, never before (see Controller).
        with contextlib.suppress(StoreError):
            for box in self.extra_boxes.values():
                case = clean_case_number(box.case_number.text())
                if box.isVisible() and box.check.isChecked() and case:
                    session.store.set_setting(case_setting(session.guide.id, new.account), case)
            session.store.set_setting(settings.RESUME.key, "")  # recorded: nothing left to resume
            if session.holder_name and session.holder_name != session.store.value(settings.RECEIPT_HOLDER):
                session.store.set_setting(settings.RECEIPT_HOLDER.key, session.holder_name)  # offered on the receipt
            session.store.set_setting(settings.LANGUAGE.key, session.state.language)
            if session.state.linkedin_language is not None:
                session.store.set_setting(settings.SERVICE_LANGUAGE.key, session.state.linkedin_language)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the account's name goes on to the next control: it never saves the answer."""
        if (
            watched in (self.account_combo, self.account_line)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.account_line.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def _recorded_accounts(self) -> set[str]:
        guide_id = self.session.guide.id
        return {c.account for c in self.session.store.confirmations() if c.guide_id == guide_id}

    def _another_account(self) -> bool:
        """ "Add another account" given the name of one already recorded (or none, the only account's): ask
        whether it is the same account. True to record (a new name, or the same account on purpose)."""
        name = self.session.state.account
        taken = same_account(name, self._recorded_accounts())
        if taken is None:
            return True
        service = _(self.session.guide.service)
        box = QMessageBox(self)
        box.setObjectName(names.SAME_ACCOUNT_BOX)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed, never as markup
        box.setWindowTitle(_("The same account?"))
        if taken:
            box.setText(_("{account} is already on your checklist.").format(account=quote(taken)))
        else:
            box.setText(_("Your {service} account is already on your checklist.").format(service=service))
        box.setInformativeText(
            _("Is this the same {service} account, or another one? Another one needs its own name.").format(
                service=service
            )
        )
        same = box.addButton(_("The same account"), QMessageBox.ButtonRole.AcceptRole)
        same.setObjectName(names.SAME_ACCOUNT_BUTTON)
        other = box.addButton(_("Another account: name it"), QMessageBox.ButtonRole.RejectRole)
        other.setObjectName(names.OTHER_ACCOUNT_BUTTON)
        box.setDefaultButton(other)  # nothing is recorded by Enter alone
        box.setEscapeButton(other)
        box.exec()
        if box.clickedButton() is same:
            self.session.state.account = taken  # recorded under the name it already has
            return True
        self.bring_into_view(self.account_combo, self.account_hint)
        self.account_line.setFocus()
        self.account_line.selectAll()
        return False

    def _fold(self, unfolded: bool) -> None:
        """Show or hide the optional extras; shown, they are scrolled into view (else nothing seems to happen)."""
        self.further.setVisible(unfolded)
        if unfolded:
            self.bring_into_view(self.further_button, self.further)

    def _account_changed(self, text: str) -> None:
        self.session.state.account = text.strip()

    def _show_steps(self) -> None:
        """Leave the quick route: back to the region page, then on to the device and its steps."""
        self.session.state.quick_route = False
        wizard = self.wizard()
        wizard.back()
        wizard.next()
