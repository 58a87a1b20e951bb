"""Territory names (what the region page says the computer's settings point to), the sort key of a
country's name, and locale names that carry no country."""

from __future__ import annotations

import pytest

from app.core.regions import sort_key, territory_from_locale, territory_name


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("419", "en", "Latin America"),
        ("419", "fr", "Amérique latine"),
        ("150", "fr", "Europe"),
        ("CH", "fr", "Suisse"),
        ("QQ", "en", "QQ"),  # babel has no name for it: the code is shown
    ],
)
def test_a_territory_is_named_in_the_readers_language(code: str, language: str, name: str) -> None:
    assert territory_name(code, language) == name


def test_the_sort_key_drops_accents_and_case_and_nothing_else() -> None:
    assert sort_key("États-Unis") == "etats-unis"
    assert sort_key("Åland") == "aland"
    assert sort_key("Curaçao") == "curacao"


@pytest.mark.parametrize(
    ("locale_name", "territory"),
    [
        ("fr_ch.utf8", "CH"),  # written in lower case: still Switzerland
        ("es_419", "419"),
        ("en_USA", None),  # three letters are not a territory code
        ("de_1", None),  # nor is one digit
        ("de_2024", None),  # nor four
    ],
)
def test_the_territory_of_a_locale_name(locale_name: str, territory: str | None) -> None:
    assert territory_from_locale(locale_name) == territory
