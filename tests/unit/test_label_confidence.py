"""LinkedIn's labels in German and Italian: quoted only where the guide has good sources for them;
elsewhere the step says what to look for in plain words, and the guide says how sure it is of each."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from ids import guide_path

from app import i18n
from app.core.guide import GuideError, load_guide, parse_guide
from app.guide_text import step_text

GERMAN_IPHONE = [
    "Öffnen Sie die LinkedIn-App auf Ihrem iPhone und melden Sie sich an, falls nötig. Sie sehen zuerst Ihren Feed.",
    "Tippen Sie oben links auf Ihr Profilfoto. Ein Bereich wird eingeblendet, oben steht Ihr Name.",
    "Tippen Sie unten in diesem Bereich auf „Einstellungen“.",
    "Tippen Sie auf „Datenschutz“.",
    "Scrollen Sie zu „So verwendet LinkedIn Ihre Daten“ und tippen Sie auf „Daten zur Verbesserung generativer KI“.",
    "Der Schalter neben „Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“ ist grün, solange"
    " er eingeschaltet ist. Tippen Sie darauf, um ihn auszuschalten: Er ist aus, sobald er nicht mehr grün ist.",
]
GERMAN_BROWSER = [
    "Gehen Sie in Ihrem Webbrowser auf linkedin.com und melden Sie sich an, falls nötig.",
    "Klicken Sie oben auf der Seite auf Ihr Profilfoto.",  # « Sie » for "Me" has one source: not quoted
    "Wählen Sie im Menü „Einstellungen & Datenschutz“.",
    "Klicken Sie in der Liste links auf „Datenschutz“.",
    "Klicken Sie unter „So verwendet LinkedIn Ihre Daten“ auf „Daten zur Verbesserung generativer KI“.",
    "Der Schalter neben „Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“ ist grün, solange"
    " er eingeschaltet ist. Klicken Sie darauf, um ihn auszuschalten: Er ist aus, sobald er nicht mehr grün ist.",
]
ITALIAN_ANDROID = [
    "Apra l’app LinkedIn sul telefono Android e acceda, se richiesto. Per prima cosa vede il Suo feed.",
    "Tocchi la Sua foto del profilo in alto a sinistra. Si apre un pannello con il Suo nome in alto.",
    "Tocchi «Impostazioni» in fondo al pannello.",
    "Tocchi «Privacy dei dati».",
    "Scorra la pagina verso il basso e tocchi «Dati per migliorare l’IA generativa».",  # the heading is not sourced
    "L’interruttore accanto a «Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti» è verde"
    " quando è attivo. Lo tocchi per disattivarlo: è disattivato quando non è più verde.",
]
ITALIAN_BROWSER = [
    "Vada su linkedin.com nel browser e acceda, se richiesto.",
    "Faccia clic sulla Sua foto del profilo in alto nella pagina.",
    "Nel menu che si apre, scelga la voce delle impostazioni e della privacy.",  # two wordings in the sources
    "Nell’elenco a sinistra, faccia clic su «Privacy dei dati».",
    "Più in basso nella pagina, faccia clic su «Dati per migliorare l’IA generativa».",
    "L’interruttore accanto a «Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti» è verde"
    " quando è attivo. Faccia clic sull’interruttore per disattivarlo: è disattivato quando non è più verde.",
]


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("language", "device", "expected"),
    [
        ("de", "iphone", GERMAN_IPHONE),
        ("de", "browser", GERMAN_BROWSER),
        ("it", "android", ITALIAN_ANDROID),
        ("it", "browser", ITALIAN_BROWSER),
    ],
)
def test_steps_in_german_and_italian_quote_only_sourced_labels(guide, speaking, language, device, expected) -> None:
    i18n.set_language(language)
    assert [step_text(guide, step, language) for step in guide.device(device).steps] == expected


def test_the_plain_words_follow_linkedins_language_not_the_assistants(guide, speaking) -> None:
    """English sentences for someone whose LinkedIn is in Italian: plain words where Italian is unsure."""
    i18n.set_language("en")
    assert [step_text(guide, step, "it") for step in guide.device("browser").steps][2:5] == [
        "In the menu that opens, choose the entry for your settings and privacy.",
        "In the list on the left, click “Privacy dei dati”.",
        "Further down the page, click “Dati per migliorare l’IA generativa”.",
    ]
    # The same sentences for a LinkedIn in English quote every label.
    assert [step_text(guide, step, "en") for step in guide.device("browser").steps][2:5] == [
        "Choose “Settings & Privacy” in the menu.",
        "In the list on the left, click “Data privacy”.",
        "Under “How LinkedIn uses your data”, click “Data for Generative AI Improvement”.",
    ]


def test_every_language_of_the_assistant_says_how_sure_it_is_of_each_label(guide) -> None:
    assert set(guide.label_confidence) == {"de", "fr", "it"}
    assert guide.label_confidence["de"]["Me"] == "medium"
    assert guide.label_confidence["it"]["How LinkedIn uses your data"] == "low"
    assert guide.label_confidence["de"]["Sign in"] == "none"
    assert set(guide.label_confidence["de"]) == set(guide.label_confidence["it"]) == set(guide.label_confidence["fr"])
    assert guide.label_is_sure("en", "Sign in")  # English is the guide's own wording
    assert not guide.label_is_sure("de", "Me")
    assert guide.label_is_sure("de", "Settings & Privacy")
    assert not guide.label_is_sure("it", "Settings & Privacy")


def test_a_language_the_guide_does_not_list_is_trusted_as_its_catalog_words_it(guide) -> None:
    assert guide.label_level("nl", "Me") == "high"
    assert guide.label_level("it", "a label the guide does not quote") == "none"


# -- the loader's checks ------------------------------------------------------------------------


def shipped() -> dict:
    with guide_path().open("rb") as handle:
        return tomllib.load(handle)


def refusal(data: dict) -> str:
    with pytest.raises(GuideError) as info:
        parse_guide(data, Path("guide.toml"))
    return f"{info.value.field}: {info.value.problem}"


def test_an_unsure_label_without_plain_words_is_refused() -> None:
    data = shipped()
    del data["devices"][0]["steps"][0]["plain"]
    assert refusal(data) == "devices[0].steps[0].plain: is needed: 'Home' is not verified in 'fr'"


def test_plain_words_that_quote_the_unsure_label_are_refused() -> None:
    data = shipped()
    data["devices"][2]["steps"][1]["plain"] = "Click {label} at the top."
    assert refusal(data) == "devices[2].steps[1].plain: quotes 'Me', which is not verified in 'de'"


def test_plain_words_may_only_name_the_label() -> None:
    data = shipped()
    data["devices"][0]["steps"][4]["plain"] = "Scroll to {section}."
    assert refusal(data) == "devices[0].steps[4].plain: may name {label} and nothing else"


def test_the_settings_own_label_must_be_verified_in_every_language() -> None:
    data = shipped()
    data["label_confidence"]["it"]["Use my data for training content creation AI models"] = "medium"
    assert refusal(data) == (
        "label_confidence.it.Use my data for training content creation AI models: an action's own label must be"
        " verified (high)"
    )


def test_a_language_must_say_how_sure_it_is_of_every_label() -> None:
    data = shipped()
    del data["label_confidence"]["de"]["Home"]
    del data["label_confidence"]["de"]["Me"]
    assert refusal(data) == "label_confidence.de: says nothing of 'Home', 'Me'"


def test_an_unknown_level_or_label_is_refused() -> None:
    data = shipped()
    data["label_confidence"]["de"]["Me"] = "probably"
    assert refusal(data) == "label_confidence.de.Me: must be one of high, medium, low, none, not 'probably'"
    data = shipped()
    data["label_confidence"]["de"]["Jobs"] = "high"
    assert refusal(data) == "label_confidence.de.Jobs: is not a label the guide quotes"


def test_a_guide_without_the_table_trusts_its_catalogs() -> None:
    data = shipped()
    del data["label_confidence"]
    for device in data["devices"]:
        for step in device["steps"]:
            step.pop("plain", None)
    loaded = parse_guide(data, Path("guide.toml"))
    assert loaded.label_confidence == {}
    assert loaded.label_is_sure("de", "Me")


def test_the_shipped_guide_loads(guide) -> None:
    assert load_guide(guide_path()).label_confidence == guide.label_confidence


def test_the_loader_reads_each_languages_levels() -> None:
    loaded = parse_guide(shipped(), Path("guide.toml"))
    assert loaded.label_confidence["it"]["How LinkedIn uses your data"] == "low"
    assert loaded.label_confidence["de"]["Me"] == "medium"
    assert loaded.device("browser").steps[1].plain == "Click your profile photo at the top of the page."


def test_a_later_unsure_step_of_a_device_is_checked_too() -> None:
    """Italian: step 4 of the computer is sure, step 5 (its heading) is not, and needs plain words."""
    data = shipped()
    del data["devices"][2]["steps"][4]["plain"]
    assert refusal(data) == (
        "devices[2].steps[4].plain: is needed: 'How LinkedIn uses your data' is not verified in 'it'"
    )


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: d.__setitem__("label_confidence", "all sure"), "label_confidence: must be a table"),
        (lambda d: d["label_confidence"].__setitem__("de", "high"), "label_confidence.de: must be a table"),
        (lambda d: d["devices"][0]["steps"][0].__setitem__("plain", 5), "devices[0].steps[0].plain: must be text"),
    ],
)
def test_a_table_or_text_of_the_wrong_kind_is_named(change, said: str) -> None:
    data = shipped()
    change(data)
    assert refusal(data) == said
