"""`ai-optout-assistant guide`: the instructions printed for a country, device and language, and as JSON.

Run as a person would (a subprocess), and read back: the literal sentences they read, the JSON parsed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.spawns  # every test here runs `python -m app` in a child process

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, lang: str = "C", data_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "QT_QPA_PLATFORM"}}
    env.update(LANG=lang, PYTHONIOENCODING="utf-8")
    if data_home is not None:
        env.update(HOME=str(data_home), XDG_DATA_HOME=str(data_home / "data"))
    # These tests read LinkedIn's guide: name it, now that ChatGPT's is installed beside it.
    service = () if "--service" in args else ("--service", "linkedin-ai-training")
    return subprocess.run(
        [sys.executable, "-m", "app", "guide", *service, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def guide_json(*args: str, lang: str = "C") -> dict:
    result = run(*args, "--json", lang=lang)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_json_for_canada_on_an_iphone_in_english() -> None:
    doc = guide_json("--country", "CA", "--device", "iphone", "--lang", "en")
    assert doc["guide"] == "linkedin-ai-training"
    assert doc["version"] == 1
    assert doc["verified"] == "2026-12-04"
    assert doc["country"] == {"code": "CA", "name": "Canada"}
    assert doc["region"] == {
        "id": "canada",
        "name": "Canada",
        "history": "LinkedIn switched this on by default in September 2024, paused it by December 2024 after "
        "Canada's privacy commissioner stepped in, and has switched it on by default again since 3 November 2025.",
    }
    assert (
        doc["scope"]
        == "The switch is about AI that creates content (text, images and audio), trained by LinkedIn and by the other "
        "companies of its group, Microsoft included."
    )
    assert doc["not_covered"].endswith("and it does not turn off LinkedIn's AI features.")
    assert doc["not_used"].startswith("Not used for LinkedIn's content-creating AI: private messages,")
    assert doc["device"] == {"id": "iphone", "name": "iPhone", "where": "on your iPhone"}
    assert [step["n"] for step in doc["steps"]] == [1, 2, 3, 4, 5, 6]
    assert doc["steps"][3] == {"n": 4, "text": "Tap “Data privacy”."}
    assert (
        doc["steps"][4]["text"]
        == "Scroll to “How LinkedIn uses your data” and tap “Data for Generative AI Improvement”."
    )
    assert doc["setting_link"] == "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    assert [(e["id"], e["link"]) for e in doc["extras"]] == [
        ("objection_form", "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"),
        ("ads_sharing", "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners"),
    ]
    objection, ads = doc["extras"]
    assert objection["title"] == "Object with LinkedIn's form"
    assert "In Canada the form is a request" in objection["text"]
    assert "Office of the Privacy Commissioner of Canada (OPC)" in objection["text"]
    assert ads["title"] == "Stop LinkedIn sharing your data with Microsoft for ads"
    assert "It stops your LinkedIn data being used to personalise ads; you will still see ads." in ads["text"]
    assert "Global Privacy Control" not in ads["text"]  # that is for the United States only


def test_json_for_the_united_states_mentions_global_privacy_control() -> None:
    doc = guide_json("--country", "us", "--lang", "en")
    assert doc["region"]["id"] == "united-states"
    assert doc["device"]["id"] == "browser"  # the default
    [ads] = doc["extras"]
    assert ads["text"].endswith(
        "Some browsers can send a privacy signal called Global Privacy Control, which asks sites not to sell or "
        "share your data: it opts you out of this sharing for ads automatically, but not out of AI training, so the "
        "switch above is still needed."
    )


def test_json_sources_say_which_titles_are_the_sources_own() -> None:
    english = {s["id"]: s for s in guide_json("--country", "CH", "--lang", "en")["sources"]}
    french = {s["id"]: s for s in guide_json("--country", "CH", "--lang", "fr")["sources"]}
    ico = "Our statement on changes to LinkedIn AI data policy"
    assert english["ico-2024"] == {
        "id": "ico-2024",
        "publisher": "Information Commissioner's Office (UK)",
        "title": ico,
        "title_quoted": True,
        "date": "2024-09-20",
        "url": None,
    }
    assert french["ico-2024"]["title"] == ico  # a source's own title is never translated
    assert (english["dpc-2025"]["title"], english["dpc-2025"]["title_quoted"]) == (
        "Statement on LinkedIn's AI training",
        False,
    )
    assert french["dpc-2025"]["title"] == "Déclaration sur l’entraînement de l’IA de LinkedIn"  # described: French
    assert english["dpc-2025"]["date"] == "2025-11-07"


@pytest.mark.parametrize("flag", ["--service-lang", "--linkedin-lang"])  # the old name is still accepted
def test_french_with_linkedin_in_english(flag: str) -> None:
    doc = guide_json("--country", "BE", "--device", "android", "--lang", "fr", flag, "en")
    assert doc["language"] == "fr" and doc["linkedin_language"] == "en"
    assert doc["country"] == {"code": "BE", "name": "Belgique"}
    assert doc["region"]["name"] == "Union européenne, Islande, Liechtenstein et Norvège"
    assert doc["steps"][3]["text"] == "Touchez «\u00a0Data privacy\u00a0»."
    assert doc["setting_label"] == "Use my data for training content creation AI models"
    [objection] = doc["extras"]
    assert objection["title"] == "Vous opposer via le formulaire de LinkedIn"
    assert "l’autorité irlandaise de protection des données (Data Protection Commission)" in objection["text"]


def test_plain_text_in_french_for_jersey() -> None:
    result = run("--country", "JE", "--device", "browser", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    text = re.sub(r"[ \n]+", " ", result.stdout)  # the page is wrapped for a terminal
    assert text.startswith("Empêchez LinkedIn d’entraîner son IA de création de contenu avec vos données")
    assert "Instructions vérifiées pour la dernière fois le 4 décembre 2026." in text
    assert "Votre pays\u00a0: Jersey (Guernesey, Jersey, l’île de Man et Gibraltar)" in text
    assert "LinkedIn ne publie rien de particulier pour l’endroit où vous vivez" in text
    # The device inside a sentence, without a capital: "sur ordinateur", not "sur Ordinateur".
    assert "Les étapes dans un navigateur web, sur votre ordinateur" in text
    assert "2. Cliquez sur votre photo de profil, marquée «\u00a0Vous\u00a0», en haut de la page." in text
    assert "Facultatif\u00a0: Vous opposer via le formulaire de LinkedIn" in text
    assert "Facultatif\u00a0: Empêcher LinkedIn de partager vos données avec Microsoft pour la publicité" in text
    assert "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners" in result.stdout
    assert "Sources" in text and "Data sharing" in text


def test_country_defaults_from_the_system_locale() -> None:
    doc = guide_json("--lang", "en", lang="es_IC.UTF-8")
    assert doc["country"]["code"] == "ES"
    assert doc["region"]["id"] == "eu-eea-ch"


@pytest.mark.parametrize("code", ["XX", "FRA", "419", "EU", ""])
def test_a_code_that_is_not_a_country_is_one_clear_line(code: str) -> None:
    result = run("--country", code, "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"{code} is not a country code: give two letters, such as FR, GB or CA.\n"


def test_no_country_anywhere_asks_for_one() -> None:
    result = run("--lang", "en", lang="C")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Your computer does not say which country you live in: add --country, such as --country FR."
    )


def test_unknown_device_is_one_clear_line() -> None:
    result = run("--country", "FR", "--device", "tablet", "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "tablet is not one of the devices of this guide: iphone, android, browser.\n"


def test_reading_the_guide_writes_nothing(tmp_path: Path) -> None:
    result = run("--country", "FR", "--lang", "en", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.rglob("*")) == []


def test_plain_text_in_italian_names_the_optional_steps_first() -> None:
    """Italian puts "(facoltativo)" after the title: no capital after a colon mid-heading."""
    result = run("--country", "FR", "--device", "android", "--lang", "it")
    assert result.returncode == 0, result.stderr
    text = re.sub(r"[ \n]+", " ", result.stdout)
    assert "Opporsi tramite il modulo di LinkedIn (facoltativo)" in text
    assert "Facoltativo" not in text


def test_the_help_names_the_service_language_not_linkedin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "guide", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert "--service-lang" in result.stdout and "the language the service shows its menus in" in result.stdout
    assert "--linkedin-lang" not in result.stdout


@pytest.mark.parametrize(
    ("service", "title"),
    [
        ("linkedin-ai-training", "Empêchez LinkedIn d’entraîner son IA de création de contenu avec vos données"),
        ("chatgpt-model-training", "Empêchez OpenAI d’entraîner ses modèles sur vos conversations ChatGPT"),
        (
            "meta-ai-training",
            "Opposez-vous à l’entraînement de l’IA de Meta avec vos publications Facebook et Instagram",
        ),
    ],
)
def test_every_shipped_guide_is_printed(service: str, title: str) -> None:
    """`guide --service` covers every guide the assistant ships (issue 27, point 3), in French too."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "guide", "--service", service, "--country", "FR", "--lang", "fr", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["guide"] == service
    assert document["title"] == title
    assert document["steps"] or document.get("action", {}).get("kind") == "none"
