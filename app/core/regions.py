"""Countries: their localised names (babel/CLDR) and the guess from the system locale.

Which region group a country belongs to is guide data (``Guide.region_for_country``); this module
only knows about countries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# CLDR territory codes that are not countries a LinkedIn account can be based in.
_NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})


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


def country_from_locale(locale_name: str) -> str | None:
    """The country of a locale name such as "fr_CH", "en-GB" or "fr_FR.UTF-8", if it names one."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return None
