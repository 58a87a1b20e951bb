"""Start the window: one running copy, the record store, the language, then wizard or checklist."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__, i18n
from app.core import settings
from app.core.flow import (
    PageId,
    WizardState,
    new_account_state,
    recheck_confirmation,
    recheck_state,
    resume_from,
    resume_text,
    same_account,
)
from app.core.guide import Guide, GuideError, guide_by_id
from app.core.records import CONFIRMED, RecordStore, StoreError
from app.guides import load_guides
from app.i18n import _
from app.notices import guide_problem_text, store_error_text, store_notice_text, unreadable_rows_text
from app.ui.session import Session
from app.ui.single_instance import SingleInstance
from app.ui.style import apply_style, new_application, set_window_icon
from app.ui.wizard import AssistantWizard

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QMessageBox

    from app.ui.recheck_dialog import RecheckDialog

    # the checklist is loaded when first shown, after the first window is up
    from app.ui.status_home import StatusHome


LISTEN_AFTER_MS = 500  # a second copy started sooner than this says "already open" instead


class Controller(QObject):
    """Owns the windows: the wizard on first launch, the checklist after, and the way between them."""

    def __init__(
        self, guide: Guide, store: RecordStore, guides: tuple[Guide, ...] = (), problems: tuple[GuideError, ...] = ()
    ) -> None:
        super().__init__()
        self.problems = problems  # guides left out, for the About window's bug report
        self.guide = guide  # the first service, followed when only one is known
        self.guides = guides or (guide,)  # every service, as discovered
        self.store = store
        self.wizard: AssistantWizard | None = None
        self.checklist: StatusHome | None = None  # the status home
        self._last_wizard_place: QRect | None = None  # where the wizard was when it closed, for the home

    def start(self) -> QWidget:
        """Where the person stopped ("Stop for now": the wizard there, whatever is recorded, as promised);
        else the status home once something is recorded; else the wizard from its first page."""
        try:
            kept = self.store.setting(settings.RESUME.key)
        except StoreError:
            kept = None
        resumed = resume_from(kept, i18n.language(), self.guides, i18n.languages())
        if resumed is not None:
            state, page = resumed
            return self.show_wizard(state, start=page)
        if self.store.confirmations():
            return self.show_checklist()
        return self.show_wizard()

    def _session(self, state: WizardState | None = None) -> Session:
        state = state or WizardState(language=i18n.language())
        if state.linkedin_language is None:
            state.linkedin_language = self._saved_linkedin_language()
        return Session(self.guide, self.store, state, __version__, guides=self.guides, problems=self.problems)

    def _guide_of(self, guide_id: str) -> Guide:
        return guide_by_id(self.guides, guide_id) or self.guide

    def _saved_linkedin_language(self) -> str | None:
        """The language the person said their LinkedIn is in, last time, if it is still offered."""
        try:
            saved = self.store.value(settings.SERVICE_LANGUAGE)
        except StoreError:
            return None
        return saved if saved in i18n.languages() else None

    def show_wizard(self, state: WizardState | None = None, start: PageId = PageId.WELCOME) -> AssistantWizard:
        if self.wizard is not None:
            self.wizard.close()
        wizard = AssistantWizard(self._session(state), start=start)
        wizard.languageChanged.connect(self._remember_language)
        wizard.checklistRequested.connect(self.show_checklist)
        wizard.stoppedMidway.connect(self._remember_place)
        wizard.finished.connect(self._wizard_finished)
        if self.checklist is not None:
            if self.checklist.isVisible():  # one window that changes, in the same place and size
                wizard.setGeometry(self.checklist.geometry())
            self.checklist.hide()
        self.wizard = wizard
        wizard.show()
        return wizard

    def show_checklist(self) -> StatusHome:
        """The status home (shown on every launch after the first)."""
        from app.ui import record_actions
        from app.ui.reminder_actions import save_reminder
        from app.ui.status_home import StatusHome

        if self.checklist is None:
            checklist = StatusHome(self._session())
            checklist.restartRequested.connect(self.check_again)
            checklist.recheckedRequested.connect(self.record_recheck)
            checklist.addAccountRequested.connect(self.add_account)
            checklist.otherServicesRequested.connect(lambda: self.show_wizard())
            checklist.exportPdfRequested.connect(
                lambda: record_actions.save_receipt(checklist, self.guides, self.store)
            )
            checklist.exportJsonRequested.connect(
                lambda: record_actions.export_records(checklist, self.guides, self.store)
            )
            checklist.reminderRequested.connect(lambda key: save_reminder(checklist, checklist.status, key))
            checklist.caseNumberRequested.connect(self.note_case_number)
            checklist.confirmedRequested.connect(self.note_confirmed)
            checklist.deleteRequested.connect(self.delete_everything)
            checklist.periodChosen.connect(self._set_period)
            checklist.languageChosen.connect(self._checklist_language)
            self.checklist = checklist
        self.checklist.refresh()
        place = self._last_wizard_place
        if self.wizard is not None and self.wizard.isVisible():
            place = self.wizard.geometry()
        if place is not None:  # where the wizard was, in its size: one window that changes
            self.checklist.setGeometry(place)
            self._last_wizard_place = None
        self.checklist.show()
        self.checklist.raise_()
        return self.checklist

    def bring_forward(self) -> None:
        """Show the open window on top: a second copy of the assistant was started."""
        for window in (self.wizard, self.checklist):
            if window is not None and window.isVisible():
                if window.isMinimized():  # (Qt's Qt namespace costs ~15 ms at start-up: not imported here)
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return

    def check_again(self, key: str) -> AssistantWizard:
        """The wizard at the steps, for the same service, account, country and device as last time."""
        checklist = self.checklist.checklist_of(key) if self.checklist is not None else None
        if checklist is None or checklist.latest is None:
            return self.show_wizard()
        state = recheck_state(checklist.latest, i18n.language(), self._guide_of(checklist.guide_id))
        return self.show_wizard(state, start=PageId.STEPS if state.device else PageId.DEVICE)

    def add_account(self, guide_id: str) -> AssistantWizard:
        """ "Add another … account": the wizard from the country (kept from the latest record), with a name
        for the new account already given ("Account 2"), which the confirm page asks to keep apart."""
        guide = self._guide_of(guide_id)
        accounts = self.checklist.status.of_service(guide.id) if self.checklist is not None else ()
        taken = {a.account for a in accounts}
        number = len(taken) + 1
        while same_account(name := _("Account {number}").format(number=number), taken) is not None:
            number += 1
        latest = max(
            (a.last_done for a in accounts if a.last_done is not None), default=None, key=lambda c: c.recorded_at
        )
        return self.show_wizard(new_account_state(latest, i18n.language(), guide, name), start=PageId.REGION)

    def record_recheck(self, key: str) -> None:
        """ "Check it now": the setting page opens, and what the person says they see there is recorded (see
        RecheckDialog); nothing before."""
        from app.ui.recheck_dialog import RecheckDialog

        home = self.checklist
        account = home.account_of(key) if home is not None else None
        if home is None or account is None or account.last_done is None:
            return
        dialog = RecheckDialog(account, _("Check it now: {account}").format(account=home.title_of(account)), home)
        dialog.finished.connect(lambda _result: self._rechecked(key, dialog))
        dialog.open()  # window-modal, without blocking
        dialog.open_page()

    def _rechecked(self, key: str, dialog: RecheckDialog) -> None:
        dialog.deleteLater()
        if dialog.wants_steps:
            self.check_again(key)
            return
        kind, latest = dialog.records, dialog.account.last_done
        if dialog.result() != dialog.DialogCode.Accepted or kind is None or latest is None:
            return
        guide = self._guide_of(latest.guide_id)
        try:
            self.store.add_confirmation(recheck_confirmation(latest, guide, __version__, kind))
        except StoreError as exc:
            _message_box().warning(self.checklist, _("Not saved"), store_error_text(exc))
            self.show_checklist()
            return
        home = self.show_checklist()
        home.note_rechecked(key, switched=kind == CONFIRMED)

    def note_case_number(self, key: str) -> None:
        """Ask for the case number the service gave an account's objection, and keep it (a setting)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from app.core.objection import case_setting, clean_case_number

        home = self.checklist
        account = home.account_of(key) if home is not None else None
        if home is None or account is None:
            return
        setting = case_setting(account.guide.id, account.account)
        text, given = QInputDialog.getText(
            self.checklist,
            _("Case number"),
            # Translators: {service} is the service's name, such as LinkedIn.
            _("The case number {service} gave you for your objection:").format(service=_(account.guide.service)),
            QLineEdit.EchoMode.Normal,
            account.case_number,
        )
        if not given:
            return
        try:
            self.store.set_setting(setting, clean_case_number(text))
        except StoreError as exc:
            _message_box().warning(self.checklist, _("Not saved"), store_error_text(exc))
        self.show_checklist()

    def note_confirmed(self, key: str) -> None:
        """Ask when the service's confirmation e-mail came (a form it is the main action of), and keep that day
        (a setting): only a chosen day, saved with its button, is kept."""
        from app.ui.confirmed_dialog import ask_confirmed_on

        home = self.checklist
        account = home.account_of(key) if home is not None else None
        if home is None or account is None or account.last_done is None:
            return
        day = ask_confirmed_on(home, account, home.title_of(account))
        if day is None:
            return
        from app.core.objection import confirmed_setting

        try:
            self.store.set_setting(confirmed_setting(account.key), day.isoformat())
        except StoreError as exc:
            _message_box().warning(home, _("Not saved"), store_error_text(exc))
        self.show_checklist()

    def delete_everything(self) -> None:
        from app.ui import record_actions

        if self.checklist is None or not record_actions.delete_everything(
            self.checklist, self.store, [_(guide.service) for guide in self.guides]
        ):
            return
        self.checklist.close()
        self.checklist.deleteLater()
        self.checklist = None
        self.show_wizard()  # as on first launch

    def _set_period(self, months: int) -> None:

        try:
            self.store.set_setting(settings.RECHECK_MONTHS.key, str(months))
        except StoreError as exc:
            _message_box().warning(self.checklist, _("Not saved"), store_error_text(exc))
        if self.checklist is not None:
            self.checklist.refresh()

    def _remember_place(self, state: WizardState, page: PageId) -> None:
        """Keep where the person stopped, to open there next time (a setting, never a record)."""
        with contextlib.suppress(StoreError):  # a read-only store was already reported
            self.store.set_setting(settings.RESUME.key, resume_text(state, page))

    def _wizard_finished(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            self._last_wizard_place = wizard.geometry()
            wizard.deleteLater()
        if self.checklist is not None:  # the wizard was opened from the checklist: back to it
            self.show_checklist()

    def _checklist_language(self, code: str) -> None:
        if code != i18n.language():
            i18n.set_language(code)
            self._remember_language(code)
            if self.checklist is not None:
                self.checklist.refresh()

    def _remember_language(self, code: str) -> None:
        # Kept only once the store exists: choosing a language alone leaves no trace on disk (the
        # confirm page saves it with the first record). A read-only store was already reported;
        # the language still switches for this run.
        if self.store.exists:
            with contextlib.suppress(StoreError):
                self.store.set_setting(settings.LANGUAGE.key, code)


def run(language: str | None, data_dir: Path) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else new_application(sys.argv[:1])
    app.setApplicationName("AI Opt-Out Assistant")
    app.setApplicationVersion(__version__)
    apply_style(app)
    installed = i18n.installer_language()  # the Windows installer's language: the first start speaks it
    i18n.set_language(i18n.pick_language(language, None, QLocale.system().name(), installed))

    # One window per data folder, taken before anything else: a second copy (even on a first launch)
    # must not open, let alone set the records aside; it brings the first window forward instead.
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.failed:
            _message_box().critical(
                None,
                _("AI Opt-Out Assistant"),
                _(
                    "The assistant could not take its lock {path}, so it does not open: a link stands there, or "
                    "a file of another user. Remove that file, then start the assistant again."
                ).format(path=instance.lock_path),
            )
            return 1
        if not instance.knock():
            _message_box().information(
                None, _("AI Opt-Out Assistant"), _("The assistant is already open in another window.")
            )
        return 0
    try:
        return _open_and_run(app, language, data_dir, instance, installed)
    finally:
        instance.release()


def _open_and_run(
    app: QApplication, language: str | None, data_dir: Path, instance: SingleInstance, installed: str | None
) -> int:
    """Open the records and the window, and run until it closes; the single-instance lock is held."""
    try:
        store, notices = RecordStore.open(data_dir)
    except StoreError as exc:
        _message_box().critical(None, _("AI Opt-Out Assistant"), store_error_text(exc))
        return 1
    try:
        try:
            saved = store.value(settings.LANGUAGE)
        except StoreError:
            saved = None
        i18n.set_language(i18n.pick_language(language, saved, QLocale.system().name(), installed))
        catalog = load_guides()
        if not catalog.guides:
            message = _("The assistant's instructions are damaged, so it cannot start. Please reinstall it.")
            details = "\n".join(str(problem) for problem in catalog.problems)
            _message_box().critical(None, _("AI Opt-Out Assistant"), f"{message}\n\n{details}")
            return 1
        controller = Controller(catalog.guides[0], store, catalog.guides, catalog.problems)
        try:
            window = controller.start()
        except StoreError as exc:  # readable when opened, not when read (locked since, say)
            _message_box().critical(None, _("AI Opt-Out Assistant"), store_error_text(exc))
            return 1
        when_shown(window, app, data_dir)
        if os.environ.get("AI_OPTOUT_ASSISTANT_PAINT_PROBE"):  # benchmarks/startup.py
            from app.ui import probe

            probe.install_if_asked(window)
        told = [store_notice_text(notice) for notice in notices]
        told += [guide_problem_text(problem) for problem in catalog.problems]
        problem = i18n.catalog_problem()
        if problem:
            told.insert(0, problem)
        if store.unreadable:
            told.append(unreadable_rows_text(store.unreadable))
        if told:
            QTimer.singleShot(0, lambda: _tell(window, told))
        QTimer.singleShot(LISTEN_AFTER_MS, instance.listen)  # once the window is up, not before its first paint
        instance.knocked.connect(controller.bring_forward)
        return app.exec()
    finally:
        store.close()


def when_shown(window: QWidget, app: QApplication, data_dir: Path) -> None:
    """Once the first window is on screen (a wizard says when it has been painted): the window icon,
    and where Qt keeps its own settings (needed before any file dialog, not before the first paint)."""
    later = [lambda: set_window_icon(app), lambda: keep_qt_settings_in(data_dir)]
    for work in later:
        if isinstance(window, AssistantWizard):
            window.painted.connect(work)
        else:
            QTimer.singleShot(0, work)


def _message_box() -> type[QMessageBox]:
    """Qt's message box, loaded when there is something to say (its type costs ~1 ms before the first paint)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def keep_qt_settings_in(data_dir: Path) -> None:
    """Point what Qt itself remembers (the file dialog's last folder and layout, QtProject.conf) at the
    data folder, so that it stays private and goes with "Delete everything". Qt writes it only when
    a file dialog closes, which needs records to exist, so nothing is written before a record.
    (On Windows Qt keeps it in the registry instead, which cannot be moved.)"""
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(data_dir))


def _tell(parent: QWidget, sentences: list[str]) -> None:
    _message_box().warning(parent, _("AI Opt-Out Assistant"), "\n\n".join(sentences))
