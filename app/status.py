"""`ai-optout-assistant status`: the checklist on the terminal, with no window and no Qt.

`status --ics PATH` writes a calendar reminder of every account's next check to PATH instead."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from app import i18n
from app.checklist_text import (
    NOTHING_RECORDED,
    account_title,
    item_text,
    objection_line,
    others_text,
    recheck_text,
    summary_lines,
    words,
)
from app.core import settings
from app.core.checklist import build_checklist
from app.core.export import SCHEMA, account_json
from app.core.records import NoticeKind, RecordStore, StoreError
from app.core.reminder import NothingToRemindError, calendar_document, save_calendar
from app.core.status import AccountStatus, Status, account_status, read_status
from app.guides import load_guides
from app.i18n import _
from app.notices import guide_problem_text, store_error_text, store_notice_text, unreadable_rows_text
from app.reminder_text import event_words, why_not_text


def print_status(data_dir: Path, *, language: str | None, as_json: bool, ics: Path | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):  # a Windows pipe or file may not take every character
        sys.stdout.reconfigure(errors="replace")
    i18n.set_language(i18n.pick_language(language, None, i18n.system_locale_name()))
    catalog = load_guides()
    for guide_problem in catalog.problems:
        print(guide_problem_text(guide_problem), file=sys.stderr)
    if not catalog.guides:
        return 1
    guides = catalog.guides
    try:
        # Reading never writes: no migration, no chmod, nothing moved aside, nothing created.
        store, notices = RecordStore.open(data_dir, read_only=True)
    except StoreError as exc:
        print(store_error_text(exc), file=sys.stderr)
        return 1
    problem = i18n.catalog_problem()
    if problem:
        print(problem, file=sys.stderr)
    for notice in notices:
        print(store_notice_text(notice), file=sys.stderr)
    if any(notice.kind in (NoticeKind.UNREADABLE, NoticeKind.NOT_PERMITTED) for notice in notices):
        store.close()
        return 1  # "nothing recorded yet" would not be true
    try:
        i18n.set_language(i18n.pick_language(language, store.value(settings.LANGUAGE), i18n.system_locale_name()))
        status = read_status(store, guides)
    except StoreError as exc:
        print(store_error_text(exc), file=sys.stderr)
        return 1
    finally:
        store.close()
    if status.unreadable:
        print(unreadable_rows_text(status.unreadable), file=sys.stderr)
    if ics is not None:
        return _write_reminder(ics, status)
    if as_json:
        print(json.dumps(_as_json(status, data_dir), indent=2, ensure_ascii=False))
        return 0
    # One service recorded (or known): its own heading and plain account names, as with one guide; records
    # of several: each account named with its service.
    recorded = status.recorded_services or status.guides
    if len(recorded) == 1:
        # Translators: {service} is the service's name, such as LinkedIn.
        print(_("{service} AI training: your checklist").format(service=_(recorded[0].service)))
    else:
        print(_("AI training: your checklist"))
    if not status.accounts:
        print()
        print(_(NOTHING_RECORDED))
    for account in status.accounts:
        checklist, guide = account.checklist, account.guide
        print()
        if len(recorded) > 1:
            print(
                _("{service}: {account}").format(
                    service=_(guide.service), account=account_title(checklist.account, guide, checklist.app)
                )
            )
        elif checklist.account or len(status.accounts) > 1:
            print(account_title(checklist.account, guide, checklist.app))
        for item in checklist.items:
            text = item_text(item, guide, account.since, words(account))
            details = ", ".join(part for part in (text.when, text.device) if part)
            mark = "x" if item.done else " "
            line = _("{item}: {status}").format(item=text.title, status=text.status)
            print(f"  [{mark}] {line}" + (f" ({details})" if details else ""))
        recheck, when = recheck_text(account)
        mark = "!" if account.is_due else " "
        line = _("{item}: {status}").format(item=_("Re-check"), status=recheck)
        print(f"  [{mark}] {line}" + (f" ({when})" if when else ""))
        for line in [*summary_lines(account), objection_line(account)]:
            if line:
                print("  " + line)
        if checklist.region is not None:
            print("  " + _(checklist.region.history))
    if status.other_services:  # a quiet offer, never a nag: said once, at the end
        print()
        print(others_text(status.other_services))
    return 0


def _write_reminder(path: Path, status: Status) -> int:
    """Write the calendar reminder at `path` and say where, or say in one sentence why not."""
    path = Path(os.path.abspath(path))  # as the person reads it: "reminders/../r.ics" is "r.ics"
    try:
        document = calendar_document(status, event_words)
    except NothingToRemindError:
        print(
            _(
                "Nothing recorded yet, so there is no date to be reminded of: start the assistant and go through "
                "the steps first."
            ),
            file=sys.stderr,
        )
        return 1
    reason = save_calendar(path, document)
    if reason is not None:
        # Translators: {reason} says why, such as "it is a link, and the assistant never writes through a link".
        print(
            _("The reminder could not be written to {path}: {reason}.").format(path=path, reason=why_not_text(reason)),
            file=sys.stderr,
        )
        return 1
    # Translators: {path} is where the calendar file (.ics) was written.
    print(_("The reminder was written to {path}: open that file with your calendar app to add it.").format(path=path))
    return 0


def _account_json(account: AccountStatus) -> dict[str, Any]:
    """The account's status as the export says it (export.account_json), and its region's history in words."""
    region = account.checklist.region
    return {**account_json(account), "region_history": _(region.history) if region else None}


def _as_json(status: Status, data_dir: Path) -> dict[str, Any]:
    """Every account under "accounts"; the first one's fields also at the top, for the common case of one."""
    accounts = [_account_json(account) for account in status.accounts]
    guide = status.guides[0]
    first = (
        accounts[0] if accounts else _account_json(account_status(build_checklist(guide, []), guide, status.today, ""))
    )
    return {
        "schema": SCHEMA,
        "data_dir": str(data_dir),
        "recorded": bool(accounts),
        "recheck_months": status.months,
        **{key: value for key, value in first.items() if key != "label"},
        "accounts": accounts,
    }
