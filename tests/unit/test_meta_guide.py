"""Meta's guide (resources/guides/meta-ai-training): it loads; the EU/EEA, Switzerland and the UK object with
Meta's form, in Facebook and in Instagram; Canada, the United States and everywhere else get the honest page
with what helps instead. The steps are written out here word for word, in English and in one other language per
device, as a person reads them: nothing below is computed by the code that words them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.core import svg_slots
from app.core.actions import FORM, NONE
from app.core.guide import Guide, is_allowed_link, load_guide
from app.guide_text import step_text

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "guides" / "meta-ai-training"
NB = "\u00a0"


@pytest.fixture(scope="module")
def meta() -> Guide:
    return load_guide(FOLDER / "guide.toml")


@pytest.fixture
def speaking() -> Iterator[None]:
    i18n.use_guide_translations([FOLDER])
    yield
    i18n.set_language("en")


def test_the_guide_loads_with_its_two_apps_and_linkedins_devices(meta: Guide) -> None:
    assert meta.id == "meta-ai-training"
    assert meta.service == "Facebook and Instagram"
    assert [(app.id, app.name) for app in meta.apps] == [("facebook", "Facebook"), ("instagram", "Instagram")]
    assert [device.id for device in meta.devices] == ["iphone", "android", "browser"]
    for device in meta.devices:
        assert [step.app for step in device.steps] == ["facebook"] * 4 + ["instagram"] * 4


@pytest.mark.parametrize(
    ("country", "region", "kind"),
    [
        ("FR", "eu-eea", FORM),
        ("DE", "eu-eea", FORM),
        ("IT", "eu-eea", FORM),
        ("IE", "eu-eea", FORM),
        ("NO", "eu-eea", FORM),
        ("LI", "eu-eea", FORM),
        ("IS", "eu-eea", FORM),
        ("RE", "eu-eea", FORM),
        ("CH", "switzerland", FORM),
        ("GB", "uk", FORM),
        ("CA", "canada", NONE),
        ("US", "united-states", NONE),
        ("AU", "rest-of-world", NONE),
        ("BR", "rest-of-world", NONE),
        ("JP", "rest-of-world", NONE),
    ],
)
def test_where_you_live_decides_between_the_form_and_nothing(meta: Guide, country: str, region: str, kind: str) -> None:
    found = meta.region_for_country(country)
    assert found.id == region
    assert meta.action_for(found).kind == kind


def test_the_form_is_meta_s_own_and_its_label_is_the_word_that_opens_it(meta: Guide) -> None:
    form = meta.actions["object"]
    assert form.link == "https://www.facebook.com/help/contact/6359191084165019"
    assert form.label == "object"
    assert is_allowed_link(form.link, meta.allowed_hosts)
    for language in ("fr", "de", "it"):
        assert meta.label_level(language, "object") == "high"


@pytest.mark.parametrize(
    ("region", "words"),
    [
        (
            "eu-eea",
            "Meta paused its plan here in June 2024 after Europe's data-protection authorities raised concerns, and has"
            " trained its AI on adults' public posts and on chats with Meta AI here since May 27, 2025.",
        ),
        (
            "switzerland",
            "In June 2024 Meta told the Swiss data-protection commissioner that it would not use Swiss users' data for"
            " its AI for now; Switzerland has been included since May 27, 2025.",
        ),
        (
            "uk",
            "Meta paused its plan here in June 2024 after the UK regulator raised concerns, and has used adults' public"
            " posts to train its AI here since September 13, 2024, with an objection form.",
        ),
    ],
)
def test_each_history_says_its_dates(meta: Guide, region: str, words: str) -> None:
    assert meta.region(region).history == words


def test_what_was_used_before_an_objection_cannot_be_taken_back(meta: Guide) -> None:
    assert meta.facts.stops_future_only.text == (
        "Objecting stops future use only: what Meta's AI has already learned from your posts cannot be taken back."
    )


@pytest.mark.parametrize("region", ["canada", "united-states", "rest-of-world"])
def test_the_page_with_nothing_to_do_says_what_helps_instead(meta: Guide, region: str) -> None:
    found = meta.region(region)
    assert meta.action_for(found).text == (
        "Where you live, Meta offers no form and no setting to keep your own posts and photos out of its AI training."
    )
    assert [meta.extras[extra].title for extra in found.extras] == [
        "Make your past posts non-public",
        "Ask Meta about information on you in other people's posts",
        "Keep WhatsApp out of Meta's Accounts Center",
    ]
    assert meta.extras["third_party_info"].link == "https://www.facebook.com/help/contact/1266025207620918"
    assert "anyone can send this form" in meta.extras["third_party_info"].summary


def test_where_one_can_object_the_extras_do_not_offer_the_form_for_others(meta: Guide) -> None:
    for region in ("eu-eea", "switzerland", "uk"):
        assert meta.region(region).extras == ("past_posts",)


def test_every_source_is_dated(meta: Guide) -> None:
    assert len(meta.sources) >= 15
    assert [source.id for source in meta.sources if not source.date] == []
    assert meta.source("dpc-2025").date == "2025-05-21"
    assert meta.source("meta-uk-2024").date == "2024-09-13"
    assert meta.source("meta-eu-policy-2026").date == "2026-07-23"


ENGLISH_IPHONE = [
    "Open the Facebook app on your iPhone and sign in if asked. Tap the menu at the bottom right (your profile"
    " picture), then scroll down and tap “Settings & privacy”.",
    "In the list that opens under it, tap “Privacy Center”.",
    "Find the text about Meta's AI. In its sentence about your right to object, tap the word “object”.",
    "The form opens, usually with your e-mail address filled in. Check it; you do not need to give a reason. Tap"
    " “Send”. Meta says it then sends you an e-mail to confirm: keep it.",
    "Open the Instagram app and sign in if asked. Tap your profile picture at the bottom right, then the three lines"
    " at the top right: “Settings and activity” opens.",
    "Scroll down and tap “Privacy Center”.",
    "Find the text about Meta's AI. In its sentence about your right to object, tap the word “object”.",
    "The form opens, usually with your e-mail address filled in. Check it; you do not need to give a reason. Tap"
    " “Send”. Meta says it then sends you an e-mail to confirm: keep it.",
]
# « Paramètres et confidentialité » and « Paramètres et activité » are not sure: plain words.
FRENCH_IPHONE = [
    "Ouvrez l’application Facebook sur votre iPhone et connectez-vous si on vous le demande. Touchez le menu en bas"
    " à droite (votre photo de profil), puis faites défiler vers le bas et touchez l’entrée de vos paramètres et de"
    " votre confidentialité.",
    f"Dans la liste qui s’ouvre en dessous, touchez «{NB}Centre de confidentialité{NB}».",
    "Cherchez le texte sur l’IA de Meta. Dans sa phrase sur votre droit d’opposition, touchez le mot"
    f" «{NB}opposer{NB}».",
    f"Le formulaire s’ouvre, en général avec votre adresse e-mail déjà remplie. Vérifiez-la{NB}; vous n’avez pas"
    f" besoin de donner de raison. Touchez «{NB}Envoyer{NB}». Meta dit vous envoyer ensuite un e-mail de"
    f" confirmation{NB}: gardez-le.",
    "Ouvrez l’application Instagram et connectez-vous si on vous le demande. Touchez votre photo de profil en bas à"
    f" droite, puis les trois traits en haut à droite{NB}: vos paramètres s’ouvrent.",
    f"Faites défiler vers le bas et touchez «{NB}Centre de confidentialité{NB}».",
    "Cherchez le texte sur l’IA de Meta. Dans sa phrase sur votre droit d’opposition, touchez le mot"
    f" «{NB}opposer{NB}».",
    f"Le formulaire s’ouvre, en général avec votre adresse e-mail déjà remplie. Vérifiez-la{NB}; vous n’avez pas"
    f" besoin de donner de raison. Touchez «{NB}Envoyer{NB}». Meta dit vous envoyer ensuite un e-mail de"
    f" confirmation{NB}: gardez-le.",
]
# German sources go through the privacy policy: the Privacy Center's German name is not quoted.
GERMAN_ANDROID = [
    "Öffnen Sie die Facebook-App auf Ihrem Android-Telefon und melden Sie sich an, falls nötig. Tippen Sie oben"
    " rechts auf das Menü (drei Striche oder Ihr Profilbild), scrollen Sie nach unten und tippen Sie auf"
    " „Einstellungen und Privatsphäre“.",
    "Tippen Sie in der Liste, die sich darunter öffnet, auf den Eintrag für Metas Datenschutzbereich.",
    "Suchen Sie den Text über die KI von Meta. Tippen Sie im Satz über Ihr Widerspruchsrecht auf das Wort"
    " „widersprechen“.",
    "Das Formular öffnet sich, meist mit Ihrer E-Mail-Adresse schon ausgefüllt. Prüfen Sie sie; eine Begründung"
    " brauchen Sie nicht. Tippen Sie auf „Senden“. Meta sagt, dass es Ihnen dann eine Bestätigung per E-Mail"
    " sendet: Bewahren Sie sie auf.",
    "Öffnen Sie die Instagram-App und melden Sie sich an, falls nötig. Tippen Sie unten rechts auf Ihr Profilbild,"
    " dann oben rechts auf die drei Striche: Ihre Einstellungen öffnen sich.",
    "Scrollen Sie nach unten und tippen Sie auf den Eintrag für Metas Datenschutzbereich.",
    "Suchen Sie den Text über die KI von Meta. Tippen Sie im Satz über Ihr Widerspruchsrecht auf das Wort"
    " „widersprechen“.",
    "Das Formular öffnet sich, meist mit Ihrer E-Mail-Adresse schon ausgefüllt. Prüfen Sie sie; eine Begründung"
    " brauchen Sie nicht. Tippen Sie auf „Senden“. Meta sagt, dass es Ihnen dann eine Bestätigung per E-Mail"
    " sendet: Bewahren Sie sie auf.",
]
# "Centro per la privacy" has two wordings in the sources, Instagram's "Altro" none: plain words. Polite form.
ITALIAN_BROWSER = [
    "Vada su facebook.com nel browser web e acceda, se richiesto. Clicchi sull’immagine del profilo in alto a destra,"
    " poi su «Impostazioni e privacy».",
    "Nell’elenco che si apre, clicchi sulla voce del centro per la privacy di Meta.",
    "Cerchi il testo sull’IA di Meta. Nella frase sul diritto di opposizione, clicchi sulla parola «opporti».",
    "Si apre il modulo, di solito con l’indirizzo e-mail già compilato. Lo controlli; non serve dare una"
    " motivazione. Clicchi su «Invia». Meta dice che poi invia un’e-mail di conferma: la conservi.",
    "Vada su instagram.com nel browser web e acceda, se richiesto. Clicchi sulle tre linee in basso a sinistra, poi"
    " sulle impostazioni.",
    "Nell’elenco delle impostazioni, clicchi sulla voce del centro per la privacy di Meta.",
    "Cerchi il testo sull’IA di Meta. Nella frase sul diritto di opposizione, clicchi sulla parola «opporti».",
    "Si apre il modulo, di solito con l’indirizzo e-mail già compilato. Lo controlli; non serve dare una"
    " motivazione. Clicchi su «Invia». Meta dice che poi invia un’e-mail di conferma: la conservi.",
]


@pytest.mark.parametrize(
    ("language", "device", "expected"),
    [
        ("en", "iphone", ENGLISH_IPHONE),
        ("fr", "iphone", FRENCH_IPHONE),
        ("de", "android", GERMAN_ANDROID),
        ("it", "browser", ITALIAN_BROWSER),
    ],
)
def test_steps_word_for_word(meta: Guide, speaking: None, language: str, device: str, expected: list[str]) -> None:
    i18n.set_language(language)
    assert [step_text(meta, step, language) for step in meta.device(device).steps] == expected


def test_english_browser_steps_for_instagram(meta: Guide, speaking: None) -> None:
    i18n.set_language("en")
    steps = meta.device("browser").steps_in("instagram")
    assert step_text(meta, steps[0], "en") == (
        "Go to instagram.com in your web browser and sign in if asked. Click “More” at the bottom left, then your"
        " settings."
    )
    assert step_text(meta, steps[1], "en") == "In the list of settings, click “Privacy Center”."


def test_each_step_has_its_picture_showing_its_label(meta: Guide) -> None:
    for device in meta.devices:
        for n, step in enumerate(device.steps, start=1):
            path = FOLDER / "illustrations" / device.id / f"step-{n}.svg"
            labels = {slot.label for slot in svg_slots.slots(path.read_text(encoding="utf-8"))}
            assert step.label in labels, (device.id, n)
            known = {s.label for d in meta.devices for s in d.steps}
            assert labels <= known, (device.id, n, labels - known)
