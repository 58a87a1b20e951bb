"""The country from the system locale is never wrong or half-set; LinkedIn's language may differ from ours."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QToolButton

from app import __version__, i18n
from app.core.flow import PageId, WizardState
from app.core.records import RecordStore
from app.ui import app as ui_app
from app.ui import illustrations, names
from app.ui.pages import region as region_page
from app.ui.session import Session
from app.ui.wizard import AssistantWizard

from .helpers import BACK, NEXT, choose_in_combo, click, click_next, find, loose, plain, type_country

SVG = "{http://www.w3.org/2000/svg}"


class FakeLocale:
    """Stands for QLocale in the region page: a computer set to `name`."""

    def __init__(self, name: str) -> None:
        self._name = name

    def system(self) -> FakeLocale:
        return self

    def name(self) -> str:
        return self._name


def region_page_with_locale(qtbot, make_wizard, monkeypatch, locale_name: str, language: str = "en"):
    monkeypatch.setattr(region_page, "QLocale", FakeLocale(locale_name))
    wizard = make_wizard(language)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION
    return wizard


@pytest.mark.parametrize(
    ("locale_name", "language", "shown", "history"),
    [
        ("es_IC.UTF-8", "en", "Spain", "by default here since 3 November 2025."),
        ("es_EA", "fr", "Espagne", "depuis le 3 novembre 2025."),
        ("en_GB", "en", "United Kingdom", "paused it days later"),
        ("fr_CA", "fr", "Canada", "au plus tard en décembre 2024"),
    ],
)
def test_country_from_locale_is_chosen_and_placed(
    qtbot, make_wizard, monkeypatch, locale_name, language, shown, history
):
    wizard = region_page_with_locale(qtbot, make_wizard, monkeypatch, locale_name, language)
    combo = find(wizard, names.COUNTRY_COMBO, QComboBox)
    assert combo.currentText() == shown
    assert history in loose(plain(find(wizard, names.REGION_INFO, QLabel)))
    assert wizard.button(NEXT).isEnabled()


@pytest.mark.parametrize(
    ("locale_name", "language", "sentence"),
    [
        (
            "es_419.UTF-8",
            "en",
            "Your computer is set to “Latin America”, which is not one country: choose the one you live in.",
        ),
        (
            "fr_150",
            "fr",
            "Votre ordinateur est réglé sur « Europe », qui n’est pas un pays : choisissez celui où vous vivez.",
        ),
        (
            "en_ZZ",
            "en",
            "Your computer is set to “Unknown Region”, which is not one country: choose the one you live in.",
        ),
    ],
)
def test_a_region_that_is_not_a_country_leaves_the_field_empty_and_says_why(
    qtbot, make_wizard, monkeypatch, locale_name, language, sentence
):
    wizard = region_page_with_locale(qtbot, make_wizard, monkeypatch, locale_name, language)
    combo = find(wizard, names.COUNTRY_COMBO, QComboBox)
    assert combo.currentText() == ""
    assert wizard.session.state.country is None
    assert not wizard.button(NEXT).isEnabled()
    hint = find(wizard, names.COUNTRY_HINT, QLabel)
    assert hint.isVisible() and loose(hint.text()) == sentence
    # Choosing a country takes the sentence away and lets the person go on.
    type_country(qtbot, combo, "Mexico" if language == "en" else "Mexique")
    assert not hint.isVisible()
    assert wizard.button(NEXT).isEnabled()


def test_no_territory_in_the_locale_leaves_the_field_empty_without_a_warning(qtbot, make_wizard, monkeypatch):
    wizard = region_page_with_locale(qtbot, make_wizard, monkeypatch, "fr")
    assert find(wizard, names.COUNTRY_COMBO, QComboBox).currentText() == ""
    assert not find(wizard, names.COUNTRY_HINT, QLabel).isVisible()
    assert not wizard.button(NEXT).isEnabled()


def walk_to_steps(qtbot, wizard: AssistantWizard, country_name: str, device_button: str) -> None:
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), country_name)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, device_button, QToolButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS


def step_texts(qtbot, wizard: AssistantWizard) -> list[str]:
    """Every step's sentence, read one screen at a time: "Done, next step" to the last, then Back to the first."""
    page = wizard.currentPage()
    texts = [loose(find(page, names.STEP_TEXT, QLabel).text())]
    while (
        find(page, names.STEP_COUNTER, QLabel).text().split()[1]
        != find(page, names.STEP_COUNTER, QLabel).text().split()[-1]
    ):
        click(qtbot, wizard.button(NEXT))
        texts.append(loose(find(page, names.STEP_TEXT, QLabel).text()))
    for _step in texts[1:]:
        click(qtbot, wizard.button(BACK))
    assert wizard.currentId() == PageId.STEPS
    return texts


def open_help(qtbot, wizard: AssistantWizard) -> None:
    """ "It looks different?": the help, with the language the service shows."""
    click(qtbot, find(wizard, names.LOOKS_DIFFERENT_BUTTON, QPushButton))


def test_linkedin_in_english_for_a_french_reader(qtbot, make_wizard, guide, store, data_dir):
    wizard = make_wizard("fr")
    walk_to_steps(qtbot, wizard, "Belgique", names.device_button("browser"))
    open_help(qtbot, wizard)
    combo = find(wizard, names.LINKEDIN_LANGUAGE_COMBO, QComboBox)
    assert combo.currentData() == "fr"  # by default, LinkedIn is in the assistant's language
    steps = step_texts(qtbot, wizard)
    assert steps[2] == "Choisissez « Préférences et confidentialité » dans le menu."
    assert steps[4] == (
        "Sous « Comment LinkedIn utilise vos données », cliquez sur « Données pour l’amélioration de l’IA générative »."
    )

    choose_in_combo(qtbot, combo, "en")
    steps = step_texts(qtbot, wizard)
    # French sentences, French quotation marks, LinkedIn's English words.
    assert steps[2] == "Choisissez « Settings & Privacy » dans le menu."
    assert steps[4] == "Sous « How LinkedIn uses your data », cliquez sur « Data for Generative AI Improvement »."
    assert steps[5] == (
        "L’interrupteur à côté de « Use my data for training content creation AI models » est vert tant qu’il est"
        " activé. Cliquez dessus pour le désactiver : il est désactivé dès qu’il n’est plus vert."
    )
    # The picture shows LinkedIn's English words too.
    folder = wizard.session.guide.folder
    svg = ET.fromstring(illustrations.filled_svg(folder, "browser", 4, language=wizard.session.state.labels_language()))
    drawn = " ".join(t.text or "" for t in svg.iter(f"{SVG}text"))
    assert "Data privacy" in drawn and "Confidentialité des données" not in drawn

    click_next(qtbot, wizard)
    switch = find(wizard, names.answer_button("off"))
    question = loose(find(wizard, names.CONFIRM_QUESTION, QLabel).text())
    assert question == "« Use my data for training content creation AI models » est-il désactivé maintenant ?"
    click(qtbot, switch)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE

    # Remembered with the record: the next wizard starts with LinkedIn in English.
    controller = ui_app.Controller(guide, store)
    session = controller._session()
    assert session.state.linkedin_language == "en"
    again, _notices = RecordStore.open(data_dir)
    try:
        assert again.setting("linkedin_language") == "en"
    finally:
        again.close()


def test_choosing_linkedin_language_writes_nothing_before_a_record(qtbot, make_wizard, data_dir):
    wizard = make_wizard("en")
    walk_to_steps(qtbot, wizard, "France", names.device_button("iphone"))
    open_help(qtbot, wizard)
    choose_in_combo(qtbot, find(wizard, names.LINKEDIN_LANGUAGE_COMBO, QComboBox), "fr")
    assert step_texts(qtbot, wizard)[3] == "Tap “Confidentialité des données”."
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_open_button_still_opens_the_setting(qtbot, make_wizard, guide, opened_urls):
    wizard = make_wizard("en")
    walk_to_steps(qtbot, wizard, "Canada", names.device_button("browser"))
    click(qtbot, find(wizard, names.OPEN_SETTING_BUTTON, QPushButton))
    assert opened_urls == [guide.main_action.link]


def test_session_ignores_a_saved_language_that_is_not_offered(guide, data_dir):
    store, _notices = RecordStore.open(data_dir)
    try:
        store.set_setting("linkedin_language", "xx")
        session = ui_app.Controller(guide, store)._session()
        assert session.state.linkedin_language is None
        assert session.state.labels_language() == i18n.language()
        assert Session(guide, store, WizardState(language="fr"), __version__).state.labels_language() == "fr"
    finally:
        store.close()
