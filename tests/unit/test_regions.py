"""Country names in the reader's language, sorted for that reader, and the guess from the locale."""

from __future__ import annotations

import pytest

from app.core.regions import countries, country_from_locale, country_name, sort_key


@pytest.mark.parametrize("language", ["fr", "en"])
def test_country_list_is_complete_and_only_countries(language: str) -> None:
    found = countries(language)
    codes = [c.code for c in found]
    assert len(found) >= 240
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 2 and code.isalpha() and code.isupper(), code
    for not_a_country in ("EU", "UN", "ZZ", "EZ", "QO", "001", "150", "419"):
        assert not_a_country not in codes
    for country in ("FR", "DE", "CH", "GB", "US", "CA", "HK", "IN", "BR", "NO"):
        assert country in codes
    assert all(c.name.strip() for c in found)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sorted_ignoring_accents_and_case(language: str) -> None:
    names = [c.name for c in countries(language)]
    assert names == sorted(names, key=sort_key)


def test_french_etats_unis_sorts_among_the_e() -> None:
    names = [c.name for c in countries("fr")]
    assert names.index("Espagne") < names.index("États-Unis") < names.index("Éthiopie")
    assert names.index("Égypte") < names.index("Espagne")
    assert names.index("États-Unis") < names.index("Fidji")
    # Not at the end, where a plain code-point sort would put "É".
    assert names.index("États-Unis") < names.index("Zimbabwe")


def test_french_names_are_french() -> None:
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("CH", "fr") == "Suisse"
    assert country_name("GB", "fr") == "Royaume-Uni"
    assert country_name("US", "fr") == "États-Unis"


def test_english_names_are_english() -> None:
    assert country_name("DE", "en") == "Germany"
    assert country_name("GB", "en") == "United Kingdom"


def test_unknown_code_is_shown_as_is() -> None:
    assert country_name("QQ", "en") == "QQ"


@pytest.mark.parametrize(
    ("locale_name", "country"),
    [
        ("fr_CH.UTF-8", "CH"),
        ("fr_FR.UTF-8", "FR"),
        ("en-GB", "GB"),
        ("en_US", "US"),
        ("de_DE@euro", "DE"),
        ("sr_Latn_RS", "RS"),
        ("fr", None),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_country_from_locale(locale_name: str, country: str | None) -> None:
    assert country_from_locale(locale_name) == country
