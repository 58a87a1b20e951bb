"""Sentences that tell the person what happened to their records, for the window and the command line."""

from __future__ import annotations

from app.core.guide import GuideError
from app.core.records import NoticeKind, StoreError, StoreNotice
from app.i18n import _, ngettext


def store_notice_text(notice: StoreNotice) -> str:
    if notice.kind is NoticeKind.UNREADABLE:
        return _(
            "Your saved records in {path} could not be read. They were left as they are; the assistant will "
            "set them aside and start a fresh record the next time it opens its window."
        ).format(path=notice.path)
    if notice.kind is NoticeKind.NOT_PERMITTED:
        return _(
            "Your saved records in {path} cannot be read: the file's permissions do not allow it. They were left "
            "as they are, and nothing new will be saved."
        ).format(path=notice.path)
    if notice.kind is NoticeKind.MOVED_ASIDE:
        return _(
            "Your saved records could not be read, so they were set aside in {path} and a fresh record was started."
        ).format(path=notice.path)
    if notice.path.is_dir():
        return _(
            "The folder {path} cannot be written to, so you can read your records but nothing new will be saved."
        ).format(path=notice.path)
    return _("The file {path} is read-only, so you can read your records but nothing new will be saved.").format(
        path=notice.path
    )


def guide_problem_text(problem: GuideError) -> str:
    """A guide that could not be loaded: the others still work."""
    return _("One service's instructions are damaged and are left out: {problem}").format(problem=problem)


def unreadable_rows_text(count: int) -> str:
    """One sentence for rows of the records that could not be read and are not shown."""
    return ngettext(
        "{count} saved entry could not be read and is not shown. It was left as it is.",
        "{count} saved entries could not be read and are not shown. They were left as they are.",
        count,
    ).format(count=count)


def store_error_text(error: StoreError) -> str:
    if error.kind == "read_only" and not error.path.is_dir():
        return _(
            "The file {path} is read-only, so the assistant left it as it is: nothing was changed. Make it "
            "writable, then try again."
        ).format(path=error.path)
    if error.kind == "read_only":
        return _(
            "This could not be saved because the folder {path} cannot be written to. "
            "Nothing was lost: make the folder writable, or start the assistant with another --data-dir, "
            "then try again."
        ).format(path=error.path)
    if error.kind == "locked":
        return _(
            "Another program is using your records in {path} right now, so the assistant cannot open them. "
            "Nothing was changed: close the other program (or the other copy of the assistant) and try again."
        ).format(path=error.path)
    if error.kind == "full":
        return _("Not saved: the disk is full. Free some space, then try again; what you chose is still here.").format(
            path=error.path
        )
    if error.kind == "link":
        return _(
            "{path} is a link to somewhere else. To keep your records private, the assistant does not follow "
            "links out of its folder. Remove the link, then try again."
        ).format(path=error.path)
    if error.kind == "no_access":
        return _(
            "The assistant may not open the folder {path}: it belongs to another user, or its permissions do not "
            "allow it. Nothing was changed: start the assistant with another --data-dir, or ask whoever looks "
            "after this computer."
        ).format(path=error.path)
    if error.kind == "too_new":
        return _(
            "Your records in {path} were written by a newer version of the assistant. "
            "Please install that version again to see them; this one leaves them untouched."
        ).format(path=error.path)
    return _("Your records in {path} could not be read or written ({detail}). Nothing was deleted.").format(
        path=error.path, detail=error.detail
    )
