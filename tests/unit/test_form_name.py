"""A form named in the guide's own words (actions.<id>.name): where its only sure label is the link that opens
it (Meta's "object"), the question and Done name the form instead, translated and unquoted; the date the
service's confirmation e-mail came is read back from the settings as it was kept."""

from __future__ import annotations

import datetime as dt

import pytest
from test_guide_actions_and_apps import check, load, shapes, shapes_data

from app import i18n
from app.action_text import action_label
from app.core.objection import confirmed_setting, stored_date


def named() -> dict:  # type: ignore[type-arg]
    data = shapes_data()
    data["actions"]["object"]["name"] = "Shapes's objection form"
    return data


def test_a_form_may_be_named_in_the_guide_s_words() -> None:
    guide = load(named())
    assert guide.actions["object"].name == "Shapes's objection form"
    assert shapes().actions["object"].name is None
    assert guide.actions["no_way"].name is None


def test_the_name_is_said_unquoted_where_the_form_is_named() -> None:
    i18n.set_language("en")
    assert action_label(load(named()), load(named()).actions["object"], "en") == "Shapes's objection form"
    assert action_label(shapes(), shapes().actions["object"], "en") == "“Object to AI use”"  # its label, quoted


def test_the_name_is_among_the_texts_to_translate() -> None:
    from app.core.guide import translatable_strings

    assert (None, "Shapes's objection form", "actions.object.name") in translatable_strings(load(named()))


def test_only_a_form_is_named() -> None:
    data = named()
    data["actions"]["no_way"]["name"] = "Nothing"
    check(data, "actions.no_way.name", "an action of kind none has nothing to open or quote")
    data = shapes_data()
    data["actions"]["object"]["kind"] = "setting"
    data["actions"]["object"]["page_label"] = "Your privacy"
    data["actions"]["object"]["name"] = "A switch"
    check(data, "actions.object.name", "only a form is named in the guide's own words")


@pytest.mark.parametrize(
    ("kept", "read"),
    [
        ("2026-05-05", dt.date(2026, 5, 5)),
        (" 2026-05-05\n", dt.date(2026, 5, 5)),
        ("", None),
        (None, None),
        ("5 May 2026", None),
        ("2026-02-30", None),
    ],
)
def test_the_confirmation_day_is_read_back_or_ignored(kept: str | None, read: dt.date | None) -> None:
    assert stored_date(kept) == read


def test_each_account_and_app_has_its_own_setting() -> None:
    assert confirmed_setting("meta-ai-training/facebook:Work") == "form_confirmed/meta-ai-training/facebook:Work"


@pytest.mark.parametrize(
    ("value", "problem"), [(3, "must be text"), ("Shapes's {which} form", "must contain no placeholder")]
)
def test_a_form_s_name_is_plain_text(value: object, problem: str) -> None:
    data = named()
    data["actions"]["object"]["name"] = value
    check(data, "actions.object.name", problem)
