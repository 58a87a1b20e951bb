"""One record set for every output (tests/unit/test_one_status.py, tests/gui/test_one_status.py): the home's
card, `status` and `status --json`, the receipt, the export and the calendar file must say the same facts.

- Your LinkedIn account (France): found already off on 10 January 2026, with the objection form sent, then
  switched off on 2 July 2026 (so: off since 2 July); LinkedIn's case number DPR-24-0042. Next check
  2 January 2027.
- Work (United Kingdom): switched off on 2 March 2026 following an older guide (version 0): the instructions
  changed since, and the check has been due since 2 September 2026.

Read on 4 December 2026 at noon UTC, on a computer in UTC, every 6 months."""

from __future__ import annotations

import datetime as dt

from factories import new_confirmation, utc

from app.core.objection import case_setting
from app.core.records import ALREADY_OFF, CONFIRMED, RecordStore

NOW = utc(2026, 12, 4, 12, 0)
CASE = "DPR-24-0042"


def record_the_set(store: RecordStore) -> None:
    """The records above, written as the wizard writes them, and the case number as the card keeps it."""
    store.add_confirmation(
        new_confirmation(kind=ALREADY_OFF, device="iphone", extras=("objection_form",)), now=utc(2026, 1, 10, 9, 0)
    )
    store.add_confirmation(new_confirmation(kind=CONFIRMED, device="android"), now=utc(2026, 7, 2, 9, 0))
    store.add_confirmation(
        new_confirmation(kind=CONFIRMED, device="browser", country="GB", account="Work", guide_version=0),
        now=utc(2026, 3, 2, 9, 0),
    )
    store.set_setting(case_setting("linkedin-ai-training", ""), CASE)


# The facts as dates a program reads (JSON, the calendar file).
OFF_SINCE = "2026-07-02T09:00:00+00:00"
OBJECTION_SENT = "2026-01-10T09:00:00+00:00"
NEXT_CHECK = dt.date(2027, 1, 2)
WORK_DUE = dt.date(2026, 9, 2)
TODAY = dt.date(2026, 12, 4)


NBSP = "\u00a0"
# What the card, `status` and the receipt say of the accounts, in the same words, written out (never computed).
WORDS = {
    "en": {
        "off": "Off since 2 July 2026",
        "next": "Next re-check due on 2 January 2027.",
        "objection": "Object with LinkedIn's form: sent on 10 January 2026, case number DPR-24-0042",
        "changed": "The instructions changed since you last checked: please go through the steps again.",
        "overdue": "A re-check has been due since 2 September 2026: LinkedIn sometimes changes its settings.",
    },
    "fr": {
        "off": "Désactivé depuis le 2 juillet 2026",
        "next": "Prochaine vérification prévue le 2 janvier 2027.",
        "objection": f"Vous opposer via le formulaire de LinkedIn{NBSP}: envoyé le 10 janvier 2026, numéro de dossier "
        "DPR-24-0042",
        "changed": f"Les instructions ont changé depuis votre dernière vérification{NBSP}: refaites les étapes, "
        "s’il vous plaît.",
        "overdue": f"Une nouvelle vérification est à faire depuis le 2 septembre 2026{NBSP}: LinkedIn modifie parfois "
        "ses réglages.",
    },
}
