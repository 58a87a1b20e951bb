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
from app.core.checklist import RECHECK_CHOICES, RECHECK_SETTING, Checklist, build_all, recheck_months
from app.core.guide import Guide
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
        """The key (service and account) the per-account buttons act on: the selected one, or the first."""
        item = self.view.currentItem()
        if item is not None:
            return str(item.data(0, ACCOUNT_ROLE))
        return self.checklists[0].key if self.checklists else ""

    def guide_of(self, checklist: Checklist) -> Guide:
        return next((g for g in self.session.guides if g.id == checklist.guide_id), self.session.guide)

    def title_of(self, checklist: Checklist) -> str:
        """An account's name, with its service's when the assistant knows several."""
        title = account_title(checklist.account, self.guide_of(checklist))
        if len(self.session.guides) > 1:
            return _("{service}: {account}").format(service=_(self.guide_of(checklist).service), account=title)
        return title

    def refresh(self) -> None:
        """Re-read the records and show them in the current language."""
        store = self.session.store
        months = recheck_months(store.setting(RECHECK_SETTING))
        chosen = self.account
        self.checklists = build_all(self.session.guides, store.confirmations(), months)
        today = dt.date.today()
        self.setWindowTitle(_("AI Opt-Out Assistant"))
        if len(self.session.guides) == 1:
            self.heading.setText(_("Your {service} AI checklist").format(service=_(self.session.guide.service)))
        else:
            self.heading.setText(_("Your AI checklist"))
        lines: list[str] = []
        for checklist in self.checklists:
            several = len(self.checklists) > 1 and (checklist.account or len(self.session.guides) > 1)
            prefix = f"{self.title_of(checklist)}: " if several else ""
            lines += [prefix + line for line in summary_lines(checklist, self.guide_of(checklist), today)]
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
        guide = self.guide_of(checklist)
        top = QTreeWidgetItem([self.title_of(checklist), ""])
        top.setData(0, ACCOUNT_ROLE, checklist.key)
        font = QFont(top.font(0))
        font.setBold(True)
        top.setFont(0, font)
        self.view.addTopLevelItem(top)
        for item in checklist.items:
            text = item_text(item, guide)
            mark = "✓ " if item.done else "○ "
            details = " · ".join(part for part in (text.when, text.device) if part)
            row = QTreeWidgetItem([text.title + (f"\n{details}" if details else ""), mark + text.status])
            row.setData(0, ACCOUNT_ROLE, checklist.key)
            row.setData(0, Qt.ItemDataRole.UserRole, text.id)
            self._fit(row)
            top.addChild(row)
        status, when = recheck_text(checklist, today)
        mark = "⚠ " if checklist.recheck_is_due(today) else "○ "
        row = QTreeWidgetItem([_("Re-check") + (f"\n{when}" if when else ""), mark + status])
        row.setToolTip(0, when)
        self._fit(row)
        row.setData(0, ACCOUNT_ROLE, checklist.key)
        row.setData(0, Qt.ItemDataRole.UserRole, "recheck")
        top.addChild(row)

    def _fit(self, row: QTreeWidgetItem) -> None:
        """Make the row tall enough for every line of its text (Qt underestimates some rows)."""
        metrics = self.view.fontMetrics()
        lines = row.text(0).split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 24
        row.setSizeHint(0, QSize(width, metrics.lineSpacing() * len(lines) + 14))

    def _select(self, key: str) -> None:
        found = self.checklist_of(key)
        key = found.key if found is not None else key
        for index in range(self.view.topLevelItemCount()):
            top = self.view.topLevelItem(index)
            if top.data(0, ACCOUNT_ROLE) == key:
                self.view.setCurrentItem(top)
                return
        if self.view.topLevelItemCount():
            self.view.setCurrentItem(self.view.topLevelItem(0))

    def _selection_changed(self) -> None:
        checklist = self.checklist_of(self.account)
        named = checklist is not None and (checklist.account or len(self.session.guides) > 1)
        shown = self.title_of(checklist) if checklist is not None and named else ""
        self.account_caption.setText(_("For {account}:").format(account=i18n.quote(shown)) if shown else "")

    def checklist_of(self, key: str) -> Checklist | None:
        """The checklist of `key` (see Checklist.key); a bare account name is looked up in the first service."""
        found = next((c for c in self.checklists if c.key == key), None)
        return found or next((c for c in self.checklists if c.account == key), None)

    def _show_history(self) -> None:
        checklist = self.checklist_of(self.account)
        if checklist is not None:
            HistoryDialog(checklist, self.guide_of(checklist), self.title_of(checklist), self).exec()


class HistoryDialog(QDialog):
    """Every recorded event of one account, newest first."""

    def __init__(self, checklist: Checklist, guide: Guide, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(_("History: {account}").format(account=title))
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
