"""One record set (tests/one_record_set.py), the outputs that are drawn: the home's cards and the receipt (a
PDF, read back with pdftotext) say the same facts in the same words as `status` (tests/unit/test_one_status.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from one_record_set import NOW, WORDS, record_the_set

from app import __version__, i18n
from app.core import status as status_module
from app.core.flow import WizardState
from app.core.guide import Guide
from app.core.records import RecordStore
from app.core.status import read_status
from app.ui.receipt import receipt_html, receipt_title, write_receipt_pdf
from app.ui.session import Session
from app.ui.status_home import AccountCard, StatusHome

from .helpers import find, loose, plain
from .test_receipt import pdf_text, plain_text

BADGE = {"en": "Time to check", "fr": "À vérifier"}
RECEIPT_OFF = {
    "en": "was switched off on 2 July 2026 on your Android phone.",
    "fr": "a été désactivé le 2 juillet 2026 sur votre téléphone Android.",
}


@pytest.fixture
def recorded(store: RecordStore, monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordStore]:
    """The record set in `store`, read on a computer in UTC at NOW."""
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    monkeypatch.setattr(status_module, "utc_now", lambda: NOW)  # the one clock every output reads
    record_the_set(store)
    yield store
    monkeypatch.undo()
    time.tzset()


def card_texts(card: AccountCard) -> str:
    return "\n".join(loose(plain(find(card, name))) for name in ("cardBadge", "cardDetails", "cardExtras"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_cards_say_the_same_as_status(qtbot, guide: Guide, recorded: RecordStore, language: str) -> None:
    i18n.set_language(language)
    window = StatusHome(Session(guide, recorded, WizardState(language=language), __version__))
    qtbot.addWidget(window)
    window.show()
    mine, work = (card_texts(card) for card in window.findChildren(AccountCard))
    words = {key: loose(text) for key, text in WORDS[language].items()}
    assert mine.startswith(words["off"] + "\n")  # the badge
    assert f"\n{words['next']}\n✓ {words['objection']}" in mine
    assert work.startswith(BADGE[language] + "\n")
    assert f"\n{words['changed']}\n{words['overdue']}\n" in work


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_receipt_says_the_same_as_the_card(tmp_path: Path, guide: Guide, recorded: RecordStore, language: str):
    i18n.set_language(language)
    status = read_status(recorded, [guide])
    path = tmp_path / "receipt.pdf"
    write_receipt_pdf(path, receipt_html(status, __version__), receipt_title(status))
    text = pdf_text(path)
    mine, work = text.split(plain_text({"en": "Work", "fr": "Work"}[language]), 1)
    assert plain_text(RECEIPT_OFF[language]) in mine  # the badge's day, not 10 January
    for line in ("next", "objection"):
        assert plain_text(WORDS[language][line]) in mine
    for line in ("changed", "overdue"):
        assert plain_text(WORDS[language][line]) in work
