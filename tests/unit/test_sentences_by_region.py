"""Which of the re-audited sentences (2026-12-04) each region shows, in each language: a table, read from
what the `guide` command puts before the person (the region's history and notes, the facts, the extras
with their notes), never from the guide file itself.

A row is a country standing for its region; a sentence is found by a literal part of it in each
language, so a translation that drops or changes it fails here too."""

from __future__ import annotations

import pytest

from app import i18n
from app.core.guide import Guide
from app.guide_command import guide_document

LANGUAGES = ("en", "fr", "de", "it")

# A literal part of each sentence, in each language (English, French, German, Italian).
SENTENCES = {
    # The Irish DPC's conditions and "has not approved" (EU and EEA only).
    "dpc": (
        "the Commission says it has not approved this use",
        "l’autorité précise qu’elle n’a pas approuvé cette utilisation",
        "die Behörde betont, dass sie diese Nutzung nicht genehmigt hat",
        "l’autorità precisa di non aver approvato questo uso",
    ),
    # Where to complain in the EU and EEA: the Irish DPC, or one's own authority.
    "eu-complaint": (
        "complain to the Irish Data Protection Commission, LinkedIn's lead authority in the EU",
        "l’autorité irlandaise de protection des données (Data Protection Commission), chef de file pour LinkedIn "
        "dans l’UE",
        "bei der irischen Datenschutzbehörde (Data Protection Commission)",
        "all’autorità irlandese per la protezione dei dati (Data Protection Commission), capofila per LinkedIn nell’UE",
    ),
    # Switzerland's authority, to whom a person reports.
    "fdpic": (
        "report it to the Federal Data Protection and Information Commissioner (FDPIC)",
        "le signaler au Préposé fédéral à la protection des données et à la transparence (PFPDT)",
        "dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) melden",
        "segnalarlo all’Incaricato federale della protezione dei dati e della trasparenza (IFPDT)",
    ),
    # The example of one country's authority, never given to a Swiss reader.
    "cnil-or-garante": ("CNIL", "CNIL", "CNIL", "Garante per la protezione dei dati personali)"),
    "uk-microsoft": (
        "the same switch also stops LinkedIn from sharing your data with Microsoft",
        "ce même réglage empêche aussi LinkedIn de partager vos données avec Microsoft",
        "verhindert derselbe Schalter außerdem, dass LinkedIn Ihre Daten mit Microsoft teilt",
        "lo stesso interruttore impedisce anche a LinkedIn di condividere i Suoi dati con Microsoft",
    ),
    "ico": (
        "Information Commissioner's Office (ICO)",
        "Information Commissioner’s Office (ICO)",
        "Information Commissioner’s Office (ICO)",
        "Information Commissioner’s Office (ICO)",
    ),
    # Outside Europe, the global policy lets LinkedIn share public posts with Microsoft.
    "public-posts": (
        "LinkedIn's privacy policy also lets it share your public posts with Microsoft",
        "lui permet aussi de partager vos publications publiques avec Microsoft",
        "Ihre öffentlichen Beiträge mit Microsoft für dessen eigene Dienste zu teilen",
        "di condividere i Suoi post pubblici con Microsoft",
    ),
    # Only LinkedIn's U.S. notice says that Microsoft may show the ads anywhere.
    "ads-anywhere": (
        "Microsoft may show these ads anywhere",
        "Microsoft peut afficher ces publicités partout",
        "Microsoft diese Anzeigen überall zeigen darf",
        "Microsoft può mostrare questi annunci ovunque",
    ),
    # The form as a second way to object to the training itself.
    "form-second-way": (
        "This form lets you object to the same AI training with a choice of its own",
        "Ce formulaire vous permet de vous opposer à ce même entraînement de l’IA, avec un choix qui lui est propre",
        "Mit diesem Formular können Sie demselben KI-Training mit einer eigenen Auswahl widersprechen",
        "Questo modulo permette di opporsi allo stesso addestramento dell’IA con una scelta apposita",
    ),
    # Affiliates ("the other companies of its group"), Microsoft included: what the switch is about, said to
    # every region.
    "affiliates": (
        "trained by LinkedIn and by the other companies of its group, Microsoft included",
        "entraînée par LinkedIn et par les autres sociétés de son groupe, Microsoft compris",
        "von LinkedIn und den anderen Unternehmen seines Konzerns trainiert wird, Microsoft eingeschlossen",
        "addestrata da LinkedIn e dalle altre società del suo gruppo, Microsoft compresa",
    ),
    # The misdated "since 23 February 2026", said nowhere any more.
    "february-2026": ("23 February 2026", "23\u00a0février 2026", "23.\u00a0Februar 2026", "23 febbraio 2026"),
    # "answers with a case number" was weakly sourced: said nowhere any more.
    "answers-case-number": (
        "answers with a case number",
        "répond avec un numéro de dossier",
        "antwortet mit einer Fallnummer",
        "risponde con un numero di pratica",
    ),
}

EVERYWHERE = {"affiliates"}
TABLE = {
    "FR": {"dpc", "eu-complaint", "cnil-or-garante", "form-second-way"},
    "DE": {"dpc", "eu-complaint", "cnil-or-garante", "form-second-way"},
    "CH": {"fdpic", "form-second-way"},
    "GB": {"uk-microsoft", "ico", "form-second-way"},
    "CA": {"public-posts", "form-second-way"},
    "HK": {"public-posts", "form-second-way"},
    "JE": {"form-second-way"},
    "US": {"public-posts", "ads-anywhere"},
    "IN": {"public-posts"},
}


def shown(guide: Guide, country: str, language: str) -> str:
    """Everything the guide command shows a person living in `country` about their region, in `language`."""
    i18n.set_language(language)
    try:
        doc = guide_document(guide, country, "browser", None)
    finally:
        i18n.set_language("en")
    keys = ("scope", "not_covered", "stops_future_only", "used", "not_used", "account_wide")
    parts = [doc["region"]["history"], *doc["notes"], *(doc[key] for key in keys)]
    parts += [text for extra in doc["extras"] for text in (extra["title"], extra["text"])]
    return "\n".join(parts)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("country", list(TABLE))
def test_each_region_shows_exactly_its_sentences(guide: Guide, country: str, language: str) -> None:
    text = shown(guide, country, language)
    index = LANGUAGES.index(language)
    found = {key for key, words in SENTENCES.items() if words[index] in text}
    expected = TABLE[country] | EVERYWHERE
    if language in ("en", "de"):
        expected -= {"cnil-or-garante"}  # the example of one country's authority is in French and Italian only
    assert found == expected


def test_the_swiss_reader_is_never_sent_to_another_countrys_authority(guide: Guide) -> None:
    for language in LANGUAGES:
        text = shown(guide, "CH", language)
        for other in ("CNIL", "(in Italia", "Irish", "irlandaise", "irischen", "irlandese"):
            assert other not in text, (language, other)
