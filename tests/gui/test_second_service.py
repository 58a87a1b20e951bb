"""A second service as data: the fictional Chatterly (tests/fixtures/guides), with another shape than
LinkedIn's (two devices of four and five steps, one extra, another host, its own pictures and French
catalog), walked end to end in both languages, recorded, and shown beside LinkedIn, never mixed with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QToolButton

from app import __version__, i18n
from app.core.catalog import EXTRA_GUIDES_VARIABLE
from app.core.flow import PageId
from app.core.records import RecordStore
from app.core.status import status_of
from app.guides import load_guides
from app.ui import illustrations, names
from app.ui.picture_view import PictureView
from app.ui.receipt import receipt_html
from app.ui.status_home import AccountCard

from .helpers import (
    NEXT,
    click,
    click_next,
    compiled_guides,
    find,
    guides_installed,
    loose,
    plain,
    read_steps,
    type_country,
    unfold_extras,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "guides"
CHATTERLY = "chatterly-ai-training"
LINKEDIN = "linkedin-ai-training"
CHATGPT, META = "chatgpt-model-training", "meta-ai-training"  # shipped beside LinkedIn


@pytest.fixture(scope="session")
def extra_guides(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture's guides, with their catalogs compiled as scripts/translations.py --compile does."""
    return compiled_guides(FIXTURE, tmp_path_factory.mktemp("guides"))


@pytest.fixture
def two_services(extra_guides: Path, monkeypatch: pytest.MonkeyPatch):
    with guides_installed(extra_guides, monkeypatch) as catalog:
        yield catalog


def test_without_the_variable_only_linkedin_is_known(extra_guides: Path) -> None:
    assert EXTRA_GUIDES_VARIABLE not in os.environ
    assert [g.id for g in load_guides().guides] == [CHATGPT, META, LINKEDIN]  # the shipped ones


def test_the_fixture_loads_with_its_own_shape(two_services) -> None:
    assert two_services.problems == ()
    assert [g.service for g in two_services.guides] == ["ChatGPT", "Chatterly", "Facebook and Instagram", "LinkedIn"]
    chatterly = two_services.guide(CHATTERLY)
    assert [(d.id, len(d.steps)) for d in chatterly.devices] == [("phone", 4), ("desktop", 5)]
    assert list(chatterly.extras) == ["export_request"]
    assert chatterly.allowed_hosts == {"app.chatterly.example"}


TEXTS = {
    "en": {
        "service": "Which of these services do you use?",
        "title": "Stop Chatterly from training its chatbot on your chats",
        "history": "Chatterly has trained on chats by default here since 1 January 2026.",
        "heading": "4 steps on your phone",
        "steps": [
            "Open Chatterly and tap “Me”.",
            "Tap “Settings”.",
            "Tap “AI and you”.",
            "Switch off “Improve the chatbot with my chats”.",
        ],
        "extra": "Optional: Ask Chatterly for a copy of your chats",
        "switch": "Is “Improve the chatbot with my chats” switched off now?",
        "afterwards": "From now on, Chatterly will not use your chats to train its chatbot.",
        "country": "France",
    },
    "fr": {
        "service": "Lequel de ces services utilisez-vous ?",
        "title": "Empêchez Chatterly d’entraîner son agent conversationnel avec vos discussions",
        "history": "Ici, Chatterly s’entraîne par défaut sur les discussions depuis le 1er janvier 2026.",
        "heading": "4 étapes sur votre téléphone",
        "steps": [
            "Ouvrez Chatterly et touchez « Moi ».",
            "Touchez « Paramètres ».",  # Chatterly's word, not LinkedIn's « Préférences »
            "Touchez « L’IA et vous ».",
            "Désactivez « Améliorer l’agent avec mes discussions ».",
        ],
        "extra": "Facultatif : Demander à Chatterly une copie de vos discussions",
        "switch": "« Améliorer l’agent avec mes discussions » est-il désactivé maintenant ?",
        "afterwards": "Désormais, Chatterly n’utilisera plus vos discussions pour entraîner son agent conversationnel.",
        "country": "France",
    },
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_walk_the_second_service(qtbot, two_services, store, data_dir, opened_urls, launch, language):
    i18n.set_language(language)
    texts = TEXTS[language]
    _controller, wizard = launch(two_services.guides[0], store, two_services.guides)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)

    # Several services: the first screen asks which one.
    assert wizard.currentId() == PageId.SERVICE
    assert loose(wizard.currentPage().heading) == texts["service"]
    assert not wizard.button(NEXT).isEnabled()
    click(qtbot, find(wizard, names.service_button(CHATTERLY), QToolButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.WELCOME
    assert wizard.currentPage().heading == texts["title"]
    click_next(qtbot, wizard)

    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), texts["country"])
    assert texts["history"] in loose(plain(find(wizard, names.REGION_INFO, QLabel)))
    click_next(qtbot, wizard)

    # Chatterly's two devices, not LinkedIn's three.
    page = wizard.currentPage()
    assert sorted(b.objectName() for b in page.findChildren(QToolButton) if b.isVisible()) == [
        names.device_button("desktop"),
        names.device_button("phone"),
    ]
    click(qtbot, find(wizard, names.device_button("phone"), QToolButton))
    click_next(qtbot, wizard)

    page = wizard.currentPage()
    assert wizard.currentId() == PageId.STEPS
    assert loose(page.heading) == texts["heading"]
    shown = [loose(text) for text in read_steps(qtbot, wizard)]
    assert shown == texts["steps"]
    picture = page.findChild(PictureView, names.STEP_PICTURE)
    assert picture.folder == two_services.guide(CHATTERLY).folder and not picture.pixmap().isNull()
    click(qtbot, find(wizard, names.OPEN_SETTING_BUTTON, QPushButton))
    assert opened_urls == ["https://app.chatterly.example/settings/ai"]
    click_next(qtbot, wizard)

    extra = names.extra("export_request")
    unfold_extras(qtbot, wizard)
    assert loose(find(wizard, extra.title, QLabel).text()) == texts["extra"]
    click(qtbot, find(wizard, extra.button, QPushButton))
    assert opened_urls[-1] == "https://app.chatterly.example/help/export"
    click(qtbot, find(wizard, extra.done, QCheckBox))
    switch = find(wizard, names.answer_button("off"))
    assert loose(find(wizard, names.CONFIRM_QUESTION, QLabel).text()) == texts["switch"]
    click(qtbot, switch)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    assert texts["afterwards"] in loose(plain(find(wizard, names.RECORD_SUMMARY, QLabel)))

    again, _notices = RecordStore.open(data_dir, read_only=True)
    try:
        [record] = again.confirmations()
    finally:
        again.close()
    assert (record.guide_id, record.device, record.country, record.extras) == (
        CHATTERLY,
        "phone",
        "FR",
        ("export_request",),
    )


def test_the_desktop_has_five_steps_and_pictures_of_its_own(qtbot, two_services) -> None:
    chatterly = two_services.guide(CHATTERLY)
    i18n.set_language("fr")
    svg = ET.fromstring(illustrations.filled_svg(chatterly.folder, "desktop", 1))
    drawn = " ".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    assert "Se connecter" in drawn  # Chatterly's French label in Chatterly's own picture
    assert len(chatterly.device("desktop").steps) == 5
    for n in range(1, 6):
        image = illustrations.render_image(
            chatterly.folder, "desktop", n, illustrations.natural_size(chatterly.folder, "desktop", n)
        )
        assert not image.isNull()


def record_both(store: RecordStore) -> None:
    store.add_confirmation(new_confirmation(guide_id=LINKEDIN, app_version=__version__, extras=("objection_form",)))
    store.add_confirmation(
        new_confirmation(
            device="phone",
            region="eu",
            guide_id=CHATTERLY,
            app_version=__version__,
            extras=("export_request",),
            account="Work",
        )
    )


def test_both_services_side_by_side_never_mixed(qtbot, two_services, store, data_dir, launch) -> None:
    record_both(store)
    _controller, window = launch(two_services.guides[0], store, two_services.guides)
    qtbot.waitUntil(lambda: len([c for c in window.findChildren(AccountCard) if c.isVisible()]) == 2)
    cards = {c.title.text(): c for c in window.findChildren(AccountCard) if c.isVisible()}
    # Each under its service's heading: the card says the account's name only.
    headings = [h.text() for h in window.findChildren(QLabel, names.SERVICE_GROUP_HEADING) if h.isVisible()]
    assert headings == ["Chatterly", "LinkedIn"]
    assert list(cards) == ["Work", "Your LinkedIn account"]
    assert plain(cards["Work"].extras) == "✓ Ask Chatterly for a copy of your chats"
    assert loose(plain(cards["Your LinkedIn account"].extras)).startswith("✓ Object with LinkedIn's form: sent on ")
    assert window.heading.text() == "Your AI settings"

    html = receipt_html(
        status_of(two_services.guides, store.confirmations(), 6, __import__("datetime").datetime.now().astimezone()),
        __version__,
    )
    assert "Receipt: what I did about my data and AI" in html
    assert html.index("Receipt: Chatterly&#x27;s use of my chats") < html.index(
        "Receipt: LinkedIn&#x27;s use of my data"
    )


def test_status_and_export_group_by_service(two_services, extra_guides, data_dir) -> None:
    store, _notices = RecordStore.open(data_dir)
    try:
        record_both(store)
    finally:
        store.close()
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    env.update(LANG="C", PYTHONIOENCODING="utf-8", **{EXTRA_GUIDES_VARIABLE: str(extra_guides)})
    result = subprocess.run(
        [sys.executable, "-m", "app", "status", "--json", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [(a["service"], a["label"], [i["id"] for i in a["items"]]) for a in doc["accounts"]] == [
        (CHATTERLY, "Work", ["switch", "export_request"]),
        (LINKEDIN, "", ["switch", "objection_form"]),
    ]
    text = subprocess.run(
        [sys.executable, "-m", "app", "status", "--data-dir", str(data_dir), "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert text.startswith("AI training: your checklist\n")
    assert "\nChatterly: Work\n" in text and "\nLinkedIn: Your LinkedIn account\n" in text
    guide = subprocess.run(
        [sys.executable, "-m", "app", "guide", "--service", CHATTERLY, "--country", "FR", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert guide.returncode == 0, guide.stderr
    document = json.loads(guide.stdout)
    assert document["guide"] == CHATTERLY and document["device"]["id"] == "desktop"
    assert [s["n"] for s in document["steps"]] == [1, 2, 3, 4, 5]
    asked = subprocess.run(
        [sys.executable, "-m", "app", "guide", "--country", "FR", "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert asked.returncode == 2
    assert asked.stderr.strip() == f"Choose the service with --service: {CHATGPT}, {CHATTERLY}, {META}, {LINKEDIN}."


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_quick_route_of_the_second_service_records_its_own_computer(
    qtbot, two_services, store, opened_urls, launch, language
):
    """Its computer is called "desktop": the quick route records that, and Done says what was done."""
    i18n.set_language(language)
    _controller, wizard = launch(two_services.guides[0], store, two_services.guides)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    click(qtbot, find(wizard, names.service_button(CHATTERLY), QToolButton))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.QUICK_LINK_BUTTON, QPushButton))
    assert opened_urls == ["https://app.chatterly.example/settings/ai"]
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), TEXTS[language]["country"])
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    summary = loose(plain(find(wizard, names.RECORD_SUMMARY, QLabel)))
    done = {
        "en": "✓ You switched off “Improve the chatbot with my chats” on your computer.",
        "fr": "✓ Vous avez désactivé « Améliorer l’agent avec mes discussions » sur votre ordinateur.",
    }
    assert summary.startswith(done[language])
    assert TEXTS[language]["afterwards"] in summary
    [record] = store.confirmations()
    assert (record.guide_id, record.device) == (CHATTERLY, "desktop")
