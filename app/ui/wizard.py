"""The assistant's wizard: page ids, branching through the Qt-free flow, live language switching."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app import i18n
from app.core.flow import PageId
from app.i18n import _
from app.ui.pages.base import BasePage
from app.ui.pages.confirm import ConfirmPage
from app.ui.pages.device import DevicePage
from app.ui.pages.done import DonePage
from app.ui.pages.region import RegionPage
from app.ui.pages.steps import StepsPage
from app.ui.pages.welcome import WelcomePage
from app.ui.session import Session
from app.ui.style import app_icon

# Qt's own button texts, looked up in Qt's catalog (qtbase_<lang>.qm) under the "QWizard" context.
# QWizard does not re-read them when the language changes, so the wizard sets them itself.
_QT_BUTTONS = {
    QWizard.WizardButton.BackButton: ("< &Back", "Go Back"),
    QWizard.WizardButton.NextButton: ("&Next >", "Continue"),
    QWizard.WizardButton.FinishButton: ("&Finish", "Done"),
    QWizard.WizardButton.CancelButton: ("Cancel", "Cancel"),
}


class AssistantWizard(QWizard):
    languageChanged = Signal(str)  # noqa: N815 - Qt signal naming
    checklistRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, session: Session, parent: QWidget | None = None, *, start: PageId = PageId.WELCOME) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("assistantWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(760, 600))
        self.resize(QSize(920, 720))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(QSize(48, 48), self.devicePixelRatioF()))
        self.pages: dict[PageId, BasePage] = {}
        for page in (
            WelcomePage(session),
            RegionPage(session),
            DevicePage(session),
            StepsPage(session),
            ConfirmPage(session),
            DonePage(session),
        ):
            self.setPage(int(page.page_id), page)
            self.pages[page.page_id] = page
        self.setStartId(int(start))
        self.welcome.languageChosen.connect(self.set_language)
        self.done_page.checklistRequested.connect(self._show_checklist)
        self.retranslate()

    @property
    def welcome(self) -> WelcomePage:
        return self.pages[PageId.WELCOME]  # type: ignore[return-value]

    @property
    def done_page(self) -> DonePage:
        return self.pages[PageId.DONE]  # type: ignore[return-value]

    def set_language(self, code: str) -> None:
        """Switch every visible text, Qt's buttons included, without a restart."""
        if code == i18n.language():
            return
        i18n.set_language(code)
        self.session.state.language = code
        self.retranslate()
        self.languageChanged.emit(code)

    def retranslate(self) -> None:
        self.setWindowTitle(_("AI Opt-Out Assistant"))
        mac = self.wizardStyle() == QWizard.WizardStyle.MacStyle
        for which, (classic, mac_text) in _QT_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate("QWizard", mac_text if mac else classic))
        # Pages not shown yet get their texts when they are (initializePage): retranslating them now
        # would load country names and draw pictures that the first page does not need.
        shown = {*self.visitedIds(), self.currentId()}
        for page_id, page in self.pages.items():
            if int(page_id) in shown:
                page.retranslate()

    def _show_checklist(self) -> None:
        self.checklistRequested.emit()
        self.accept()
