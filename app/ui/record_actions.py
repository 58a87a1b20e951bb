"""What the checklist's buttons do with the records: save a receipt, export them, delete them all.

Each function asks the person what it needs (a file name, a confirmation), does the work, and
says in one sentence what happened. They return True when something was done.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import __version__
from app.core import export
from app.core.checklist import RECHECK_SETTING, recheck_months
from app.core.guide import Guide
from app.core.records import RecordStore, StoreError, utc_now
from app.core.safe_write import write_checked
from app.i18n import _
from app.notices import store_error_text
from app.ui.receipt import receipt_html, receipt_title, write_receipt_pdf


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
    QMessageBox.information(parent, title, saved.format(path=path))
    return True


def save_receipt(parent: QWidget, guides: Sequence[Guide], store: RecordStore) -> bool:
    months = recheck_months(store.setting(RECHECK_SETTING))
    confirmations = store.confirmations()
    html = receipt_html(guides, confirmations, __version__, months, utc_now())
    title = receipt_title(guides, confirmations)
    return _save_as(
        parent,
        _("Save a receipt"),
        _("linkedin-ai-receipt-{date}.pdf").format(date=dt.date.today().isoformat()),
        _("PDF (*.pdf)"),
        lambda path: write_receipt_pdf(path, html, title),
        _("The receipt was saved as {path}."),
        _("The receipt could not be saved: {reason}"),
    )


def export_records(parent: QWidget, guides: Sequence[Guide], store: RecordStore) -> bool:
    months = recheck_months(store.setting(RECHECK_SETTING))
    document = export.records_document(guides, store.confirmations(), __version__, months, utc_now())
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def write(path: Path) -> None:
        write_checked(
            path,
            lambda temporary: temporary.write_text(text, encoding="utf-8"),
            lambda temporary: temporary.read_text(encoding="utf-8") == text,
        )

    return _save_as(
        parent,
        _("Export records"),
        _("linkedin-ai-records-{date}.json").format(date=dt.date.today().isoformat()),
        _("JSON (*.json)"),
        write,
        _("The records were saved as {path}."),
        _("The records could not be saved: {reason}"),
    )


def delete_everything(parent: QWidget, store: RecordStore, services: Sequence[str]) -> bool:
    """Ask, then delete everything the assistant wrote. `services` are the services' names, translated."""
    answer = QMessageBox.warning(
        parent,
        _("Delete everything?"),
        _(
            "This deletes every record and setting the assistant keeps on this computer, in {folder}. "
            "It cannot be undone. Receipts and exports you saved elsewhere are not touched, and nothing "
            "changes on {service}."
        ).format(folder=store.folder, service=", ".join(services)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        store.delete_everything()
    except StoreError as exc:
        QMessageBox.warning(parent, _("Not deleted"), store_error_text(exc))
        return False
    except OSError as exc:
        QMessageBox.warning(parent, _("Not deleted"), _("Some files could not be deleted: {reason}").format(reason=exc))
        return False
    QMessageBox.information(parent, _("Deleted"), _("Everything the assistant kept was deleted."))
    return True
