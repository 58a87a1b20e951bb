"""The settings the store keeps beside the records: every one of them, declared here once, with its key, its
default, and how its stored text is read (a value it cannot read is its default: a setting never breaks a
start). Read them with RecordStore.value(setting); write them with set_setting(setting.key, text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

RECHECK_CHOICES = (1, 3, 6, 12)  # months between checks that the person may choose


class Setting(NamedTuple, Generic[T]):
    key: str
    default: T
    parse: Callable[[str], T | None]  # the stored text's value, or None when it is not one of its values

    def read(self, text: str | None) -> T:
        """The value of the stored `text` (None: not set), or the default when it cannot be read."""
        value = None if text is None else self.parse(text)
        return self.default if value is None else value


def _text(text: str) -> str | None:
    return text


def _months(text: str) -> int | None:
    try:
        months = int(text)
    except ValueError:
        return None
    return months if months in RECHECK_CHOICES else None


# The assistant's language, last chosen (checked against the catalogs where it is used).
LANGUAGE: Setting[str | None] = Setting("language", None, _text)
# The language the person's service shows its menus in (its key is from when LinkedIn was the only service).
SERVICE_LANGUAGE: Setting[str | None] = Setting("linkedin_language", None, _text)
RECHECK_MONTHS: Setting[int] = Setting("recheck_months", 6, _months)  # how often to check again
# Where the person stopped the wizard ("Stop for now"), to open there next time (read by flow.resume_from).
RESUME: Setting[str] = Setting("resume", "", _text)
# The name or profile link last put on a receipt or an objection text (only once typed).
RECEIPT_HOLDER: Setting[str] = Setting("receipt_holder", "", _text)
SETTINGS = (LANGUAGE, SERVICE_LANGUAGE, RECHECK_MONTHS, RESUME, RECEIPT_HOLDER)
