"""The receipt (PDF) and the export (JSON), saved from the checklist; read back as a person would read them.

The certificate's wording, table and page count in detail: test_receipt_certificate.py."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from factories import new_confirmation
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

import app.ui.app as ui_app
from app import __version__, i18n
from app.core import export, settings
from app.core.guide import Guide
from app.core.records import RECHECKED, Confirmation, RecordStore
from app.ui import names, record_actions
from app.ui.status_home import StatusHome

from .helpers import card_more

TITLE = {
    "en": "Receipt: LinkedIn's use of my data to train its content-creating AI",
    "fr": "Justificatif : utilisation de mes données par LinkedIn pour entraîner son IA de création de contenu",
}
# The history of each account's region, as the receipt prints it (France, then the United States).
HISTORY = {
    "en": [
        "LinkedIn has used its members' data to train its content-creating AI by default here since 3 November 2025.",
        "LinkedIn has used its members' data to train its content-creating AI by default here since at least "
        "September 2024.",
    ],
    "fr": [
        "Ici, LinkedIn utilise par défaut les données de ses membres pour entraîner son IA de création de contenu "
        "depuis le 3 novembre 2025.",
        "Ici, LinkedIn utilise par défaut les données de ses membres pour entraîner son IA de création de contenu "
        "depuis septembre 2024 au moins.",
    ],
}


# -- fixtures --------------------------------------------------------------------------------------


@pytest.fixture
def newer(guide: Guide) -> Guide:
    """The guide after an update: version 2, so the records carry versions 1 and 2."""
    return guide._replace(version=guide.version + 1)


@pytest.fixture
def events(store: RecordStore, guide: Guide, newer: Guide) -> list[Confirmation]:
    def add(when: dt.datetime, followed: Guide, **changes: object) -> Confirmation:
        made = new_confirmation(
            guide_id=followed.id, guide_version=followed.version, app_version=__version__, **changes
        )
        return store.add_confirmation(made, now=when)

    made = [
        add(dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC), guide, extras=("objection_form",)),
        add(dt.datetime(2026, 9, 14, 18, 5, tzinfo=dt.UTC), newer, device="android", kind=RECHECKED),
        add(
            dt.datetime(2026, 5, 20, 23, 47, tzinfo=dt.UTC),
            guide,
            device="browser",
            country="US",
            region="united-states",
            account="Work",
        ),
    ]
    store.set_setting(settings.RECHECK_MONTHS.key, "3")
    return made


@pytest.fixture
def checklist(qtbot, newer, store, events, opened_urls) -> Iterator[StatusHome]:
    controller = ui_app.Controller(newer, store)
    window = controller.start()
    assert isinstance(window, StatusHome)
    qtbot.waitExposed(window)
    yield window
    if shiboken6.isValid(window):
        window.close()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch):
    """save_as(path): the save dialog answers `path` ("" = cancelled). Returns what it was asked."""
    asked: list[tuple[str, str]] = []

    def set_path(path: Path | str) -> list[tuple[str, str]]:
        def ask(parent, title, suggested, filter_text, *args, **kwargs):
            asked.append((title, suggested))
            return str(path), filter_text

        def no_name(dialog: record_actions.HolderDialog) -> int:
            dialog.edit.clear()
            dialog.continue_button.click()
            return dialog.result()

        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", ask)
        monkeypatch.setattr(record_actions.HolderDialog, "exec", no_name)
        return asked

    return set_path


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes of record_actions, as (kind, title, text); "saved" is the box that offers Open
    and Show in folder after a file was saved (answered with Close)."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "question"):

        def record(parent, title, text, *args, kind=kind, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(record_actions.QMessageBox, kind, record)

    def saved(box: QMessageBox) -> int:
        shown.append(("saved", box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Close).click()
        return 0

    monkeypatch.setattr(record_actions.QMessageBox, "exec", saved)
    return shown


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext reads it, with ligatures, no-break spaces and line breaks made plain."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return plain_text(raw.decode("utf-8"))


def plain_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # "ﬁ" -> "fi", no-break spaces -> spaces
    text = text.replace("\u2019", "'")  # typographic apostrophes, as the catalog may write them
    return re.sub(r"\s+", " ", text).strip()


def utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def save_receipt(qtbot, window: StatusHome, save_as, path: Path) -> list[tuple[str, str]]:
    asked = save_as(path)
    card_more(window, names.MORE_RECEIPT)
    return asked


# -- the receipt -----------------------------------------------------------------------------------


ACCOUNTS = {"en": ["Your LinkedIn account", "Work"], "fr": ["Votre compte LinkedIn", "Work"]}
OBJECTION_SENT = {"en": "I sent the objection form", "fr": "J’ai envoyé le formulaire d’opposition"}
# The file and its folder by name, never the whole path (issue 25, point 7).
SAVED = {
    "en": "The receipt was saved as “{name}”, in the folder “{folder}”.",
    "fr": "Le justificatif a été enregistré sous «\u00a0{name}\u00a0», dans le dossier «\u00a0{folder}\u00a0».",
}
URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_receipt_says_what_was_done_and_when(qtbot, tmp_path, language, newer, store, events, save_as, told):
    i18n.set_language(language)
    controller = ui_app.Controller(newer, store)
    window = controller.start()
    try:
        path = tmp_path / "receipt.pdf"
        [(title, suggested)] = save_receipt(qtbot, window, save_as, path)
        assert title == {"en": "Save a receipt", "fr": "Enregistrer un justificatif"}[language]
        today = dt.date.today().isoformat()  # named after the service, not LinkedIn for every one
        named = {
            "en": f"linkedin-ai-training-receipt-{today}.pdf",
            "fr": f"justificatif-linkedin-ai-training-{today}.pdf",
        }
        assert Path(suggested).name == named[language]

        assert [(kind, text) for kind, _title, text in told] == [
            ("saved", SAVED[language].format(name=path.name, folder=path.parent.name))
        ]
        assert path.read_bytes().startswith(b"%PDF")
        text = pdf_text(path)
        assert text.count(plain_text(TITLE[language])) == 1
        for history in HISTORY[language]:
            assert text.count(plain_text(history)) == 1  # each region's history once
        for account in ACCOUNTS[language]:
            assert plain_text(account) in text
        assert plain_text(OBJECTION_SENT[language]) in text
        assert URL in text  # whole: never broken after "https://"
        for moment in ("2026-03-02 09:15 UTC", "2026-09-14 18:05 UTC", "2026-05-20 23:47 UTC"):
            assert moment not in text  # no column of times in UTC
        assert "Guide version" not in text and "Version du guide" not in text
    finally:
        window.close()


def test_receipt_dates_are_never_split(qtbot, tmp_path, newer, store, events, save_as, told):
    """A date reads as one piece on one line: "2 March 2026", never "March 2," then "2026"."""
    i18n.set_language("en")
    window = ui_app.Controller(newer, store).start()
    try:
        path = tmp_path / "receipt.pdf"
        save_receipt(qtbot, window, save_as, path)
        raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
        lines = [plain_text(line) for line in raw.decode("utf-8").splitlines()]
        assert any("2 March 2026" in line for line in lines), lines
        assert any(URL in line.replace("\u2060", "") for line in lines), lines
    finally:
        window.close()


def test_receipt_page_is_drawn(qtbot, tmp_path, checklist, save_as, told):
    path = tmp_path / "receipt.pdf"
    save_receipt(qtbot, checklist, save_as, path)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", str(path), str(tmp_path / "page")]
    )
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull()
    assert image.width() < image.height()  # portrait A4
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = set(memoryview(bytes(image.constBits())).cast("I"))
    assert len(colours) > 2, "the first page is blank"
    dark = sum(1 for pixel in memoryview(bytes(image.constBits())).cast("I") if (pixel & 0xFF) < 128)
    assert dark > image.width() * image.height() // 200, "hardly anything is written on the first page"


def test_receipt_name_gets_its_extension(qtbot, tmp_path, checklist, save_as, told):
    save_receipt(qtbot, checklist, save_as, tmp_path / "my receipt")
    assert (tmp_path / "my receipt.pdf").read_bytes().startswith(b"%PDF")
    assert [kind for kind, _title, _text in told] == ["saved"]


def test_receipt_cancelled_writes_nothing(qtbot, tmp_path, checklist, save_as, told):
    save_receipt(qtbot, checklist, save_as, "")
    assert told == []
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize("button", [names.MORE_RECEIPT, names.MORE_EXPORT])
def test_unwritable_target_is_reported(qtbot, tmp_path, checklist, save_as, told, button):
    target = tmp_path / "no such folder" / ("out.pdf" if button == names.MORE_RECEIPT else "out.json")
    save_as(target)
    card_more(checklist, button)
    [(kind, title, text)] = told
    assert kind == "warning"
    assert title == "Not saved"
    said = {names.MORE_RECEIPT: "The receipt could not be saved: "}.get(button, "The records could not be saved: ")
    assert text.startswith(said) and len(text) > len(said)
    assert not target.parent.exists()
    assert checklist.isVisible()  # and the assistant goes on


# -- the JSON export -------------------------------------------------------------------------------


def test_json_export_holds_every_event(qtbot, tmp_path, checklist, newer, data_dir, events, save_as, told):
    path = tmp_path / "records.json"
    asked = save_as(path)
    card_more(checklist, names.MORE_EXPORT)

    [(title, suggested)] = asked
    assert title == "Export records"
    assert Path(suggested).name == f"linkedin-ai-training-records-{dt.date.today().isoformat()}.json"
    assert [(kind, text) for kind, _title, text in told] == [
        ("saved", f"The records were saved as “records.json”, in the folder “{path.parent.name}”.")
    ]
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "ai-optout-assistant/records"
    assert document["format_version"] == export.FORMAT_VERSION
    assert document["app_version"] == __version__
    assert document["guide"]["version"] == newer.version
    assert document["recheck_months"] == 3
    generated = dt.datetime.fromisoformat(document["generated_at_utc"])
    assert generated.utcoffset() == dt.timedelta(0)
    assert abs(generated - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)

    assert [account["label"] for account in document["accounts"]] == ["", "Work"]
    listed = [(account["label"], event) for account in document["accounts"] for event in account["events"]]
    assert len(listed) == len(events)
    for _label, event in listed:
        assert set(event) >= {"recorded_at_utc", "kind", "device", "guide"}
        assert event["recorded_at_utc"].endswith("+00:00")

    # What is on disk, read by a store opened afresh, is what was exported.
    again, _notices = RecordStore.open(data_dir)
    try:
        on_disk = again.confirmations()
        months = int(again.setting(settings.RECHECK_MONTHS.key))
    finally:
        again.close()
    assert months == document["recheck_months"]
    assert document["names_language"] == "en"
    by_time = {event["recorded_at_utc"]: (label, event) for label, event in listed}
    for record in on_disk:
        label, event = by_time[record.recorded_at.isoformat()]
        assert label == record.account
        assert event["kind"] == record.kind
        assert event["device"] == record.device
        assert event["guide"] == {"id": record.guide_id, "version": record.guide_version}
        assert event["extras"] == list(record.extras)
        assert event["country"] == record.country  # the codes stay, with readable names beside them
        country_names = {"FR": "France", "US": "United States"}
        assert event["country_name"] == country_names[record.country]
        regions = {"eu-eea-ch": "European Union, Iceland, Liechtenstein and Norway", "united-states": "United States"}
        assert event["region_name"] == regions[record.region]
        assert (
            event["device_name"]
            == {"iphone": "iPhone", "android": "Android", "browser": "Computer (web browser)"}[record.device]
        )
        titles = {"objection_form": "Object with LinkedIn's form"}
        assert event["extras_titles"] == [titles[extra] for extra in record.extras]
    assert {event["kind"] for _label, event in listed} == {"confirmed", "rechecked"}


def test_json_name_gets_its_extension(qtbot, tmp_path, checklist, save_as, told):
    save_as(tmp_path / "records")
    card_more(checklist, names.MORE_EXPORT)
    assert json.loads((tmp_path / "records.json").read_text(encoding="utf-8"))["format"] == export.FORMAT
