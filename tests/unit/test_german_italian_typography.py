"""German and Italian typography over the whole of each catalog: the interface's texts, the guide's,
LinkedIn's labels.

German writes „…“ quotation marks, the typographic apostrophe (’) and addresses the reader as „Sie“;
Italian writes «…» with no space inside and the typographic apostrophe (l’IA, dell’account). Neither
puts a space before : ; ! ?. Each rule is checked on every translated message, so a new string that
breaks one fails here with the message quoted.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from ids import ascii_id

from app.resources import translations_dir


def translated(language: str) -> list[str]:
    """Every translated form of every message of `language`'s catalog, and of the guides' own catalogs."""
    own = sorted(translations_dir().parent.glob(f"resources/guides/*/translations/{language}/LC_MESSAGES/guide.po"))
    catalog = []
    for po in (translations_dir() / language / "LC_MESSAGES" / "messages.po", *own):
        with po.open("rb") as handle:
            catalog += list(read_po(handle))
    out = []
    for message in catalog:
        if message.id:
            out += [message.string] if isinstance(message.string, str) else list(message.string)
    assert len(out) > 300, f"the {language} catalog looks empty"
    return out


MESSAGES = {"de": translated("de"), "it": translated("it")}

# (language, pattern that must not occur, what it means)
RULES = [
    ("de", r"'", "a straight apostrophe: German writes ’"),
    ("it", r"'", "a straight apostrophe: Italian writes ’ (l’IA)"),
    ("de", r'"', "a straight double quote: German writes „…“"),
    ("it", r'"', "a straight double quote: Italian writes «…»"),
    ("de", r"[«»”]", "French or English quotation marks in German: „…“"),
    ("de", r"„[^“]*$", "„ opened and never closed with “"),
    ("it", r"[„“”]", "German or English quotation marks in Italian: «…»"),
    ("it", r"«[\s\u00a0\u202f]|[\s\u00a0\u202f]»", "a space inside «…»: Italian writes «IA»"),
    ("de", r"[\s\u00a0\u202f][:;!?]", "a space before : ; ! ?"),
    ("it", r"[\s\u00a0\u202f][:;!?]", "a space before : ; ! ?"),
    ("de", r"\.\.\.", "three dots: write …"),
    ("it", r"\.\.\.", "three dots: write …"),
    ("de", r"(?<![-\w])(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", "„du“: the assistant says „Sie“"),
    ("it", r"\b(Lei|La preghiamo|Suo|Sua)\b", "the formal „Lei“: the assistant says „tu“"),
    (
        "it",
        r"\b1[\s\u00a0](gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
        "the first of the month: Italian writes 1º",
    ),
]


@pytest.mark.parametrize(("language", "pattern", "meaning"), RULES, ids=[ascii_id(f"{r[0]}: {r[2]}") for r in RULES])
def test_typography(language: str, pattern: str, meaning: str) -> None:
    assert [text for text in MESSAGES[language] if re.search(pattern, text)] == [], meaning


def test_quotation_marks_around_linkedins_labels() -> None:
    """The assistant quotes LinkedIn's wording through one message: each language's own marks."""
    for language, marks in (("de", "„{text}“"), ("it", "«{text}»")):
        with (translations_dir() / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            assert read_po(handle).get("“{text}”").string == marks


@pytest.mark.parametrize(
    ("language", "planted"),
    [
        ("de", "Klicken Sie auf 'Weiter'."),
        ("de", "Klicken Sie auf «Weiter»."),
        ("de", "Hinweis : bitte prüfen"),
        ("de", "Öffne deine Einstellungen."),
        ("de", "Warten..."),
        ("it", "Apri l'app."),
        ("it", "Tocca “Avanti”."),
        ("it", "Tocca « Avanti »."),
        ("it", "Nota : controlla"),
        ("it", "La preghiamo di attendere."),
        ("it", "Dal 1 gennaio 2026."),
    ],
)
def test_each_rule_catches_its_mistake(language: str, planted: str) -> None:
    assert any(lang == language and re.search(pattern, planted) for lang, pattern, _meaning in RULES), planted
