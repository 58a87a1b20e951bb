"""The whole wizard, by mouse, for every device, region group and language; then the record on disk."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPushButton, QToolButton

import app
from app import i18n
from app.core import regions
from app.core.flow import PageId
from app.core.records import RecordStore
from app.i18n import _
from app.ui import names

from .helpers import (
    NEXT,
    STEP_TEXTS,
    STEPS_HEADINGS,
    choose_by_keys,
    click,
    click_next,
    find,
    header_texts,
    loose,
    plain,
    type_country,
)

# One country per kind of region: one extra (FR, GB, US), two (CA), nothing documented (JE).
COUNTRIES = {
    "FR": "eu-eea-ch",
    "GB": "uk",
    "CA": "canada",
    "US": "united-states",
    "JE": "crown-dependencies-gibraltar",
}
# What the region page says of each region's history, as a reader reads it.
HISTORY = {
    ("FR", "en"): "by default here since 3 November 2025.",
    ("FR", "fr"): "depuis le 3 novembre 2025.",
    ("GB", "en"): "paused it days later after the UK regulator stepped in, and has switched it on by default again",
    ("GB", "fr"): "l’a suspendu quelques jours plus tard après l’intervention de l’autorité britannique",
    ("CA", "en"): "paused it by December 2024 after Canada's privacy commissioner stepped in",
    ("CA", "fr"): "l’a suspendu au plus tard en décembre 2024",
    ("US", "en"): "by default here since at least September 2024.",
    ("US", "fr"): "depuis septembre 2024 au moins.",
    ("JE", "en"): "LinkedIn documents nothing specific for where you live",
    ("JE", "fr"): "LinkedIn ne publie rien de particulier pour l’endroit où vous vivez",
}
NOT_COVERED = {
    "en": "the Hiring Assistant, and it does not turn off LinkedIn's AI features.",
    "fr": "et il ne désactive pas les fonctions d’IA de LinkedIn.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("country", list(COUNTRIES))
@pytest.mark.parametrize("device_id", ["iphone", "android", "browser"])
def test_walk(qtbot, make_wizard, guide, data_dir, opened_urls, device_id, country, language):
    wizard = make_wizard("en")
    region = guide.region_for_country(country)
    assert region.id == COUNTRIES[country]

    # Welcome: the language, then Next.
    if language != "en":
        choose_by_keys(qtbot, find(wizard, names.LANGUAGE_SWITCH, QComboBox), language)
    assert i18n.language() == language
    click_next(qtbot, wizard)

    # Region: type the country's name as the reader knows it.
    assert wizard.currentId() == PageId.REGION
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name(country, language))
    info = plain(find(wizard, names.REGION_INFO, QLabel))
    assert _(region.name) in info
    assert HISTORY[country, language] in loose(info)
    assert NOT_COVERED[language] in loose(info)  # every region is told what the switch does not cover
    click_next(qtbot, wizard)

    # Device.
    assert wizard.currentId() == PageId.DEVICE
    assert not wizard.button(NEXT).isEnabled(), "Next before a device was chosen"
    click(qtbot, find(wizard, names.device_button(device_id), QToolButton))
    click_next(qtbot, wizard)

    # Steps: exactly the six steps of that device, LinkedIn's labels quoted in the reader's language.
    assert wizard.currentId() == PageId.STEPS
    page = wizard.currentPage()
    assert page.heading == STEPS_HEADINGS[device_id, i18n.language()]
    assert page.heading in header_texts(wizard)
    # One step per screen: its sentence and "Step n of 6"; "Done, next step" moves on.
    shown = []
    for number in range(1, 7):
        assert wizard.currentId() == PageId.STEPS
        shown.append(find(page, names.STEP_TEXT, QLabel).text())
        counter = find(page, names.STEP_COUNTER, QLabel).text()
        assert counter == (f"Step {number} of 6" if language == "en" else f"Étape {number} sur 6")
        primary = find(wizard, names.PRIMARY_BUTTON, QPushButton)
        assert primary.text().replace("&", "") == (
            "Done, next step" if language == "en" else "C’est fait, étape suivante"
        )
        if number == 6:  # the setting's own page, from the last step
            click(qtbot, find(wizard, names.OPEN_SETTING_BUTTON, QPushButton))
            assert opened_urls == [guide.main_action.link]
            assert wizard.currentId() == PageId.STEPS
        click(qtbot, primary)
    assert shown == STEP_TEXTS[device_id, language]
    if language == "fr":
        assert "« Utiliser mes données pour entraîner des modèles d’IA de création de contenu »" in loose(shown[5])

    # Confirm: Next only once the switch is confirmed off; the region's extras, and only them.
    assert wizard.currentId() == PageId.CONFIRM
    assert not wizard.button(NEXT).isEnabled()
    switch = find(wizard, names.answer_button("off"))
    # What the switch covers was said once, with the region: here only what recording it cannot undo.
    scope = loose(find(wizard, names.FUTURE_ONLY, QLabel).text())
    assert scope == (
        "Switching it off stops future training only: what LinkedIn's models have already learned cannot be taken back."
        if language == "en"
        else "Le désactiver n’arrête que l’entraînement à venir : ce que les modèles de LinkedIn ont déjà appris "
        "ne peut pas être repris."
    ).replace(" ", " ")
    assert NOT_COVERED[language] not in scope
    click(qtbot, switch)
    assert switch.isChecked()
    assert wizard.button(NEXT).isEnabled()
    further = find(wizard, names.GO_FURTHER_BUTTON, QPushButton)
    assert further.isVisible() == bool(region.extras)
    if region.extras:  # folded until asked for
        assert not find(wizard, names.extra(region.extras[0]).button, QPushButton).isVisible()
        assert further.text() == ("Go further (optional)" if language == "en" else "Aller plus loin (facultatif)")
        click(qtbot, further)
    for extra_id in guide.extras:
        button_name, check_name = names.extra(extra_id).button, names.extra(extra_id).done
        applies = extra_id in region.extras
        assert find(wizard, button_name, QPushButton).isVisible() == applies, button_name
        assert find(wizard, check_name, QCheckBox).isVisible() == applies, check_name
    for extra_id in region.extras:
        button_name, check_name = names.extra(extra_id).button, names.extra(extra_id).done
        click(qtbot, find(wizard, button_name, QPushButton))
        click(qtbot, find(wizard, check_name, QCheckBox))
    assert opened_urls == [guide.main_action.link, *(guide.extras[e].link for e in region.extras)]
    notes = find(wizard, names.REGION_NOTES, QLabel)
    if region.notes:  # the UK: the switch also stops sharing with Microsoft for its AI training
        assert notes.isVisible()
        assert notes.text() == "\n".join(_(note) for note in region.notes)
    else:
        assert not notes.isVisible()
    click_next(qtbot, wizard)

    # Done: when (in the reader's format) and on which device.
    assert wizard.currentId() == PageId.DONE
    recorded = wizard.session.recorded[0]
    assert recorded is not None
    summary = plain(find(wizard, names.RECORD_SUMMARY, QLabel))
    assert loose(i18n.format_local_datetime(recorded.recorded_at)) in loose(summary)
    where = {
        ("iphone", "en"): "on your iPhone.",
        ("android", "en"): "on your Android phone.",
        ("browser", "en"): "in a web browser on your computer.",
        ("iphone", "fr"): "sur votre iPhone.",
        ("android", "fr"): "sur votre téléphone Android.",
        ("browser", "fr"): "dans un navigateur web, sur votre ordinateur.",
    }
    assert where[device_id, language] in summary  # the device inside the sentence, lower case in French
    assert (
        "LinkedIn says that from now on it will not use the data and content you provided"
        if language == "en"
        else "LinkedIn déclare qu’il n’utilisera plus les données et contenus que vous avez fournis"
    ) in summary

    # The record, read back by a store opened afresh on the same folder.
    again, notices = RecordStore.open(data_dir)
    try:
        assert notices == []
        [record] = again.confirmations()
    finally:
        again.close()
    assert record == recorded
    assert (record.device, record.country, record.region, record.language) == (device_id, country, region.id, language)
    assert (record.guide_id, record.guide_version, record.app_version) == (guide.id, guide.version, app.__version__)
    assert record.extras == tuple(sorted(region.extras))
    assert abs(record.recorded_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_done_page_keeps_dates_and_times_together(qtbot, make_wizard, guide):
    """Dates and times on the done page must not break across lines: "25 May 2027" and "19:57" are
    written with no-break spaces (babel's own U+202F before "PM" becomes breakable in rich text)."""
    wizard = make_wizard("en")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("US", "en"))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("browser"), QToolButton))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    summary = plain(find(wizard, names.RECORD_SUMMARY, QLabel))
    assert "\u202f" not in summary
    date = "\\d{1,2}\u00a0[A-Z][a-z]+\u00a0\\d{4}"  # the British way: "5 June 2027", as the spelling is
    assert re.search(f"Recorded on {date} at \\d{{2}}:\\d{{2}}\\.", summary), summary
    assert re.search(f"check again around {date}\\.", summary), summary


def test_sources_list_every_source(qtbot, make_wizard, guide, monkeypatch):
    shown: list[str] = []
    from app.ui.pages.steps import SourcesDialog

    monkeypatch.setattr(SourcesDialog, "exec", lambda dialog: shown.append(dialog.text.text()) or 0)
    wizard = make_wizard("fr")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("BE", "fr"))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("iphone"), QToolButton))
    click_next(qtbot, wizard)
    # Under "It looks different?": the date of the audit the facts were last checked in, in French.
    click(qtbot, find(wizard, names.LOOKS_DIFFERENT_BUTTON, QPushButton))
    verified = loose(find(wizard, names.LAST_VERIFIED, QLabel).text())
    assert verified == "Instructions vérifiées pour la dernière fois le 4 décembre 2026."
    click(qtbot, find(wizard, names.SOURCES_BUTTON, QPushButton))
    [text] = shown
    assert "4 décembre 2026" in loose(text)
    for source in guide.sources:  # a source's own title as it is; a described one in French
        assert escape(source.title if source.quoted else _(source.title)) in text
        assert escape(_(source.publisher)) in text
        assert source.url is None or escape(source.url) in text
    # LinkedIn's own title, as LinkedIn wrote it; a regulator's month-only date as a month.
    assert "Control whether LinkedIn uses your data to improve generative AI (GAI) models" in text
    # A real title is quoted as the source wrote it; a described one is said in French, without quotation marks.
    assert (
        "Information Commissioner’s Office (Royaume-Uni), «\u00a0Our statement on changes to LinkedIn AI data "
        "policy\u00a0» (20 septembre 2024)" in text
    )
    assert (
        "Data Protection Commission (Irlande), Déclaration sur l’entraînement de l’IA de LinkedIn (7 novembre 2025)"
        in (text)
    )
    assert "«\u00a0Déclaration" not in text


@pytest.mark.parametrize(("device_id", "after"), [("browser", "Step 6 of 6"), ("iphone", "Step 1 of 6")])
def test_opening_the_setting_on_the_computer_path_goes_to_the_last_step(
    qtbot, make_wizard, opened_urls, guide, device_id, after
):
    """On a computer, the page that opens is the last step's: the steps follow. On a phone path, the
    computer is a side way: the steps stay where they were."""
    wizard = make_wizard("en")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "France")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button(device_id), QToolButton))
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert find(page, names.STEP_COUNTER, QLabel).text() == "Step 1 of 6"
    click(qtbot, find(wizard, names.OPEN_SETTING_BUTTON, QPushButton))
    assert opened_urls == [guide.main_action.link]
    assert find(page, names.STEP_COUNTER, QLabel).text() == after


def test_it_looks_different_says_what_to_try(qtbot, make_wizard):
    wizard = make_wizard("fr")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "France")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("android"), QToolButton))
    click_next(qtbot, wizard)
    help_panel = find(wizard, names.LOOKS_DIFFERENT_HELP)
    assert not help_panel.isVisible()
    button = find(wizard, names.LOOKS_DIFFERENT_BUTTON, QPushButton)
    assert loose(button.text()) == "Ce n’est pas pareil chez vous ?"
    click(qtbot, button)
    assert help_panel.isVisible()
    assert loose(plain(find(wizard, names.LOOKS_DIFFERENT_TEXT, QLabel))).split("\n") == [
        "LinkedIn modifie ses écrans de temps en temps. Que faire :",
        "• Mettez à jour l’application LinkedIn, puis regardez de nouveau.",
        "• Faites-le plutôt sur un ordinateur : le réglage est le même pour tout votre compte.",
        "• Ouvrez directement la page du réglage avec le lien ci-dessus, puis cherchez les mots entre guillemets.",
        "• Si votre LinkedIn s’affiche dans une autre langue, choisissez-la ci-dessous : les étapes citeront ses mots.",
    ]
    assert find(wizard, names.LINKEDIN_LANGUAGE_COMBO).isVisible()


def test_unfolding_go_further_shows_the_extras_in_view(qtbot, make_wizard):
    """Even in the smallest window, what "Go further" unfolds is in sight (right under the answers, and
    scrolled to), or nothing would seem to happen."""
    wizard = make_wizard("fr")
    wizard.resize(640, 480)  # the smallest the window goes
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "Canada")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("android"), QToolButton))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, names.answer_button("off")))
    title = find(wizard, names.extra("objection_form").title, QLabel)
    viewport = wizard.currentPage().page_scroll.viewport()

    def in_view() -> bool:
        top = title.mapTo(viewport, title.rect().topLeft()).y()
        return title.isVisible() and top >= 0 and top + title.height() <= viewport.height()

    further = find(wizard, names.GO_FURTHER_BUTTON, QPushButton)
    click(qtbot, further)
    for _round in range(3):  # the page scrolls once the section is laid out (a zero-delay timer)
        QApplication.processEvents()
    assert in_view()
    assert further.mapTo(viewport, further.rect().topLeft()).y() >= 0  # and what opened it, above
    assert loose(title.text()) == "Facultatif : Vous opposer via le formulaire de LinkedIn"
