"""A calendar reminder of the next check: an iCalendar file (RFC 5545) the person's calendar opens.

One all-day event per account on the date its next check is due (today when it is due already), in
the person's language, with the setting's link and an alert on the morning of that day. Each
account's event keeps the same UID from one file to the next, so a newer file replaces the event
it added before instead of adding a second one. Nothing runs in the background: the calendar does
the reminding.

Plain text, written by hand: escaping (backslash, semicolon, comma, line breaks), CRLF line endings
and lines folded at 75 octets without splitting a character.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from app import __version__
from app.core.checklist import Checklist
from app.core.flow import ACCOUNT_LABEL_MAX, clean_label
from app.core.safe_write import write_checked
from app.core.status import AccountStatus, Status

PRODID = f"-//AI Opt-Out Assistant//ai-optout-assistant {__version__}//EN"
UID_DOMAIN = "ai-optout-assistant"
ALARM_TRIGGER = "PT9H"  # 9 in the morning of the (all-day) event's day, in the calendar's time zone
LINE_OCTETS = 75  # RFC 5545 3.1: at most 75 octets a line, not counting the line break
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


class NothingToRemindError(ValueError):
    """No account has anything recorded: there is no date to be reminded of."""


class EventWords(NamedTuple):
    """What an account's event says, in the person's language (the words layer, app/reminder_text.py)."""

    summary: str  # its title, also the alert's text
    description: str  # what to check, then the setting's link


# Why a reminder will not be written at a path (the words layer says it in a sentence).
LINK = "link"  # a link stands there, and the assistant never writes through a link
NOT_A_FILE = "not_a_file"  # a folder, or anything but a plain file
SYSTEM = "system"  # the system refused: its own words are in `system`


class WhyNot(NamedTuple):
    kind: str  # LINK, NOT_A_FILE or SYSTEM
    system: str = ""  # the system's own words, for SYSTEM


def reminder_date(account: AccountStatus, today: dt.date) -> dt.date | None:
    """The day of an account's reminder: its next check, or today when a check is due already.
    None when nothing is recorded for it."""
    if account.due is None:
        return None
    return today if account.is_due else account.due


def uid(checklist: Checklist) -> str:
    """The same for one service's account in every file: a calendar replaces the event it has."""
    digest = hashlib.sha256(f"{checklist.guide_id}\0{checklist.account}".encode()).hexdigest()[:20]
    return f"{checklist.guide_id}-{digest}@{UID_DOMAIN}"


def account_name(label: str) -> str:
    """An account's name as the rest of the assistant shows it: one line, shortened with "…"."""
    shown = clean_label(label, limit=None)
    return shown if len(shown) <= ACCOUNT_LABEL_MAX else shown[: ACCOUNT_LABEL_MAX - 1].rstrip() + "…"


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other
    control characters, which TEXT may not hold, become spaces; lone surrogates are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = "".join(
        " " if unicodedata.category(c) == "Cc" and c not in "\n\t" else c
        for c in text
        if unicodedata.category(c) != "Cs"
    )
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


_UNITS = re.compile(r"\\.|.", re.DOTALL)  # an escape sequence stays whole on its line


def fold(line: str) -> str:
    """`line` folded (RFC 5545 3.1): at most 75 octets a line, each following line starting with a
    space, cut between characters (never inside one's UTF-8 bytes, nor inside an escape)."""
    lines: list[str] = []
    current = ""
    size = 0
    for unit in _UNITS.findall(line):
        octets = len(unit.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            lines.append(current)
            current, size = " ", 1
        current += unit
        size += octets
    lines.append(current)
    return "\r\n".join(lines)


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _link(account: AccountStatus) -> str | None:
    """The page to open when it is time to look again: the account's region's action's (a switch's page)."""
    return (account.checklist.action or account.guide.main_action).link


def _event(account: AccountStatus, day: dt.date, now: dt.datetime, words: EventWords) -> list[str]:
    title = words.summary
    # A newer file's event is a newer version of the same event (Outlook and Apple's Calendar compare).
    sequence = max(0, int((now - SEQUENCE_EPOCH).total_seconds() // 60))
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(account.checklist)}",
        f"DTSTAMP:{now.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"SEQUENCE:{sequence}",
        f"DTSTART;VALUE=DATE:{_date(day)}",
        f"DTEND;VALUE=DATE:{_date(day + dt.timedelta(days=1))}",
        f"SUMMARY:{escape_text(title)}",
        f"DESCRIPTION:{escape_text(words.description)}",
        *([f"URL:{link}"] if (link := _link(account)) else []),
        "TRANSP:TRANSPARENT",  # a reminder, not a meeting: the day stays free
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER;RELATED=START:{ALARM_TRIGGER}",
        f"DESCRIPTION:{escape_text(title)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_document(status: Status, words: Callable[[AccountStatus], EventWords], key: str | None = None) -> str:
    """The .ics text, one event per account with something recorded (only the account named `key`, an
    AccountStatus.key, when given), each saying `words` of it. Dated by `status`: its day and time.

    Raises NothingToRemindError when no such account has anything recorded."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    chosen = [
        (account, day)
        for account in status.accounts
        if key in (None, account.key) and (day := reminder_date(account, status.today)) is not None
    ]
    if not chosen:
        raise NothingToRemindError("nothing recorded yet")
    for account, day in chosen:
        lines += _event(account, day, status.now, words(account))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def refusal(path: Path) -> WhyNot | None:
    """Why the reminder will not be written at `path`; None when it may be."""
    try:
        if path.is_symlink():
            return WhyNot(LINK)
        if path.exists() and not path.is_file():
            return WhyNot(NOT_A_FILE)
    except OSError as exc:  # a name longer than the system allows, a folder that may not be looked into
        return WhyNot(SYSTEM, exc.strerror or str(exc))
    return None


def write_calendar(path: Path, document: str) -> None:
    """Write `document` at `path`, whole or not at all (see safe_write). Raises OSError; never
    writes through a link, and never replaces anything but a plain file."""
    if refusal(path):
        raise IsADirectoryError(errno.EISDIR, "not a plain file", str(path))
    data = document.encode("utf-8")

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_checked(path, write, lambda temporary: temporary.read_bytes() == data)


def free_path(folder: Path, name: str, limit: int = 99) -> Path:
    """Where a new file called `name` goes in `folder` without replacing anything: `name`, else
    "name (2).ics", "name (3).ics"… (a link or a folder of that name counts as taken)."""
    wanted = Path(name)
    for n in range(1, limit + 1):
        candidate = folder / (wanted.name if n == 1 else f"{wanted.stem} ({n}){wanted.suffix}")
        if not candidate.is_symlink() and not candidate.exists():
            return candidate
    return folder / wanted.name  # every name taken: save_calendar says why it cannot write there


def save_calendar(path: Path, document: str) -> WhyNot | None:
    """Write `document` at `path` (see write_calendar): None once written, else why not."""
    reason = refusal(path)
    if reason is not None:
        return reason
    try:
        write_calendar(path, document)
    except OSError as exc:
        return WhyNot(SYSTEM, exc.strerror or str(exc))
    return None
