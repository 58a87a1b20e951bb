"""A missing or damaged catalog, and translations with format specs: English with one sentence, no hang."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from app.core import svg_slots
from app.core.guide import format_fields

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = (
    "The French translation of the assistant could not be read, so it is shown in English. "
    "Installing the assistant again will bring it back."
)


def copy_of_the_assistant(tmp_path: Path) -> Path:
    """The assistant's files, as installed, in a folder of the test's own."""
    copy = tmp_path / "assistant"
    for name in ("app", "resources", "translations"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.spawns
@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00" * 40, b"\xde\x12\x04\x95" + b"\xff" * 100],
    ids=["empty", "zeros", "truncated after the magic number"],
)
def test_status_in_french_with_a_damaged_catalog_goes_on_in_english(tmp_path: Path, damage: bytes) -> None:
    copy = copy_of_the_assistant(tmp_path)
    (copy / "translations" / "fr" / "LC_MESSAGES" / "messages.mo").write_bytes(damage)
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    result = subprocess.run(
        [sys.executable, "-m", "app", "status", "--lang", "fr", "--data-dir", str(tmp_path / "data")],
        cwd=copy,
        env={**env, "PYTHONPATH": str(copy), "LANG": "C"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == SENTENCE
    assert result.stdout.startswith("AI training: your checklist")  # nothing recorded, several services


def test_set_language_falls_back_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "translations"
    (broken / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (broken / "fr" / "LC_MESSAGES" / "messages.mo").write_bytes(b"\x00" * 64)
    monkeypatch.setattr(i18n, "translations_dir", lambda: broken)  # where the installed files are
    i18n.set_language("fr")
    assert i18n.language() == "en"
    assert i18n.catalog_problem() == SENTENCE
    assert i18n._("Country") == "Country"
    monkeypatch.undo()
    i18n.languages.cache_clear()  # it was worked out from the broken folder: every later test needs the real one
    i18n.set_language("fr")
    assert i18n.catalog_problem() is None and i18n.language() == "fr"


@pytest.mark.parametrize("translated", ["{date:>150000000}", "{date!r}", "{date.year}", "{date[0]}", "{0}"])
def test_a_placeholder_with_a_format_spec_is_refused(translated: str) -> None:
    assert format_fields(translated) == {"<malformed>"}
    assert format_fields("le {date}") == {"date"}


def test_a_translation_with_a_format_spec_is_dropped_from_the_catalog(tmp_path: Path, monkeypatch) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="fr")
    catalog.add("Next re-check due on {date}.", "Prochaine vérification le {date:>150000000}.")
    catalog.add("Country", "Pays")
    folder = tmp_path / "translations" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.mo").open("wb") as handle:
        write_mo(handle, catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "translations")
    loaded = i18n.load_catalog("fr")
    assert loaded.gettext("Country") == "Pays"
    # The English text, which formats in no time, instead of a 150-million-character date.
    assert loaded.gettext("Next re-check due on {date}.") == "Next re-check due on {date}."


def test_a_runaway_label_is_cut_before_it_is_laid_out() -> None:
    template = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots" viewBox="0 0 100 50">'
        '<text s:slot="Settings" s:width="80" s:lines="2" x="0" y="20" font-size="10">Settings</text></svg>'
    )
    laid_out: list[str] = []

    def measure(text: str, size: float, bold: bool) -> float:
        laid_out.append(text)
        return len(text) * size * 0.5

    svg_slots.fill(template, lambda label: "word " * 4000, measure)
    assert max(len(text) for text in laid_out) <= svg_slots.MAX_SLOT_CHARS


@pytest.mark.spawns
def test_a_new_catalog_is_a_new_language_without_editing_python(tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    copy = copy_of_the_assistant(tmp_path)
    shipped = sorted(p.name for p in (copy / "translations").iterdir() if (p / "LC_MESSAGES" / "messages.mo").is_file())
    catalog = Catalog(locale="nl")  # a language the assistant does not ship
    catalog.add("Sources", "Bronnen")
    catalog.add("What the switch does", "Wat de schakelaar doet")
    folder = copy / "translations" / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.mo").open("wb") as handle:
        write_mo(handle, catalog)
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    result = subprocess.run(
        [sys.executable, "-m", "app", "guide", "--service", "linkedin-ai-training", "--lang", "nl", "--country", "NL"],
        cwd=copy,
        env={**env, "PYTHONPATH": str(copy), "LANG": "C"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Wat de schakelaar doet" in result.stdout and "Bronnen" in result.stdout
    assert "4 december 2026" in result.stdout  # dates in Dutch too
    helper = subprocess.run(
        [sys.executable, "-c", "from app import i18n; print(list(i18n.languages()), i18n.native_name('nl'))"],
        cwd=copy,
        env={**env, "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert helper.stdout.strip() == f"{['en', *sorted(['nl', *shipped])]} Nederlands"


@pytest.mark.parametrize(
    ("language", "sentence", "country"),
    [
        (
            "fr",
            "La traduction des instructions de {folder} n’a pas pu être lue, les instructions de ce service "
            "s’affichent donc en anglais. Réinstaller l’assistant la rétablira.",
            "Pays",
        ),
        (
            "de",
            "Die Übersetzung der Anleitung in {folder} konnte nicht gelesen werden, daher wird die Anleitung "
            "dieses Dienstes auf Englisch angezeigt. Wenn Sie den Assistenten neu installieren, ist sie wieder da.",
            "Land",
        ),
    ],
    ids=["fr", "de"],
)
def test_a_guide_s_damaged_catalog_leaves_that_guide_in_english_and_names_it(
    tmp_path: Path, language: str, sentence: str, country: str
) -> None:
    folder = tmp_path / "chatterly-ai-training"
    (folder / "translations" / language / "LC_MESSAGES").mkdir(parents=True)
    (folder / "translations" / language / "LC_MESSAGES" / "guide.mo").write_bytes(b"\x00" * 64)
    i18n.use_guide_translations([folder])
    try:
        i18n.set_language(language)
        assert i18n.language() == language  # the assistant itself stays in the language asked for
        assert i18n._("Country") == country
        assert i18n.catalog_problem() == sentence.format(folder=folder)
    finally:
        i18n.use_guide_translations([])
        i18n.set_language("en")
    assert i18n.catalog_problem() is None
