"""The welcome page says what the path asks, truly for each service (issue 25, point 7): its number of short
steps, "up to" where its devices differ, and no promise of minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from ids import guide_path

from app import i18n
from app.core.guide import load_guide
from app.guide_text import length_line

CHATTERLY = Path(__file__).resolve().parents[1] / "fixtures" / "guides" / "chatterly-ai-training" / "guide.toml"


@pytest.fixture(autouse=True)
def english():  # type: ignore[no-untyped-def]
    yield
    i18n.set_language("en")


def test_linkedin_has_six_steps_on_every_device() -> None:
    i18n.set_language("en")
    assert length_line(load_guide(guide_path())) == (
        "6 short steps, one screen at a time, in plain words. Take the time you need."
    )
    i18n.set_language("de")
    assert length_line(load_guide(guide_path())) == (
        "6 kurze Schritte, ein Bildschirm nach dem anderen, in einfachen Worten. Nehmen Sie sich die Zeit, die Sie "
        "brauchen."
    )


def test_devices_of_four_and_five_steps_say_up_to_five() -> None:
    i18n.set_language("en")
    assert length_line(load_guide(CHATTERLY)) == (
        "Up to 5 short steps, one screen at a time, in plain words. Take the time you need."
    )
    i18n.set_language("fr")
    assert length_line(load_guide(CHATTERLY)) == (
        "Jusqu’à 5 étapes courtes, un écran à la fois, avec des mots simples. Prenez le temps qu’il vous faut."
    )
