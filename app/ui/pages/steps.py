"""Steps: one step per screen. A large picture of the screen before the tap, one sentence, progress dots;
"Done, next step" (the wizard's Next) moves on and Back steps back. "It looks different?" opens help."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import action_text, guide_text, i18n
from app.core.flow import PageId
from app.core.guide import Guide
from app.i18n import _
from app.ui import illustrations, names
from app.ui.link_feedback import LinkFeedback
from app.ui.pages.base import BasePage, left_aligned, link_button, page_scroll, set_list_text, text_label
from app.ui.picture_view import PictureDialog, PictureView
from app.ui.progress import ProgressDots
from app.ui.screen_fit import fit_to_screen
from app.ui.session import Session
from app.ui.style import column_width, set_variant


class PictureSlot(QWidget):
    """Where the picture goes: asks for a modest height and takes whatever room is left. (The picture
    itself ignores size hints; laid out directly, a wrapped text below it would be squeezed instead.)"""

    def __init__(self, picture: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picture)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 10)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.minimumHeight())


class StepsPage(BasePage):
    page_id = PageId.STEPS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.current = 1

        self.dots = ProgressDots(self, name=names.STEP_DOTS)
        self.counter = QLabel(self)
        self.counter.setObjectName(names.STEP_COUNTER)
        self.counter.setProperty("role", "progress")
        self.picture = PictureView(self)
        self.picture.clicked.connect(self._enlarge)
        # Said in words beside the picture, not only in its tooltip: on a small screen it is small.
        self.enlarge_button = link_button(self, names.ENLARGE_PICTURE_BUTTON)
        self.enlarge_button.clicked.connect(self._enlarge)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.dots)
        counter_row.addWidget(self.counter)
        counter_row.addStretch(1)
        self.step_text = text_label(self, object_name=names.STEP_TEXT)
        self.step_text.setProperty("role", "step")
        # For a service done in several apps: which app this step is in ("In Instagram").
        self.step_app = QLabel(self)
        self.step_app.setObjectName(names.STEP_APP)
        self.step_app.setProperty("role", "subtitle")
        self.step_app.hide()

        self.help_button = link_button(self, names.LOOKS_DIFFERENT_BUTTON)
        self.help_button.setCheckable(True)
        self.help_button.toggled.connect(self._toggle_help)
        self.open_button = link_button(self, names.OPEN_SETTING_BUTTON)
        self.open_button.clicked.connect(self._open_setting)
        actions = QVBoxLayout()  # one under the other: both fit in any language
        actions.setSpacing(0)
        actions.addLayout(left_aligned(self.open_button))
        actions.addLayout(left_aligned(self.help_button))
        # Another device than the one chosen (or the one the assistant reopened with): back to the device page.
        self.other_device = link_button(self, names.OTHER_DEVICE_BUTTON)
        self.other_device.clicked.connect(self._other_device)
        actions.addLayout(left_aligned(self.other_device))

        # "It looks different?": what to do, and the language the service shows (its menus are quoted in it).
        self.help = QFrame(self)
        self.help.setObjectName(names.LOOKS_DIFFERENT_HELP)
        self.help.setProperty("role", "notice")
        self.help_text = text_label(self.help, object_name=names.LOOKS_DIFFERENT_TEXT)
        self.service_language_caption = QLabel(self.help)
        self.service_language_combo = QComboBox(self.help)
        self.service_language_combo.setObjectName(names.LINKEDIN_LANGUAGE_COMBO)
        for code in i18n.languages():
            self.service_language_combo.addItem(i18n.native_name(code), code)
        self.service_language_combo.currentIndexChanged.connect(self._service_language_changed)
        self.service_language_caption.setBuddy(self.service_language_combo)
        self.service_language_hint = text_label(self.help, object_name=names.LINKEDIN_LANGUAGE_HINT)
        self.verified = text_label(self.help, object_name=names.LAST_VERIFIED)
        self.verified.setProperty("role", "muted")
        self.sources_button = link_button(self.help, names.SOURCES_BUTTON)
        self.sources_button.clicked.connect(self._show_sources)
        service_language_row = QHBoxLayout()
        service_language_row.addWidget(self.service_language_caption)
        service_language_row.addWidget(self.service_language_combo)
        service_language_row.addStretch(1)
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified, 1)
        verified_row.addWidget(self.sources_button)
        help_layout = QVBoxLayout(self.help)
        help_layout.addWidget(self.help_text)
        help_layout.addLayout(service_language_row)
        help_layout.addWidget(self.service_language_hint)
        help_layout.addLayout(verified_row)
        self.help.hide()
        self.open_feedback = LinkFeedback(self, name=names.OPEN_SETTING_FEEDBACK)

        layout = self.body
        layout.addLayout(counter_row)
        self.picture_slot = PictureSlot(self.picture, self)
        layout.addWidget(self.picture_slot, 1)
        layout.addLayout(left_aligned(self.enlarge_button))  # on its own line: room in any language
        layout.addWidget(self.step_app)
        layout.addWidget(self.step_text)
        layout.addLayout(actions)
        layout.addWidget(self.open_feedback)
        layout.addWidget(self.help)
        # Below everything, the room a step without a picture leaves: its words stay together at the top.
        layout.addStretch(0)
        self._room_below = layout.count() - 1

    @property
    def device_id(self) -> str:
        return self.session.state.device or self.session.guide.computer_device().id

    @property
    def step_count(self) -> int:
        return len(self.session.guide.device(self.device_id).steps)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.current = 1
        self.help_button.setChecked(False)
        super().initializePage()

    def primary_text(self) -> str:
        return _("&Done, next step")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """ "Done, next step": the next step, or after the last one, the confirm page."""
        if self.current < self.step_count:
            self.show_step(self.current + 1)
            return False
        return True

    def go_back(self) -> bool:
        if self.current > 1:
            self.show_step(self.current - 1)
            return True
        return False

    def retranslate(self) -> None:
        guide = self.session.guide
        device = guide.device(self.device_id)
        self.set_heading(guide_text.steps_heading(device), "")  # the step itself is the one sentence
        service = _(guide.service)
        self.help_button.setText(_("It looks different?"))
        self.help_button.setAccessibleName(_("It looks different? Show help"))
        on_phone = device.handoff == "qr"
        kind = action_text.words_for(self.session.action)
        tips = [
            # Translators: {service} is the service's name, such as LinkedIn.
            _("{service} changes its screens now and then. What to try:").format(service=service),
            _("• Update the {service} app, then look again.").format(service=service)
            if on_phone
            else _("• Reload the page, or sign out and in again."),
            kind.tip_computer if on_phone else kind.tip_phone.format(service=service),
            kind.tip_direct,
            _("• If your {service} shows another language, choose it below: the steps will quote its words.").format(
                service=service
            ),
        ]
        set_list_text(self.help_text, tips)
        # Translators: {service} is the service's name, such as LinkedIn.
        self.service_language_caption.setText(_("&My {service} is in:").format(service=service))
        self.service_language_combo.setAccessibleName(_("The language your {service} shows").format(service=service))
        self.service_language_hint.setText(
            _("The steps quote {service}'s menus in this language.").format(service=service)
        )
        self.service_language_combo.blockSignals(True)
        self.service_language_combo.setCurrentIndex(
            self.service_language_combo.findData(self.session.state.labels_language())
        )
        self.service_language_combo.blockSignals(False)
        self.picture.setToolTip(_("Click to enlarge"))
        self.enlarge_button.setText(_("Enlarge the picture"))
        self.open_button.setText(kind.open_instead if on_phone else kind.open_here)
        self.other_device.setText(_("Use another device"))
        self.other_device.setAccessibleName(_("Use another device: back to the choice of device"))
        self.other_device.setVisible(len(guide.devices) > 1)
        self.open_button.setAccessibleName(self.open_button.text())
        self.open_feedback.retranslate(self._opened_text())
        self.verified.setText(guide_text.verified_text(guide, unbroken=True))
        self.sources_button.setText(_("Sources…"))
        self.sources_button.setAccessibleName(_("Show where these instructions come from"))
        self.show_step(self.current)

    def show_step(self, number: int) -> None:
        """Show step `number`: its picture, its sentence and where it is among the steps."""
        guide = self.session.guide
        steps = guide.device(self.device_id).steps
        self.current = max(1, min(len(steps), number))
        language = self.session.state.labels_language()
        step = steps[self.current - 1]
        text = guide_text.step_text(guide, step, language)
        self.step_text.setText(text)
        app = guide.app(step.app)
        # Translators: {app} is one of the service's apps, such as Instagram: the step is done in it.
        self.step_app.setText(_("On {app}").format(app=_(app.name)) if app is not None else "")
        self.step_app.setVisible(app is not None)
        # A step whose picture cannot be drawn shows its text alone.
        shown = illustrations.has_picture(guide.folder, self.device_id, self.current, language)
        self.picture_slot.setVisible(shown)
        self.body.setStretch(self._room_below, 0 if shown else 1)
        self.enlarge_button.setVisible(shown)
        self.picture.show_step(guide.folder, self.device_id, self.current, language)
        counter = _("Step {number} of {total}").format(number=self.current, total=len(steps))
        self.counter.setText(counter)
        self.dots.set_progress(self.current, len(steps))
        self.dots.setAccessibleName(counter)
        self.picture.setAccessibleName(_("Picture of step {number}: {text}").format(number=self.current, text=text))
        self.enlarge_button.setAccessibleName(_("Enlarge the picture of step {number}").format(number=self.current))

    def _other_device(self) -> None:
        wizard = self.wizard()
        while wizard.currentId() != PageId.DEVICE and PageId.DEVICE in wizard.visitedIds():
            wizard.back()

    def _toggle_help(self, shown: bool) -> None:
        self.help.setVisible(shown)
        if shown:  # it opens below the fold on a small screen
            self.bring_into_view(self.help_button, self.help)

    def _enlarge(self) -> None:
        title = _("Step {number} of {total}").format(number=self.current, total=self.step_count)
        language = self.session.state.labels_language()
        PictureDialog(self.session.guide.folder, self.device_id, self.current, title, self, language=language).exec()

    def _show_sources(self) -> None:
        dialog = SourcesDialog(sources_text(self.session.guide), self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _service_language_changed(self, index: int) -> None:
        code = self.service_language_combo.itemData(index)
        if not code:
            return
        self.session.state.linkedin_language = code
        self.retranslate()

    def _opened_text(self) -> str:
        return action_text.words_for(self.session.action).opened

    def _open_setting(self) -> None:
        self.open_feedback.open(self.session.action_link, self.session.guide, self._opened_text())
        guide = self.session.guide
        if guide.device(self.device_id).handoff == "open" and not guide.apps:
            self.show_step(self.step_count)  # the page opened is the last step's: go straight there


def sources_text(guide: Guide) -> str:
    """When the instructions were last checked, and against which sources (rich text)."""
    items = "".join(f"<li>{escape(guide_text.source_text(s))}</li>" for s in guide.sources)
    intro = _("These instructions were last checked on {date}, against:").format(
        date=i18n.format_date(guide.last_verified)
    )
    return f"<p>{escape(intro)}</p><ul>{items}</ul>"


class SourcesDialog(QDialog):
    """Where the instructions come from: the list scrolls inside a window that fits the screen (a message
    box grew to 1009 px at 1366 x 768, its Close button off-screen)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.SOURCES_DIALOG)
        self.setWindowTitle(_("Sources"))
        column = QWidget()
        column.setObjectName(names.PAGE_COLUMN)
        self.text = text_label(column, object_name=names.SOURCES_TEXT, rich=True)
        self.text.setText(text)
        inside = QVBoxLayout(column)
        inside.addWidget(self.text)
        inside.addStretch(1)
        scroll = page_scroll(self)
        scroll.setWidget(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName(names.SOURCES_CLOSE_BUTTON)
        set_variant(close, "primary")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.setMinimumSize(QSize(metrics.averageCharWidth() * 40, metrics.height() * 10))
        fit_to_screen(self, QSize(column_width(self) + metrics.averageCharWidth() * 6, metrics.height() * 30))
