"""The records as a JSON document the person can keep or give to a data-protection authority."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.checklist import build_checklists
from app.core.guide import Guide
from app.core.records import Confirmation

FORMAT = "ai-optout-assistant/records"
FORMAT_VERSION = 1


def records_document(
    guide: Guide, confirmations: list[Confirmation], app_version: str, months: int, now: dt.datetime
) -> dict[str, Any]:
    """Every recorded event, grouped by account, with what each one followed. Times are UTC."""
    accounts = []
    for checklist in build_checklists(guide, confirmations, months):
        accounts.append(
            {
                "label": checklist.account,
                "recheck_due": checklist.recheck_due.isoformat() if checklist.recheck_due else None,
                "instructions_changed_since": checklist.guide_changed,
                "events": [
                    {
                        "recorded_at_utc": event.recorded_at.astimezone(dt.UTC).isoformat(),
                        "kind": event.kind,
                        "device": event.device,
                        "country": event.country,
                        "region": event.region,
                        "language": event.language,
                        "guide": {"id": event.guide_id, "version": event.guide_version},
                        "app_version": event.app_version,
                        "extras": list(event.extras),
                    }
                    for event in checklist.history
                ],
            }
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at_utc": now.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
        "app_version": app_version,
        "guide": {
            "id": guide.id,
            "version": guide.version,
            "last_verified": guide.last_verified.isoformat(),
            "setting_url": guide.setting_url,
        },
        "recheck_months": months,
        "accounts": accounts,
    }
