"""The About window: which version this is, when each guide's instructions were checked, where the records
are kept, the privacy promise, the licences, the project's address, and help that sends nothing.

Loaded when "About" is clicked, never before the first window. It only reads: opening it creates nothing
(the data folder included), and it fetches nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__, about_text, i18n
from app.i18n import _
from app.resources import licence_file, notices_file
from app.ui import names, style, theme
from app.ui.pages.base import left_aligned, link_button, page_scroll, set_list_text, text_label
from app.ui.screen_fit import fit_to_screen
from app.ui.session import Session


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(names.ABOUT_DIALOG)
        self.setWindowTitle(_("About {app}").format(app=_("AI Opt-Out Assistant")))
        column = QWidget()
        column.setObjectName(names.PAGE_COLUMN)
        layout = QVBoxLayout(column)
        layout.setSpacing(style.spacing(self, theme.SPACE_SMALL))

        def section(title: str, name: str) -> QLabel:
            heading = text_label(column, object_name=name)
            heading.setProperty("role", "subtitle")
            heading.setText(title)
            layout.addSpacing(style.spacing(self, theme.SPACE_SMALL))
            layout.addWidget(heading)
            return heading

        title = text_label(column, object_name=names.ABOUT_TITLE)
        title.setProperty("role", "title")
        title.setText(_("AI Opt-Out Assistant"))
        self.version = text_label(column, object_name=names.ABOUT_VERSION)
        self.version.setProperty("role", "lead")
        self.version.setText(_("Version {version}").format(version=__version__))
        layout.addWidget(title)
        layout.addWidget(self.version)

        section(_("Instructions"), names.ABOUT_GUIDES_HEADING)
        self.guides = text_label(column, object_name=names.ABOUT_GUIDES)
        set_list_text(self.guides, ["• " + about_text.guide_checked_text(guide) for guide in session.guides])
        layout.addWidget(self.guides)

        section(_("Your records"), names.ABOUT_RECORDS_HEADING)
        folder = session.store.folder
        self.records = text_label(column, object_name=names.ABOUT_RECORDS)
        self.show_folder = link_button(column, names.ABOUT_SHOW_FOLDER_BUTTON)
        self.show_folder.setText(_("Show in folder"))
        self.show_folder.setAccessibleName(_("Show the records folder"))
        self.show_folder.clicked.connect(self._show_folder)
        if folder.is_dir():
            self.records.setText(_("They are kept in this folder, readable only by you: {path}").format(path=folder))
        else:  # nothing recorded yet: the folder does not exist, and looking must not make it
            self.records.setText(
                _("Nothing is saved yet. Your records will be kept in this folder: {path}").format(path=folder)
            )
            self.show_folder.setEnabled(False)
        layout.addWidget(self.records)
        layout.addLayout(left_aligned(self.show_folder))

        section(_("Privacy"), names.ABOUT_PRIVACY_HEADING)
        self.privacy = text_label(column, object_name=names.ABOUT_PRIVACY)
        self.privacy.setText(about_text.privacy_text())
        layout.addWidget(self.privacy)

        section(_("Licences"), names.ABOUT_LICENCES_HEADING)
        self.licences = text_label(column, object_name=names.ABOUT_LICENCES)
        self.licences.setText(about_text.licence_text())
        self.licences_button = link_button(column, names.ABOUT_LICENCES_BUTTON)
        self.licences_button.setText(_("Read the licences"))
        self.licences_button.clicked.connect(self._show_licences)
        layout.addWidget(self.licences)
        layout.addLayout(left_aligned(self.licences_button))

        address = about_text.project_address()
        section(_("Help"), names.ABOUT_HELP_HEADING)
        self.address = text_label(column, object_name=names.ABOUT_ADDRESS)
        if address:
            # Plain, selectable text: the assistant opens no page but LinkedIn's own.
            self.address.setText(
                _("The project's address (to report a problem or read the source): {url}").format(url=address)
            )
        self.address.setVisible(bool(address))
        layout.addWidget(self.address)
        self.copy_details = link_button(column, names.ABOUT_COPY_DETAILS_BUTTON)
        self.copy_details.setText(_("Copy details for a bug report"))
        self.copy_details.clicked.connect(self.copy_bug_report)
        self.copied = text_label(column, object_name=names.ABOUT_COPIED)
        self.copied.setProperty("role", "success")
        self.copied.hide()
        layout.addLayout(left_aligned(self.copy_details))
        layout.addWidget(self.copied)
        layout.addStretch(1)

        scroll = page_scroll(self)
        scroll.setWidget(column)
        # Never narrower than its widest line that cannot wrap (a button): text is scrolled to, never cut off.
        column.ensurePolished()
        scroll.setMinimumWidth(column.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName(names.ABOUT_CLOSE_BUTTON)
        style.set_variant(close, "primary")  # the one primary button here
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        metrics = self.fontMetrics()
        self.setMinimumHeight(metrics.height() * 12)
        wanted = QSize(style.column_width(self) + metrics.averageCharWidth() * 6, metrics.height() * 30)
        fit_to_screen(self, wanted)

    def bug_report(self) -> str:
        import PySide6
        from PySide6.QtCore import qVersion

        return about_text.bug_report(
            guides=self.session.guides,
            problems=self.session.problems,
            catalog_problem=i18n.catalog_problem(),
            qt_version=qVersion(),
            pyside_version=PySide6.__version__,
            language=i18n.language(),
            system=about_text.system_description(),
            home=Path.home(),
        )

    def copy_bug_report(self) -> None:
        """Put the details on the clipboard (nothing is sent), and say what was copied."""
        QApplication.clipboard().setText(self.bug_report())
        self.copied.setText(
            _("Copied: the versions, your system and the guides, nothing of your records. Paste it into your message.")
        )
        self.copied.show()

    def _show_folder(self) -> None:
        from app.ui.record_actions import open_on_desktop

        folder = self.session.store.folder
        open_on_desktop(
            self, self.windowTitle(), folder, _("It could not be opened. The folder is at {path}.").format(path=folder)
        )

    def _show_licences(self) -> None:
        LicencesDialog(self).exec()


def licences_text() -> str:
    """The assistant's licence, then the third-party notices the build wrote (none in a source checkout)."""
    parts = []
    notices = notices_file()
    if notices.is_file():
        parts.append(notices.read_text(encoding="utf-8"))
    else:
        parts.append(_("The third-party notices are written when the installers are built."))
    parts.append(licence_file().read_text(encoding="utf-8"))
    return "\n\n".join(parts)


class LicencesDialog(QDialog):
    """The licence texts, to read (and select and copy): the notices, then the GPL."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.LICENCES_DIALOG)
        self.setWindowTitle(_("Licences"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(names.LICENCES_TEXT)
        self.text.setReadOnly(True)
        self.text.setPlainText(licences_text())
        self.text.setAccessibleName(_("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if isinstance(close, QPushButton):
            style.set_variant(close, "primary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.setMinimumSize(QSize(metrics.averageCharWidth() * 40, metrics.height() * 12))
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 84, metrics.height() * 30))


def show_about(session: Session, parent: QWidget | None) -> None:
    dialog = AboutDialog(session, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
