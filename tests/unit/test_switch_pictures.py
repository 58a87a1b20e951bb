"""Step 6's pictures show the switch as the person finds it, green, and under it, smaller, the switch once
off, in no green: sources disagree on its colour when off (black, white), so the picture says only "no
longer green", as the step's sentence does."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.resources import guides_dir

SVG = "{http://www.w3.org/2000/svg}"
GREEN = "#01754f"  # LinkedIn's "on" switch
ILLUSTRATIONS = guides_dir() / "linkedin-ai-training" / "illustrations"


def fills(element: ET.Element) -> list[str]:
    return [e.get("fill", "") for e in element.iter() if e.tag in (f"{SVG}rect", f"{SVG}circle")]


@pytest.mark.parametrize("device", ["iphone", "android", "browser"])
def test_the_last_step_shows_the_switch_on_then_off(device: str) -> None:
    root = ET.parse(ILLUSTRATIONS / device / "step-6.svg").getroot()
    after = [g for g in root.iter(f"{SVG}g") if g.get("class") == "after"]
    assert len(after) == 1  # the switch once off, drawn once, in the magnified inset
    [off] = after
    assert GREEN not in fills(off)  # off: not green
    track = next(e for e in off.iter(f"{SVG}rect"))
    knob = next(e for e in off.iter(f"{SVG}circle"))
    left = float(track.get("x", "0"))
    width = float(track.get("width", "0"))
    assert float(knob.get("cx", "0")) < left + width / 2  # the knob on the left: off
    assert width < 52  # smaller than the switch as found
    assert GREEN in fills(root)  # and the switch as found is green


@pytest.mark.parametrize("device", ["iphone", "android", "browser"])
def test_the_other_steps_show_no_switch_off(device: str) -> None:
    for n in range(1, 6):
        root = ET.parse(ILLUSTRATIONS / device / f"step-{n}.svg").getroot()
        assert not [g for g in root.iter(f"{SVG}g") if g.get("class") == "after"], n
