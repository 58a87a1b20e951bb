"""The objection text, ready to paste: in any of the assistant's languages whatever the assistant's own,
signed with the person's name, closing formally, and saying only what the person answered about the
switch; and the case number as it may be kept."""

from __future__ import annotations

import pytest

from app import i18n
from app.core.actions import ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND, ANSWER_OFF
from app.core.objection import case_setting, clean_case_number
from app.guide_text import objection_letter as letter

NBSP = "\u00a0"
EN_START = (
    "Dear Sir or Madam,\n\nI object to LinkedIn processing my personal data on the basis of its legitimate "
    "interests, as LinkedIn describes them in its privacy policy, in particular:\n"
)
EN_END = (
    "Please stop this processing of my data, and confirm in writing that my objection has been recorded and "
    "applied, with its case number.\n\nYours faithfully,\n"
)
FR_START = (
    "Madame, Monsieur,\n\nJe m’oppose au traitement de mes données personnelles par LinkedIn sur le fondement de "
    f"ses intérêts légitimes, tels que LinkedIn les décrit dans sa politique de confidentialité, en "
    f"particulier{NBSP}:\n"
)
FR_END = "Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n"

# What each answer lets the text say about the switch, in English and French: the switch switched off,
# found off, or nothing at all (the text then objects to the content-creating AI training too).
SAYS = {
    ANSWER_OFF: (
        "“Data for Generative AI Improvement” setting, which I have switched off.",
        f"«{NBSP}Données pour l’amélioration de l’IA générative{NBSP}», que j’ai désactivé.",
    ),
    ANSWER_ALREADY_OFF: (
        "“Data for Generative AI Improvement” setting, which is switched off in my account.",
        f"«{NBSP}Données pour l’amélioration de l’IA générative{NBSP}», qui est désactivé dans mon compte.",
    ),
    ANSWER_NOT_FOUND: (
        "- to train AI models that create content;\n",
        f"- pour entraîner des modèles d’IA qui créent du contenu{NBSP};\n",
    ),
    None: (
        "- to train AI models that create content;\n",
        f"- pour entraîner des modèles d’IA qui créent du contenu{NBSP};\n",
    ),
}
# Words that claim the person switched it off, or found it off: never said without that answer.
CLAIMS = ("switched off", "désactivé", "ausgeschaltet", "disattivat")


@pytest.mark.parametrize("answer", list(SAYS), ids=lambda a: str(a))
@pytest.mark.parametrize("assistant", ["en", "fr"])
def test_the_text_says_only_what_the_person_answered(guide, assistant, answer):
    i18n.set_language(assistant)
    extra = guide.extras["objection_form"]
    english, french = letter(extra, "en", answer, "Jane Doe"), letter(extra, "fr", answer, "Jane Doe")
    says_en, says_fr = SAYS[answer]
    assert english.startswith(EN_START) and english.endswith(EN_END + "Jane Doe\n")
    assert french.startswith(FR_START) and french.endswith(FR_END + "Jane Doe\n")
    assert says_en in english and says_fr in french
    if answer not in (ANSWER_OFF, ANSWER_ALREADY_OFF):
        for language in ("en", "fr", "de", "it"):
            text = letter(extra, language, answer)
            assert not any(claim in text for claim in CLAIMS), (language, text)
    i18n.set_language("en")


def test_the_whole_text_after_i_couldnt_find_it_in_english(guide):
    extra = guide.extras["objection_form"]
    assert letter(extra, "en", ANSWER_NOT_FOUND, "Jane Doe") == (
        EN_START + "- to train AI models that create content;\n"
        "- to personalise my feed, the jobs suggested to me and recommendations;\n"
        "- to develop and train its other AI models, the Hiring Assistant included.\n\n" + EN_END + "Jane Doe\n"
    )


@pytest.mark.parametrize(
    ("language", "opening", "closing", "says_off"),
    [
        (
            "de",
            "Sehr geehrte Damen und Herren,\n\nich widerspreche der Verarbeitung",
            "\n\nMit freundlichen Grüßen\nJane Doe\n",
            "„Daten zur Verbesserung generativer KI“ fällt; diese Einstellung habe ich ausgeschaltet.",
        ),
        (
            "it",
            "Spettabile LinkedIn,\n\ncon la presente mi oppongo al trattamento",
            "\n\nDistinti saluti,\nJane Doe\n",
            "«Dati per migliorare l’IA generativa», che ho disattivato.",
        ),
    ],
)
def test_german_and_italian_open_and_close_formally(guide, language, opening, closing, says_off):
    extra = guide.extras["objection_form"]
    text = letter(extra, language, ANSWER_OFF, "Jane Doe")
    assert text.startswith(opening) and text.endswith(closing)
    assert says_off in text


def test_no_name_leaves_no_empty_signature_line_and_a_hostile_name_stays_one_line(guide):
    extra = guide.extras["objection_form"]
    assert letter(extra, "en", ANSWER_OFF).endswith(EN_END)
    signed = letter(extra, "en", ANSWER_OFF, "Jane\nDoe\x1b[31m {name}")
    assert signed.endswith("Yours faithfully,\nJane Doe [31m {name}\n")


def test_case_numbers_are_kept_per_service_and_account_and_cleaned():
    assert case_setting("linkedin-ai-training", "") == "objection_case/linkedin-ai-training/"
    assert case_setting("linkedin-ai-training", "Work") == "objection_case/linkedin-ai-training/Work"
    assert clean_case_number("  240915-001234 \n") == "240915-001234"
    assert len(clean_case_number("9" * 500)) == 40
