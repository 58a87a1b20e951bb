"""Welcome: the promise and the time it takes, three short lines (what the service uses, what switching
off does, what the assistant keeps), "Start", and the quick route. The details fold out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import guide_text
from app.core.actions import SETTING
from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage, left_aligned, link_button, set_list_text, text_label
from app.ui.session import Session

if TYPE_CHECKING:
    from app.ui.link_feedback import LinkFeedback

# The three lines' icons (resources/icons/, drawn in #000000 and recoloured to the text's colour), drawn
# once the page is on screen: QtSvg need not load before the first paint. Their places are kept, so
# nothing moves.
LINE_ICONS = ("line-ai.svg", "line-switch-off.svg", "line-private.svg")


class WelcomePage(BasePage):
    page_id = PageId.WELCOME

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = text_label(self, object_name=names.WELCOME_INTRO)
        self.switch_line = text_label(self, object_name=names.WELCOME_SWITCH)
        self.promise = text_label(self, object_name=names.WELCOME_PROMISE)
        self.icons: list[QLabel] = []
        self.icons_drawn = False
        layout = self.body
        side = self.fontMetrics().height() * 2
        for line in (self.intro, self.switch_line, self.promise):
            icon = QLabel(self)
            icon.setFixedSize(side, side)
            self.icons.append(icon)
            beside = QVBoxLayout()  # the icon at the top of its line
            beside.addWidget(icon)
            beside.addStretch(1)
            row = QHBoxLayout()
            row.setSpacing(side // 2)
            row.addLayout(beside)
            row.addWidget(line, 1)
            layout.addLayout(row)

        # "What exactly?": the facts in full, folded.
        self.details_button = link_button(self, names.WELCOME_DETAILS_BUTTON)
        self.details_button.setCheckable(True)
        self.details = QFrame(self)
        self.details.setObjectName(names.WELCOME_DETAILS)
        self.details.setProperty("role", "notice")
        self.used = text_label(self.details, object_name=names.FACT_USED)
        self.not_used = text_label(self.details, object_name=names.FACT_NOT_USED)
        self.not_covered = text_label(self.details, object_name=names.FACT_NOT_COVERED)
        details_layout = QVBoxLayout(self.details)
        for fact in (self.used, self.not_used, self.not_covered):
            details_layout.addWidget(fact)
        self.details.hide()
        self.details_button.toggled.connect(self.details.setVisible)
        layout.addLayout(left_aligned(self.details_button))
        layout.addWidget(self.details)
        layout.addStretch(1)

        self.quick_button = link_button(self, names.QUICK_LINK_BUTTON)
        self.quick_button.clicked.connect(self._open_quick_link)
        self.quick_feedback: LinkFeedback | None = None  # made on the first click, not before the first paint
        self.quick_layout = QVBoxLayout()
        self.quick_layout.addLayout(left_aligned(self.quick_button))
        layout.addLayout(self.quick_layout)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange and self.icons_drawn:  # light/dark switched: recolour
            self.load_icons()
        super().changeEvent(event)

    def load_icons(self) -> None:
        """Draw the three lines' icons (once the page is on screen), in the text's colour."""
        from app.ui.svg_icon import svg_pixmap

        colour = self.palette().windowText().color().name()
        for label, name in zip(self.icons, LINE_ICONS, strict=True):
            label.setPixmap(svg_pixmap(name, colour, label.width(), label.devicePixelRatioF()))
        self.icons_drawn = True

    def retranslate(self) -> None:
        guide = self.session.guide
        facts = guide.facts
        service = _(guide.service)
        self.set_heading(_(guide.title), guide_text.length_line(guide))
        self.intro.setText(_(guide.texts.intro))
        self.switch_line.setText(_(facts.stops_future_only.text))
        self.promise.setText(
            _(
                "The assistant shows you where the setting is and keeps a private note on this computer, "
                "so that you can check again later. It sends nothing anywhere."
            )
        )
        # Translators: {service} is the service's name, such as LinkedIn.
        self.details_button.setText(_("What exactly does {service} use?").format(service=service))
        self.details_button.setAccessibleName(self.details_button.text())
        set_list_text(self.used, ["• " + _(facts.used.text)])
        set_list_text(self.not_used, ["• " + _(facts.not_used.text)])
        set_list_text(self.not_covered, ["• " + _(facts.not_covered.text)])
        # Only a switch every region shares can be opened before anything is asked.
        quick = self.session.guide.quick_action
        self.quick_button.setVisible(quick is not None and quick.kind == SETTING)
        self.quick_button.setText(_("I know the way: open the setting now"))
        self.quick_button.setAccessibleName(_("Open the {service} setting in your browser now").format(service=service))
        if self.quick_feedback is not None:
            self.quick_feedback.retranslate(self._quick_opened_text())

    @staticmethod
    def _quick_opened_text() -> str:
        return _(
            "Your browser was asked to open the setting page. Switch it off there, "
            "then click “Start” to record it here."
        )

    def primary_text(self) -> str:
        return _("&Start")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.wizard().ensure_pages()  # type: ignore[attr-defined]
        return True

    def _open_quick_link(self) -> None:
        from app.ui.link_feedback import LinkFeedback

        if self.quick_feedback is None:
            self.quick_feedback = LinkFeedback(self, name=names.QUICK_LINK)
            self.quick_layout.addWidget(self.quick_feedback)
        quick = self.session.guide.quick_action
        if quick is None or quick.link is None:
            return
        self.quick_feedback.open(quick.link, self.session.guide, self._quick_opened_text())
        self.session.state.quick_route = True  # opened, or the link is there to copy
