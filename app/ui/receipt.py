"""The receipt: a PDF of what the person did and when, for their own files or a complaint.

Written with QPdfWriter from an HTML document in the current language. Times are shown in the
computer's time zone and in UTC, so that the receipt means the same thing anywhere.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import i18n
from app.checklist_text import account_title, event_text, extras_text, recheck_text
from app.core import regions
from app.core.checklist import Checklist, build_checklists
from app.core.guide import Guide
from app.core.records import Confirmation
from app.i18n import _


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def receipt_html(
    guide: Guide, confirmations: list[Confirmation], app_version: str, months: int, now: dt.datetime
) -> str:
    """The receipt's content as HTML (escaped), in the current language."""
    title = _("Receipt: LinkedIn's use of my data to train AI")
    parts = [
        f"<h1>{escape(title)}</h1>",
        "<p>{}</p>".format(
            escape(
                _("Made on {moment} ({utc}) by the AI Opt-Out Assistant {version}, from its records on this computer.")
            ).format(moment=escape(i18n.format_local_datetime(now)), utc=escape(_utc(now)), version=escape(app_version))
        ),
        "<p>{}</p>".format(
            escape(_("The setting: {label}, on {url}")).format(
                label=escape(i18n.quote(i18n.label(guide.setting_label))), url=escape(guide.setting_url)
            )
        ),
        f"<p>{escape(_(guide.facts.stops_future_only))}</p>",
    ]
    today = now.astimezone().date()
    for checklist in build_checklists(guide, confirmations, months):
        parts.append(_account_html(checklist, guide, today))
    sources = "".join(f"<li>{escape(_(s.title))}: {escape(s.url)}</li>" for s in guide.sources)
    heading = _("Where the instructions come from")
    parts.append(f"<h2>{escape(heading)}</h2>")
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
    parts.append(
        "<p><i>{}</i></p>".format(
            escape(
                _(
                    "This receipt records what you told the assistant. LinkedIn did not produce it and has not "
                    "confirmed it; to check the setting itself, open it on LinkedIn."
                )
            )
        )
    )
    style = "body { font-family: sans-serif; } th { text-align: left; } td, th { padding: 4px 8px; }"
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


def _account_html(checklist: Checklist, guide: Guide, today: dt.date) -> str:
    latest = checklist.latest
    assert latest is not None and checklist.region is not None
    country = regions.country_name(latest.country, i18n.language())
    status, when = recheck_text(checklist, today)
    heads = [_("When (local time)"), _("When (UTC)"), _("What"), _("Country"), _("Guide version"), _("Also done")]
    rows = "".join(
        "<tr>{}</tr>".format(
            "".join(
                f"<td>{escape(cell)}</td>"
                for cell in (
                    i18n.format_local_datetime(event.recorded_at),
                    _utc(event.recorded_at),
                    event_text(event, guide),
                    regions.country_name(event.country, i18n.language()),
                    str(event.guide_version),
                    extras_text(event, guide),
                )
            )
        )
        for event in checklist.history
    )
    header = "".join(f"<th>{escape(head)}</th>" for head in heads)
    facts = [
        _("Country: {country} ({region}).").format(country=country, region=_(checklist.region.name)),
        _("LinkedIn has used members' data to train its AI by default here since {date}.").format(
            date=i18n.format_date(checklist.region.training_default_since)
        ),
        _("Re-check: {status} {when}").format(status=status, when=when).strip(),
    ]
    return (
        f"<h2>{escape(account_title(checklist.account))}</h2>"
        + "".join(f"<p>{escape(fact)}</p>" for fact in facts)
        + f'<table border="1" cellspacing="0" width="100%"><tr>{header}</tr>{rows}</table>'
    )


def write_receipt_pdf(path: Path, html: str) -> None:
    """Write `html` as an A4 PDF at `path`. Raises OSError if the file cannot be written."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_("Receipt: LinkedIn's use of my data to train AI"))
    writer.setCreator(_("AI Opt-Out Assistant"))
    document = QTextDocument()
    document.setHtml(html)
    layout = writer.pageLayout()
    page = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")
