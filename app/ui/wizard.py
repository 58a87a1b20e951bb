"""The assistant's wizard: page ids, branching through the Qt-free flow, live language switching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app import i18n
from app.core.flow import FINAL, MIDWAY, SERVICE_PAGES, PageId, can_leave
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage
from app.ui.pages.welcome import WelcomePage
from app.ui.progress import WizardHeader
from app.ui.screen_fit import fit_to_screen
from app.ui.session import Session
from app.ui.style import set_variant

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent

    from app.ui.pages.done import DonePage

_BUTTON_NAMES = {
    QWizard.WizardButton.BackButton: names.BACK_BUTTON,
    QWizard.WizardButton.NextButton: names.NEXT_BUTTON,
    QWizard.WizardButton.FinishButton: names.FINISH_BUTTON,
    QWizard.WizardButton.CancelButton: names.CANCEL_BUTTON,
}
_BUTTON_VARIANTS = {
    QWizard.WizardButton.NextButton: "primary",  # Start, Continue, Done next step, Save my answer
    QWizard.WizardButton.FinishButton: "primary",  # Close, on Done
    QWizard.WizardButton.CancelButton: "secondary",  # Stop for now
    QWizard.WizardButton.CustomButton1: "secondary",  # See my status, on Done
}
_WALKED_TO = (PageId.DEVICE, PageId.STEPS, PageId.CONFIRM)  # opened on, walked to from the country page
_MAX_WALK = 40  # more Nexts than the country, device and every step of a guide take
_KEY_ESCAPE = 0x01000000  # Qt.Key.Key_Escape, by value: the Qt namespace costs ~15 ms before the first paint


class AssistantWizard(QWizard):
    languageChanged = Signal(str)  # noqa: N815 - Qt signal naming
    checklistRequested = Signal()  # noqa: N815 - Qt signal naming
    painted = Signal()  # once, just after the first paint: for what the first page can do without
    stoppedMidway = Signal(object, object)  # noqa: N815 - (WizardState, PageId): "Stop for now" (or closed)

    def __init__(self, session: Session, parent: QWidget | None = None, *, start: PageId = PageId.WELCOME) -> None:
        super().__init__(parent)
        # The buttons' looks, once: Next and Finish are the primary action, the others link-like.
        for which, variant in _BUTTON_VARIANTS.items():
            set_variant(self.button(which), variant)
        self.session = session
        self.setObjectName(names.ASSISTANT_WIZARD)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # no banner: each page has its own header
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Done is the end: no way back to record the same answer twice, nothing to cancel.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # About 920 x 720 at the usual font, but never larger than the screen (a laptop's 1366 x 768
        # less its taskbar, or 800 x 600): the pages scroll inside.
        metrics = self.fontMetrics()
        self.setMinimumSize(QSize(metrics.averageCharWidth() * 80, metrics.height() * 25))
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 115, metrics.height() * 38))
        self.pages: dict[PageId, BasePage] = {}
        self.header = WizardHeader(session.state.language)
        self.header.languageChosen.connect(self.set_language)
        self.header.aboutRequested.connect(self.show_about)
        if start == PageId.WELCOME and len(session.guides) > 1:  # several services: which ones, first
            from app.ui.pages.service import ServicePage

            self._add(ServicePage(session))  # alone before the first paint; the welcome page comes after it
            start = PageId.SERVICE
        else:
            self._add(WelcomePage(session))
        # The other pages are built once the welcome page has been painted: the person sees the
        # assistant sooner. Next builds them too, should anyone be faster than that.
        self.installEventFilter(self)  # for `painted`
        if start not in (PageId.WELCOME, PageId.SERVICE):  # the first page alone, before the first paint
            self.ensure_pages()
        # A wizard that opens further on (resumed after "Stop for now", or "Check now" from the home) walks
        # there from the country page when it is shown, so that Back leads to the earlier pages, their
        # choices kept, as if the person had come that way.
        self._arrive_at = start if start in _WALKED_TO else None
        self.setStartId(int(PageId.REGION if self._arrive_at is not None else start))
        # Cancel asks before it closes; Esc does nothing (see keyPressEvent).
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()
        cancel.clicked.connect(self._cancel_clicked)
        # Finish goes on to the sitting's next service, if any; it closes after the last.
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.clicked.disconnect()
        finish.clicked.connect(self._finish_clicked)
        self._walk_past = False  # a later service of the sitting: its country and device pages are passed
        # Back lets a page step back within itself first (the steps, one per screen).
        back = self.button(QWizard.WizardButton.BackButton)
        back.clicked.disconnect()
        back.clicked.connect(self._back_clicked)
        for which, name in _BUTTON_NAMES.items():
            self.button(which).setObjectName(name)
        # On Done, "See my status" sits beside Close (a custom button, shown on that page only).
        status = self.button(QWizard.WizardButton.CustomButton1)
        status.setObjectName(names.SHOW_CHECKLIST_BUTTON)
        status.clicked.connect(self._show_checklist)
        self.currentIdChanged.connect(self._page_shown)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        target, self._arrive_at = self._arrive_at, None
        for _step in range(_MAX_WALK):  # each Next is a page, or one step of the steps page
            if target is None or self.currentId() == int(target):
                break
            self.next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._first_painted)
        return False

    def _first_painted(self) -> None:
        self.painted.emit()
        self.ensure_pages()
        self.welcome.load_icons()

    def _add(self, page: BasePage) -> None:
        self.setPage(int(page.page_id), page)
        self.pages[page.page_id] = page

    def ensure_pages(self) -> None:
        """Build every page after the first one, once."""
        if PageId.WELCOME not in self.pages:
            self._add(WelcomePage(self.session))
        if PageId.DONE in self.pages:
            return
        self._add_service_pages()

    def _add_service_pages(self) -> None:
        """The pages made from the followed service's guide: its regions, devices, steps and extras."""
        from app.ui.pages.confirm import ConfirmPage
        from app.ui.pages.device import DevicePage
        from app.ui.pages.done import DonePage
        from app.ui.pages.nothing import NothingToDoPage
        from app.ui.pages.region import RegionPage
        from app.ui.pages.steps import StepsPage

        classes = (RegionPage, DevicePage, StepsPage, ConfirmPage, DonePage, NothingToDoPage)
        by_id: dict[PageId, type[BasePage]] = {page_class.page_id: page_class for page_class in classes}
        for page_id in SERVICE_PAGES:  # in the flow's order (app/core/flow.py)
            self._add(by_id[page_id](self.session))

    def choose_service(self, guide_id: str) -> None:
        """Follow another service: its own pages replace the previous service's."""
        if self.session.choose(guide_id):
            self._rebuild_service_pages()

    def choose_services(self, guide_ids: list[str]) -> None:
        """The services of this sitting (the service page's choices): the first of them is followed."""
        self.session.state.choose_services(guide_ids)
        if self.session.state.guide_id is not None:
            self.choose_service(self.session.state.guide_id)

    def _rebuild_service_pages(self) -> None:
        if PageId.DONE in self.pages:
            for page_id in SERVICE_PAGES:
                self.removePage(int(page_id))
                page = self.pages.pop(page_id)
                page.setParent(None)  # out of the window at once (its deletion waits for the event loop)
                page.deleteLater()
            self._add_service_pages()

    def _finish_clicked(self) -> None:
        """On the last page of a service: on to the sitting's next one, or close after the last."""
        if not self.session.follow_next():
            self.accept()
            return
        # The next service from its own first page, its intro; then past the country and the device, known
        # already (Back leads to them, to change them for this service).
        self._rebuild_service_pages()
        self._walk_past = True
        self.setStartId(int(PageId.WELCOME))
        self.restart()

    @property
    def welcome(self) -> WelcomePage:
        self.ensure_pages()
        return self.pages[PageId.WELCOME]  # type: ignore[return-value]

    @property
    def done_page(self) -> DonePage:
        self.ensure_pages()
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
        self._set_buttons()
        self.header.retranslate(self._service_line())
        # Pages not shown yet get their texts when they are (initializePage): retranslating them now
        # would load country names and draw pictures that the first page does not need.
        shown = {*self.visitedIds(), self.currentId()}
        for page_id, page in self.pages.items():
            if int(page_id) in shown:
                page.retranslate()

    def _page_shown(self, page_id: int) -> None:
        """Move the header into the page now shown, and set its buttons."""
        page = self.currentPage()
        if not isinstance(page, BasePage):
            return
        page.header_slot.addWidget(self.header)
        self.header.show_page(page.page_id, self._service_line())
        passed = page.page_id in (PageId.REGION, PageId.DEVICE)
        if self._walk_past and passed and can_leave(page.page_id, self.session.state, self.session.guide):
            QTimer.singleShot(0, self.next)  # chosen already for an earlier service of the sitting
            return
        if page.page_id not in (PageId.WELCOME, PageId.REGION, PageId.DEVICE):
            self._walk_past = False  # arrived: Back to the country or the device stays there
        self._set_buttons()
        if page.page_id in (PageId.WELCOME, PageId.STEPS):  # nothing to type: Enter does the main thing
            self.button(QWizard.WizardButton.NextButton).setFocus()

    def _set_buttons(self) -> None:
        """One primary button per screen (named primaryButton): Next, with the page's own words, or
        Finish on Done. Back looks plain; "Stop for now" like a link."""
        page = self.currentPage()
        buttons = QWizard.WizardButton
        last = isinstance(page, BasePage) and page.page_id in FINAL
        primary, other = (
            (buttons.FinishButton, buttons.NextButton) if last else (buttons.NextButton, buttons.FinishButton)
        )
        self.button(other).setObjectName(_BUTTON_NAMES[other])
        self.button(primary).setObjectName(names.PRIMARY_BUTTON)
        self.setButtonText(buttons.NextButton, page.primary_text() if isinstance(page, BasePage) else _("&Continue"))
        self.setButtonText(buttons.BackButton, _("&Back"))
        following = self.session.next_guide
        if following is None:
            self.setButtonText(buttons.FinishButton, _("&Close"))
        else:  # a sitting of several services: on to the next
            self.setButtonText(buttons.FinishButton, _("&Next: {service}").format(service=_(following.service)))
        done = isinstance(page, BasePage) and page.page_id == PageId.DONE
        self.setOption(QWizard.WizardOption.HaveCustomButton1, done and following is None)
        self.setButtonText(buttons.CancelButton, _("Stop for now") if self.midway else _("Close"))
        self.setButtonText(buttons.CustomButton1, _("See my status"))
        self.button(buttons.CustomButton1).setAccessibleName(_("See my status"))

    def _service_line(self) -> str:
        """ "Service 1 of 2: LinkedIn", in a sitting of several services; "" otherwise."""
        place = self.session.state.service_place()
        if place is None:
            return ""
        return _("Service {number} of {total}: {service}").format(
            number=place[0], total=place[1], service=_(self.session.guide.service)
        )

    def _back_clicked(self) -> None:
        page = self.currentPage()
        if isinstance(page, BasePage) and page.go_back():
            return
        self.back()

    @property
    def midway(self) -> bool:
        """Between the first page and Done: choices made that stopping would otherwise lose."""
        return PageId(self.currentId()) in MIDWAY if self.currentId() >= 0 else False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == _KEY_ESCAPE:  # a stray Esc must never close the wizard and lose the way
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.midway:
            if event.spontaneous() and not self._stop_for_now():  # the window's close button: ask
                event.ignore()
                return
            self.stoppedMidway.emit(self.session.state, PageId(self.currentId()))
        super().closeEvent(event)

    def _cancel_clicked(self) -> None:
        if not self.midway:
            self.reject()
        elif self._stop_for_now():
            self.stoppedMidway.emit(self.session.state, PageId(self.currentId()))
            self.reject()

    def _stop_for_now(self) -> bool:
        """Ask before stopping midway. True to stop."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName(names.STOP_FOR_NOW)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_("Stop for now?"))
        box.setText(_("Stop for now?"))
        # Kept, and honoured: the next start opens here even when something else is recorded (Controller.start).
        box.setInformativeText(
            _("We'll remember where you were: next time, the assistant opens here with your choices.")
        )
        stop = box.addButton(_("Stop for now"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(_("Keep going"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName(names.PRIMARY_BUTTON)
        set_variant(keep, "primary")
        set_variant(stop, "secondary")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def show_about(self) -> None:
        from app.ui.about import show_about  # loaded when asked for, never before the first window

        show_about(self.session, self)

    def _show_checklist(self) -> None:
        self.checklistRequested.emit()
        self.accept()
