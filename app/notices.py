"""Sentences that tell the person what happened to their records, for the window and the command line."""

from __future__ import annotations

from app.core.records import NoticeKind, StoreError, StoreNotice
from app.i18n import _


def store_notice_text(notice: StoreNotice) -> str:
    if notice.kind is NoticeKind.MOVED_ASIDE:
        return _(
            "Your saved records could not be read, so they were set aside in {path} and a fresh record was started."
        ).format(path=notice.path)
    return _(
        "The folder {path} cannot be written to, so you can read your records but nothing new will be saved."
    ).format(path=notice.path)


def store_error_text(error: StoreError) -> str:
    if error.kind == "read_only":
        return _(
            "This could not be saved because the folder {path} cannot be written to. "
            "Nothing was lost: make the folder writable, or start the assistant with another --data-dir, "
            "then try again."
        ).format(path=error.path)
    if error.kind == "too_new":
        return _(
            "Your records in {path} were written by a newer version of the assistant. "
            "Please install that version again to see them; this one leaves them untouched."
        ).format(path=error.path)
    return _("Your records in {path} could not be read or written ({detail}). Nothing was deleted.").format(
        path=error.path, detail=error.detail
    )
