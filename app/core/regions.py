"""Countries: their localised names (babel/CLDR) and the guess from the system locale.

Which region group a country belongs to is guide data (``Guide.region_for_country``); this module
only knows about countries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# CLDR territory codes that are not countries a person can live in, or are part of one.
_NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})
# CLDR territories that are part of a listed country: a computer set to "es_IC" lives in Spain.
TERRITORY_PARENTS = {
    "IC": "ES",  # Canary Islands: Spain, an outermost region of the EU
    "EA": "ES",  # Ceuta and Melilla: Spain, in the EU
    "CQ": "GG",  # Sark: part of the Bailiwick of Guernsey
    "AC": "SH",  # Ascension Island: part of St Helena, Ascension and Tristan da Cunha
    "TA": "SH",  # Tristan da Cunha: likewise
    "DG": "IO",  # Diego Garcia: the British Indian Ocean Territory
}


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # in the display language


def sort_key(text: str) -> str:
    """Accent- and case-insensitive key, so that "États-Unis" sorts among the E's."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=4)
def countries(language: str) -> tuple[Country, ...]:
    """Every country, named in `language` and sorted for that reader."""
    from babel import Locale  # babel's territory data costs ~13 ms: load it when first asked

    names = Locale.parse(language).territories
    found = [
        Country(code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(found, key=lambda c: sort_key(c.name)))


def country_name(code: str, language: str) -> str:
    for country in countries(language):
        if country.code == code:
            return country.name
    return code


def territory_from_locale(locale_name: str) -> str | None:
    """The territory a locale name names: "CH" for "fr_CH", "419" for "es-419", None for "fr"."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    for part in parts[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            return part.upper()
    return None


def is_country(code: str) -> bool:
    """Whether `code` is exactly one of the listed countries' codes ("FR"; not "fr", "ZZ" or "EU")."""
    return code in _country_codes()


def country_for_territory(code: str) -> str | None:
    """The listed country a territory code is, or belongs to; None for a region ("419") or "EU"."""
    code = TERRITORY_PARENTS.get(code.upper(), code.upper())
    return code if code in _country_codes() else None


def country_from_locale(locale_name: str) -> str | None:
    """The listed country of a locale name such as "fr_CH", "es_IC" or "fr_FR.UTF-8", if it has one."""
    territory = territory_from_locale(locale_name)
    return country_for_territory(territory) if territory else None


def territory_name(code: str, language: str) -> str:
    """A territory's name in `language` ("Latin America" for "419"), or the code if babel has none."""
    from babel import Locale

    return str(Locale.parse(language).territories.get(code, code))


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(country.code for country in countries("en"))
