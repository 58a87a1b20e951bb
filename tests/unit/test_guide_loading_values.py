"""A small guide file loads into exactly the records its TOML describes: every step, region, extra,
fact, source, label and date, nothing dropped, nothing added. Also what the catalog extracts from it.

DEMO_TOML is the smallest guide that uses every feature of the format; test_guide_loading_refusals.py
breaks it field by field.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from app.core.guide import (
    Action,
    Device,
    Extra,
    Fact,
    Facts,
    Guide,
    Region,
    Source,
    Step,
    Texts,
    format_fields,
    is_allowed_link,
    load_guide,
    parse_guide,
    translatable_strings,
)

DEMO_PATH = Path("/guides/demo/guide.toml")

DEMO_TOML = """
[guide]
id = "demo-guide"
version = 3
last_verified = 2026-01-15
service = "Demo"
allowed_hosts = ["www.demo.example", "demo.example"]
title = "Stop Demo from training its AI on your data"
receipt_title = "Receipt: Demo's AI training"

[links]
setting = "https://www.demo.example/settings/ai"
form = "https://demo.example/help/form"
ads = "https://www.demo.example/settings/ads"

[actions.switch]
kind = "setting"
link = "setting"
label = "Train the AI"
page_label = "AI data"

[texts]
intro = "Demo trains its AI on your posts."
switch = "Demo's AI switch"
afterwards = "Demo no longer trains on your posts."
recheck = "Check that Demo still does not train on your posts."

[facts.scope]
text = "The switch is about the AI that writes."
sources = ["s1"]

[facts.not_covered]
text = "It does not cover the feed."
sources = ["s1", "s2"]

[facts.stops_future_only]
text = "It stops future training only."
sources = ["s2"]

[facts.used]
text = "Posts and comments are used."
sources = ["s3"]

[facts.not_used]
text = "Messages are not used."
sources = ["s1"]

[facts.account_wide]
text = "Once is enough for the account."
sources = ["s3", "s1"]

[[regions]]
id = "eu"
name = "Europe"
countries = ["FR", "DE"]
history = "On by default since 2025."
extras = ["objection", "ads"]
notes = ["A note for Europe.", "A second note."]
sources = ["s2", "s1"]

[regions.extra_notes]
objection = "Complain to your regulator."

[[regions]]
id = "world"
name = "Elsewhere"
default = true
countries = []
history = "Always on by default."
extras = ["ads"]
sources = ["s3"]

[extras.objection]
link = "form"
title = "Object to other uses"
summary = "Send the form."
button = "Open the form"
done = "I sent the form"
sources = ["s2"]
[extras.objection.letter]
off = "I switched it off. {name}"
already_off = "It was off. {name}"
unconfirmed = "I object to the training too. {name}"

[extras.ads]
link = "ads"
title = "Stop ads sharing"
summary = "Switch the sharing off."
button = "Open the ads setting"
done = "I switched it off"
sources = ["s1", "s3"]

[[devices]]
id = "phone"
name = "Phone"
where = "on your phone"
hint = "the Demo app"
icon = "mdi6.cellphone"
handoff = "qr"

[[devices.steps]]
text = "Scroll to {section} and tap {label}."
section = "Your data"
label = "AI data"

[[devices.steps]]
text = "Switch off {label}."
label = "Train the AI"

[[devices]]
id = "web2"
name = "Computer"
where = "in a web browser"
hint = "demo.example"
icon = "mdi6.monitor"
handoff = "open"

[[devices.steps]]
text = "Click {label}."
label = "Train the AI"

[[sources]]
id = "s1"
publisher = "Demo Help"
title = "AI and your data"
url = "https://www.demo.example/help/1"

[[sources]]
id = "s2"
publisher = "Regulator"
about = "Statement on Demo"
date = 2025-11-03

[[sources]]
id = "s3"
publisher = "Another regulator"
title = "Guidance"
date = "2025-10"
"""


def demo_data() -> dict[str, Any]:
    """A fresh copy of the demo guide as parsed TOML, for a test to break."""
    return tomllib.loads(DEMO_TOML)


EXPECTED_FACTS = Facts(
    scope=Fact("The switch is about the AI that writes.", ("s1",)),
    not_covered=Fact("It does not cover the feed.", ("s1", "s2")),
    stops_future_only=Fact("It stops future training only.", ("s2",)),
    used=Fact("Posts and comments are used.", ("s3",)),
    not_used=Fact("Messages are not used.", ("s1",)),
    account_wide=Fact("Once is enough for the account.", ("s3", "s1")),
)

EXPECTED_REGIONS = (
    Region(
        id="eu",
        name="Europe",
        countries=frozenset({"FR", "DE"}),
        is_default=False,
        history="On by default since 2025.",
        extras=("objection", "ads"),
        notes=("A note for Europe.", "A second note."),
        extra_notes={"objection": "Complain to your regulator."},
        sources=("s2", "s1"),
        action="switch",
    ),
    Region(
        id="world",
        name="Elsewhere",
        countries=frozenset(),
        is_default=True,
        history="Always on by default.",
        extras=("ads",),
        notes=(),
        extra_notes={},
        sources=("s3",),
        action="switch",
    ),
)

EXPECTED_EXTRAS = {
    "objection": Extra(
        id="objection",
        link="https://demo.example/help/form",
        title="Object to other uses",
        summary="Send the form.",
        button="Open the form",
        done="I sent the form",
        sources=("s2",),
        letters={
            "off": "I switched it off. {name}",
            "already_off": "It was off. {name}",
            "unconfirmed": "I object to the training too. {name}",
        },
    ),
    "ads": Extra(
        id="ads",
        link="https://www.demo.example/settings/ads",
        title="Stop ads sharing",
        summary="Switch the sharing off.",
        button="Open the ads setting",
        done="I switched it off",
        sources=("s1", "s3"),
        letters={},
    ),
}

EXPECTED_DEVICES = (
    Device(
        id="phone",
        name="Phone",
        where="on your phone",
        hint="the Demo app",
        icon="mdi6.cellphone",
        handoff="qr",
        steps=(
            Step("Scroll to {section} and tap {label}.", "AI data", "Your data"),
            Step("Switch off {label}.", "Train the AI", None),
        ),
    ),
    Device(
        id="web2",
        name="Computer",
        where="in a web browser",
        hint="demo.example",
        icon="mdi6.monitor",
        handoff="open",
        steps=(Step("Click {label}.", "Train the AI", None),),
    ),
)

EXPECTED_SOURCES = (
    Source("s1", "Demo Help", "AI and your data", "https://www.demo.example/help/1", None),
    Source("s2", "Regulator", "Statement on Demo", None, "2025-11-03", quoted=False),
    Source("s3", "Another regulator", "Guidance", None, "2025-10"),
)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo" / "guide.toml"
    path.parent.mkdir()
    path.write_text(DEMO_TOML, encoding="utf-8")
    return path


def test_the_demo_guide_loads_into_exactly_what_its_file_says(demo_file: Path) -> None:
    guide = load_guide(demo_file)
    assert guide == Guide(
        folder=demo_file.parent,
        id="demo-guide",
        version=3,
        last_verified=dt.date(2026, 1, 15),
        service="Demo",
        receipt_title="Receipt: Demo's AI training",
        allowed_hosts=frozenset({"www.demo.example", "demo.example"}),
        title="Stop Demo from training its AI on your data",
        actions={
            "switch": Action(
                id="switch",
                kind="setting",
                link="https://www.demo.example/settings/ai",
                label="Train the AI",
                page_label="AI data",
            )
        },
        apps=(),
        facts=EXPECTED_FACTS,
        texts=Texts(
            intro="Demo trains its AI on your posts.",
            switch="Demo's AI switch",
            afterwards="Demo no longer trains on your posts.",
            recheck="Check that Demo still does not train on your posts.",
        ),
        regions=EXPECTED_REGIONS,
        extras=EXPECTED_EXTRAS,
        devices=EXPECTED_DEVICES,
        sources=EXPECTED_SOURCES,
        label_confidence={},  # the demo guide has no [label_confidence]: its catalogs are trusted
    )


def test_links_are_the_setting_and_the_extras_links(demo_file: Path) -> None:
    guide = load_guide(demo_file)
    assert guide.links == {
        "https://www.demo.example/settings/ai",
        "https://demo.example/help/form",
        "https://www.demo.example/settings/ads",
    }
    assert guide.label_context == "demo-guide label"


def test_look_ups_by_id_and_country(demo_file: Path) -> None:
    guide = load_guide(demo_file)
    assert guide.device("web2").name == "Computer"
    assert guide.region("world").name == "Elsewhere"
    assert guide.source("s3").publisher == "Another regulator"
    assert guide.region_for_country("de").id == "eu"
    assert guide.region_for_country("JP").id == "world"


@pytest.mark.parametrize(
    ("look_up", "unknown"),
    [("device", "tablet"), ("region", "mars"), ("source", "s9")],
)
def test_an_unknown_id_raises_key_error_naming_it(look_up: str, unknown: str) -> None:
    guide = parse_guide(demo_data(), DEMO_PATH)
    with pytest.raises(KeyError) as info:
        getattr(guide, look_up)(unknown)
    assert info.value.args == (unknown,)


def test_a_guide_without_extras_has_none() -> None:
    data = demo_data()
    del data["extras"]
    del data["regions"][0]["extra_notes"]
    data["regions"][0]["extras"] = []
    data["regions"][1]["extras"] = []
    guide = parse_guide(data, DEMO_PATH)
    assert guide.extras == {}
    assert [region.extras for region in guide.regions] == [(), ()]
    assert guide.links == {"https://www.demo.example/settings/ai"}


def test_a_device_may_have_twelve_steps() -> None:
    data = demo_data()
    data["devices"][1]["steps"] = [{"text": f"Step {n}: tap {{label}}.", "label": f"Button {n}"} for n in range(12)]
    steps = parse_guide(data, DEMO_PATH).device("web2").steps
    assert len(steps) == 12
    assert steps[11] == Step("Step 11: tap {label}.", "Button 11", None)


def test_an_extra_id_with_underscores_and_digits_is_accepted() -> None:
    data = demo_data()
    data["extras"]["ads_2"] = data["extras"].pop("ads")
    data["regions"][0]["extras"] = ["objection", "ads_2"]
    data["regions"][1]["extras"] = ["ads_2"]
    guide = parse_guide(data, DEMO_PATH)
    assert list(guide.extras) == ["objection", "ads_2"]
    assert guide.extras["ads_2"].id == "ads_2"


def test_translatable_strings_list_every_text_with_its_context_and_place(demo_file: Path) -> None:
    labels = "demo-guide label"
    assert translatable_strings(load_guide(demo_file)) == [
        (None, "Stop Demo from training its AI on your data", "guide.title"),
        (None, "Demo", "guide.service"),
        (None, "Receipt: Demo's AI training", "guide.receipt_title"),
        (labels, "Train the AI", "actions.switch.label"),
        (labels, "AI data", "actions.switch.page_label"),
        (None, "The switch is about the AI that writes.", "facts.scope"),
        (None, "It does not cover the feed.", "facts.not_covered"),
        (None, "It stops future training only.", "facts.stops_future_only"),
        (None, "Posts and comments are used.", "facts.used"),
        (None, "Messages are not used.", "facts.not_used"),
        (None, "Once is enough for the account.", "facts.account_wide"),
        (None, "Demo trains its AI on your posts.", "texts.intro"),
        (None, "Demo's AI switch", "texts.switch"),
        (None, "Demo no longer trains on your posts.", "texts.afterwards"),
        (None, "Check that Demo still does not train on your posts.", "texts.recheck"),
        (None, "Europe", "regions.eu.name"),
        (None, "On by default since 2025.", "regions.eu.history"),
        (None, "A note for Europe.", "regions.eu.notes"),
        (None, "A second note.", "regions.eu.notes"),
        (None, "Complain to your regulator.", "regions.eu.extra_notes.objection"),
        (None, "Elsewhere", "regions.world.name"),
        (None, "Always on by default.", "regions.world.history"),
        (None, "Object to other uses", "extras.objection"),
        (None, "Send the form.", "extras.objection"),
        (None, "Open the form", "extras.objection"),
        (None, "I sent the form", "extras.objection"),
        (None, "I switched it off. {name}", "extras.objection.letter.off"),
        (None, "It was off. {name}", "extras.objection.letter.already_off"),
        (None, "I object to the training too. {name}", "extras.objection.letter.unconfirmed"),
        (None, "Stop ads sharing", "extras.ads"),
        (None, "Switch the sharing off.", "extras.ads"),
        (None, "Open the ads setting", "extras.ads"),
        (None, "I switched it off", "extras.ads"),
        (None, "Phone", "devices.phone.name"),
        (None, "on your phone", "devices.phone.where"),
        (None, "the Demo app", "devices.phone.hint"),
        (None, "Scroll to {section} and tap {label}.", "devices.phone.steps.1"),
        (labels, "AI data", "devices.phone.steps.1"),
        (labels, "Your data", "devices.phone.steps.1.section"),
        (None, "Switch off {label}.", "devices.phone.steps.2"),
        (labels, "Train the AI", "devices.phone.steps.2"),
        (None, "Computer", "devices.web2.name"),
        (None, "in a web browser", "devices.web2.where"),
        (None, "demo.example", "devices.web2.hint"),
        (None, "Click {label}.", "devices.web2.steps.1"),
        (labels, "Train the AI", "devices.web2.steps.1"),
        (None, "Demo Help", "sources.s1"),
        (None, "Regulator", "sources.s2"),
        (None, "Statement on Demo", "sources.s2.about"),  # described: translated; a real title is not
        (None, "Another regulator", "sources.s3"),
    ]


# -- placeholders and links, on their own ---------------------------------------------------------


def test_doubled_braces_are_text_not_placeholders() -> None:
    assert format_fields("Type {{name}} in the box, then tap {label}.") == {"label"}
    assert format_fields("Just {{braces}}.") == set()


@pytest.mark.parametrize("text", ["Tap {label", "Tap label}", "Tap {label!r}", "Tap {label:>9}", "Tap {0}"])
def test_a_broken_placeholder_counts_as_malformed(text: str) -> None:
    assert format_fields(text) == {"<malformed>"}


HOSTS = frozenset({"www.demo.example", "demo.example"})


@pytest.mark.parametrize(
    "url",
    [
        "https://www.demo.example/settings\\ai",  # a backslash, which some browsers read as a slash
        "https://www.demo.example/settings\x7fai",  # DEL
        "https://www.demo.example/settings\x01ai",  # a control character that is not a space
        "https://www.demo.example:99999/settings",  # a port out of range: urlsplit refuses it
        "https://[www.demo.example/settings",  # an unclosed IPv6 bracket: urlsplit refuses it
    ],
)
def test_links_with_odd_characters_or_unparsable_parts_are_refused(url: str) -> None:
    assert not is_allowed_link(url, HOSTS)
    assert is_allowed_link("https://www.demo.example/settings/ai", HOSTS)


def test_a_link_with_a_port_is_refused_even_when_the_allowed_host_names_that_port() -> None:
    assert not is_allowed_link("https://www.demo.example:8443/settings", {"www.demo.example:8443"})
