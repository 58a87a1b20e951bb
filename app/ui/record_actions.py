"""What the checklist's buttons do with the records: save a receipt, export them, delete them all.

Each function asks the person what it needs (a file name, a confirmation), does the work, and
says in one sentence what happened. They return True when something was done. After a file is
saved, the message offers to open it or to show it in its folder.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import __version__, i18n
from app.core import export, settings
from app.core.guide import Guide, file_stem
from app.core.records import RecordStore, StoreError
from app.core.safe_write import write_checked
from app.core.status import Status, read_status
from app.i18n import _
from app.notices import store_error_text
from app.ui import names
from app.ui.receipt import (
    HOLDER_MAX,
    clean_holder,
    holder_link,
    looks_like_link,
    receipt_html,
    receipt_title,
    write_receipt_pdf,
)
from app.ui.style import set_variant


def _save_as(
    parent: QWidget, title: str, name: str, filter_text: str, write: Callable[[Path], None], saved: str, failed: str
) -> bool:
    """Ask where to save, write there with `write`, and say in one sentence what happened."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filter_text)
    if not chosen:
        return False
    path = Path(chosen)
    suffix = Path(name).suffix
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        write(path)
    except OSError as exc:
        QMessageBox.warning(parent, _("Not saved"), failed.format(reason=exc.strerror or exc))
        return False
    tell_saved(parent, title, saved.format(name=path.name, folder=path.parent.name or str(path.parent)), path)
    return True


def tell_saved(parent: QWidget, title: str, text: str, path: Path, open_text: str | None = None) -> None:
    """Say the file was saved (by its name and its folder's, never a whole path), and offer to open it
    (`open_text`, "Open" by default) or to show it in its folder."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName(names.SAVED_FILE_BOX)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
    close = box.button(QMessageBox.StandardButton.Close)
    if close is not None:  # in the assistant's language, whatever Qt's own translations cover
        close.setText(_("Close"))
    open_button = box.addButton(open_text or _("Open"), QMessageBox.ButtonRole.ActionRole)
    open_button.setObjectName(names.SAVED_OPEN_BUTTON)
    folder_button = box.addButton(_("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    folder_button.setObjectName(names.SAVED_SHOW_IN_FOLDER_BUTTON)
    set_variant(open_button, "primary")
    box.setDefaultButton(open_button)
    box.setEscapeButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    target = path if clicked is open_button else path.parent if clicked is folder_button else None
    if target is not None:
        open_on_desktop(parent, title, target, _("It could not be opened. The file is at {path}.").format(path=path))


def open_on_desktop(parent: QWidget, title: str, target: Path, failed: str) -> None:
    """Open `target` with the desktop: a file with its program, a folder in the file manager ("Show in
    folder"). If that cannot be done, say `failed` (which names where it is)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        QMessageBox.warning(parent, title, failed)


class HolderDialog(QDialog):
    """Asked before a receipt is saved: whose account it is about, as a name or a profile link (optional).
    What is typed is plain text; a link is checked only when it looks like one."""

    def __init__(self, parent: QWidget | None, previous: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(names.RECEIPT_HOLDER_DIALOG)
        self.setWindowTitle(_("Save a receipt"))
        question = QLabel(_("Name or profile link to put on the receipt (optional)"), self)
        question.setObjectName(names.RECEIPT_HOLDER_QUESTION)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.edit = QLineEdit(previous, self)
        self.edit.setObjectName(names.RECEIPT_HOLDER_EDIT)
        self.edit.setMaxLength(HOLDER_MAX)
        self.edit.setAccessibleName(question.text())
        self.edit.selectAll()
        question.setBuddy(self.edit)
        hint = QLabel(
            _("For example your name, or the address of your profile page. Leave it empty to put no name."), self
        )
        hint.setObjectName(names.RECEIPT_HOLDER_HINT)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.error = QLabel(self)
        self.error.setObjectName(names.RECEIPT_HOLDER_ERROR)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "subtitle")  # bold: the style has no colour of its own for errors
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(_("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName(names.RECEIPT_HOLDER_CONTINUE)
        set_variant(self.continue_button, "primary")
        self.continue_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(names.RECEIPT_HOLDER_CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, self.edit, hint, self.error, buttons):
            layout.addWidget(widget)

    def holder(self) -> str:
        """What was typed, as it goes on the receipt (one line, plain text)."""
        return clean_holder(self.edit.text())

    def accept(self) -> None:
        text = self.holder()
        if text and looks_like_link(text) and holder_link(text) is None:
            self.error.setText(_("This link does not look right. Check it, or type a name instead."))
            self.error.show()
            self.edit.setAccessibleDescription(self.error.text())
            self.edit.setFocus()
            return
        super().accept()


def ask_holder(parent: QWidget, previous: str) -> str | None:
    """The name or link for the receipt ("" for none), or None if the person cancelled."""
    dialog = HolderDialog(parent, previous)
    try:
        return dialog.holder() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def save_receipt(parent: QWidget, guides: Sequence[Guide], store: RecordStore) -> bool:
    """Ask whose account it is (optional), then where to save; write the receipt there."""
    previous = store.value(settings.RECEIPT_HOLDER)
    holder = ask_holder(parent, previous)
    if holder is None:
        return False
    status = read_status(store, guides)
    html = receipt_html(status, __version__, holder)
    title = receipt_title(status)
    store.keep_private()  # the file dialog writes Qt's settings in the data folder
    saved = _save_as(
        parent,
        _("Save a receipt"),
        # Translators: a suggested file name; {services} is the service's id, such as linkedin-ai-training.
        _("{services}-receipt-{date}.pdf").format(services=_services(status), date=status.today.isoformat()),
        _("PDF (*.pdf)"),
        lambda path: write_receipt_pdf(path, html, title),
        # Translators: {name} is the file's name, {folder} the name of the folder it is in (such as Documents).
        _("The receipt was saved as “{name}”, in the folder “{folder}”."),
        _("The receipt could not be saved: {reason}"),
    )
    if saved and holder and holder != previous and store.exists:
        # Remembered for next time only once typed; a store that cannot be written keeps the old one.
        with contextlib.suppress(StoreError, OSError):
            store.set_setting(settings.RECEIPT_HOLDER.key, holder)
    return saved


def export_records(parent: QWidget, guides: Sequence[Guide], store: RecordStore) -> bool:
    status = read_status(store, guides)
    document = export.records_document(status, __version__, language=i18n.language(), translate=_)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def write(path: Path) -> None:
        write_checked(
            path,
            lambda temporary: _write_text(temporary, text),
            lambda temporary: temporary.read_text(encoding="utf-8") == text,
        )

    store.keep_private()  # the file dialog writes Qt's settings in the data folder
    return _save_as(
        parent,
        _("Export records"),
        # Translators: a suggested file name; {services} is the service's id, such as linkedin-ai-training.
        _("{services}-records-{date}.json").format(services=_services(status), date=status.today.isoformat()),
        _("JSON (*.json)"),
        write,
        # Translators: {name} is the file's name, {folder} the name of the folder it is in (such as Documents).
        _("The records were saved as “{name}”, in the folder “{folder}”."),
        _("The records could not be saved: {reason}"),
    )


def _services(status: Status) -> str:
    """The services with records, as a file name says them (guide.file_stem)."""
    return file_stem({account.guide.id for account in status.accounts})


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def confirm_deletion(parent: QWidget, services: Sequence[str]) -> bool:
    """Ask plainly, naming what goes and what stays, with buttons that say what they do. True to delete."""
    box = QMessageBox(parent)
    box.setObjectName(names.DELETE_EVERYTHING_BOX)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Delete everything?"))
    box.setText(_("Delete everything?"))
    box.setInformativeText(
        _(
            "This deletes every record and setting the assistant keeps on this computer, in its own folder. "
            "It cannot be undone. Receipts, reminders and exports you saved are not touched, and nothing "
            "changes on {service}."
        ).format(service=", ".join(services))
    )
    delete = box.addButton(_("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName(names.CONFIRM_DELETE_BUTTON)
    delete.setProperty("variant", "danger")
    keep = box.addButton(_("Keep everything"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName(names.PRIMARY_BUTTON)
    keep.setProperty("variant", "primary")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


def delete_everything(parent: QWidget, store: RecordStore, services: Sequence[str]) -> bool:
    """Ask, then delete everything the assistant wrote. `services` are the services' names, translated."""
    if not confirm_deletion(parent, services):
        return False
    try:
        store.delete_everything()
    except StoreError as exc:
        QMessageBox.warning(parent, _("Not deleted"), store_error_text(exc))
        return False
    except OSError as exc:
        QMessageBox.warning(parent, _("Not deleted"), _("Some files could not be deleted: {reason}").format(reason=exc))
        return False
    # The calm end: what happened, and what did not.
    said = _(
        "Everything the assistant kept on this computer is deleted. Your {service} setting is not "
        "changed by this: it stays as you left it. You can start again at any time."
    ).format(service=", ".join(services))
    if store.folder.is_symlink():
        said += " " + _("The assistant's folder was a link to another folder: the link itself was left as it is.")
    QMessageBox.information(parent, _("Deleted"), said)
    return True
