"""Nothing to do here: where the region's action is "none", an honest page that says the service offers
no way to object there, why, and what helps instead (the region's extras). Nothing is recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage, text_label
from app.ui.pages.confirm import ExtraBox
from app.ui.pages.sitting import SittingSummary
from app.ui.session import Session


class NothingToDoPage(BasePage):
    page_id = PageId.NOTHING_TO_DO

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName(names.NOTHING_TO_DO_PAGE)
        self.history = text_label(self, object_name=names.NOTHING_TO_DO_HISTORY)
        self.helps = text_label(self, object_name=names.NOTHING_TO_DO_HELPS)
        self.helps.setProperty("role", "subtitle")
        # Made when the page is first shown: most paths never come here, and the confirm page has the same.
        self.extra_boxes: dict[str, ExtraBox] = {}
        self.sitting = SittingSummary(self)
        layout = self.body
        layout.addWidget(self.sitting.label)  # after a sitting's last service: the whole sitting, first
        layout.addWidget(self.history)
        layout.addWidget(self.helps)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        region = self.session.state.region(self.session.guide)
        extras = region.extras if region is not None else ()
        for extra_id in extras:
            if extra_id not in self.extra_boxes:
                self.extra_boxes[extra_id] = ExtraBox(extra_id, self.session, self, can_record=False)
        for extra_id, box in self.extra_boxes.items():
            box.setVisible(extra_id in extras)
        for offset, extra_id in enumerate(extras):  # in the region's order
            self.body.insertWidget(self.body.indexOf(self.helps) + 1 + offset, self.extra_boxes[extra_id])
        self.helps.setVisible(bool(extras))
        super().initializePage()

    def retranslate(self) -> None:
        guide = self.session.guide
        # The guide's own sentence says why (which service, which region); the title says it plainly.
        action = self.session.state.action(guide)
        why = _(action.text) if action is not None and action.text else ""
        # Translators: {service} is a service such as Facebook and Instagram.
        self.set_heading(
            _("{service}: no way to refuse this where you live, for now").format(service=_(guide.service)), why
        )
        region = self.session.state.region(guide)
        lines = [_(region.history), *(_(note) for note in region.notes)] if region is not None else []
        self.history.setText("\n".join(lines))
        self.helps.setText(_("What helps instead"))
        self.sitting.show_for(self.session)
        for box in self.extra_boxes.values():
            box.retranslate()
