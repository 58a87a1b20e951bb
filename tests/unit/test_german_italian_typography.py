"""German and Italian typography over the whole of each catalog: the interface's texts, the guide's,
LinkedIn's labels.

German writes „…“ quotation marks, the typographic apostrophe (’) and addresses the reader as „Sie“;
Italian writes «…» with no space inside and the typographic apostrophe (l’IA, dell’account), and
addresses the reader as „Lei“ (Tocchi «Avanti», il Suo account). Neither puts a space before : ; ! ?.
Each rule is checked on every translated message, so a new string that breaks one fails here with the
message quoted. LinkedIn's labels are LinkedIn's own words (its Italian menu says „Tu“): the rule on
the Italian register leaves them out.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from ids import ascii_id

from app.resources import translations_dir


def translated(language: str, labels: bool = True) -> list[str]:
    """Every translated form of every message of `language`'s catalog, and of the guides' own catalogs;
    without the service's labels (context "… label") when `labels` is False."""
    own = sorted(translations_dir().parent.glob(f"resources/guides/*/translations/{language}/LC_MESSAGES/guide.po"))
    catalog = []
    for po in (translations_dir() / language / "LC_MESSAGES" / "messages.po", *own):
        with po.open("rb") as handle:
            catalog += list(read_po(handle))
    out = []
    for message in catalog:
        if message.id and (labels or not (message.context or "").endswith(" label")):
            out += [message.string] if isinstance(message.string, str) else list(message.string)
    assert len(out) > 300, f"the {language} catalog looks empty"
    return out


MESSAGES = {"de": translated("de"), "it": translated("it")}
# How the assistant addresses the person: its own words only, not the service's labels it quotes.
OWN_WORDS = {"it": translated("it", labels=False)}

# Informal Italian: the „tu“ pronouns and possessives, the „tu“ forms of the verbs the catalog uses (hai,
# puoi, tocca, scegli, di’…) and those with a pronoun attached (fallo, opponiti). Not „apri“ nor „controlla“:
# buttons keep the usual command form („Apri“, „Controlla ora“: what the person tells the assistant to
# do), and „controlla“ is also the third person („LinkedIn controlla“).
INFORMAL_ITALIAN = (
    r"(?i)\b(tu|ti|te|tuo|tua|tuoi|tue"
    r"|hai|avevi|puoi|vuoi|devi|vivi|sai|eri"
    r"|tocca|toccalo|scegli|sceglila|premi|vai|fai|fallo|clicca|cliccaci|scorri|vedi"
    r"|ricontrolla|controllalo|incollalo|rendilo|reinstallalo|disattivala|aprila"
    r"|opponiti|opporti|farti|mostrarti)\b|\bdi’(?!\w)"
)
INFORMAL = "the informal „tu“: the assistant says „Lei“"

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
    ("it", INFORMAL_ITALIAN, INFORMAL),
    (
        "it",
        r"\b1[\s\u00a0](gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
        "the first of the month: Italian writes 1º",
    ),
]


@pytest.mark.parametrize(("language", "pattern", "meaning"), RULES, ids=[ascii_id(f"{r[0]}: {r[2]}") for r in RULES])
def test_typography(language: str, pattern: str, meaning: str) -> None:
    texts = OWN_WORDS[language] if meaning == INFORMAL else MESSAGES[language]
    assert [text for text in texts if re.search(pattern, text)] == [], meaning


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
        ("it", "Tocca la tua foto del profilo."),
        ("it", "Se LinkedIn rifiuta, puoi presentare un reclamo."),
        ("it", "Fallo invece da un computer."),
        ("it", "Apri la pagina, poi di’ che cosa vedi."),
        ("it", "Dal 1 gennaio 2026."),
    ],
)
def test_each_rule_catches_its_mistake(language: str, planted: str) -> None:
    assert any(lang == language and re.search(pattern, planted) for lang, pattern, _meaning in RULES), planted


@pytest.mark.parametrize(
    "polite",
    [
        "Tocchi la Sua foto del profilo in alto a sinistra.",
        "Se LinkedIn rifiuta, può presentare un reclamo.",
        "Il numero di pratica che LinkedIn Le ha dato per la Sua opposizione:",
        "Apri il modulo",
        "Controlla ora",
        "LinkedIn usa ciò che Lei condivide sulla piattaforma per addestrare la sua IA.",
    ],
)
def test_the_polite_italian_passes_the_register_rule(polite: str) -> None:
    """The rule against „tu“ does not catch „Lei“, its „Suo“ or the buttons' usual command form."""
    assert not re.search(INFORMAL_ITALIAN, polite), polite
