"""Welcome: what LinkedIn does, what the assistant will do, the language, and the quick route."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.core.flow import PageId
from app.i18n import _
from app.ui.pages.base import BasePage, left_aligned, link_button, text_label
from app.ui.session import Session

if TYPE_CHECKING:
    from app.ui.link_feedback import LinkFeedback


class WelcomePage(BasePage):
    page_id = PageId.WELCOME

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = text_label(self, object_name="welcomeIntro")
        self.used = text_label(self, object_name="factUsed")
        self.not_used = text_label(self, object_name="factNotUsed")
        self.not_covered = text_label(self, object_name="factNotCovered")
        self.promise = text_label(self, object_name="welcomePromise")

        quick = QFrame(self)
        quick.setObjectName("quickRoute")
        quick.setProperty("role", "notice")
        self.quick_text = text_label(quick)
        self.quick_button = link_button(quick, "quickLinkButton")
        self.quick_button.clicked.connect(self._open_quick_link)
        self.quick_feedback: LinkFeedback | None = None  # made on the first click, not before the first paint
        self.quick_layout = QVBoxLayout(quick)
        self.quick_layout.addWidget(self.quick_text)
        self.quick_layout.addLayout(left_aligned(self.quick_button))

        layout = self.body
        layout.addWidget(self.intro)
        for fact in (self.used, self.not_used, self.not_covered):
            fact.setIndent(self.fontMetrics().averageCharWidth() * 2)
            layout.addWidget(fact)
        layout.addWidget(self.promise)
        layout.addStretch(1)
        layout.addWidget(quick)

    def retranslate(self) -> None:
        facts = self.session.guide.facts
        self.set_heading(_(self.session.guide.title), _("Five minutes, step by step, in plain words."))
        service = _(self.session.guide.service)
        self.intro.setText(_(self.session.guide.texts.intro))
        self.used.setText("• " + _(facts.used.text))
        self.not_used.setText("• " + _(facts.not_used.text))
        self.not_covered.setText("• " + _(facts.not_covered.text))
        self.promise.setText(
            _(
                "This assistant shows you where the setting is, on your phone or your computer, and keeps a "
                "private note of what you did so that you can check again later. The note stays on this "
                "computer: the assistant sends nothing anywhere."
            )
        )
        self.quick_text.setText(
            # Translators: {service} is the service's name, such as LinkedIn.
            _(
                "Already know your way around {service}? Open the setting directly, then come back here to record it."
            ).format(service=service)
        )
        self.quick_button.setText(_("Open the setting now"))
        self.quick_button.setAccessibleName(_("Open the {service} setting in your browser now").format(service=service))
        if self.quick_feedback is not None:
            self.quick_feedback.retranslate(self._quick_opened_text())

    @staticmethod
    def _quick_opened_text() -> str:
        return _("The setting page is open in your browser. Switch it off there, then click Next to record it here.")

    def primary_text(self) -> str:
        return _("&Start")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.wizard().ensure_pages()  # type: ignore[attr-defined]
        return True

    def _open_quick_link(self) -> None:
        from app.ui.link_feedback import LinkFeedback

        if self.quick_feedback is None:
            self.quick_feedback = LinkFeedback(self, name="quickLink")
            self.quick_layout.addWidget(self.quick_feedback)
        self.quick_feedback.open(self.session.guide.setting_url, self.session.guide, self._quick_opened_text())
        self.session.state.quick_route = True  # opened, or the link is there to copy
