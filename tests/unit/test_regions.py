"""Country names in the reader's language, sorted for that reader, and the guess from the locale."""

from __future__ import annotations

import pytest

from app.core.guide import Guide
from app.core.regions import (
    countries,
    country_for_territory,
    country_from_locale,
    country_name,
    sort_key,
    territory_from_locale,
)


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
        ("es_IC", "ES"),  # the Canary Islands are Spain
        ("es_EA", "ES"),  # so are Ceuta and Melilla
        ("sr_Cyrl_XK", "XK"),
        ("en_DG", "IO"),
        ("es_419", None),  # Latin America is not a country
        ("es-419", None),
        ("en_150", None),
        ("en_001", None),
        ("fr_ZZ", None),
        ("fr_QQ", None),  # not a territory at all
        ("fr", None),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_country_from_locale(locale_name: str, country: str | None) -> None:
    assert country_from_locale(locale_name) == country


# Territories that babel knows but that are not in the country list, and where they belong.
PARTS_OF_COUNTRIES = {
    "IC": ("ES", "eu-eea-ch"),  # Canary Islands
    "EA": ("ES", "eu-eea-ch"),  # Ceuta and Melilla
    "CQ": ("GG", "crown-dependencies-gibraltar"),  # Sark
    "AC": ("SH", "rest-of-world"),  # Ascension
    "TA": ("SH", "rest-of-world"),  # Tristan da Cunha
    "DG": ("IO", "rest-of-world"),  # Diego Garcia
}
NOT_COUNTRIES = {"CP", "EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"}  # Clipperton has no inhabitants


def test_every_territory_babel_knows_is_a_country_part_of_one_or_none(guide: Guide) -> None:
    from babel import Locale

    listed = {country.code for country in countries("en")}
    territories = set(Locale.parse("en").territories)
    assert len(territories) > 250
    for code in sorted(territories):
        found = country_for_territory(code)
        if code in PARTS_OF_COUNTRIES:
            country, region = PARTS_OF_COUNTRIES[code]
            assert found == country, code
            assert guide.region_for_country(found).id == region, code
        elif code in NOT_COUNTRIES or code.isdigit():
            assert found is None, code
        else:
            assert found == code and code in listed, code
        # A locale of that territory gives the same answer as the code itself.
        assert country_from_locale(f"xx_{code}") == found, code
    assert territories - listed == set(PARTS_OF_COUNTRIES) | NOT_COUNTRIES | {t for t in territories if t.isdigit()}


def test_eu_territories_that_are_not_the_eu(guide: Guide) -> None:
    for code in ("PF", "NC", "AW", "BL", "PM", "WF", "MC", "SM", "VA", "AD", "MO"):
        assert guide.region_for_country(country_for_territory(code) or "").id == "rest-of-world", code
    for code in ("GF", "GP", "MQ", "RE", "YT", "MF", "AX"):
        assert guide.region_for_country(country_for_territory(code) or "").id == "eu-eea-ch", code


def test_territory_from_locale_keeps_regions() -> None:
    assert territory_from_locale("es_419.UTF-8") == "419"
    assert territory_from_locale("fr") is None
