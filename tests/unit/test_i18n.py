"""Languages: the French catalog is complete and current, and switching language switches every text."""

from __future__ import annotations

import datetime as dt
import gettext
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from ids import guide_path

import app.i18n as i18n
from app.core.guide import format_fields, label_context, load_guide, translatable_strings
from app.resources import translations_dir

LABEL_CONTEXT = label_context("linkedin-ai-training")  # LinkedIn's own labels

ROOT = Path(__file__).resolve().parents[2]
# Every catalog under translations/ (the languages are the catalogs: no list to keep in step).
CATALOGS = sorted(path.parent.parent.name for path in translations_dir().glob("*/LC_MESSAGES/messages.po"))
POT = translations_dir() / "messages.pot"
NBSP = "\u00a0"

# LinkedIn's own wording: French from shared/linkedin-facts.md, German and Italian from
# shared/linkedin-labels-more-languages.md (the main form of each high-confidence label, and the best
# source of a medium one: the guide does not quote those, its pictures show them).
LINKEDIN_LABELS = {
    "fr": {
        "Me": "Vous",
        "Settings & Privacy": "Préférences et confidentialité",
        "Settings": "Préférences",  # the phone's menu
        "Data privacy": "Confidentialité des données",
        "Data for Generative AI Improvement": "Données pour l’amélioration de l’IA générative",
        "Use my data for training content creation AI models": (
            "Utiliser mes données pour entraîner des modèles d’IA de création de contenu"
        ),
    },
    "de": {
        "Me": "Sie",
        "Settings & Privacy": "Einstellungen & Datenschutz",
        "Settings": "Einstellungen",
        "Data privacy": "Datenschutz",
        "How LinkedIn uses your data": "So verwendet LinkedIn Ihre Daten",
        "Data for Generative AI Improvement": "Daten zur Verbesserung generativer KI",
        "Use my data for training content creation AI models": (
            "Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen"
        ),
    },
    "it": {
        "Me": "Tu",
        "Settings & Privacy": "Impostazioni e privacy",
        "Settings": "Impostazioni",
        "Data privacy": "Privacy dei dati",
        "Data for Generative AI Improvement": "Dati per migliorare l’IA generativa",
        "Use my data for training content creation AI models": (
            "Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti"
        ),
    },
}

MessageKey = tuple[str | None, str | tuple[str, ...]]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def keys(catalog: Catalog) -> set[MessageKey]:
    return {(m.context, m.id) for m in catalog if m.id}


def as_text(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@pytest.fixture(scope="module", params=CATALOGS)
def po(request: pytest.FixtureRequest) -> Catalog:
    """Each language's catalog in turn."""
    return read_catalog(translations_dir() / request.param / "LC_MESSAGES" / "messages.po")


def test_the_assistant_speaks_english_french_german_and_italian() -> None:
    assert CATALOGS == ["de", "fr", "it"]
    assert i18n.languages() == ("en", "de", "fr", "it")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """What scripts/translations.py would extract from the code and the guide today."""
    out = tmp_path_factory.mktemp("extract") / "messages.pot"
    cwd = Path.cwd()
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.extract(out)
    assert Path.cwd() == cwd
    return read_catalog(out)


# -- the committed catalog ------------------------------------------------------------------------


def test_every_catalog_is_complete_and_not_fuzzy(po: Catalog) -> None:
    messages = [m for m in po if m.id]
    assert len(messages) > 50
    untranslated = [m.id for m in messages if not all(s.strip() for s in as_text(m.string))]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert not po.fuzzy


def test_every_catalog_keeps_every_placeholder_in_every_form(po: Catalog) -> None:
    wrong = []
    for m in po:
        if not m.id:
            continue
        wanted = set().union(*(format_fields(s) for s in as_text(m.id)))
        for translated in as_text(m.string):
            if format_fields(translated) != wanted:
                wrong.append((m.id, translated))
    assert wrong == []


def test_extraction_finds_guide_and_code_strings(extracted: Catalog) -> None:
    found = keys(extracted)
    assert (LABEL_CONTEXT, "Me") in found
    assert (None, "{service} AI training: your checklist") in found
    assert (None, "Receipt: LinkedIn's use of my data to train its content-creating AI") in found  # the guide's
    assert len(found) > 50


def test_pot_is_up_to_date(extracted: Catalog) -> None:
    committed = keys(read_catalog(POT))
    current = keys(extracted)
    assert current - committed == set(), "new texts: run scripts/translations.py"
    assert committed - current == set(), "texts no longer used: run scripts/translations.py"


def test_po_matches_the_extracted_texts(po: Catalog, extracted: Catalog) -> None:
    translated = keys(po)
    current = keys(extracted)
    assert current - translated == set(), f"texts without a translation in {po.locale}"
    assert translated - current == set(), f"obsolete entries in {po.locale}: run scripts/translations.py"


def test_mo_matches_the_po(po: Catalog) -> None:
    with (translations_dir() / str(po.locale) / "LC_MESSAGES" / "messages.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    messages = [m for m in po if m.id]
    for m in messages:
        if m.pluralizable:
            singular, plural = m.id
            for n, expected in zip((1, 2), as_text(m.string), strict=False):
                if m.context:
                    assert compiled.npgettext(m.context, singular, plural, n) == expected
                else:
                    assert compiled.ngettext(singular, plural, n) == expected
        elif m.context:
            assert compiled.pgettext(m.context, m.id) == m.string, (m.context, m.id)
        else:
            assert compiled.gettext(m.id) == m.string, m.id
    # No entry the .po no longer has (the header is the one extra).
    entries: dict[object, str] = compiled._catalog  # type: ignore[attr-defined]
    sources = {key[0] if isinstance(key, tuple) else key for key in entries}
    assert len(sources) == len(messages) + 1


def test_every_guide_string_is_translated(po: Catalog) -> None:
    guide = load_guide(guide_path())
    for context, message, where in translatable_strings(guide):
        entry = po.get(message, context=context)
        assert entry is not None, f"{where}: {message!r} is not in the {po.locale} catalog"
        assert entry.string, f"{where}: {message!r} has no translation in {po.locale}"


def test_linkedin_labels_are_linkedins_own_wording(po: Catalog) -> None:
    for english, wording in LINKEDIN_LABELS[str(po.locale)].items():
        entry = po.get(english, context=LABEL_CONTEXT)
        assert entry is not None, english
        assert entry.string == wording


# -- switching language ---------------------------------------------------------------------------


def test_set_language_switches_every_text() -> None:
    assert i18n.language() == "en"
    assert i18n._("Off") == "Off"
    i18n.set_language("fr")
    assert i18n.language() == "fr"
    assert i18n._("Off") == "Désactivé"
    heading = i18n._("{service} AI training: your checklist").format(service="LinkedIn")
    assert heading == f"Entraînement de l’IA de LinkedIn{NBSP}: votre liste de contrôle"
    assert i18n.pgettext(LABEL_CONTEXT, "Me") == "Vous"
    for english, french in LINKEDIN_LABELS["fr"].items():
        assert i18n.label(english, context=LABEL_CONTEXT) == french
    i18n.set_language("en")
    assert i18n.language() == "en"
    assert i18n._("Off") == "Off"
    assert i18n.pgettext(LABEL_CONTEXT, "Me") == "Me"
    assert i18n.label("Settings & Privacy", context=LABEL_CONTEXT) == "Settings & Privacy"


def test_unknown_text_falls_back_to_english() -> None:
    i18n.set_language("fr")
    assert i18n._("A text nobody translated") == "A text nobody translated"
    assert i18n.pgettext(LABEL_CONTEXT, "Off") == "Off"  # the context matters


@pytest.mark.parametrize("code", ["nl", "FR", "fr_FR", "de_DE", "", "xx"])
def test_unsupported_language_is_refused(code: str) -> None:
    i18n.set_language("fr")
    with pytest.raises(ValueError):
        i18n.set_language(code)
    assert i18n.language() == "fr"
    assert i18n._("Off") == "Désactivé"


def test_translation_with_other_placeholders_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = Catalog(locale="fr", domain="messages")
    catalog.add("Hello {name}", "Bonjour {nom}")
    catalog.add("Goodbye {name}", "Au revoir {name}")
    catalog.add("Off", "Désactivé")
    catalog.add("Tap {label}.", "Touchez {libellé}.", context="ctx")
    catalog.add("Open {label}.", "Ouvrez {label}.", context="ctx")
    catalog.add("Plain", "Avec {surprise}")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.mo").open("wb") as f:
        write_mo(f, catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)

    loaded = i18n.load_catalog("fr")
    assert loaded.gettext("Hello {name}") == "Hello {name}"
    assert loaded.gettext("Goodbye {name}") == "Au revoir {name}"
    assert loaded.gettext("Off") == "Désactivé"
    assert loaded.pgettext("ctx", "Tap {label}.") == "Tap {label}."
    assert loaded.pgettext("ctx", "Open {label}.") == "Ouvrez {label}."
    assert loaded.gettext("Plain") == "Plain"

    i18n.set_language("fr")
    assert i18n._("Hello {name}").format(name="Ada") == "Hello Ada"
    assert i18n._("Goodbye {name}").format(name="Ada") == "Au revoir Ada"


def test_english_needs_no_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "nowhere")
    assert i18n.load_catalog("en").gettext("Off") == "Off"


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        ("fr", "en", "en_US.UTF-8", "fr"),
        ("en", "fr", "fr_FR.UTF-8", "en"),
        (None, "fr", "en_US.UTF-8", "fr"),
        (None, "en", "fr_FR.UTF-8", "en"),
        (None, None, "fr_CH.UTF-8", "fr"),
        (None, None, "fr-CA", "fr"),
        (None, None, "fr", "fr"),
        (None, None, "en_GB", "en"),
        (None, None, "de_DE.UTF-8", "de"),
        (None, None, "de_AT.UTF-8", "de"),
        (None, None, "de_CH", "de"),
        (None, None, "it_IT.UTF-8", "it"),
        (None, None, "it_CH.UTF-8", "it"),
        (None, None, "nl_NL.UTF-8", "en"),
        (None, None, "C", "en"),
        (None, None, "", "en"),
        (None, None, None, "en"),
        ("nl", None, "fr_FR", "fr"),
        ("nl", "en", "fr_FR", "en"),
        ("it", "de", "fr_FR", "it"),
        (None, "de", "it_IT", "de"),
        (None, "xx", "fr_BE", "fr"),
    ],
)
def test_pick_language(requested: str | None, saved: str | None, system: str | None, expected: str) -> None:
    assert i18n.pick_language(requested, saved, system) == expected


# -- formatting -----------------------------------------------------------------------------------


def test_format_date() -> None:
    day = dt.date(2025, 11, 3)
    assert i18n.format_date(day) == "3 November 2025"
    i18n.set_language("fr")
    assert i18n.format_date(day) == "3 novembre 2025"
    assert i18n.format_date(dt.date(2024, 9, 18)) == "18 septembre 2024"


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("en", "1 November 2026", "2 November 2026"),
        ("fr", "1er novembre 2026", "2 novembre 2026"),
        ("de", "1. November 2026", "2. November 2026"),
        ("it", "1º novembre 2026", "2 novembre 2026"),
    ],
)
def test_the_first_of_the_month_as_each_language_writes_it(language: str, first: str, second: str) -> None:
    i18n.set_language(language)
    assert i18n.format_date(dt.date(2026, 11, 1)) == first
    assert i18n.format_date(dt.date(2026, 11, 2)) == second
    assert i18n.format_date(dt.date(2026, 11, 1), unbroken=True) == first.replace(" ", NBSP)


def test_quote() -> None:
    assert i18n.quote("Settings") == "“Settings”"
    i18n.set_language("fr")
    assert i18n.quote("Préférences") == f"«{NBSP}Préférences{NBSP}»"


def test_local_datetime_in_both_languages() -> None:
    moment = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
    local = moment.astimezone()
    english = i18n.format_local_datetime(moment)
    assert english.startswith(i18n.format_date(local.date()) + " at ")
    i18n.set_language("fr")
    french = i18n.format_local_datetime(moment)
    assert french.startswith(i18n.format_date(local.date()))
    assert "mars" in french and " at " not in french


@pytest.mark.parametrize(
    ("requested", "saved", "installed", "system", "expected"),
    [
        (None, None, "it", "de_DE", "it"),  # a first start speaks the installer's language, not the system's
        (None, "fr", "it", "de_DE", "fr"),  # once chosen in the assistant, that choice wins
        ("de", None, "it", "fr_FR", "de"),  # and --lang over all
        (None, None, "xx", "fr_FR", "fr"),  # a code the assistant does not speak: the system's
        (None, None, None, "fr_FR", "fr"),
    ],
)
def test_the_installers_language_comes_after_the_saved_one(
    requested: str | None, saved: str | None, installed: str | None, system: str, expected: str
) -> None:
    assert i18n.pick_language(requested, saved, system, installed) == expected


class _FakeKey:
    def __enter__(self) -> _FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def fake_winreg(values: dict[tuple[str, str], object]) -> object:
    """A stand-in for Windows' winreg: the values of HKEY_CURRENT_USER, by (key, name)."""
    import types

    module = types.ModuleType("winreg")
    module.HKEY_CURRENT_USER = "HKCU"  # type: ignore[attr-defined]
    opened: list[str] = []

    def open_key(root: str, key: str) -> _FakeKey:
        if not any(k == key for k, _name in values):
            raise FileNotFoundError(key)
        opened.append(key)
        return _FakeKey()

    def query(_key: _FakeKey, name: str) -> tuple[object, int]:
        for (_k, n), value in values.items():
            if n == name:
                return value, 1
        raise FileNotFoundError(name)

    module.OpenKey = open_key  # type: ignore[attr-defined]
    module.QueryValueEx = query  # type: ignore[attr-defined]
    return module


UNINSTALL = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\ai-optout-assistant"


def test_installer_language_is_read_from_the_installers_key_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg({(UNINSTALL, "AssistantLanguage"): "fr"}))
    assert i18n.installer_language() == "fr"
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg({(UNINSTALL, "InstallerLanguage"): "1036"}))
    assert i18n.installer_language() is None  # an older installer kept only NSIS's number
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg({}))
    assert i18n.installer_language() is None  # not installed by the installer


def test_installer_language_is_none_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg({(UNINSTALL, "AssistantLanguage"): "fr"}))
    assert i18n.installer_language() is None


def test_the_catalog_the_app_loads_keeps_every_plural(po: Catalog) -> None:
    """The app drops a translation whose placeholders differ from its source's; a plural's singular may say
    "one" where its translation says {count}, and must not be dropped for it (it was: in French, "Time to
    check 2 accounts" stayed English)."""
    from app.i18n import load_catalog

    loaded = load_catalog(str(po.locale))
    for m in po:
        if m.id and m.pluralizable and not m.context:
            singular, plural = m.id
            for n, expected in zip((1, 2), as_text(m.string), strict=False):
                assert loaded.ngettext(singular, plural, n) == expected, (singular, n)


def test_time_to_check_two_accounts_is_said_in_french() -> None:
    from app.i18n import load_catalog

    said = load_catalog("fr").ngettext(
        "Time to check one account: {service} sometimes changes its settings.",
        "Time to check {count} accounts: {service} sometimes changes its settings.",
        2,
    )
    assert said == "{count} comptes sont à vérifier\u00a0: {service} modifie parfois ses réglages."
