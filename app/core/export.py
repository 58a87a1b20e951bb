"""The records as a JSON document the person can keep or give to a data-protection authority."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.core.checklist import build_all
from app.core.guide import Guide
from app.core.records import Confirmation

FORMAT = "ai-optout-assistant/records"
FORMAT_VERSION = 1


def guide_list(guides: Guide | Sequence[Guide]) -> tuple[Guide, ...]:
    """One guide, or several, as a tuple (most callers follow one service)."""
    return (guides,) if isinstance(guides, Guide) else tuple(guides)


def _guide_json(guide: Guide) -> dict[str, Any]:
    return {
        "id": guide.id,
        "service": guide.service,
        "version": guide.version,
        "last_verified": guide.last_verified.isoformat(),
        "setting_url": guide.setting_url,
    }


def records_document(
    guides: Guide | Sequence[Guide], confirmations: list[Confirmation], app_version: str, months: int, now: dt.datetime
) -> dict[str, Any]:
    """Every recorded event, grouped by service and account, with what each one followed. Times are UTC."""
    all_guides = guide_list(guides)
    accounts = []
    for checklist in build_all(all_guides, confirmations, months):
        accounts.append(
            {
                "service": checklist.guide_id,
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
        "guide": _guide_json(all_guides[0]),  # the first service, as in format 1
        "guides": [_guide_json(guide) for guide in all_guides],
        "recheck_months": months,
        "accounts": accounts,
    }
