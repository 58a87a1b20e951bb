"""The receipt (PDF) and the export (JSON), saved from the checklist; read back as a person would read them."""

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
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QPushButton

import app.ui.app as ui_app
from app import __version__, i18n
from app.checklist_text import account_title, event_text
from app.core import export
from app.core.checklist import RECHECK_SETTING
from app.core.guide import Guide
from app.core.records import RECHECKED, Confirmation, NewConfirmation, RecordStore
from app.i18n import _
from app.ui import record_actions
from app.ui.checklist_window import ChecklistWindow

from .helpers import click, find

TITLE = {
    "en": "Receipt: LinkedIn's use of my data to train its content-creating AI",
    "fr": "Justificatif : utilisation de mes données par LinkedIn pour entraîner son IA de création de contenu",
}
# The history of each account's region, as the receipt prints it (France, then the United States).
HISTORY = {
    "en": [
        "LinkedIn has used its members' data to train its content-creating AI by default here since November 3, 2025.",
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
        values: dict[str, object] = {
            "device": "iphone",
            "country": "FR",
            "region": "eu-eea-ch",
            "language": "en",
            "guide_id": followed.id,
            "guide_version": followed.version,
            "app_version": __version__,
        }
        values.update(changes)
        return store.add_confirmation(NewConfirmation(**values), now=when)  # type: ignore[arg-type]

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
    store.set_setting(RECHECK_SETTING, "3")
    return made


@pytest.fixture
def checklist(qtbot, newer, store, events, opened_urls) -> Iterator[ChecklistWindow]:
    controller = ui_app.Controller(newer, store)
    window = controller.start()
    assert isinstance(window, ChecklistWindow)
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

        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", ask)
        return asked

    return set_path


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes of record_actions, as (kind, title, text)."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "question"):

        def record(parent, title, text, *args, kind=kind, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(record_actions.QMessageBox, kind, record)
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


def save_receipt(qtbot, window: ChecklistWindow, save_as, path: Path) -> list[tuple[str, str]]:
    asked = save_as(path)
    click(qtbot, find(window, "exportPdfButton", QPushButton))
    return asked


# -- the receipt -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
def test_receipt_says_what_was_done_and_when(qtbot, tmp_path, language, newer, store, events, save_as, told):
    i18n.set_language(language)
    controller = ui_app.Controller(newer, store)
    window = controller.start()
    try:
        path = tmp_path / "receipt.pdf"
        [(title, suggested)] = save_receipt(qtbot, window, save_as, path)
        assert title == _("Save a receipt")
        assert suggested.endswith(".pdf")

        assert [(kind, text) for kind, _title, text in told] == [
            ("information", _("The receipt was saved as {path}.").format(path=path))
        ]
        assert path.read_bytes().startswith(b"%PDF")
        text = pdf_text(path)
        assert plain_text(TITLE[language]) in text
        for history in HISTORY[language]:
            assert plain_text(history) in text
        for account in ("", "Work"):
            assert plain_text(account_title(account, newer)) in text
        for event in events:
            assert plain_text(i18n.format_local_datetime(event.recorded_at)) in text, event
            # What was done, on which device, then the guide version it followed (the next table cell).
            assert plain_text(f"{event_text(event, newer)} {event.guide_version}") in text, event
        wheres = {
            "en": ["on your iPhone", "on your Android phone", "in a web browser on your computer"],
            "fr": ["sur votre iPhone", "sur votre téléphone Android", "dans un navigateur web, sur votre ordinateur"],
        }
        for where in wheres[language]:
            assert where in text
        assert (
            plain_text(
                _("The assistant's guide, version {version}, last checked on {date}, against:").format(
                    version=newer.version, date=i18n.format_date(newer.last_verified)
                )
            )
            in text
        )
        assert newer.setting_url in text.replace("https:// ", "https://")
        assert plain_text(_(newer.extras["objection_form"].done)) in text
    finally:
        window.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_receipt_gives_each_time_in_utc_unbroken(qtbot, tmp_path, language, newer, store, events, save_as, told):
    """A date in UTC must read as one piece: "2026-03-02 09:15 UTC", not "09:1" and "5 UTC"."""
    i18n.set_language(language)
    window = ui_app.Controller(newer, store).start()
    try:
        path = tmp_path / "receipt.pdf"
        save_receipt(qtbot, window, save_as, path)
        text = pdf_text(path)
        for event in events:
            expected = utc(event.recorded_at)
            at = text.find(expected[:10] + " ")
            assert expected in text, f"{expected!r} not in the receipt, which reads {text[at : at + 24]!r}"
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
    assert [kind for kind, _title, _text in told] == ["information"]


def test_receipt_cancelled_writes_nothing(qtbot, tmp_path, checklist, save_as, told):
    save_receipt(qtbot, checklist, save_as, "")
    assert told == []
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize("button", ["exportPdfButton", "exportJsonButton"])
def test_unwritable_target_is_reported(qtbot, tmp_path, checklist, save_as, told, button):
    target = tmp_path / "no such folder" / ("out.pdf" if button == "exportPdfButton" else "out.json")
    save_as(target)
    click(qtbot, find(checklist, button, QPushButton))
    [(kind, title, text)] = told
    assert kind == "warning"
    assert title == _("Not saved")
    reason = {"exportPdfButton": "The receipt could not be saved: {reason}"}.get(
        button, "The records could not be saved: {reason}"
    )
    assert text.startswith(_(reason).removesuffix("{reason}"))
    assert not target.parent.exists()
    assert checklist.isVisible()  # and the assistant goes on


# -- the JSON export -------------------------------------------------------------------------------


def test_json_export_holds_every_event(qtbot, tmp_path, checklist, newer, data_dir, events, save_as, told):
    path = tmp_path / "records.json"
    asked = save_as(path)
    click(qtbot, find(checklist, "exportJsonButton", QPushButton))

    [(title, suggested)] = asked
    assert title == _("Export records") and suggested.endswith(".json")
    assert [(kind, text) for kind, _title, text in told] == [
        ("information", _("The records were saved as {path}.").format(path=path))
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
        months = int(again.setting(RECHECK_SETTING))
    finally:
        again.close()
    expected = export.records_document(newer, on_disk, __version__, months, generated)
    assert document == expected
    by_time = {event["recorded_at_utc"]: (label, event) for label, event in listed}
    for record in on_disk:
        label, event = by_time[record.recorded_at.isoformat()]
        assert label == record.account
        assert event["kind"] == record.kind
        assert event["device"] == record.device
        assert event["guide"] == {"id": record.guide_id, "version": record.guide_version}
        assert event["extras"] == list(record.extras)
    assert {event["kind"] for _label, event in listed} == {"confirmed", "rechecked"}


def test_json_name_gets_its_extension(qtbot, tmp_path, checklist, save_as, told):
    save_as(tmp_path / "records")
    click(qtbot, find(checklist, "exportJsonButton", QPushButton))
    assert json.loads((tmp_path / "records.json").read_text(encoding="utf-8"))["format"] == export.FORMAT
