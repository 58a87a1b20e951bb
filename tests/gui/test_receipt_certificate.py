"""The receipt as a one-page certificate, read back from the PDF as a person would read it; the save flow
(whose account it is, then Open / Show in folder); the export's readable names beside its codes.

Every expectation is written out literally. Events are at midday UTC, so that their local date is the
same in any time zone the tests may run in.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from factories import new_confirmation
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app import __version__, i18n
from app.core import settings
from app.core.guide import Guide
from app.core.records import ALREADY_OFF, RECHECKED, RecordStore
from app.core.status import status_of
from app.ui import names, record_actions
from app.ui.receipt import receipt_html
from app.ui.record_actions import HolderDialog

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


FRENCH = "fr"
# The "saved" box's buttons as the person reads them, in each language.
SHOWN = {
    "Close": {"Close", "Fermer", "Schließen", "Chiudi"},
    "Open": {"Open", "Ouvrir", "Öffnen", "Apri"},
    "Show in folder": {"Show in folder", "Afficher dans le dossier", "Im Ordner anzeigen", "Mostra nella cartella"},
}


# -- helpers ---------------------------------------------------------------------------------------


def record(store: RecordStore, guide: Guide, when: dt.datetime, **changes: object) -> None:
    values: dict[str, object] = {"country": "GB", "guide_id": guide.id, "guide_version": guide.version}
    store.add_confirmation(new_confirmation(**{**values, "app_version": __version__, **changes}), now=when)


def typical(store: RecordStore, guide: Guide) -> None:
    """One account in the United Kingdom: switched off on an iPhone with the objection form sent, then
    checked again twice on the same day on an Android phone (one line in the table)."""
    record(store, guide, dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC), extras=("objection_form",))
    record(store, guide, dt.datetime(2026, 9, 14, 12, 0, tzinfo=dt.UTC), device="android", kind=RECHECKED)
    record(store, guide, dt.datetime(2026, 9, 14, 12, 5, tzinfo=dt.UTC), device="android", kind=RECHECKED)


def pdf_lines(path: Path) -> list[str]:
    """The PDF's lines as pdftotext reads them, no-break spaces and ligatures made plain."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    text = unicodedata.normalize("NFKC", raw.decode("utf-8")).replace("\u2060", "")
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(pdf_lines(path))).strip()


def table_rows(path: Path, heads: list[str], stop: str) -> list[tuple[str, ...]]:
    """The table whose column heads are `heads`, read from the words' places on the page: one tuple of
    cells per row, a cell's wrapped lines joined. A row starts where its first cell (the date) starts;
    the table ends at the line that starts with `stop`."""
    raw = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', raw.stdout.decode("utf-8"))
    words = sorted((float(y), float(x), plain(html.unescape(text))) for x, y, text in found)
    lines: list[list[tuple[float, str]]] = []
    last_y = None
    for y, x, text in words:  # top to bottom; words less than a point apart in height share a line
        if last_y is None or y - last_y > 1:
            lines.append([])
            last_y = y
        lines[-1].append((x, text))
    lines = [sorted(line) for line in lines]
    head_words = [word for head in heads for word in plain(head).split()]
    [start] = [i for i, line in enumerate(lines) if [w for _x, w in line] == head_words]
    columns, at = [], 0
    for head in heads:
        columns.append(lines[start][at][0])
        at += len(plain(head).split())
    rows: list[list[list[str]]] = []
    for line in lines[start + 1 :]:
        if " ".join(w for _x, w in line).startswith(plain(stop)):
            break
        if line[0][0] < columns[0] + 1:  # something in the first column: a new row
            rows.append([[] for _ in heads])
        for x, word in line:
            column = max(i for i, left in enumerate(columns) if x >= left - 1)
            rows[-1][column].append(word)
    return [tuple(" ".join(cell) for cell in row) for row in rows]


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture
def flow(monkeypatch: pytest.MonkeyPatch, opened_urls: list[str]):
    """flow(typed, path, click) drives the save: the name dialog answers `typed` (None: Cancel), the file
    dialog answers `path`, the "saved" box is answered by clicking the button called `click`.
    Returns what each was shown: {"prefilled": …, "saved": (title, text, buttons), "opened": […]}."""
    seen: dict[str, object] = {"opened": opened_urls}

    def set_flow(typed: str | None, path: Path, click: str = "Close") -> dict[str, object]:
        def answer_name(dialog: HolderDialog) -> int:
            seen["prefilled"] = dialog.edit.text()
            if typed is None:
                dialog.reject()
            else:
                dialog.edit.setText(typed)
                dialog.continue_button.click()
            return dialog.result()

        def answer_saved(box: QMessageBox) -> int:
            buttons = [button.text().replace("&", "") for button in box.findChildren(QPushButton)]
            seen["saved"] = (box.windowTitle(), box.text(), sorted(buttons))
            [button] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") in SHOWN[click]]
            button.click()
            return 0

        monkeypatch.setattr(HolderDialog, "exec", answer_name)
        monkeypatch.setattr(QMessageBox, "exec", answer_saved)
        monkeypatch.setattr(
            "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args, **kwargs: (str(path), "PDF (*.pdf)")
        )
        monkeypatch.setattr("app.core.status.utc_now", lambda: NOW)  # the one clock of every output
        return seen

    return set_flow


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


# -- the certificate, in English and French -------------------------------------------------------

EXPECTED = {
    "en": {
        "summary": "The setting “Use my data for training content creation AI models” was switched off on "
        "2 March 2026 on your iPhone; last checked on 14 September 2026.",
        "next": "Next re-check due on 14 March 2027.",
        "holder": "Account holder: Jane Doe",
        "country": "Country: United Kingdom.",
        "history": "LinkedIn switched this on by default in September 2024, paused it days later after the UK "
        "regulator stepped in, and has switched it on by default again since 3 November 2025.",
        "heads": ["Date", "What happened", "Device", "Also done"],
        "rows": [
            ("2 March 2026", "Switched off", "iPhone", "I sent the objection form"),
            ("14 September 2026", "Checked again: still off", "Android", ""),
        ],
        "stop": "Where to find the setting:",
        "dates": ["2 March 2026", "14 September 2026"],
        "footer": f"Made on 25 November 2026 by the AI Opt-Out Assistant {__version__}, from its records, "
        "which are kept only on this computer: nothing was sent anywhere.",
        "technical": "Technical details: made at 2026-11-25 12:00 UTC. LinkedIn instructions version 1, "
        "checked on 4 December 2026.",
        "country_name": "United Kingdom",
        "saved": "The receipt was saved as “{name}”, in the folder “{folder}”.",
        "buttons": ["Close", "Open", "Show in folder"],
        "not": ["Guide version", "When (UTC)", "United Kingdom (United Kingdom)", "Re-checked: still off"],
    },
    "fr": {
        "summary": "Le réglage « Utiliser mes données pour entraîner des modèles d’IA de création de contenu » "
        "a été désactivé le 2 mars 2026 sur votre iPhone ; dernière vérification le 14 septembre 2026.",
        "next": "Prochaine vérification prévue le 14 mars 2027.",
        "holder": "Titulaire du compte : Jane Doe",
        "country": "Pays : Royaume-Uni.",
        "history": "LinkedIn l’a activé par défaut en septembre 2024, l’a suspendu quelques jours plus tard "
        "après l’intervention de l’autorité britannique, et l’a de nouveau activé par défaut depuis "
        "le 3 novembre 2025.",
        "heads": ["Date", "Ce qui a été fait", "Appareil", "Également fait"],
        "rows": [
            ("2 mars 2026", "Désactivé", "iPhone", "J’ai envoyé le formulaire d’opposition"),
            ("14 septembre 2026", "Vérifié à nouveau : toujours désactivé", "Android", ""),
        ],
        "stop": "Où trouver le réglage :",
        "dates": ["2 mars 2026", "14 septembre 2026"],
        "footer": f"Établi le 25 novembre 2026 par l’Assistant anti-entraînement IA {__version__}, à partir de "
        "ses enregistrements, conservés uniquement sur cet ordinateur : rien n’a été envoyé nulle part.",
        "technical": "Détails techniques : établi le 2026-11-25 12:00 UTC. Instructions pour LinkedIn, version 1, "
        "vérifiées le 4 décembre 2026.",
        "country_name": "Royaume-Uni",
        "saved": "Le justificatif a été enregistré sous «\u00a0{name}\u00a0», dans le dossier «\u00a0{folder}\u00a0».",
        "buttons": ["Afficher dans le dossier", "Fermer", "Ouvrir"],
        "not": ["Version du guide", "UTC)", "Royaume-Uni (Royaume-Uni)"],
    },
    "de": {
        "summary": "Die Einstellung „Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“ "
        "wurde am 2. März 2026 auf Ihrem iPhone ausgeschaltet; zuletzt geprüft am 14. September 2026.",
        "next": "Nächste Prüfung fällig am 14. März 2027.",
        "holder": "Konto von: Jane Doe",
        "country": "Land: Vereinigtes Königreich.",
        "history": "LinkedIn hat dieses Training im September 2024 standardmäßig eingeschaltet. Wenige Tage später "
        "wurde es nach dem Eingreifen der britischen Datenschutzbehörde ausgesetzt. Seit dem 3. November 2025 ist "
        "es wieder standardmäßig eingeschaltet.",
        "heads": ["Datum", "Was geschah", "Gerät", "Außerdem erledigt"],
        "rows": [
            ("2. März 2026", "Ausgeschaltet", "iPhone", "Ich habe das Widerspruchsformular gesendet"),
            ("14. September 2026", "Erneut geprüft: weiterhin aus", "Android", ""),
        ],
        "stop": "Wo Sie die Einstellung finden:",
        "dates": ["2. März 2026", "14. September 2026"],
        "footer": f"Erstellt am 25. November 2026 vom Assistenten gegen KI-Training {__version__} aus seinen "
        "Aufzeichnungen, die nur auf diesem Computer gespeichert sind: Es wurde nichts verschickt.",
        "technical": "Technische Angaben: erstellt am 2026-11-25 12:00 UTC. LinkedIn-Anleitung Version 1, "
        "geprüft am 4. Dezember 2026.",
        "country_name": "Vereinigtes Königreich",
        "saved": "Der Nachweis wurde als „{name}“ im Ordner „{folder}“ gespeichert.",
        "buttons": ["Im Ordner anzeigen", "Schließen", "Öffnen"],
        "not": ["United Kingdom", "Guide", "Vereinigtes Königreich (Vereinigtes Königreich)"],
    },
    "it": {
        "summary": "L’impostazione «Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti» "
        "è stata disattivata il 2 marzo 2026 sul Suo iPhone; ultimo controllo il 14 settembre 2026.",
        "next": "Prossimo controllo previsto il 14 marzo 2027.",
        "holder": "Titolare dell’account: Jane Doe",
        "country": "Paese: Regno Unito.",
        "history": "LinkedIn ha attivato l’addestramento per impostazione predefinita a settembre 2024 e l’ha "
        "sospeso pochi giorni dopo, in seguito all’intervento dell’autorità britannica. Dal 3 novembre 2025 è di "
        "nuovo attivo per impostazione predefinita.",
        "heads": ["Data", "Cosa è stato fatto", "Dispositivo", "Fatto anche"],
        "rows": [
            ("2 marzo 2026", "Disattivato", "iPhone", "Ho inviato il modulo di opposizione"),
            ("14 settembre 2026", "Ricontrollato: ancora disattivato", "Android", ""),
        ],
        "stop": "Dove trovare l’impostazione:",
        "dates": ["2 marzo 2026", "14 settembre 2026"],
        "footer": f"Creata il 25 novembre 2026 dall’Assistente anti-addestramento IA {__version__}, in base alle "
        "sue registrazioni, conservate solo su questo computer: non è stato inviato nulla a nessuno.",
        "technical": "Dettagli tecnici: creata il 2026-11-25 12:00 UTC. Istruzioni per LinkedIn, versione 1, "
        "verificate il 4 dicembre 2026.",
        "country_name": "Regno Unito",
        "saved": "La ricevuta è stata salvata come «{name}», nella cartella «{folder}».",
        "buttons": ["Apri", "Chiudi", "Mostra nella cartella"],
        "not": ["United Kingdom", "Regno Unito (Regno Unito)"],
    },
}


@pytest.mark.parametrize("language", ["en", FRENCH, "de", "it"])
def test_one_page_certificate(qtbot, tmp_path, language, guide, store, parent, flow):
    i18n.set_language(language)
    typical(store, guide)
    store.set_setting(settings.RECHECK_MONTHS.key, "6")
    expected = EXPECTED[language]
    path = tmp_path / "receipt.pdf"
    seen = flow("Jane Doe", path)

    assert record_actions.save_receipt(parent, [guide], store)

    text = pdf_text(path)
    for key in ("summary", "next", "holder", "country", "history", "footer", "technical"):
        assert text.count(plain(expected[key])) == 1, (key, text)
    # A clean table: its heads, then one row per event, the two re-checks of one day said once.
    assert table_rows(path, expected["heads"], expected["stop"]) == [
        tuple(plain(cell) for cell in row) for row in expected["rows"]
    ]
    for absent in expected["not"]:
        assert plain(absent) not in text
    assert text.count(expected["country_name"]) == 1  # the country once, its region (the same name) not again
    # Nothing technical in the table: versions and UTC only in the small footer line, after the table.
    body = text[: text.index(plain(expected["technical"]))]
    assert "UTC" not in body and "version" not in body.casefold()
    # Dates and the setting's link never break across lines.
    lines = pdf_lines(path)
    for date in expected["dates"]:
        assert any(plain(date) in line for line in lines), (date, lines)
    assert any(URL in line for line in lines), lines
    assert pages(path) == 1

    _title, said, buttons = seen["saved"]  # type: ignore[misc]
    assert said == expected["saved"].format(name=path.name, folder=path.parent.name)
    assert str(path.parent) not in said  # never the whole path
    assert buttons == expected["buttons"]
    assert seen["opened"] == []


def test_found_already_off_and_a_country_in_a_larger_region(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    record(
        store, guide, dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC), country="FR", region="eu-eea-ch", kind=ALREADY_OFF
    )
    path = tmp_path / "receipt.pdf"
    flow("", path)

    assert record_actions.save_receipt(parent, [guide], store)

    text = pdf_text(path)
    assert (
        "The setting “Use my data for training content creation AI models” was found already off on "
        "1 October 2026 on your iPhone." in text
    )
    assert "Country: France (European Union, Iceland, Liechtenstein and Norway)." in text
    heads = ["Date", "What happened", "Device"]  # no column for extras nobody did
    assert table_rows(path, heads, "Where to find") == [("1 October 2026", "Found already off", "iPhone")]
    assert "Also done" not in text
    assert "Account holder" not in text  # nothing typed, nothing shown
    assert store.setting(settings.RECEIPT_HOLDER.key) is None  # and nothing remembered
    assert "Next re-check due on 1 April 2027." in text


def test_same_name_country_and_region_said_once(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    record(store, guide, dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC), country="US", region="united-states")
    path = tmp_path / "receipt.pdf"
    flow("", path)
    record_actions.save_receipt(parent, [guide], store)
    text = pdf_text(path)
    assert "Country: United States." in text
    assert "United States (United States)" not in text
    assert "A re-check has been due since 1 December 2026" not in text  # 1 Dec is after today
    assert "Next re-check due on 1 December 2026." in text


# -- the account holder ----------------------------------------------------------------------------


def test_holder_link_is_remembered_and_shown_whole(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    typical(store, guide)
    first = tmp_path / "first.pdf"
    seen = flow("www.linkedin.com/in/jane-doe-1234/", first)
    record_actions.save_receipt(parent, [guide], store)
    assert seen["prefilled"] == ""
    assert store.setting(settings.RECEIPT_HOLDER.key) == "www.linkedin.com/in/jane-doe-1234/"
    lines = pdf_lines(first)
    assert "Account holder: linkedin.com/in/jane-doe-1234" in lines  # shortened, and on one line

    second = tmp_path / "second.pdf"
    seen = flow("Jane Doe", second)
    record_actions.save_receipt(parent, [guide], store)
    assert seen["prefilled"] == "www.linkedin.com/in/jane-doe-1234/"  # the last one used
    assert "Account holder: Jane Doe" in pdf_text(second)
    assert store.setting(settings.RECEIPT_HOLDER.key) == "Jane Doe"


def test_holder_is_plain_text(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    typical(store, guide)
    path = tmp_path / "receipt.pdf"
    flow("<b>Jane</b> & <i>Co</i>\u202e", path)
    record_actions.save_receipt(parent, [guide], store)
    assert "Account holder: <b>Jane</b> & <i>Co</i>" in pdf_text(path)


def test_cancelling_the_name_question_saves_nothing(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    typical(store, guide)
    seen = flow(None, tmp_path / "receipt.pdf")
    assert not record_actions.save_receipt(parent, [guide], store)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert "saved" not in seen


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("Jane Doe", True),
        ("Dr. J. Smith-Jones", True),
        ("https://www.linkedin.com/in/jane", True),
        ("linkedin.com/in/jane", True),
        ("https://exa mple.com/in/jane", False),
        ("www.linkedin.com/in/jane doe", False),
        ("https://linkedin/in/jane", False),
        ("http://localhost/in/jane", False),
        ("ftp://www.linkedin.com/in/jane", False),
        ("", True),
    ],
)
def test_name_dialog_checks_a_link_only_when_it_looks_like_one(qtbot, parent, typed, accepted):
    i18n.set_language("en")
    dialog = HolderDialog(parent, "")
    qtbot.addWidget(dialog)
    assert dialog.findChild(QWidget, names.RECEIPT_HOLDER_QUESTION).text() == (
        "Name or profile link to put on the receipt (optional)"
    )
    dialog.edit.setText(typed)
    dialog.continue_button.click()
    assert (dialog.result() == HolderDialog.DialogCode.Accepted) is accepted
    assert dialog.error.isHidden() is accepted
    if not accepted:
        assert dialog.error.text() == "This link does not look right. Check it, or type a name instead."


# -- after saving: Open, Show in folder ------------------------------------------------------------


@pytest.mark.parametrize(("click", "target"), [("Open", "file"), ("Show in folder", "folder"), ("Close", None)])
def test_saved_file_can_be_opened_or_shown(tmp_path, guide, store, parent, flow, click, target):
    i18n.set_language("en")
    typical(store, guide)
    path = tmp_path / "receipt.pdf"
    seen = flow("", path, click=click)
    record_actions.save_receipt(parent, [guide], store)
    expected = {
        "file": [QUrl.fromLocalFile(str(path)).toString()],
        "folder": [QUrl.fromLocalFile(str(tmp_path)).toString()],
    }
    assert seen["opened"] == expected.get(target, [])


def test_export_offers_open_too_and_holds_names_beside_codes(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    typical(store, guide)
    path = tmp_path / "records.json"
    seen = flow("unused", path, click="Show in folder")
    assert record_actions.export_records(parent, [guide], store)
    _title, said, buttons = seen["saved"]  # type: ignore[misc]
    assert said == f"The records were saved as “records.json”, in the folder “{path.parent.name}”."
    assert buttons == ["Close", "Open", "Show in folder"]
    assert seen["opened"] == [QUrl.fromLocalFile(str(tmp_path)).toString()]

    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["names_language"] == "en"
    [account] = document["accounts"]
    assert account["service"] == "linkedin-ai-training" and account["service_name"] == "LinkedIn"
    first = account["events"][0]
    assert (first["country"], first["country_name"]) == ("GB", "United Kingdom")
    assert (first["region"], first["region_name"]) == ("uk", "United Kingdom")
    assert (first["device"], first["device_name"]) == ("iphone", "iPhone")
    assert first["extras"] == ["objection_form"]
    assert first["extras_titles"] == ["Object with LinkedIn's form"]
    assert [(e["device"], e["device_name"]) for e in account["events"][1:]] == [("android", "Android")] * 2


def test_export_names_in_french(tmp_path, guide, store, parent, flow):
    """The names are in the person's language (these words are in the French catalog already)."""
    i18n.set_language("fr")
    typical(store, guide)
    path = tmp_path / "records.json"
    flow("", path)
    record_actions.export_records(parent, [guide], store)
    document = json.loads(path.read_text(encoding="utf-8"))
    first = document["accounts"][0]["events"][0]
    assert document["names_language"] == "fr"
    assert (first["country"], first["country_name"]) == ("GB", "Royaume-Uni")
    assert (first["region"], first["region_name"]) == ("uk", "Royaume-Uni")
    assert first["extras_titles"] == ["Vous opposer via le formulaire de LinkedIn"]


def test_history_said_once_for_two_accounts_in_one_country(tmp_path, guide, store, parent, flow):
    i18n.set_language("en")
    typical(store, guide)
    record(store, guide, dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC), account="Work", device="browser")
    path = tmp_path / "receipt.pdf"
    flow("", path)
    record_actions.save_receipt(parent, [guide], store)
    text = pdf_text(path)
    assert text.count("LinkedIn switched this on by default in September 2024") == 1
    assert text.count("Country: United Kingdom.") == 2  # once per account
    assert (
        "The setting “Use my data for training content creation AI models” was switched off on 1 October 2026 "
        "in a web browser on your computer." in text
    )
    assert pages(path) == 1


def laid_out_lines(html: str, width: int) -> list[str]:
    """The lines Qt makes of `html` in a column `width` pixels wide, as plain text."""
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    assert document.size().height() > 0  # laid out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(plain(block.text()[line.textStart() : line.textStart() + line.textLength()]))
        block = block.next()
    return [line.replace("\u2060", "") for line in lines]


def test_dates_and_links_hold_together_however_narrow_the_page(qtbot, guide, store):
    """Laid out in columns narrower than the page, each date and each link still sits on one line."""
    i18n.set_language("en")
    typical(store, guide)
    html = receipt_html(
        status_of([guide], store.confirmations(), 6, NOW), "9.9.9", "https://www.linkedin.com/in/jane-doe-1234"
    )
    for width in range(240, 720, 8):  # somewhere in there, a date with plain spaces would be split
        lines = laid_out_lines(html, width)
        for whole in ("2 March 2026", "14 September 2026", "14 March 2027", "25 November 2026"):
            assert sum(line.count(whole) for line in lines) >= 1, (width, whole, lines)
    lines = laid_out_lines(html, 560)  # wide enough for the link, too narrow for the sentence before it
    assert any(URL in line for line in lines), lines
    assert "Account holder: linkedin.com/in/jane-doe-1234" in lines
