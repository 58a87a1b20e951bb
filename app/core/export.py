"""The records as a JSON document the person can keep or give to a data-protection authority.

Codes (a country's ISO code, a region's, a device's, an extra's id) are what a program reads; beside
each, a readable name in the person's language (``country_name``, ``region_name``, ``device_name``,
``extras_titles``) is what a person or an authority reads. Names are only ever added beside the codes:
no key of format 1 is removed or renamed, so older readers keep working."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.core import regions
from app.core.guide import Guide
from app.core.records import Confirmation
from app.core.status import AccountStatus, Status

FORMAT = "ai-optout-assistant/records"
FORMAT_VERSION = 1
# The one schema of an account's status, shared by `status --json` and the export (README, "Status as
# JSON"). 2: the account object below, the same in both, beside the keys each had before.
SCHEMA = 2


def _guide_json(guide: Guide) -> dict[str, Any]:
    return {
        "id": guide.id,
        "service": guide.service,
        "version": guide.version,
        "last_verified": guide.last_verified.isoformat(),
        "setting_url": guide.main_action.link,  # kept from format 1: the first action's page
        "actions": [{"id": a.id, "kind": a.kind, "link": a.link} for a in guide.actions.values()],
    }


def account_json(account: AccountStatus) -> dict[str, Any]:
    """An account's status, as `status --json` and the export both say it: codes and dates, no words."""
    checklist, latest, off = account.checklist, account.last_done, account.since
    return {
        "service": checklist.guide_id,
        "label": checklist.account,
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
        # Since when the switch is off: switched off by the person then, or found off then (never both).
        "off_since": off.at.isoformat() if off is not None and off.switched else None,
        "found_off_on": off.at.isoformat() if off is not None and not off.switched else None,
        "recheck_due": account.due.isoformat() if account.due else None,
        "recheck_is_due": account.is_due,
        "guide_changed": account.guide_changed,
        # The objection form: when it was recorded sent, and the case number the service gave (added to schema 2).
        "objection_sent": account.objection_sent.isoformat() if account.objection_sent else None,
        "case_number": account.case_number or None,
        # A form that is the service's main action: the day its confirmation e-mail came, once noted.
        "confirmed_on": account.confirmed_on.isoformat() if account.confirmed_on else None,
    }


def _same(text: str) -> str:
    return text


def _names(event: Confirmation, guide: Guide, language: str, translate: Callable[[str], str]) -> dict[str, Any]:
    """Readable names for the event's codes; a code today's guide does not know stands for itself."""
    try:
        device = translate(guide.device(event.device).name)
    except KeyError:
        device = event.device
    try:
        region = translate(guide.region(event.region).name)
    except KeyError:
        region = event.region
    return {
        "country_name": regions.country_name(event.country, language),
        "region_name": region,
        "device_name": device,
        "extras_titles": [translate(guide.extras[e].title) if e in guide.extras else e for e in event.extras],
    }


def records_document(
    status: Status,
    app_version: str,
    *,
    language: str = "en",
    translate: Callable[[str], str] = _same,
) -> dict[str, Any]:
    """Every recorded event, grouped by service and account, with what each one followed. Times are UTC.

    `language` and `translate` (the interface's gettext) give the readable names beside the codes; by
    default they are in English, the guide's source language."""
    accounts = []
    for account in status.accounts:
        checklist, guide = account.checklist, account.guide
        accounts.append(
            {
                **account_json(account),
                "service_name": translate(guide.service),
                "instructions_changed_since": account.guide_changed,  # format 1's name of guide_changed
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
                        **_names(event, guide, language, translate),
                    }
                    for event in checklist.history
                ],
            }
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema": SCHEMA,
        "generated_at_utc": status.now.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
        "app_version": app_version,
        "guide": _guide_json(status.guides[0]),  # the first service, as in format 1
        "guides": [_guide_json(guide) for guide in status.guides],
        "recheck_months": status.months,
        "names_language": language,  # the language of the readable names beside the codes
        "accounts": accounts,
    }
