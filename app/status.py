"""`ai-optout-assistant status`: the checklist on the terminal, with no window and no Qt."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app import i18n
from app.checklist_text import item_text, summary_lines
from app.core.checklist import Checklist, build_checklist
from app.core.guide import GuideError, load_guide
from app.core.records import DB_NAME, RecordStore, StoreError
from app.i18n import _
from app.notices import store_error_text, store_notice_text
from app.resources import guide_path

LANGUAGE_SETTING = "language"


def print_status(data_dir: Path, *, language: str | None, as_json: bool) -> int:
    i18n.set_language(i18n.pick_language(language, None, i18n.system_locale_name()))
    try:
        guide = load_guide(guide_path())
    except GuideError as exc:
        print(exc, file=sys.stderr)
        return 1
    confirmations = []
    if (data_dir / DB_NAME).exists():  # never create a data folder just to say it is empty
        try:
            store, notices = RecordStore.open(data_dir)
        except StoreError as exc:
            print(store_error_text(exc), file=sys.stderr)
            return 1
        for notice in notices:
            print(store_notice_text(notice), file=sys.stderr)
        try:
            i18n.set_language(i18n.pick_language(language, store.setting(LANGUAGE_SETTING), i18n.system_locale_name()))
            confirmations = store.confirmations()
        finally:
            store.close()
    checklist = build_checklist(guide, confirmations)
    today = dt.date.today()
    if as_json:
        print(json.dumps(_as_json(checklist, data_dir, today), indent=2, ensure_ascii=False))
        return 0
    print(_("LinkedIn AI training: your checklist"))
    print()
    for item in checklist.items:
        text = item_text(item, guide)
        details = ", ".join(part for part in (text.when, text.device) if part)
        print(f"  [{'x' if item.done else ' '}] {text.title}: {text.status}" + (f" ({details})" if details else ""))
    if checklist.items:
        print()
    for line in summary_lines(checklist, guide, today):
        print(line)
    return 0


def _as_json(checklist: Checklist, data_dir: Path, today: dt.date) -> dict[str, Any]:
    latest = checklist.latest
    return {
        "data_dir": str(data_dir),
        "recorded": not checklist.empty,
        "items": [
            {
                "id": item.id,
                "optional": item.optional,
                "done": item.done,
                "done_at": item.done_at.isoformat() if item.done_at else None,
                "device": item.device,
            }
            for item in checklist.items
        ],
        "region": checklist.region.id if checklist.region else None,
        "country": latest.country if latest else None,
        "guide_version": latest.guide_version if latest else None,
        "recheck_due": checklist.recheck_due.isoformat() if checklist.recheck_due else None,
        "recheck_is_due": checklist.recheck_is_due(today),
        "guide_changed": checklist.guide_changed,
    }
