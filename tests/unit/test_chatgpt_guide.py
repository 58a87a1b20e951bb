"""ChatGPT's guide (resources/guides/chatgpt-model-training): it loads beside LinkedIn's, every region asks
for the same switch, its steps read word for word as written out here (in English, and in French, German
and Italian for one device each), its sources are dated, and it says how sure it is of each of ChatGPT's
labels in every language of the assistant. Nothing expected here is computed by the app's code."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from ids import LINKEDIN

from app import i18n
from app.core import svg_slots
from app.core.actions import SETTING
from app.core.catalog import load_catalog
from app.core.guide import Guide, load_guide
from app.guide_text import step_text
from app.resources import guide_file, guides_dir

CHATGPT = "chatgpt-model-training"
FOLDER = guide_file(CHATGPT).parent
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def chatgpt() -> Guide:
    return load_guide(guide_file(CHATGPT))


@pytest.fixture
def own_texts() -> Iterator[None]:
    """ChatGPT's own catalog in use, as when the assistant starts; afterwards, as before."""
    before = i18n._guide_folders
    i18n.use_guide_translations([FOLDER])
    yield
    i18n.use_guide_translations(before)
    i18n.set_language("en")


def test_the_guide_loads_beside_linkedins(chatgpt: Guide) -> None:
    catalog = load_catalog([guides_dir()])
    # by service name: ChatGPT, Facebook and Instagram, LinkedIn
    assert [guide.id for guide in catalog.guides] == [CHATGPT, "meta-ai-training", LINKEDIN]
    assert catalog.problems == ()
    assert chatgpt.service == "ChatGPT"
    assert chatgpt.version == 1
    assert [device.id for device in chatgpt.devices] == ["iphone", "android", "browser"]  # LinkedIn's ids
    assert [len(device.steps) for device in chatgpt.devices] == [4, 4, 4]
    assert chatgpt.main_action.link == "https://chatgpt.com/settings/data-controls"
    assert chatgpt.extras["privacy_portal"].link == "https://privacy.openai.com/policies"
    assert not chatgpt.extras["privacy_portal"].is_form  # a request with no case number: no letter


def test_every_region_maps_to_the_one_switch(chatgpt: Guide) -> None:
    assert [region.id for region in chatgpt.regions] == ["eu-eea-ch", "uk", "canada", "united-states", "rest-of-world"]
    assert list(chatgpt.actions) == ["switch"]
    switch = chatgpt.actions["switch"]
    assert (switch.kind, switch.label, switch.page_label) == (
        SETTING,
        "Improve the model for everyone",
        "Data controls",
    )
    for country in ("FR", "DE", "IT", "CH", "NO", "GB", "CA", "US", "JP", "HK", "JE"):
        region = chatgpt.region_for_country(country)
        assert chatgpt.action_for(region) is switch, country
        assert region.extras == ("privacy_portal",), country
    assert chatgpt.region_for_country("CH").id == "eu-eea-ch"
    assert chatgpt.region_for_country("JE").id == "rest-of-world"
    assert chatgpt.quick_action is switch


def test_canadas_history_names_the_commissioners_finding(chatgpt: Guide) -> None:
    canada = chatgpt.region("canada")
    assert "In May 2026, Canada's privacy commissioners found" in canada.history
    assert canada.sources == ("opc-2026", "oa-5722486")
    assert chatgpt.source("opc-2026").date == "2026-05-06"


def test_the_facts_say_what_the_switch_leaves_out(chatgpt: Guide) -> None:
    not_covered = chatgpt.facts.not_covered.text
    assert "thumbs up or down" in not_covered
    assert "public web" in not_covered
    assert "memory" in not_covered


ENGLISH = {
    "iphone": [
        "Open the ChatGPT app on your iPhone and sign in with “Log in” if asked.",
        "Tap the two short lines at the top left to open the menu. At the bottom of the menu, tap your name or"
        " profile picture: “Settings” opens.",
        "Tap “Data controls”.",
        "Tap the switch next to “Improve the model for everyone” to turn it off, if it is on.",
    ],
    "android": [
        "Open the ChatGPT app on your Android phone and sign in with “Log in” if asked.",
        "Tap the two short lines at the top left to open the menu. At the bottom of the menu, tap your name or"
        " profile picture: “Settings” opens.",
        "Tap “Data controls”.",
        "Tap the switch next to “Improve the model for everyone” to turn it off, if it is on.",
    ],
    "browser": [
        "Go to chatgpt.com in your web browser and sign in with “Log in” if asked.",
        "Click your profile picture or initials at the bottom left of the page, then choose “Settings”.",
        "In the list on the left, click “Data controls”.",
        "Click the switch next to “Improve the model for everyone” to turn it off, if it is on.",
    ],
}

FRENCH_IPHONE = [
    # « Se connecter » has no source: plain words.
    "Ouvrez l’application ChatGPT sur votre iPhone et connectez-vous si elle vous le demande.",
    f"Touchez les deux petits traits en haut à gauche pour ouvrir le menu. En bas du menu, touchez votre nom ou"
    f" votre photo de profil{NBSP}: «{NBSP}Paramètres{NBSP}» s’ouvre.",
    # « Gestion des données » or « Contrôles des données »: the sources disagree, so neither is quoted.
    f"Touchez l’entrée consacrée à vos données{NBSP}: son nom parle de gérer ou de contrôler vos données.",
    f"Touchez l’interrupteur à côté de «{NBSP}Améliorer le modèle pour tous{NBSP}» pour le désactiver, s’il est"
    " activé.",
]
GERMAN_ANDROID = [
    "Öffnen Sie die ChatGPT-App auf Ihrem Android-Telefon und melden Sie sich an, falls nötig.",
    "Tippen Sie oben links auf die zwei kurzen Striche, um das Menü zu öffnen. Tippen Sie unten im Menü auf Ihren"
    " Namen oder Ihr Profilbild: „Einstellungen“ wird geöffnet.",
    "Tippen Sie auf „Datenkontrollen“.",
    "Tippen Sie auf den Schalter neben „Das Modell für alle verbessern“, um ihn auszuschalten, falls er eingeschaltet"
    " ist.",
]
ITALIAN_BROWSER = [
    "Vada su chatgpt.com nel browser e acceda, se richiesto.",
    "Clicchi sulla Sua immagine del profilo o sulle Sue iniziali in basso a sinistra nella pagina, poi scelga"
    " «Impostazioni».",
    # « Controlli dati », « Controlli dei dati », « Controllo dati »: not quoted.
    "Nell’elenco a sinistra, clicchi sulla voce dedicata ai Suoi dati: il suo nome parla di gestire o controllare"
    " i dati.",
    "Clicchi sull’interruttore accanto a «Migliora il modello per tutti» per disattivarlo, se è attivo.",
]


@pytest.mark.parametrize("device", ["iphone", "android", "browser"])
def test_the_steps_in_english_word_for_word(chatgpt: Guide, own_texts: None, device: str) -> None:
    i18n.set_language("en")
    assert [step_text(chatgpt, step, "en") for step in chatgpt.device(device).steps] == ENGLISH[device]


@pytest.mark.parametrize(
    ("language", "device", "expected"),
    [("fr", "iphone", FRENCH_IPHONE), ("de", "android", GERMAN_ANDROID), ("it", "browser", ITALIAN_BROWSER)],
)
def test_the_steps_in_french_german_and_italian_word_for_word(
    chatgpt: Guide, own_texts: None, language: str, device: str, expected: list[str]
) -> None:
    i18n.set_language(language)
    assert [step_text(chatgpt, step, language) for step in chatgpt.device(device).steps] == expected


def test_every_source_is_dated_and_every_fact_cites_one(chatgpt: Guide) -> None:
    ids = {source.id for source in chatgpt.sources}
    assert ids == {
        "oa-7730893",
        "oa-5722486",
        "oa-8983130",
        "eu-privacy",
        "openai-2023",
        "garante-2024",
        "rome-2025",
        "opc-2026",
    }
    for source in chatgpt.sources:
        assert source.date is not None and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", source.date), source.id
    assert chatgpt.source("oa-5722486").date == "2026-03-13"
    assert chatgpt.source("oa-7730893").title == "Data Controls FAQ"
    for key in ("scope", "not_covered", "stops_future_only", "used", "not_used", "account_wide"):
        assert set(getattr(chatgpt.facts, key).sources) <= ids, key
    for region in chatgpt.regions:
        assert region.sources and set(region.sources) <= ids, region.id


def test_label_confidences_for_french_german_and_italian(chatgpt: Guide) -> None:
    assert chatgpt.label_confidence == {
        "fr": {
            "Log in": "none",
            "Settings": "high",
            "Data controls": "low",
            "Improve the model for everyone": "high",
        },
        "de": {
            "Log in": "none",
            "Settings": "high",
            "Data controls": "high",
            "Improve the model for everyone": "high",
        },
        "it": {
            "Log in": "none",
            "Settings": "high",
            "Data controls": "medium",
            "Improve the model for everyone": "high",
        },
    }


def test_chatgpts_own_wording_in_each_language(own_texts: None) -> None:
    context = f"{CHATGPT} label"
    assert i18n.label("Improve the model for everyone", "fr", context=context) == "Améliorer le modèle pour tous"
    assert i18n.label("Improve the model for everyone", "de", context=context) == "Das Modell für alle verbessern"
    assert i18n.label("Improve the model for everyone", "it", context=context) == "Migliora il modello per tutti"
    assert i18n.label("Data controls", "de", context=context) == "Datenkontrollen"
    assert i18n.label("Data controls", "it", context=context) == "Controlli dati"  # medium: the pictures show it


# On a phone, step 2's label is the screen the tap opens: its picture is the menu before it.
REVEALED_BY_THE_TAP = {("iphone", 2), ("android", 2)}


@pytest.mark.parametrize("device", ["iphone", "android", "browser"])
def test_one_picture_per_step_showing_its_label_ringed(chatgpt: Guide, device: str) -> None:
    known = {"Log in", "Settings", "Data controls", "Improve the model for everyone"}
    steps = chatgpt.device(device).steps
    assert sorted(p.name for p in (FOLDER / "illustrations" / device).iterdir()) == [
        f"step-{n}.svg" for n in range(1, len(steps) + 1)
    ]
    for n, step in enumerate(steps, start=1):
        text = (FOLDER / "illustrations" / device / f"step-{n}.svg").read_text(encoding="utf-8")
        labels = {slot.label for slot in svg_slots.slots(text)}
        assert labels <= known, (device, n)
        assert (step.label in labels) != ((device, n) in REVEALED_BY_THE_TAP), (device, n)
        assert 'class="highlight"' in text and 'stroke="#e8590c"' in text, (device, n)  # the target, ringed
        assert "linkedin" not in text.lower() and "#0a66c2" not in text, (device, n)  # not LinkedIn's look
