"""The objection text, ready to paste: in English or French whatever the assistant's language, signed
with the person's name; and LinkedIn's case number as it may be kept."""

from __future__ import annotations

import pytest

from app import i18n
from app.core.objection import case_setting, clean_case_number, letter

EN_START = (
    "Hello,\n\nI object to LinkedIn processing my personal data on the basis of its legitimate interests, "
    "as LinkedIn describes them in its privacy policy, in particular:\n"
)
FR_START = (
    "Bonjour,\n\nJe m’oppose au traitement de mes données personnelles par LinkedIn sur le fondement de ses "
    "intérêts légitimes, tels que LinkedIn les décrit dans sa politique de confidentialité, en particulier\u00a0:\n"
)


@pytest.mark.parametrize("assistant", ["en", "fr"])
def test_the_text_in_either_language_whatever_the_assistants(guide, assistant):
    i18n.set_language(assistant)
    extra = guide.extras["objection_form"]
    english = letter(extra, "en", "Jane Doe")
    french = letter(extra, "fr", "Jane Doe")
    assert english.startswith(EN_START)
    assert "“Data for Generative AI Improvement” setting, which I have already switched off." in english
    assert english.endswith("with its case number.\n\nThank you,\nJane Doe\n")
    assert french.startswith(FR_START)
    assert "«\u00a0Données pour l’amélioration de l’IA générative\u00a0», que j’ai déjà désactivé." in french
    assert french.endswith("en m’indiquant son numéro de dossier.\n\nMerci,\nJane Doe\n")
    i18n.set_language("en")


def test_no_name_leaves_no_empty_signature_line_and_a_hostile_name_stays_one_line(guide):
    extra = guide.extras["objection_form"]
    assert letter(extra, "en").endswith("with its case number.\n\nThank you,\n")
    signed = letter(extra, "en", "Jane\nDoe\x1b[31m {name}")
    assert signed.endswith("Thank you,\nJane Doe [31m {name}\n")


def test_case_numbers_are_kept_per_service_and_account_and_cleaned():
    assert case_setting("linkedin-ai-training", "") == "objection_case/linkedin-ai-training/"
    assert case_setting("linkedin-ai-training", "Work") == "objection_case/linkedin-ai-training/Work"
    assert clean_case_number("  240915-001234 \n") == "240915-001234"
    assert len(clean_case_number("9" * 500)) == 40
