"""The page a switch is on may be named less surely than the switch itself (ChatGPT's "Data controls" has
two French names in the sources): a guide whose page label is below `high` in a language loads, and the app
then never quotes that page's name in that language; the switch's own label must still be `high`, since the
confirm and done pages quote it. Expected sentences are written out here, not computed."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ids import guide_path

from app import action_text, i18n
from app.core.actions import SETTING
from app.core.guide import Guide, GuideError, parse_guide
from app.core.records import CONFIRMED
from app.guide_text import step_text
from app.resources import guide_file

CHATGPT = guide_file("chatgpt-model-training")


def data(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def parsed(table: dict[str, Any], path: Path) -> Guide:
    return parse_guide(table, path)


def refusal(table: dict[str, Any]) -> str:
    with pytest.raises(GuideError) as info:
        parse_guide(table, CHATGPT)
    return f"{info.value.field}: {info.value.problem}"


@pytest.fixture
def chatgpt_texts() -> Iterator[None]:
    """ChatGPT's own catalog in use, as when the assistant starts with its guide; afterwards, as before."""
    before = i18n._guide_folders
    i18n.use_guide_translations([CHATGPT.parent])
    yield
    i18n.use_guide_translations(before)
    i18n.set_language("en")


def medium_page() -> Guide:
    """ChatGPT's guide with its French page label, "Data controls", medium instead of low."""
    table = data(CHATGPT)
    table["label_confidence"]["fr"]["Data controls"] = "medium"
    return parsed(table, CHATGPT)


def test_a_guide_whose_page_label_is_medium_loads() -> None:
    guide = medium_page()
    assert guide.main_action.page_label == "Data controls"
    assert guide.label_level("fr", "Data controls") == "medium"
    assert not guide.label_is_sure("fr", "Data controls")
    assert guide.label_is_sure("fr", "Improve the model for everyone")


def test_plain_words_may_not_quote_an_unsure_page_label() -> None:
    """LinkedIn's step 5 in plain words still quotes its page, "Scroll down the page and tap {label}.": the
    page may be unsure only once those words no longer quote it."""
    table = data(guide_path())
    table["label_confidence"]["de"]["Data for Generative AI Improvement"] = "low"
    with pytest.raises(GuideError) as info:
        parse_guide(table, guide_path())
    assert f"{info.value.field}: {info.value.problem}" == (
        "devices[0].steps[4].plain: quotes 'Data for Generative AI Improvement', which is not verified in 'de'"
    )


def test_a_guide_whose_setting_label_is_medium_is_refused() -> None:
    table = data(CHATGPT)
    table["label_confidence"]["de"]["Improve the model for everyone"] = "medium"
    assert refusal(table) == (
        "label_confidence.de.Improve the model for everyone: an action's own label must be verified (high)"
    )


def test_a_form_s_own_label_below_high_is_refused_its_page_is_not() -> None:
    table = data(CHATGPT)
    table["actions"]["switch"]["kind"] = "form"
    table["label_confidence"]["it"]["Data controls"] = "none"
    assert parsed(table, CHATGPT).label_level("it", "Data controls") == "none"
    table["label_confidence"]["it"]["Improve the model for everyone"] = "low"
    assert refusal(table) == (
        "label_confidence.it.Improve the model for everyone: an action's own label must be verified (high)"
    )


def test_a_step_naming_an_unsure_page_still_needs_plain_words() -> None:
    table = data(CHATGPT)
    del table["devices"][0]["steps"][2]["plain"]
    assert refusal(table) == "devices[0].steps[2].plain: is needed: 'Data controls' is not verified in 'fr'"


# -- what the person reads where the page's name is medium ---------------------------------------


def test_the_french_steps_do_not_quote_the_medium_page_name(chatgpt_texts: None) -> None:
    guide = medium_page()
    step = guide.device("iphone").steps[2]
    i18n.set_language("fr")
    assert step_text(guide, step, "fr") == (
        "Touchez l’entrée consacrée à vos données\u00a0: son nom parle de gérer ou de contrôler vos données."
    )
    browser = guide.device("browser").steps[2]
    assert step_text(guide, browser, "fr") == (
        "Dans la liste à gauche, cliquez sur l’entrée consacrée à vos données\u00a0: son nom parle de gérer ou de"
        " contrôler vos données."
    )


def test_english_sentences_for_a_chatgpt_in_french_do_not_quote_it_either(chatgpt_texts: None) -> None:
    guide = medium_page()
    i18n.set_language("en")
    assert step_text(guide, guide.device("android").steps[2], "fr") == (
        "Tap the entry about your data: its name speaks of managing or controlling your data."
    )
    # The same step for a ChatGPT in English quotes the page's name.
    assert step_text(guide, guide.device("android").steps[2], "en") == "Tap “Data controls”."


def test_the_confirm_and_done_pages_quote_the_switch_not_the_page(chatgpt_texts: None) -> None:
    guide = medium_page()
    action = guide.main_action
    i18n.set_language("fr")
    words = action_text.kind_words(SETTING)
    label = action_text.action_label(guide, action, "fr")
    assert words.question.format(label=label) == (
        "«\u00a0Améliorer le modèle pour tous\u00a0» est-il désactivé maintenant\u00a0?"
    )
    assert words.done[CONFIRMED].format(label=label, where="sur votre iPhone") == (
        "Vous avez désactivé «\u00a0Améliorer le modèle pour tous\u00a0» sur votre iPhone."
    )
    i18n.set_language("en")
    words = action_text.kind_words(SETTING)
    label = action_text.action_label(guide, action, "fr")
    assert words.question.format(label=label) == "Is “Améliorer le modèle pour tous” switched off now?"
    for text in (label, words.question.format(label=label)):
        assert "Gestion" not in text and "Contrôle" not in text and "Data controls" not in text
