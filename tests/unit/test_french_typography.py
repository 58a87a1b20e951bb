"""French typography over the whole French catalog: the interface's texts, the guide's, LinkedIn's labels.

French writes the typographic apostrophe (’), « guillemets » with no-break spaces inside, a no-break
space before : ; ! ?, "1er" for the first of the month, and no capital letter in the middle of a
sentence except for names. Each rule is checked on every translated message, so a new string that
breaks one fails here with the message quoted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "translations" / "fr" / "LC_MESSAGES" / "messages.po"
# The guides that keep their texts in their own folder (scripts/translations.py --guide) follow the same rules.
GUIDE_POS = sorted(ROOT.glob("resources/guides/*/translations/fr/LC_MESSAGES/guide.po"))
NBSP = "\u00a0\u202f"  # no-break space, narrow no-break space
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# Names that keep their capital inside a sentence: services, products, places, institutions, acronyms.
NAMES = {
    "LinkedIn",
    "GNU",  # the licences (the About window)
    "GPL",
    "Qt",
    "PySide6",
    "Microsoft",
    "iPhone",
    "Android",
    "Google",
    "Meta",
    # Meta's guide (resources/guides/meta-ai-training): its apps, Accounts Center (« Espace Comptes »), its sources.
    "Facebook",
    "Instagram",
    "WhatsApp",
    "Comptes",
    "Allemagne",
    "Cologne",
    "Sénat",
    "Fédération",
    "NRW",
    "Age",
    "Today",
    "Global",
    "Privacy",
    "Control",
    "Data",
    "Protection",
    "Commission",
    "Information",
    "Commissioner’s",
    "Office",
    "Commissioner",
    "Personal",
    "Hong",
    "Kong",
    "Canada",
    "Jersey",
    "Guernesey",
    "Man",
    "Gibraltar",
    "Irlande",
    "Belgique",
    "Luxembourg",
    "Royaume-Uni",
    "Europe",
    "UE",
    "EEE",
    "Suisse",
    "Madame",  # the letter's formal opening and closing
    "Monsieur",
    "Préposé",  # the Swiss authority's title: « Préposé fédéral à la protection des données »
    "Californie",
    "CNPD",  # Luxembourg's authority
    "Union",
    "Espace",
    "Hiring",
    "Assistant",
    "Aide",
    "IA",
    "CV",
    "CNIL",
    "CPVP",
    "ICO",
    "OPC",
    "PCPD",
    "PDF",
    "JSON",
    "UTC",
    "URL",
    "QR",
    "FR",
    "BE",
    "CA",
    "Commissariat",
    "États-Unis",
    "Policy",
    "Notice",
    "European",
    "Regional",
    "Opt-Out",
    "Windows",
    "macOS",
    "Préférences",
    "Confidentialité",
    "Vous",
    "Accueil",
    "Voir",
    "Utiliser",
    "Données",
    "S’identifier",
    "Comment",
    "Suivant",
    "Précédent",
    "Autorité",
    "France",
    "Islande",
    "Liechtenstein",
    "Norvège",
    # LinkedIn's English page titles, cited as published.
    "AI",
    "GAI",
    # ChatGPT's guide: the service, its maker, the places its regulators sit.
    "ChatGPT",
    "OpenAI",
    "Québec",
    "Colombie-Britannique",
    "Rome",
    "Roma",  # « Tribunale di Roma », the court's own name
}


def french_messages() -> list[tuple[str, str]]:
    """(English, French) for every translated message, LinkedIn's labels included."""
    catalog = []
    for po in (PO, *GUIDE_POS):
        with po.open("rb") as handle:
            catalog += list(read_po(handle))
    out = []
    for message in catalog:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[0]
        french = message.string if isinstance(message.string, str) else message.string[0]
        out.append((english, french))
    assert len(out) > 150, "the French catalog looks empty"
    return out


MESSAGES = french_messages()


def offending(pattern: str) -> list[str]:
    return [french for _english, french in MESSAGES if re.search(pattern, french)]


def test_typographic_apostrophe_everywhere() -> None:
    assert offending("'") == []


def test_french_quotation_marks_with_no_break_spaces() -> None:
    assert offending('["“”]') == [], 'French quotes with « », not " or “ ”'
    assert offending(f"«[^{NBSP}]") == []
    assert offending(f"[^{NBSP}]»") == []


def test_no_break_space_before_high_punctuation() -> None:
    # A plain space, or no space at all, before : ; ! ? (a link's "https://" is not punctuation).
    assert offending(f"[^{NBSP}](?<!https)[:;!?](?!//)") == []


def test_first_of_the_month_is_1er() -> None:
    assert offending(rf"\b1[ {NBSP}]({MONTHS})") == []


def test_no_capital_in_the_middle_of_a_sentence() -> None:
    found = []
    for _english, french in MESSAGES:
        for match in re.finditer(r"(?<=[a-zà-ÿ,] )([A-ZÀ-Ý][\w’-]*)", french):
            if match.group(1) not in NAMES:
                found.append((match.group(1), french))
    assert found == []


@pytest.mark.parametrize(
    ("planted", "rule"),
    [
        ("Données pour l'amélioration", test_typographic_apostrophe_everywhere),
        ("Pays : France", test_no_break_space_before_high_punctuation),
        ("le 1 novembre", test_first_of_the_month_is_1er),
        ("« Préférences»", test_french_quotation_marks_with_no_break_spaces),
        ("sur Téléphone", test_no_capital_in_the_middle_of_a_sentence),
    ],
)
def test_each_rule_catches_its_mistake(planted: str, rule: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(__import__(__name__, fromlist=["MESSAGES"]), "MESSAGES", [("x", planted)])
    with pytest.raises(AssertionError):
        rule()  # type: ignore[operator]
