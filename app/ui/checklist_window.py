"""The checklist: what the person did, when and on which device, per LinkedIn account, and what is due.

Shown on every launch after the first. The window only shows and asks; the controller (app/ui/app.py)
carries out what the person asks for (check again, record a re-check, export, delete everything).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.checklist_text import (
    NOTHING_RECORDED,
    account_title,
    event_text,
    extras_text,
    item_text,
    recheck_text,
    summary_lines,
)
from app.core.checklist import RECHECK_CHOICES, Checklist, build_checklists, recheck_months
from app.i18n import _, ngettext
from app.ui.pages.base import text_label
from app.ui.session import Session

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistWindow(QWidget):
    restartRequested = Signal(str)  # noqa: N815 - "check again": the account's label
    recheckedRequested = Signal(str)  # noqa: N815 - "I re-checked": the account's label
    addAccountRequested = Signal()  # noqa: N815
    exportPdfRequested = Signal()  # noqa: N815
    exportJsonRequested = Signal()  # noqa: N815
    deleteRequested = Signal()  # noqa: N815
    periodChosen = Signal(int)  # noqa: N815 - months between re-checks
    languageChosen = Signal(str)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checklists: list[Checklist] = []
        self.setObjectName("checklistWindow")
        self.setMinimumSize(QSize(760, 520))
        self.resize(QSize(900, 620))
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("checklistHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = text_label(self, object_name="checklistSummary")

        self.view = QTreeWidget(self)
        self.view.setObjectName("checklistView")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setColumnCount(2)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        self.view.itemSelectionChanged.connect(self._selection_changed)

        self.check_again_button = self._button("restartWizardButton", lambda: self.restartRequested.emit(self.account))
        self.rechecked_button = self._button("recheckedButton", lambda: self.recheckedRequested.emit(self.account))
        self.history_button = self._button("historyButton", self._show_history)
        account_row = QHBoxLayout()
        self.account_caption = QLabel(self)
        self.account_caption.setTextFormat(Qt.TextFormat.PlainText)  # an account's name is never markup
        account_row.addWidget(self.account_caption, 1)
        for button in (self.check_again_button, self.rechecked_button, self.history_button):
            account_row.addWidget(button)

        self.period_caption = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("recheckPeriodCombo")
        self.period_caption.setBuddy(self.period_combo)
        self.period_combo.activated.connect(lambda index: self.periodChosen.emit(self.period_combo.itemData(index)))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("checklistLanguageCombo")
        for code in i18n.languages():
            self.language_combo.addItem(i18n.native_name(code), code)
        self.language_combo.activated.connect(
            lambda index: self.languageChosen.emit(self.language_combo.itemData(index))
        )

        self.add_button = self._button("addAccountButton", self.addAccountRequested)
        self.pdf_button = self._button("exportPdfButton", self.exportPdfRequested)
        self.json_button = self._button("exportJsonButton", self.exportJsonRequested)
        self.delete_button = self._button("deleteEverythingButton", self.deleteRequested)
        self.close_button = self._button("closeButton", self.close)
        records_row = QHBoxLayout()
        for button in (self.pdf_button, self.json_button, self.delete_button):
            records_row.addWidget(button)
        records_row.addStretch(1)
        records_row.addWidget(self.add_button)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.period_caption)
        settings_row.addWidget(self.period_combo)
        settings_row.addStretch(1)
        settings_row.addWidget(self.language_combo)
        settings_row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(account_row)
        layout.addLayout(records_row)
        layout.addLayout(settings_row)
        self.refresh()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @property
    def account(self) -> str:
        """The account the per-account buttons act on: the selected one, or the only one."""
        item = self.view.currentItem()
        if item is not None:
            return str(item.data(0, ACCOUNT_ROLE))
        return self.checklists[0].account if self.checklists else ""

    def refresh(self) -> None:
        """Re-read the records and show them in the current language."""
        guide = self.session.guide
        store = self.session.store
        months = recheck_months(store.setting("recheck_months"))
        chosen = self.account
        self.checklists = build_checklists(guide, store.confirmations(), months)
        today = dt.date.today()
        self.setWindowTitle(_("AI Opt-Out Assistant"))
        self.heading.setText(_("Your LinkedIn AI checklist"))
        lines: list[str] = []
        for checklist in self.checklists:
            prefix = f"{account_title(checklist.account)}: " if len(self.checklists) > 1 and checklist.account else ""
            lines += [prefix + line for line in summary_lines(checklist, guide, today)]
        if not self.checklists:
            lines = [_(NOTHING_RECORDED)]
        self.summary.setText("\n".join(lines))

        self.view.clear()
        self.view.setHeaderLabels([_("What"), _("Status")])
        self.view.setAccessibleName(_("Checklist"))
        for checklist in self.checklists:
            self._add_account(checklist, today)
        self.view.expandAll()
        self._select(chosen)

        self.period_caption.setText(_("&Re-check every:"))
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for choice in RECHECK_CHOICES:
            self.period_combo.addItem(ngettext("{n} month", "{n} months", choice).format(n=choice), choice)
        self.period_combo.setCurrentIndex(self.period_combo.findData(months))
        self.period_combo.blockSignals(False)
        self.period_combo.setAccessibleName(_("How often to re-check"))
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.language()))
        self.language_combo.setAccessibleName(_("Language"))
        texts = {
            self.check_again_button: _("Check again"),
            self.rechecked_button: _("I re-checked: still off"),
            self.history_button: _("History…"),
            self.add_button: _("Add an account"),
            self.pdf_button: _("Receipt (PDF)…"),
            self.json_button: _("Export (JSON)…"),
            self.delete_button: _("Delete everything…"),
            self.close_button: _("Close"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.check_again_button.setToolTip(_("Go through the steps again on the same device"))
        self.rechecked_button.setToolTip(_("Record that you looked today and the switch is still off"))
        has_records = bool(self.checklists)
        for button in (self.pdf_button, self.json_button, self.rechecked_button, self.history_button):
            button.setEnabled(has_records)
        self._selection_changed()

    def _add_account(self, checklist: Checklist, today: dt.date) -> None:
        guide = self.session.guide
        top = QTreeWidgetItem([account_title(checklist.account), ""])
        top.setData(0, ACCOUNT_ROLE, checklist.account)
        font = QFont(top.font(0))
        font.setBold(True)
        top.setFont(0, font)
        self.view.addTopLevelItem(top)
        for item in checklist.items:
            text = item_text(item, guide)
            mark = "✓ " if item.done else "○ "
            details = " · ".join(part for part in (text.when, text.device) if part)
            row = QTreeWidgetItem([text.title + (f"\n{details}" if details else ""), mark + text.status])
            row.setData(0, ACCOUNT_ROLE, checklist.account)
            row.setData(0, Qt.ItemDataRole.UserRole, text.id)
            self._fit(row)
            top.addChild(row)
        status, when = recheck_text(checklist, today)
        mark = "⚠ " if checklist.recheck_is_due(today) else "○ "
        row = QTreeWidgetItem([_("Re-check") + (f"\n{when}" if when else ""), mark + status])
        row.setToolTip(0, when)
        self._fit(row)
        row.setData(0, ACCOUNT_ROLE, checklist.account)
        row.setData(0, Qt.ItemDataRole.UserRole, "recheck")
        top.addChild(row)

    def _fit(self, row: QTreeWidgetItem) -> None:
        """Make the row tall enough for every line of its text (Qt underestimates some rows)."""
        metrics = self.view.fontMetrics()
        lines = row.text(0).split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 24
        row.setSizeHint(0, QSize(width, metrics.lineSpacing() * len(lines) + 14))

    def _select(self, account: str) -> None:
        for index in range(self.view.topLevelItemCount()):
            top = self.view.topLevelItem(index)
            if top.data(0, ACCOUNT_ROLE) == account:
                self.view.setCurrentItem(top)
                return
        if self.view.topLevelItemCount():
            self.view.setCurrentItem(self.view.topLevelItem(0))

    def _selection_changed(self) -> None:
        label = self.account if self.checklists else ""
        shown = account_title(label)
        self.account_caption.setText(_("For {account}:").format(account=i18n.quote(shown)) if label else "")

    def checklist_of(self, account: str) -> Checklist | None:
        return next((c for c in self.checklists if c.account == account), None)

    def _show_history(self) -> None:
        checklist = self.checklist_of(self.account)
        if checklist is not None:
            HistoryDialog(checklist, self.session, self).exec()


class HistoryDialog(QDialog):
    """Every recorded event of one account, newest first."""

    def __init__(self, checklist: Checklist, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = session.guide
        self.setObjectName("historyDialog")
        self.setWindowTitle(_("History: {account}").format(account=account_title(checklist.account)))
        self.resize(QSize(760, 420))
        self.view = QTreeWidget(self)
        self.view.setObjectName("historyView")
        self.view.setRootIsDecorated(False)
        self.view.setWordWrap(True)
        self.view.setColumnCount(3)
        self.view.setHeaderLabels([_("When"), _("What"), _("Details")])
        self.view.setAccessibleName(_("History"))
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for event in reversed(checklist.history):
            details = [_("Guide version {version}").format(version=event.guide_version)]
            extras = extras_text(event, guide)
            if extras:
                details.append(extras)
            when = i18n.format_local_datetime(event.recorded_at)
            self.view.addTopLevelItem(QTreeWidgetItem([when, event_text(event, guide), "; ".join(details)]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
