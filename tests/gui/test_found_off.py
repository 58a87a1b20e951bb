""" "Off since" only when the person switched it off: after "It was already off", the home, `status` and the
receipt say it was found off, in English and another language; when it was found off and later switched
off, all three count from the switching."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import new_confirmation
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from app import __version__, i18n
from app.core.flow import WizardState
from app.core.records import ALREADY_OFF, CONFIRMED, RecordStore
from app.core.status import status_of
from app.status import print_status
from app.ui import names
from app.ui.receipt import receipt_html
from app.ui.session import Session
from app.ui.status_home import AccountCard, StatusHome

from .helpers import find, loose, plain


def record(store: RecordStore, guide, when: dt.datetime, kind: str) -> None:
    new = new_confirmation(guide_id=guide.id, guide_version=guide.version, app_version=__version__, kind=kind)
    store.add_confirmation(new, now=when)


def badge(qtbot, guide, store: RecordStore, language: str) -> str:
    i18n.set_language(language)
    window = StatusHome(Session(guide, store, WizardState(language=language), __version__))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    [card] = [c for c in window.findChildren(AccountCard) if c.isVisible()]
    return loose(plain(find(card, names.CARD_BADGE, QLabel)))


def status_lines(store: RecordStore, language: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert print_status(store.folder, language=language, as_json=False) == 0
    return capsys.readouterr().out.splitlines()


def receipt_text(guide, store: RecordStore, language: str) -> str:
    i18n.set_language(language)
    now = dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC)
    document = QTextDocument()
    document.setHtml(receipt_html(status_of([guide], store.confirmations(), 6, now), __version__))
    return loose(document.toPlainText())


@pytest.mark.parametrize(
    ("language", "found", "line", "receipt"),
    [
        (
            "en",
            "Found off on 1 November 2026",
            "  [x] LinkedIn's AI-training switch: Found off on 1 November 2026 (last recorded 1 November 2026 at",
            "was found already off on 1 November 2026 on your iPhone.",
        ),
        (
            "fr",
            "Trouvé désactivé le 1er novembre 2026",
            "  [x] Réglage d’entraînement de l’IA de LinkedIn\u00a0: Trouvé désactivé le 1er novembre 2026 (dernier "
            "enregistrement le 1er novembre 2026 à",
            "a été trouvé déjà désactivé le 1er novembre 2026 sur votre iPhone.",
        ),
    ],
)
def test_found_already_off_is_never_off_since(qtbot, guide, store, capsys, language, found, line, receipt):
    record(store, guide, dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC), ALREADY_OFF)
    assert badge(qtbot, guide, store, language) == found
    shown = status_lines(store, language, capsys)
    assert any(text.startswith(line) for text in shown), shown
    assert not any("Off since" in text or "Désactivé depuis" in text for text in shown)
    assert receipt in receipt_text(guide, store, language)


@pytest.mark.parametrize(
    ("language", "since", "receipt"),
    [
        ("en", "Off since 2 November 2026", "was switched off on 2 November 2026 on your iPhone."),
        ("de", "Aus seit dem 2. November 2026", "wurde am 2. November 2026 auf Ihrem iPhone ausgeschaltet."),
    ],
)
def test_found_off_then_switched_off_counts_from_the_switching_everywhere(
    qtbot, guide, store, capsys, language, since, receipt
):
    record(store, guide, dt.datetime(2026, 9, 10, 12, tzinfo=dt.UTC), ALREADY_OFF)
    record(store, guide, dt.datetime(2026, 11, 2, 12, tzinfo=dt.UTC), CONFIRMED)
    assert badge(qtbot, guide, store, language) == since
    shown = status_lines(store, language, capsys)
    assert any(f": {since} (" in text for text in shown), shown
    assert receipt in receipt_text(guide, store, language)


def test_switched_off_then_found_off_again_is_still_off_since_the_switching(qtbot, guide, store, capsys):
    record(store, guide, dt.datetime(2026, 9, 10, 12, tzinfo=dt.UTC), CONFIRMED)
    record(store, guide, dt.datetime(2026, 11, 2, 12, tzinfo=dt.UTC), ALREADY_OFF)
    assert badge(qtbot, guide, store, "fr") == "Désactivé depuis le 10 septembre 2026"
    assert any(": Désactivé depuis le 10 septembre 2026 (" in text for text in status_lines(store, "fr", capsys))
    assert "a été désactivé le 10 septembre 2026 sur votre iPhone ; dernière vérification le 2 novembre 2026." in (
        receipt_text(guide, store, "fr")
    )
