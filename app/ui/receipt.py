"""The receipt: a PDF of what the person did and when, for their own files or a complaint.

Written with QPdfWriter from an HTML document in the current language. Times are shown in the
computer's time zone and in UTC, so that the receipt means the same thing anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import guide_text, i18n
from app.checklist_text import account_title, event_text, extras_text, recheck_text
from app.core import regions
from app.core.checklist import Checklist, build_all
from app.core.export import guide_list
from app.core.guide import Guide
from app.core.records import Confirmation
from app.core.safe_write import is_whole_pdf, write_checked
from app.i18n import _


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def receipt_title(guides: Guide | Sequence[Guide], confirmations: list[Confirmation]) -> str:
    """The receipt's title: the service's own, or a general one for several services."""
    shown = _services_shown(guide_list(guides), confirmations)
    return _(shown[0].receipt_title) if len(shown) == 1 else _("Receipt: what I did about my data and AI")


def _services_shown(guides: tuple[Guide, ...], confirmations: list[Confirmation]) -> tuple[Guide, ...]:
    """The services with records, in order; the first service when there are none."""
    recorded = {c.guide_id for c in confirmations}
    return tuple(g for g in guides if g.id in recorded) or guides[:1]


def receipt_html(
    guides: Guide | Sequence[Guide], confirmations: list[Confirmation], app_version: str, months: int, now: dt.datetime
) -> str:
    """The receipt's content as HTML (escaped), in the current language: one section per service."""
    shown = _services_shown(guide_list(guides), confirmations)
    several = len(shown) > 1
    parts = [
        f"<h1>{escape(receipt_title(shown, confirmations))}</h1>",
        "<p>{}</p>".format(
            escape(
                _("Made on {moment} ({utc}) by the AI Opt-Out Assistant {version}, from its records on this computer.")
            ).format(moment=escape(i18n.format_local_datetime(now)), utc=escape(_utc(now)), version=escape(app_version))
        ),
    ]
    today = now.astimezone().date()
    for guide in shown:
        if several:
            parts.append(f"<h2>{escape(_(guide.receipt_title))}</h2>")
        parts.append(_service_html(guide, confirmations, months, today, level=3 if several else 2))
    services = ", ".join(_(guide.service) for guide in shown)
    parts.append(
        "<p><i>{}</i></p>".format(
            escape(
                # Translators: {service} is the service's name (or several, separated by commas).
                _(
                    "This receipt records what you told the assistant. {service} did not produce it and has not "
                    "confirmed it; to check the setting itself, open it on {service}."
                ).format(service=services)
            )
        )
    )
    style = (
        "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; }"
        " h3 { font-size: 11pt; } table { font-size: 9pt; } th { text-align: left; background: #eeeeee; }"
        " td, th { padding: 3px 6px; }"
    )
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


def _service_html(guide: Guide, confirmations: list[Confirmation], months: int, today: dt.date, level: int) -> str:
    """One service's part: its setting, what it covers, each account's table, its sources."""
    parts = [
        "<p>{}</p>".format(
            escape(_("The setting: {label}, on {url}")).format(
                label=escape(i18n.quote(i18n.label(guide.setting_label, context=guide.label_context))),
                url=escape(guide.setting_url),
            )
        ),
        f"<p>{escape(' '.join([*guide_text.scope_lines(guide), _(guide.facts.stops_future_only.text)]))}</p>",
    ]
    for checklist in build_all([guide], confirmations, months):
        parts.append(_account_html(checklist, guide, today, level))
    sources = "".join(f"<li>{escape(guide_text.source_text(s))}</li>" for s in guide.sources)
    heading = _("Where the instructions come from")
    parts.append(f"<h{level}>{escape(heading)}</h{level}>")
    parts.append(
        "<p>{}</p><ul>{}</ul>".format(
            escape(
                _("The assistant's guide, version {version}, last checked on {date}, against:").format(
                    version=guide.version, date=i18n.format_date(guide.last_verified)
                )
            ),
            sources,
        )
    )
    return "".join(parts)


def _account_html(checklist: Checklist, guide: Guide, today: dt.date, level: int = 2) -> str:
    latest = checklist.latest
    assert latest is not None and checklist.region is not None
    country = regions.country_name(latest.country, i18n.language())
    status, when = recheck_text(checklist, today)
    heads = [_("When (local time)"), _("When (UTC)"), _("What"), _("Guide version"), _("Also done")]
    rows = "".join(
        _row(
            i18n.format_local_datetime(event.recorded_at),
            _utc(event.recorded_at).replace(" ", "\u00a0"),  # keep the date and time together
            event_text(event, guide),
            str(event.guide_version),
            extras_text(event, guide),
        )
        for event in checklist.history
    )
    widths = (19, 25, 23, 12, 21)  # per cent: the dates must not break inside
    header = "".join(f'<th width="{width}%">{escape(head)}</th>' for head, width in zip(heads, widths, strict=True))
    facts = [
        _("Country: {country} ({region}).").format(country=country, region=_(checklist.region.name)),
        _(checklist.region.history),
        _("Re-check: {status} {when}").format(status=status, when=when).strip()
        if checklist.recheck_is_due(today)
        else _("Re-check: {when}").format(when=when),
    ]
    return (
        f"<h{level}>{escape(account_title(checklist.account, guide))}</h{level}>"
        + "".join(f"<p>{escape(fact)}</p>" for fact in facts)
        + f'<table border="1" cellspacing="0" width="100%"><tr>{header}</tr>{rows}</table>'
    )


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>"


def write_receipt_pdf(path: Path, html: str, title: str) -> None:
    """Write `html` as an A4 PDF at `path`, whole or not at all. Raises OSError if it cannot be."""
    write_checked(path, lambda temporary: _print_pdf(temporary, html, title), is_whole_pdf)


def _print_pdf(path: Path, html: str, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # print_() adds 2 cm
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator(_("AI Opt-Out Assistant"))
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.print_(writer)  # lays the text out on the writer's pages, at the writer's resolution
    del writer  # closes the file
