"""The status home: shown on every launch after the first. One card per service and account, with a
badge ("Off since 25 Nov 2026", "Time to check", "Not done"), when and where it was done, the optional
extras, and its action: "Check now" when due (the screen's main action), else "Check it now". "More" holds the
receipt, the history and the export; the settings and "Delete everything" sit apart.

The window only shows and asks; the controller (app/ui/app.py) carries out what the person asks for.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.action_text import due_summary
from app.checklist_text import (
    NOTHING_RECORDED,
    account_title,
    badge,
    event_text,
    extras_text,
    item_text,
    last_done_line,
    objection_line,
    others_text,
    summary_lines,
    words,
)
from app.core import settings
from app.core.actions import FORM
from app.core.checklist import SWITCH, Checklist
from app.core.guide import Guide
from app.core.status import AccountStatus, Status, read_status
from app.i18n import _, ngettext
from app.ui import names, style, theme
from app.ui.pages.base import left_aligned, link_button, page_scroll, set_list_text, text_label
from app.ui.screen_fit import fit_to_screen
from app.ui.session import Session

# A card's badge: its tone (the style sheet's [tone=...]) says how things stand.
TONE_OK = "ok"
TONE_DUE = "due"
TONE_TODO = "todo"


class AccountCard(QFrame):
    """One service and account: how it stands, and the one thing to do now."""

    def __init__(self, home: StatusHome, account: AccountStatus) -> None:
        super().__init__(home.cards)
        self.home = home
        self.account = account
        self.checklist = account.checklist
        self.setObjectName(names.ACCOUNT_CARD)
        self.setProperty("role", "card")
        self.setProperty("key", account.key)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = QLabel(self)
        self.title.setObjectName(names.CARD_TITLE)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # an account's name is never markup
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.badge = QLabel(self)
        self.badge.setObjectName(names.CARD_BADGE)
        self.badge.setProperty("role", "badge")
        self.details = text_label(self, object_name=names.CARD_DETAILS)
        self.extras = text_label(self, object_name=names.CARD_EXTRAS)
        self.feedback = text_label(self, object_name=names.CARD_FEEDBACK)
        self.feedback.setProperty("role", "success")
        self.feedback.hide()
        self.action = QPushButton(self)
        self.action.setObjectName(names.CARD_ACTION)
        self.action.clicked.connect(self._act)
        self.case_button = link_button(self, names.CARD_CASE_NUMBER)
        self.case_button.clicked.connect(lambda: home.caseNumberRequested.emit(self.key))
        self.confirmed_button = link_button(self, names.CARD_CONFIRMED)
        self.confirmed_button.clicked.connect(lambda: home.confirmedRequested.emit(self.key))
        self.reminder = link_button(self, names.CARD_REMINDER)
        self.reminder.clicked.connect(lambda: home.reminderRequested.emit(self.key))
        self.more = QPushButton(self)
        self.more.setObjectName(names.CARD_MORE)
        self.more.setProperty("variant", "secondary")
        menu = QMenu(self.more)
        self.steps_action = menu.addAction("", lambda: home.restartRequested.emit(self.key))
        self.steps_action.setObjectName(names.MORE_STEPS)
        self.receipt_action = menu.addAction("", home.exportPdfRequested.emit)
        self.history_action = menu.addAction("", self._show_history)
        self.export_action = menu.addAction("", home.exportJsonRequested.emit)
        self.receipt_action.setObjectName(names.MORE_RECEIPT)
        self.history_action.setObjectName(names.MORE_HISTORY)
        self.export_action.setObjectName(names.MORE_EXPORT)
        self.more.setMenu(menu)

        # The badge sits beside the name when both fit on one line, else under it (see _place_badge).
        self.top = QGridLayout()
        self.top.setColumnStretch(0, 1)
        self.top.addWidget(self.title, 0, 0)
        self.badge_beside: bool | None = None  # not placed yet
        actions = QHBoxLayout()
        actions.addWidget(self.action)
        actions.addStretch(1)
        actions.addWidget(self.more)
        layout = self.card_layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.details)
        layout.addWidget(self.extras)
        layout.addWidget(self.feedback)
        layout.addLayout(left_aligned(self.case_button))
        layout.addLayout(left_aligned(self.confirmed_button))
        layout.addLayout(left_aligned(self.reminder))
        layout.addLayout(actions)

    @property
    def key(self) -> str:
        return self.account.key

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_badge()

    def _place_badge(self) -> None:
        """The badge beside the name if the whole name still fits on one line, else under the name:
        a long name (or a long badge, in German or Italian) is never broken up beside it."""
        self.ensurePolished()
        frame, inside = self.contentsMargins(), self.card_layout.contentsMargins()
        room = self.width() - frame.left() - frame.right() - inside.left() - inside.right()
        name = self.title.fontMetrics().horizontalAdvance(self.title.text())
        gap = max(self.top.horizontalSpacing(), 0)
        beside = name + gap + self.badge.sizeHint().width() <= room
        if beside == self.badge_beside:
            return
        self.badge_beside = beside
        self.top.removeWidget(self.badge)
        if beside:
            self.top.addWidget(self.badge, 0, 1, Qt.AlignmentFlag.AlignTop)
        else:
            self.top.addWidget(self.badge, 1, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def due(self) -> bool:
        return self.account.wants_action

    def retranslate(self, primary: bool) -> None:
        account, checklist, guide = self.account, self.checklist, self.account.guide
        self.title.setText(self.home.title_of(account))
        text = badge(account)
        tone = TONE_TODO if account.empty else TONE_DUE if account.is_due else TONE_OK
        self.badge.setText(text)
        self.badge.setProperty("tone", tone)
        style.repolish(self.badge)
        self.badge.setAccessibleName(_("Status: {status}").format(status=text))
        self._place_badge()

        lines = [last_done_line(account, unbroken=True)] if not account.empty else []
        lines += summary_lines(account, unbroken=True)  # a date never split across two lines
        self.details.setText("\n".join(lines))
        extras = []
        for item in checklist.items:
            if item.id == SWITCH:
                continue
            if account.objection is not None and item.id == account.objection.id:
                extras.append("✓ " + objection_line(account, unbroken=True))
            elif item.done:
                extras.append("✓ " + item_text(item, guide).title)
            else:
                title = item_text(item, guide).title
                extras.append("○ " + _("{title}: optional, you can do it later").format(title=title))
        set_list_text(self.extras, extras)
        self.extras.setVisible(bool(extras))
        self.case_button.setText(_("Change the case number") if account.case_number else _("Note the case number"))
        self.case_button.setAccessibleName(self.case_button.text())
        self.case_button.setVisible(account.objection is not None)
        # A form that is the service's main action: the day its confirmation e-mail came, when the person has it.
        sent = not account.empty and account.checklist.action is not None and account.checklist.action.kind == FORM
        self.confirmed_button.setText(
            _("Change the date of the confirmation e-mail")
            if account.confirmed_on
            else _("I got the confirmation e-mail")
        )
        self.confirmed_button.setAccessibleName(f"{self.confirmed_button.text()}: {self.home.title_of(account)}")
        self.confirmed_button.setVisible(sent)

        kind = words(account)
        if self.due:
            self.action.setText(_("Check now"))
            self.action.setToolTip(_("Go through the steps again on the same device"))
        else:  # a form is sent once: nothing to record as still done (its steps are under More)
            self.action.setText(kind.still)
            self.action.setToolTip(kind.still_tip)
        self.action.setVisible(self.due or bool(kind.still))
        self.action.setAccessibleName(f"{self.action.text()}: {self.title.text()}")
        # Only something due is the screen's main action: a look again when nothing is due is never pressed
        # by accident (and never has the keyboard's focus when the window opens).
        style.set_variant(self.action, "primary" if primary and self.due else "")
        self.reminder.setText(_("Add a reminder to my calendar"))
        self.reminder.setAccessibleName(
            _("Add a reminder to my calendar for {account}").format(account=self.title.text())
        )
        self.reminder.setVisible(not checklist.empty)
        self.more.setText(_("More"))
        self.more.setAccessibleName(_("More for {account}").format(account=self.title.text()))
        self.steps_action.setText(_("Go through the steps again"))
        self.receipt_action.setText(_("Save or print the receipt…"))
        self.history_action.setText(_("History…"))
        self.export_action.setText(_("Export data (for experts)…"))
        self.receipt_action.setEnabled(not checklist.empty)
        self.history_action.setEnabled(not checklist.empty)

    def show_feedback(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.show()

    def _act(self) -> None:
        if self.due:
            self.home.restartRequested.emit(self.key)
        else:
            self.home.recheckedRequested.emit(self.key)

    def _show_history(self) -> None:
        HistoryDialog(self.checklist, self.account.guide, self.title.text(), self.home).exec()


class StatusHome(QWidget):
    restartRequested = Signal(str)  # noqa: N815 - "Check now": the account's key
    recheckedRequested = Signal(str)  # noqa: N815 - "Check it now": the account's key
    reminderRequested = Signal(str)  # noqa: N815 - "Add a reminder to my calendar": the account's key
    caseNumberRequested = Signal(str)  # noqa: N815 - "Note the case number": the account's key
    confirmedRequested = Signal(str)  # noqa: N815 - "I got the confirmation e-mail": the account's key
    addAccountRequested = Signal(str)  # noqa: N815 - "Add another … account": the service's guide id
    otherServicesRequested = Signal()  # noqa: N815 - "Go through another service"
    exportPdfRequested = Signal()  # noqa: N815
    exportJsonRequested = Signal()  # noqa: N815
    deleteRequested = Signal()  # noqa: N815
    periodChosen = Signal(int)  # noqa: N815 - months between re-checks
    languageChosen = Signal(str)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status: Status  # read by refresh(), below
        self.feedback: dict[str, str] = {}  # a card's key -> what was just recorded (shown until closed)
        self.setObjectName(names.STATUS_HOME)
        metrics = self.fontMetrics()
        self.setMinimumSize(QSize(metrics.averageCharWidth() * 80, metrics.height() * 24))
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 100, metrics.height() * 34))

        self.heading = text_label(self, object_name=names.CHECKLIST_HEADING)
        self.heading.setProperty("role", "title")
        self.summary = text_label(self, object_name=names.CHECKLIST_SUMMARY)
        self.summary.setProperty("role", "lead")
        self.language_caption = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName(names.LANGUAGE_SWITCH)
        for code in i18n.languages():
            self.language_combo.addItem(i18n.native_name(code), code)
        self.language_combo.activated.connect(
            lambda index: self.languageChosen.emit(self.language_combo.itemData(index))
        )
        self.language_caption.setBuddy(self.language_combo)
        self.about_button = link_button(self, names.ABOUT_BUTTON)
        self.about_button.clicked.connect(self._show_about)

        # The cards, in a centred column that scrolls.
        self.cards = QWidget()
        self.cards.setObjectName(names.PAGE_COLUMN)
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.card_widgets: list[AccountCard] = []
        self.group_widgets: list[QWidget] = []  # per service: its heading (several services), its "Add another"
        # The services with nothing recorded yet: one quiet line and a link, never a nag.
        self.others = text_label(self, object_name=names.OTHER_SERVICES)
        self.others.setProperty("role", "muted")
        self.others_button = link_button(self, names.OTHER_SERVICES_BUTTON)
        self.others_button.clicked.connect(self.otherServicesRequested)

        # Settings, apart; "Delete everything", apart again and red.
        self.settings = QFrame(self)
        self.settings.setObjectName(names.STATUS_SETTINGS)
        self.settings.setProperty("role", "notice")
        self.period_caption = QLabel(self.settings)
        self.period_combo = QComboBox(self.settings)
        self.period_combo.setObjectName(names.RECHECK_PERIOD_COMBO)
        self.period_combo.setMinimumContentsLength(12)  # "12 months", "12 mois", and longer languages
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_caption.setBuddy(self.period_combo)
        self.period_combo.activated.connect(lambda index: self.periodChosen.emit(self.period_combo.itemData(index)))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName(names.DELETE_EVERYTHING_BUTTON)
        self.delete_button.setProperty("variant", "danger")
        self.delete_button.clicked.connect(self.deleteRequested)
        settings_row = QHBoxLayout(self.settings)
        settings_row.addWidget(self.period_caption)
        settings_row.addWidget(self.period_combo)
        settings_row.addStretch(1)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)

        inside = QWidget()
        inside.setObjectName(names.PAGE_INSIDE)
        centre = QHBoxLayout(inside)
        column = QVBoxLayout()
        column.addWidget(self.summary)
        column.addWidget(self.cards)
        column.addWidget(self.others)
        column.addLayout(left_aligned(self.others_button))
        column.addStretch(1)
        column.addWidget(self.settings)
        column.addLayout(delete_row)
        holder = QWidget(inside)
        holder.setObjectName(names.PAGE_COLUMN)
        holder.setLayout(column)
        holder.setMaximumWidth(style.column_width(self))
        centre.addStretch(1)
        centre.addWidget(holder, 100)
        centre.addStretch(1)
        scroll = page_scroll(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inside)
        self.page_scroll = scroll

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        switch = QHBoxLayout()  # the caption centred on the list, the pair at the top beside a long heading
        switch.addWidget(self.language_caption)
        switch.addWidget(self.language_combo)
        switch.addWidget(self.about_button)
        header.addLayout(switch)
        header.setAlignment(switch, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        margin = style.spacing(self, theme.SPACE)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self.status.today

    def title_of(self, account: AccountStatus) -> str:
        """An account's name ("Your LinkedIn account", "Work"): with several services, each group's heading names
        its service."""
        return account_title(account.account, account.guide, account.checklist.app)

    def account_of(self, key: str) -> AccountStatus | None:
        """The account of `key` (see AccountStatus.key); a bare account name is looked up in the first service."""
        return self.status.account(key)

    def checklist_of(self, key: str) -> Checklist | None:
        account = self.account_of(key)
        return account.checklist if account is not None else None

    def card_of(self, key: str) -> AccountCard | None:
        account = self.account_of(key)
        return next((c for c in self.card_widgets if account is not None and c.key == account.key), None)

    def note_rechecked(self, key: str, *, switched: bool = False) -> None:
        """Say on the account's card what was recorded today ("still off", or switched off again), and when
        the next check is."""
        account = self.account_of(key)
        if account is None or account.due is None:
            return
        date = i18n.format_date(account.due, unbroken=True)
        if switched:
            text = _("Recorded: switched off today. Next check around {date}.").format(date=date)
        else:
            text = _("Recorded: still off today. Next check around {date}.").format(date=date)
        self.note_recorded(key, text)

    def note_recorded(self, key: str, text: str) -> None:
        """Say on the account's card what was just recorded (after "Check it now")."""
        account = self.account_of(key)
        if account is not None:
            self.feedback[account.key] = text
        self.refresh()

    def refresh(self) -> None:
        """Re-read the records and show them in the current language."""
        self.status = read_status(self.session.store, self.session.guides)
        months = self.status.months
        self.setWindowTitle(_("AI Opt-Out Assistant"))
        recorded = self.status.recorded_services or self.session.guides
        if len(recorded) == 1:
            self.heading.setText(_("Your {service} AI setting").format(service=_(recorded[0].service)))
        else:
            self.heading.setText(_("Your AI settings"))
        accounts, due = self.status.accounts, self.status.wanting_action
        if not accounts:
            self.summary.setText(_(NOTHING_RECORDED))
        elif due:
            self.summary.setText(due_summary(due[0].checklist.action, len(due), _(due[0].guide.service)))
        else:
            self.summary.setText(_("All done. Nothing to do until the next check."))

        for widget in [*self.card_widgets, *self.group_widgets]:
            widget.hide()
            widget.setParent(None)  # out of the window at once (its deletion waits for the event loop)
            widget.deleteLater()
        self.card_widgets, self.group_widgets = [], []
        # One primary action on the screen: the first account that needs something, else the first.
        primary = (due or accounts)[0].key if accounts else ""
        services = self.status.recorded_services
        for guide in services:  # service by service, each with its cards and its own "Add another … account"
            if len(services) > 1:
                heading = text_label(self, object_name=names.SERVICE_GROUP_HEADING)
                heading.setProperty("role", "subtitle")
                heading.setText(_(guide.service))
                self.cards_layout.addWidget(heading)
                self.group_widgets.append(heading)
            for account in self.status.of_service(guide.id):
                card = AccountCard(self, account)
                card.retranslate(primary=account.key == primary)
                if account.key in self.feedback:
                    card.show_feedback(self.feedback[account.key])
                self.cards_layout.addWidget(card)
                self.card_widgets.append(card)
            add = link_button(self, names.ADD_ACCOUNT_BUTTON)
            add.setText(_("Add another {service} account").format(service=_(guide.service)))
            add.setAccessibleName(add.text())
            add.clicked.connect(lambda _checked=False, guide_id=guide.id: self.addAccountRequested.emit(guide_id))
            holder = QWidget(self)
            holder.setLayout(left_aligned(add))
            self.cards_layout.addWidget(holder)
            self.group_widgets.append(holder)
        others = self.status.other_services
        self.others.setVisible(bool(others))
        self.others_button.setVisible(bool(others))
        self.others.setText(others_text(others) if others else "")
        self.others_button.setText(_("Go through another service"))
        self.others_button.setAccessibleName(self.others_button.text())

        self.language_caption.setText(_("&Language:"))
        self.language_combo.setAccessibleName(_("Language"))
        self.about_button.setText(_("About"))
        self.about_button.setAccessibleName(_("About the assistant"))
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.language()))
        self.period_caption.setText(_("&How often to check again:"))
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for choice in settings.RECHECK_CHOICES:
            self.period_combo.addItem(ngettext("{n} month", "{n} months", choice).format(n=choice), choice)
        self.period_combo.setCurrentIndex(self.period_combo.findData(months))
        self.period_combo.blockSignals(False)
        self.period_combo.setAccessibleName(_("How often to check again"))
        self.delete_button.setText(_("Delete everything…"))
        self.delete_button.setAccessibleName(_("Delete everything the assistant keeps"))
        if self.isVisible():
            self._focus_primary()

    def _show_about(self) -> None:
        from app.ui.about import show_about  # loaded when asked for

        show_about(self.session, self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._focus_primary()

    def _focus_primary(self) -> None:
        """The keyboard starts on the one thing to do now."""
        first = next((c for c in self.card_widgets if c.action.property("variant") == "primary"), None)
        if first is not None:
            first.action.setFocus()


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their texts wrapped to the width of the `wrapped` columns (Qt's own tree view measures
    a row as one line, and cuts the rest off with "…")."""

    def __init__(self, view: QTreeWidget, wrapped: tuple[int, ...]) -> None:
        super().__init__(view)
        self.view = view
        self.wrapped = wrapped

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        if index.column() not in self.wrapped:
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        # Measured a little narrower than the column (its padding, the style's text margins): never a line
        # more than the row has room for.
        margins = self.view.fontMetrics().averageCharWidth() * 2
        measured.rect = QRect(0, 0, self.view.header().sectionSize(index.column()) - margins, 1 << 16)
        return super().sizeHint(measured, index)


class HistoryDialog(QDialog):
    """Every recorded event of one account, newest first."""

    def __init__(self, checklist: Checklist, guide: Guide, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.HISTORY_DIALOG)
        self.setWindowTitle(_("History: {account}").format(account=title))
        metrics = self.fontMetrics()
        self.view = QTreeWidget(self)
        self.view.setObjectName(names.HISTORY_VIEW)
        self.view.setRootIsDecorated(False)
        self.view.setWordWrap(True)
        self.view.setColumnCount(3)
        self.view.setHeaderLabels([_("When"), _("What"), _("Optional steps")])
        self.view.setAccessibleName(_("History"))
        # No text is cut off, in any language: the date on one line, what was done and the optional steps
        # share the rest and wrap onto more lines (a row is as tall as its longest text).
        self.view.setUniformRowHeights(False)
        self.view.setItemDelegate(WrappingDelegate(self.view, wrapped=(1, 2)))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_changed: self.view.doItemsLayout())
        rows = [
            [i18n.format_local_datetime(event.recorded_at), event_text(event, guide), extras_text(event, guide)]
            for event in reversed(checklist.history)
        ]
        for row in rows:
            self.view.addTopLevelItem(QTreeWidgetItem(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        # Wide enough for every text on one line if the screen allows (up to about 110 characters), with the
        # view's frame, its scroll bar and the dialog's margins; narrower, the texts wrap.
        self.view.ensurePolished()
        columns = sum(
            max(
                header.sectionSizeHint(column),
                *(metrics.horizontalAdvance(row[column]) + metrics.averageCharWidth() * 3 for row in rows),
            )
            for column in range(self.view.columnCount())
        )
        chrome = metrics.averageCharWidth() * 8
        width = min(max(metrics.averageCharWidth() * 60, columns + chrome), metrics.averageCharWidth() * 110)
        # A wrapped column is never narrower than its longest word (and its margins): below that, the view
        # scrolls sideways.
        words = [word for row in rows for text in row[1:] for word in text.split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        header.setMinimumSectionSize(widest + metrics.averageCharWidth() * 3)
        self.setMinimumWidth(min(width, self.view.sizeHintForColumn(0) + 2 * header.minimumSectionSize() + chrome))
        fit_to_screen(self, QSize(width, metrics.height() * 20))
