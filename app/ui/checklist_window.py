"""The checklist: what the person did and when, shown on every launch after the first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from app.checklist_text import item_text, summary_lines
from app.core.checklist import build_checklist
from app.i18n import _
from app.ui.pages.base import text_label
from app.ui.session import Session


class ChecklistWindow(QWidget):
    restartRequested = Signal()  # noqa: N815 - Qt signal naming
    languageChosen = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("checklistWindow")
        self.setMinimumSize(QSize(720, 420))
        self.heading = QLabel(self)
        self.heading.setObjectName("checklistHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = text_label(self, object_name="checklistSummary")

        self.view = QTreeWidget(self)
        self.view.setObjectName("checklistView")
        self.view.setRootIsDecorated(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setColumnCount(2)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("checklistLanguageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(
            lambda index: self.languageChosen.emit(self.language_combo.itemData(index))
        )
        self.restart_button = QPushButton(self)
        self.restart_button.setObjectName("restartWizardButton")
        self.restart_button.clicked.connect(self.restartRequested)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.language_combo)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the records and show them in the current language."""
        guide = self.session.guide
        checklist = build_checklist(guide, self.session.store.confirmations())
        self.setWindowTitle(_("AI Opt-Out Assistant"))
        self.heading.setText(_("Your LinkedIn AI checklist"))
        self.summary.setText("\n".join(summary_lines(checklist, guide, dt.date.today())))
        self.view.setHeaderLabels([_("What"), _("Status")])
        self.view.setAccessibleName(_("Checklist"))
        self.view.clear()
        for item in checklist.items:
            text = item_text(item, guide)
            mark = "✓ " if item.done else "○ "
            details = " · ".join(part for part in (text.when, text.device) if part)
            row = QTreeWidgetItem([text.title + (f"\n{details}" if details else ""), mark + text.status])
            row.setData(0, Qt.ItemDataRole.UserRole, text.id)
            self.view.addTopLevelItem(row)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.language()))
        self.language_combo.blockSignals(False)
        self.language_combo.setAccessibleName(_("Language"))
        self.restart_button.setText(_("Go through the steps again"))
        self.restart_button.setAccessibleName(self.restart_button.text())
        self.close_button.setText(_("Close"))
        self.close_button.setAccessibleName(self.close_button.text())
