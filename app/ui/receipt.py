"""The receipt: a one-page certificate of what the person did and when, to keep or to show.

Written with QPdfWriter from an HTML document in the current language. Per account: a summary box
(what was done, when, on which device, the next check), the country and its history once, then a
clean dated table of events in plain words. Nothing technical in the body: the app and guide versions
and the time in UTC sit in a small footer line. Dates never break across lines (no-break spaces), nor
do links (word joiners after their break points, in a no-wrap span).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import guide_text, i18n
from app.action_text import words_for
from app.checklist_text import (
    account_title,
    day,
    device_name,
    done_sentence,
    extras_text,
    objection_line,
    summary_lines,
)
from app.core import regions
from app.core.checklist import Checklist
from app.core.guide import Guide
from app.core.records import RECHECKED, Confirmation
from app.core.safe_write import is_whole_pdf, write_checked
from app.core.status import AccountStatus, Status
from app.core.text import clean_line
from app.i18n import _
from app.ui.theme import PRINT

HOLDER_MAX = 200  # characters of a name or link kept for the receipt
LINK_SHOWN_MAX = 60  # characters of a link shown on the receipt (the link itself is whole)
WORD_JOINER = "\u2060"
_URL_START = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)
_HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.IGNORECASE)


# -- the account holder: a name, or a link to a profile ----------------------------------------


def clean_holder(text: str) -> str:
    """A typed name or link as it may go on the receipt: one line of plain text, without control
    characters, spaces collapsed, at most HOLDER_MAX characters."""
    return clean_line(text, HOLDER_MAX)


def looks_like_link(text: str) -> bool:
    """Whether the person meant a link ("https://…", "www.…", "linkedin.com/in/…"), not a name."""
    return bool(_URL_START.match(text.strip()))


def holder_link(text: str) -> str | None:
    """The web address `text` stands for, made whole ("https://" added), or None if it is not a
    valid http(s) link. Only called on what looks_like_link() says is one."""
    text = text.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    if any(c.isspace() or unicodedata.category(c)[0] == "C" for c in text) or len(text) > HOLDER_MAX:
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(host) or parts.username or port == 0:
        return None
    return text


def _shown_link(url: str) -> str:
    """A link as a person reads it: without "https://", "www." and a final "/", shortened if long."""
    shown = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    shown = re.sub(r"^www\.", "", shown, flags=re.IGNORECASE).rstrip("/")
    return shown if len(shown) <= LINK_SHOWN_MAX else shown[: LINK_SHOWN_MAX - 1] + "…"


def _unbroken_link(url: str, shown: str | None = None) -> str:
    """HTML for a link that never breaks across lines: a word joiner after each place a line could
    break (/ - . ? & = _), inside a no-wrap span. `shown` is the text shown, `url` the target."""
    text = escape(url if shown is None else shown)
    text = re.sub(r"([/\-.?=_]|&amp;)", lambda m: m.group(1) + WORD_JOINER, text)
    return f'<span style="white-space: nowrap"><a href="{escape(url)}">{text}</a></span>'


def _holder_html(holder: str) -> str:
    holder = clean_holder(holder)
    link = holder_link(holder) if looks_like_link(holder) else None
    shown = _unbroken_link(link, _shown_link(link)) if link else escape(holder)
    return '<p class="holder">{}</p>'.format(escape(_("Account holder: {holder}")).format(holder=f"<b>{shown}</b>"))


# -- the receipt ------------------------------------------------------------------------------


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC").replace(" ", "\u00a0")


def _day(moment: dt.datetime) -> str:
    """A moment's local date, with no-break spaces: "25 November 2026" stays on one line."""
    return day(moment, unbroken=True)


def receipt_title(status: Status) -> str:
    """The receipt's title: the service's own, or a general one for several services."""
    shown = _services_shown(status)
    return _(shown[0].receipt_title) if len(shown) == 1 else _("Receipt: what I did about my data and AI")


def _services_shown(status: Status) -> tuple[Guide, ...]:
    """The services with records, in order; the first service when there are none."""
    recorded = {account.guide.id for account in status.accounts}
    return tuple(g for g in status.guides if g.id in recorded) or status.guides[:1]


# The print colours are the theme's (app/ui/theme.py, PRINT), where their contrast on paper is tested.
STYLE = (
    f"body {{ font-family: sans-serif; font-size: 10pt; color: {PRINT.text}; }}"
    " h1 { font-size: 16pt; margin-bottom: 4px; } h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }"
    " h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 4px; }"
    " p { margin-top: 3px; margin-bottom: 3px; }"
    " p.holder { font-size: 11pt; margin-top: 6px; margin-bottom: 6px; }"
    " p.summary { font-size: 11pt; font-weight: bold; }"
    f" table.summary {{ background-color: {PRINT.summary}; border-color: {PRINT.summary_border}; border-style: solid;"
    " margin-top: 4px; }"
    f" table.events {{ font-size: 9.5pt; border-color: {PRINT.rule}; border-style: solid; border-collapse: collapse;"
    " margin-top: 2px; margin-bottom: 10px; }"
    f" table.events th {{ text-align: left; background-color: {PRINT.heading}; }}"
    f" p.about {{ font-size: 9pt; color: {PRINT.muted}; }}"
    f" p.footer {{ font-size: 9pt; color: {PRINT.muted}; margin-top: 2px; }}"
    f" p.technical {{ font-size: 7.5pt; color: {PRINT.faint}; }}"
)


def receipt_html(status: Status, app_version: str, holder: str = "") -> str:
    """The receipt's content as HTML (escaped), in the current language: one section per service.
    `holder`: the account holder's name or profile link, as typed (plain text; "" for none)."""
    shown = _services_shown(status)
    several = len(shown) > 1
    parts = [f"<h1>{escape(receipt_title(status))}</h1>"]
    if clean_holder(holder):
        parts.append(_holder_html(holder))
    histories: set[str] = set()  # a region's history is said once, however many accounts share it
    for guide in shown:
        if several:
            parts.append(f"<h2>{escape(_(guide.receipt_title))}</h2>")
        parts.append(_service_html(status, guide, histories, level=3 if several else 2))
    parts.append(_footer_html(shown, app_version, status.now))
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def _service_html(status: Status, guide: Guide, histories: set[str], level: int) -> str:
    """One service's part: each account's summary and events, then where the setting is and what it does."""
    parts = [_account_html(account, histories, level) for account in status.of_service(guide.id)]
    parts.append(
        '<p class="about">{}</p>'.format(
            # Translators: {url} is the address of the setting's page.
            escape(_("Where to find the setting: {url}")).format(url=_unbroken_link(guide.main_action.link or ""))
        )
    )
    about = " ".join([*guide_text.scope_lines(guide), _(guide.facts.stops_future_only.text)])
    parts.append(f'<p class="about">{escape(about)}</p>')
    return "".join(parts)


def _country_sentence(checklist: Checklist) -> str:
    """The country once: "United Kingdom", with its region only when that has another name."""
    assert checklist.latest is not None and checklist.region is not None
    country = regions.country_name(checklist.latest.country, i18n.language())
    region = _(checklist.region.name)
    if regions.sort_key(region) == regions.sort_key(country):
        return _("Country: {country}.").format(country=country)
    return _("Country: {country} ({region}).").format(country=country, region=region)


def _what(event: Confirmation, guide: Guide) -> str:
    """What a record says was done, in the words of its action's kind."""
    said = words_for(guide.actions.get(event.action)).receipt
    return said.get(event.kind, said[RECHECKED])


def _account_html(account: AccountStatus, histories: set[str], level: int) -> str:
    checklist, guide = account.checklist, account.guide
    assert checklist.latest is not None and checklist.region is not None
    # The summary box says the account's facts in the status home's words (checklist_text).
    sentences = [
        done_sentence(account),
        *summary_lines(account, unbroken=True),
        _country_sentence(checklist),
        objection_line(account, unbroken=True),  # an objection sent: when, and its case number once known
    ]
    box = [f'<p class="summary">{escape(sentences[0])}</p>']
    box += [f"<p>{escape(sentence)}</p>" for sentence in sentences[1:] if sentence]
    history = _(checklist.region.history)
    if history not in histories:
        histories.add(history)
        box.append(f"<p>{escape(history)}</p>")
    rows: list[tuple[str, ...]] = []
    for event in checklist.history:
        row = (
            _day(event.recorded_at),
            _what(event, guide),
            device_name(event.device, guide),
            extras_text(event, guide),
        )
        if row not in rows:  # the same thing, the same day, on the same device: said once
            rows.append(row)
    heads = [_("Date"), _("What happened"), _("Device")]
    if any(row[3] for row in rows):
        heads.append(_("Also done"))
    else:
        rows = [row[:3] for row in rows]
    # No set widths: the table gives each column at least its longest unbreakable text (a date).
    header = "".join(f"<th>{escape(head)}</th>" for head in heads)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    events_heading = _("What happened, and when")
    return (
        f"<h{level}>{escape(account_title(checklist.account, guide, checklist.app))}</h{level}>"
        + '<table class="summary" border="1" cellspacing="0" cellpadding="8" width="100%"><tr><td>'
        + "".join(box)
        + "</td></tr></table>"
        + f"<h{level + 1}>{escape(events_heading)}</h{level + 1}>"
        + '<table class="events" border="1" cellspacing="0" cellpadding="4" width="100%">'
        + f"<tr>{header}</tr>{body}</table>"
    )


def _footer_html(shown: tuple[Guide, ...], app_version: str, now: dt.datetime) -> str:
    services = ", ".join(_(guide.service) for guide in shown)
    disclaimer = _(
        # Translators: {service} is the service's name (or several, separated by commas).
        "This receipt records what you told the assistant. {service} did not produce it and has not "
        "confirmed it; to check the setting itself, open it on {service}."
    ).format(service=services)
    made = _(
        "Made on {date} by the AI Opt-Out Assistant {version}, from its records, which are kept only on this "
        "computer: nothing was sent anywhere."
    ).format(date=_day(now), version=app_version)
    technical = [_("Technical details: made at {utc}.").format(utc=_utc(now))] + [
        _("{service} instructions version {version}, checked on {date}.").format(
            service=_(guide.service), version=guide.version, date=i18n.format_date(guide.last_verified, unbroken=True)
        )
        for guide in shown
    ]
    return (
        "<hr/>"
        + f'<p class="footer"><i>{escape(disclaimer)}</i></p>'
        + f'<p class="footer">{escape(made)}</p>'
        + f'<p class="technical">{escape(" ".join(technical))}</p>'
    )


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
