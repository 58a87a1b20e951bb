"""Where the person is: progress dots, and the header every page shows (the wizard's progress and the
language switch)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import i18n
from app.core.flow import STAGES, PageId, stage
from app.i18n import _
from app.ui import names, style, theme
from app.ui.pages.base import link_button

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class ProgressDots(QWidget):
    """`count` dots: those done and the current one filled, the current one larger, the rest rings."""

    def __init__(self, parent: QWidget | None = None, *, name: str = names.PROGRESS_DOTS) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.count = 0
        self.current = 0

    def set_progress(self, current: int, count: int) -> None:
        self.current, self.count = current, count
        self.updateGeometry()
        self.update()

    def _dot(self) -> float:
        return self.fontMetrics().height() * 0.55

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        dot = self._dot()
        return QSize(round(max(self.count, 1) * dot * 2), round(dot * 1.6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        # Loaded here: the first page shows no dots, and these types cost ~1 ms before the first paint.
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QPainter, QPen

        colours = theme.colours(style.current_scheme())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = self._dot()
        middle = self.height() / 2
        for index in range(self.count):
            number = index + 1
            size = dot * (1.35 if number == self.current else 1.0)
            centre_x = dot + index * dot * 2
            rect = QRectF(centre_x - size / 2, middle - size / 2, size, size)
            if number <= self.current:
                painter.setPen(QPen(QColor(colours.accent), 1))
                painter.setBrush(QColor(colours.accent))
            else:
                painter.setPen(QPen(QColor(colours.track), max(1.5, dot / 5)))
                painter.setBrush(QColor(colours.window))
            painter.drawEllipse(rect)
        painter.end()


def stage_names() -> dict[PageId, str]:
    """What each stage is called in the progress header."""
    return {
        PageId.REGION: _("Your country"),
        PageId.DEVICE: _("Your device"),
        PageId.STEPS: _("The steps"),
        PageId.CONFIRM: _("Your answer"),
        PageId.DONE: _("Done"),
        PageId.NOTHING_TO_DO: _("The end"),  # of the path, where there is nothing to do: not "Done"
    }


class WizardHeader(QWidget):
    """The top of every page: "Step 2 of 5: Your device" with dots, and the language switch. One header,
    moved into whichever page is shown."""

    languageChosen = Signal(str)  # noqa: N815 - Qt signal naming
    aboutRequested = Signal()  # noqa: N815 - "About": the wizard opens the About window

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.WIZARD_HEADER)
        self.page_id = PageId.WELCOME
        self.progress = QLabel(self)
        self.progress.setObjectName(names.WIZARD_PROGRESS)
        self.progress.setProperty("role", "progress")
        self.progress.setWordWrap(True)  # a long language beside the switch and About wraps it, never cuts it
        self.dots = ProgressDots(self, name=names.WIZARD_PROGRESS_DOTS)
        # In a sitting of several services, which one: "Service 1 of 2: LinkedIn", beside the part.
        self.service = QLabel(self)
        self.service.setObjectName(names.WIZARD_SERVICE)
        self.service.setProperty("role", "progress")
        self.service.setWordWrap(False)
        self.service.hide()
        self.service_text = ""
        self.caption = QLabel(self)
        self.switch = QComboBox(self)
        self.switch.setObjectName(names.LANGUAGE_SWITCH)
        for code in i18n.languages():
            self.switch.addItem(i18n.native_name(code), code)
        self.switch.setCurrentIndex(self.switch.findData(language))
        self.switch.currentIndexChanged.connect(self._chosen)
        self.caption.setBuddy(self.switch)
        self.about = link_button(self, names.ABOUT_BUTTON)  # link-like: never a second primary button
        self.about.clicked.connect(self.aboutRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The sitting's service above the part and its dots, each on one line.
        where = QVBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.setSpacing(0)
        where.addWidget(self.service)
        part = QHBoxLayout()
        part.addWidget(self.progress)
        part.addWidget(self.dots)
        where.addLayout(part)
        layout.addLayout(where)
        layout.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.switch)
        layout.addWidget(self.about)

    def show_page(self, page_id: PageId, service: str = "") -> None:
        self.page_id = page_id
        self.retranslate(service)

    def retranslate(self, service: str | None = None) -> None:
        """The header's words; `service`, the sitting's "Service 1 of 2: LinkedIn" ("" for none, None: as is)."""
        if service is not None:
            self.service_text = service
        self.service.setText(self.service_text)
        self.service.setVisible(bool(self.service_text))
        self.caption.setText(_("&Language:"))
        self.switch.setAccessibleName(_("Language"))
        self.about.setText(_("About"))
        self.about.setAccessibleName(_("About the assistant"))
        self.switch.blockSignals(True)
        self.switch.setCurrentIndex(self.switch.findData(i18n.language()))
        self.switch.blockSignals(False)
        number = stage(self.page_id)
        self.progress.setVisible(number is not None)
        self.dots.setVisible(number is not None)
        if number is None:
            return
        text = _("Part {number} of {total}: {stage}").format(
            number=number, total=len(STAGES), stage=stage_names()[self.page_id]
        )
        self.progress.setText(text)
        self.dots.set_progress(number, len(STAGES))
        self.dots.setAccessibleName(text)

    def _chosen(self, index: int) -> None:
        code = self.switch.itemData(index)
        if code:
            self.languageChosen.emit(code)
