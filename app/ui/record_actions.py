"""What the checklist's buttons do with the records: save a receipt, export them, delete them all.

Each function asks the person what it needs (a file name, a confirmation), does the work, and
says in one sentence what happened. They return True when something was done.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import __version__
from app.core import export
from app.core.checklist import RECHECK_SETTING, recheck_months
from app.core.guide import Guide
from app.core.records import RecordStore, StoreError, utc_now
from app.i18n import _
from app.notices import store_error_text
from app.ui.receipt import receipt_html, write_receipt_pdf


def _ask_file(parent: QWidget, title: str, name: str, filter_text: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filter_text)
    return Path(chosen) if chosen else None


def _stamp() -> str:
    return dt.date.today().isoformat()


def save_receipt(parent: QWidget, guide: Guide, store: RecordStore) -> bool:
    path = _ask_file(
        parent, _("Save a receipt"), _("linkedin-ai-receipt-{date}.pdf").format(date=_stamp()), _("PDF (*.pdf)")
    )
    if path is None:
        return False
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(path.suffix + ".pdf")
    months = recheck_months(store.setting(RECHECK_SETTING))
    html = receipt_html(guide, store.confirmations(), __version__, months, utc_now())
    try:
        write_receipt_pdf(path, html)
    except OSError as exc:
        QMessageBox.warning(parent, _("Not saved"), _("The receipt could not be saved: {reason}").format(reason=exc))
        return False
    QMessageBox.information(parent, _("Receipt saved"), _("The receipt was saved as {path}.").format(path=path))
    return True


def export_records(parent: QWidget, guide: Guide, store: RecordStore) -> bool:
    path = _ask_file(
        parent, _("Export records"), _("linkedin-ai-records-{date}.json").format(date=_stamp()), _("JSON (*.json)")
    )
    if path is None:
        return False
    if path.suffix.lower() != ".json":
        path = path.with_suffix(path.suffix + ".json")
    months = recheck_months(store.setting(RECHECK_SETTING))
    document = export.records_document(guide, store.confirmations(), __version__, months, utc_now())
    try:
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        QMessageBox.warning(parent, _("Not saved"), _("The records could not be saved: {reason}").format(reason=exc))
        return False
    QMessageBox.information(parent, _("Records exported"), _("The records were saved as {path}.").format(path=path))
    return True


def delete_everything(parent: QWidget, store: RecordStore) -> bool:
    answer = QMessageBox.warning(
        parent,
        _("Delete everything?"),
        _(
            "This deletes every record and setting the assistant keeps on this computer, in {folder}. "
            "It cannot be undone. Receipts and exports you saved elsewhere are not touched, and nothing "
            "changes on LinkedIn."
        ).format(folder=store.folder),
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
