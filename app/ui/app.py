"""Start the window: one running copy, the record store, the language, then wizard or checklist."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__, i18n
from app.core.flow import WizardState
from app.core.guide import Guide, GuideError, load_guide
from app.core.records import RecordStore, StoreError, StoreNotice
from app.i18n import _
from app.notices import store_error_text, store_notice_text
from app.resources import guide_path
from app.ui.checklist_window import ChecklistWindow
from app.ui.session import Session
from app.ui.style import apply_style
from app.ui.wizard import AssistantWizard

LOCK_NAME = "assistant.lock"
LANGUAGE_SETTING = "language"


class Controller(QObject):
    """Owns the windows: the wizard on first launch, the checklist after, and the way between them."""

    def __init__(self, guide: Guide, store: RecordStore) -> None:
        super().__init__()
        self.guide = guide
        self.store = store
        self.wizard: AssistantWizard | None = None
        self.checklist: ChecklistWindow | None = None

    def start(self) -> QWidget:
        if self.store.confirmations():
            return self.show_checklist()
        return self.show_wizard()

    def show_wizard(self) -> AssistantWizard:
        session = Session(self.guide, self.store, WizardState(language=i18n.language()), __version__)
        wizard = AssistantWizard(session)
        wizard.languageChanged.connect(self._remember_language)
        wizard.checklistRequested.connect(self.show_checklist)
        wizard.finished.connect(self._wizard_finished)
        if self.checklist is not None:
            self.checklist.hide()
        self.wizard = wizard
        wizard.show()
        return wizard

    def show_checklist(self) -> ChecklistWindow:
        if self.checklist is None:
            session = Session(self.guide, self.store, WizardState(language=i18n.language()), __version__)
            self.checklist = ChecklistWindow(session)
            self.checklist.restartRequested.connect(self.show_wizard)
            self.checklist.languageChosen.connect(self._checklist_language)
        self.checklist.refresh()
        self.checklist.show()
        self.checklist.raise_()
        return self.checklist

    def _wizard_finished(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if self.checklist is not None and not self.checklist.isVisible():
            self.show_checklist()

    def _checklist_language(self, code: str) -> None:
        if code != i18n.language():
            i18n.set_language(code)
            self._remember_language(code)
            if self.checklist is not None:
                self.checklist.refresh()

    def _remember_language(self, code: str) -> None:
        # A read-only store was already reported; the language still switches for this run.
        with contextlib.suppress(StoreError):
            self.store.set_setting(LANGUAGE_SETTING, code)


def run(language: str | None, data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("AI Opt-Out Assistant")
    app.setApplicationVersion(__version__)
    apply_style(app)
    i18n.set_language(i18n.pick_language(language, None, QLocale.system().name()))

    try:
        store, notices = RecordStore.open(data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, _("AI Opt-Out Assistant"), store_error_text(exc))
        return 1
    # One window at a time. A second copy could not damage the records (every write is a
    # transaction), but two wizards side by side would only confuse.
    lock = QLockFile(str(data_dir / LOCK_NAME))
    if not store.read_only and not lock.tryLock(100) and lock.error() == QLockFile.LockError.LockFailedError:
        QMessageBox.information(None, _("AI Opt-Out Assistant"), _("The assistant is already open in another window."))
        store.close()
        return 0
    try:
        saved = store.setting(LANGUAGE_SETTING)
    except StoreError:
        saved = None
    i18n.set_language(i18n.pick_language(language, saved, QLocale.system().name()))
    try:
        guide = load_guide(guide_path())
    except GuideError as exc:
        QMessageBox.critical(
            None,
            _("AI Opt-Out Assistant"),
            _("The assistant's instructions are damaged, so it cannot start. Please reinstall it.\n\n{detail}").format(
                detail=exc
            ),
        )
        return 1
    controller = Controller(guide, store)
    window = controller.start()
    if notices:
        QTimer.singleShot(0, lambda: _tell(window, notices))
    code = app.exec()
    store.close()
    lock.unlock()
    return code


def _tell(parent: QWidget, notices: list[StoreNotice]) -> None:
    QMessageBox.warning(parent, _("AI Opt-Out Assistant"), "\n\n".join(store_notice_text(n) for n in notices))
