"""A guide's actions ([actions.<id>], each of a kind of app/core/actions.py), its apps ([[apps]], with
`app = ...` on each step) and each region's `action` load into exactly the records the TOML describes, and
every broken variant is refused with one exact sentence naming the field.

SHAPES_TOML is a small guide of the other shape: a form in one region, nothing to do in the other, and
two apps whose steps each device walks one after the other.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.guide import Action, App, Guide, GuideError, Step, parse_guide, translatable_strings

SHAPES_PATH = Path("/guides/shapes/guide.toml")

SHAPES_TOML = """
[guide]
id = "shapes-guide"
version = 2
last_verified = 2026-03-01
service = "Shapes"
allowed_hosts = ["www.shapes.example"]
title = "Object to Shapes training its AI"
receipt_title = "Receipt: Shapes and its AI"

[links]
objection = "https://www.shapes.example/help/object"
audience = "https://www.shapes.example/settings/audience"
unused = "https://www.shapes.example/settings/other"

[actions.object]
kind = "form"
link = "objection"
label = "Object to AI use"
page_label = "Your privacy"

[actions.no_way]
kind = "none"
text = "Shapes offers no way out in this region."

[texts]
intro = "Shapes trains its AI on your posts."
switch = "Shapes's objection form"
afterwards = "Shapes no longer trains on your posts."
recheck = "Look for new notices from Shapes."

[facts.scope]
text = "The objection is about Shapes's AI."
sources = ["s1"]

[facts.not_covered]
text = "It does not cover messages."
sources = ["s1"]

[facts.stops_future_only]
text = "It stops future training only."
sources = ["s1"]

[facts.used]
text = "Public posts are used."
sources = ["s1"]

[facts.not_used]
text = "Messages are not used."
sources = ["s1"]

[facts.account_wide]
text = "One objection covers the account."
sources = ["s1"]

[[apps]]
id = "circles"
name = "Circles"

[[apps]]
id = "squares"
name = "Squares"

[[regions]]
id = "europe"
name = "Europe"
countries = ["FR", "DE"]
action = "object"
history = "Trained on posts since 2025."
extras = ["audience"]
sources = ["s1"]

[[regions]]
id = "elsewhere"
name = "Elsewhere"
default = true
countries = []
action = "no_way"
history = "Trained on posts since 2023."
extras = ["audience"]
sources = ["s1"]

[extras.audience]
link = "audience"
title = "Limit your past posts"
summary = "Make them visible to friends only."
button = "Open the audience setting"
done = "I limited them"
sources = ["s1"]

[[devices]]
id = "phone"
name = "Phone"
where = "on your phone"
hint = "the Circles and Squares apps"
icon = "mdi6.cellphone"
handoff = "qr"

[[devices.steps]]
app = "circles"
text = "Open Circles and tap {label}."
label = "Menu"

[[devices.steps]]
app = "circles"
text = "Tap {label}."
label = "Privacy Centre"

[[devices.steps]]
app = "squares"
text = "Open Squares and tap {label}, then send the form."
label = "AI at Squares"

[[devices]]
id = "desktop"
name = "Computer"
where = "on your computer"
hint = "www.shapes.example"
icon = "mdi6.monitor"
handoff = "open"

[[devices.steps]]
app = "circles"
text = "Click {label}."
label = "Privacy Centre"

[[devices.steps]]
app = "squares"
text = "Click {label}."
label = "Profile"

[[devices.steps]]
app = "squares"
text = "Click {label}, then send the form."
label = "AI at Squares"

[[sources]]
id = "s1"
publisher = "Shapes Help"
title = "Shapes and AI"
url = "https://www.shapes.example/help/ai"
"""

OBJECTION_URL = "https://www.shapes.example/help/object"
AUDIENCE_URL = "https://www.shapes.example/settings/audience"

FORM = Action("object", "form", OBJECTION_URL, "Object to AI use", "Your privacy", None)
NOTHING = Action("no_way", "none", None, None, None, "Shapes offers no way out in this region.")

PHONE_STEPS = (
    Step("Open Circles and tap {label}.", "Menu", None, None, "circles"),
    Step("Tap {label}.", "Privacy Centre", None, None, "circles"),
    Step("Open Squares and tap {label}, then send the form.", "AI at Squares", None, None, "squares"),
)
DESKTOP_STEPS = (
    Step("Click {label}.", "Privacy Centre", None, None, "circles"),
    Step("Click {label}.", "Profile", None, None, "squares"),
    Step("Click {label}, then send the form.", "AI at Squares", None, None, "squares"),
)

# Every label the guide quotes, all verified: a French table the tests below break one label at a time.
ALL_HIGH = {
    label: "high"
    for label in ("Object to AI use", "Your privacy", "Menu", "Privacy Centre", "AI at Squares", "Profile")
}


def shapes_data() -> dict[str, Any]:
    """A fresh copy of the shapes guide as parsed TOML, for a test to change."""
    return tomllib.loads(SHAPES_TOML)


def load(data: dict[str, Any]) -> Guide:
    return parse_guide(data, SHAPES_PATH)


def shapes() -> Guide:
    return load(shapes_data())


def without_apps(data: dict[str, Any]) -> dict[str, Any]:
    """The guide as a service in one piece: no [[apps]], and no step names one."""
    del data["apps"]
    for device in data["devices"]:
        for step in device["steps"]:
            del step["app"]
    return data


def with_one_action(data: dict[str, Any]) -> dict[str, Any]:
    """The guide with its form only, and no region naming an action."""
    del data["actions"]["no_way"]
    for region in data["regions"]:
        del region["action"]
    return data


def check(data: dict[str, Any], field: str, problem: str) -> None:
    with pytest.raises(GuideError) as info:
        load(data)
    error = info.value
    assert str(error) == f"/guides/shapes/guide.toml: {field}: {problem}"
    assert (error.path, error.field, error.problem) == ("/guides/shapes/guide.toml", field, problem)


# Loading: exact records.


def test_the_actions_load_in_the_order_declared() -> None:
    guide = shapes()
    assert list(guide.actions.items()) == [("object", FORM), ("no_way", NOTHING)]
    assert FORM.labels == ("Object to AI use", "Your privacy")
    assert NOTHING.labels == ()


def test_the_apps_load_in_order() -> None:
    guide = shapes()
    assert guide.apps == (App("circles", "Circles"), App("squares", "Squares"))
    assert guide.app_ids == ("circles", "squares")


def test_each_step_knows_its_app() -> None:
    guide = shapes()
    assert [device.id for device in guide.devices] == ["phone", "desktop"]
    assert guide.devices[0].steps == PHONE_STEPS
    assert guide.devices[1].steps == DESKTOP_STEPS


def test_each_region_names_its_action() -> None:
    guide = shapes()
    assert [(region.id, region.action) for region in guide.regions] == [("europe", "object"), ("elsewhere", "no_way")]
    assert guide.action_for(guide.region("europe")) == FORM
    assert guide.action_for(guide.region("elsewhere")) == NOTHING


def test_the_main_action_is_the_first_declared() -> None:
    assert shapes().main_action == FORM
    data = shapes_data()
    data["actions"] = {"no_way": data["actions"]["no_way"], "object": data["actions"]["object"]}
    assert load(data).main_action == NOTHING


def test_no_quick_action_when_the_regions_differ() -> None:
    assert shapes().quick_action is None


def test_the_quick_action_is_the_one_every_region_shares_when_it_has_a_link() -> None:
    data = shapes_data()
    data["regions"][1]["action"] = "object"
    assert load(data).quick_action == FORM


def test_no_quick_action_when_the_shared_one_is_none() -> None:
    data = shapes_data()
    data["regions"][0]["action"] = "no_way"
    assert load(data).quick_action is None


def test_a_setting_loads_with_its_page_and_a_form_may_have_none() -> None:
    data = shapes_data()
    data["actions"]["object"]["kind"] = "setting"
    assert load(data).actions["object"] == FORM._replace(kind="setting")
    data = shapes_data()
    del data["actions"]["object"]["page_label"]
    assert load(data).actions["object"] == FORM._replace(page_label=None)


def test_app_looks_an_app_up_by_its_id() -> None:
    guide = shapes()
    assert guide.app("circles") == App("circles", "Circles")
    assert guide.app("squares") == App("squares", "Squares")
    assert guide.app("triangles") is None
    assert guide.app("") is None


def test_steps_in_gives_one_apps_steps() -> None:
    phone, desktop = shapes().devices
    assert phone.steps_in("circles") == PHONE_STEPS[:2]
    assert phone.steps_in("squares") == PHONE_STEPS[2:]
    assert desktop.steps_in("circles") == DESKTOP_STEPS[:1]
    assert desktop.steps_in("squares") == DESKTOP_STEPS[1:]
    assert phone.steps_in("") == ()


def test_a_guide_without_apps() -> None:
    guide = load(without_apps(shapes_data()))
    assert guide.apps == ()
    assert guide.app_ids == ("",)
    assert guide.app("") is None
    assert guide.app("circles") is None
    assert guide.devices[0].steps == tuple(step._replace(app="") for step in PHONE_STEPS)
    assert guide.devices[1].steps_in("") == tuple(step._replace(app="") for step in DESKTOP_STEPS)
    assert guide.devices[1].steps_in("circles") == ()


def test_links_are_the_actions_and_the_extras_only() -> None:
    assert shapes().links == frozenset({OBJECTION_URL, AUDIENCE_URL})
    data = shapes_data()
    data["actions"]["object"]["link"] = "unused"
    assert load(data).links == frozenset({"https://www.shapes.example/settings/other", AUDIENCE_URL})


def test_translatable_strings_of_the_actions_and_apps() -> None:
    out = translatable_strings(shapes())
    assert out[:10] == [
        (None, "Object to Shapes training its AI", "guide.title"),
        (None, "Shapes", "guide.service"),
        (None, "Receipt: Shapes and its AI", "guide.receipt_title"),
        ("shapes-guide label", "Object to AI use", "actions.object.label"),
        ("shapes-guide label", "Your privacy", "actions.object.page_label"),
        (None, "Shapes offers no way out in this region.", "actions.no_way.text"),
        (None, "Circles", "apps.circles"),
        (None, "Squares", "apps.squares"),
        (None, "The objection is about Shapes's AI.", "facts.scope"),
        (None, "It does not cover messages.", "facts.not_covered"),
    ]
    steps = [line for line in out if line[2].startswith("devices.phone.steps")]
    assert steps == [
        (None, "Open Circles and tap {label}.", "devices.phone.steps.1"),
        ("shapes-guide label", "Menu", "devices.phone.steps.1"),
        (None, "Tap {label}.", "devices.phone.steps.2"),
        ("shapes-guide label", "Privacy Centre", "devices.phone.steps.2"),
        (None, "Open Squares and tap {label}, then send the form.", "devices.phone.steps.3"),
        ("shapes-guide label", "AI at Squares", "devices.phone.steps.3"),
    ]


def test_translatable_strings_without_apps_and_of_a_form_without_page() -> None:
    data = without_apps(shapes_data())
    del data["actions"]["object"]["page_label"]
    out = translatable_strings(load(data))
    assert out[3:6] == [
        ("shapes-guide label", "Object to AI use", "actions.object.label"),
        (None, "Shapes offers no way out in this region.", "actions.no_way.text"),
        (None, "The objection is about Shapes's AI.", "facts.scope"),
    ]


def test_a_guide_with_one_action_needs_no_region_action() -> None:
    guide = load(with_one_action(shapes_data()))
    assert list(guide.actions.values()) == [FORM]
    assert [region.action for region in guide.regions] == ["object", "object"]
    assert guide.quick_action == FORM


def test_a_guide_with_one_action_may_name_it() -> None:
    data = with_one_action(shapes_data())
    data["regions"][1]["action"] = "object"
    guide = load(data)
    assert [region.action for region in guide.regions] == ["object", "object"]


def test_a_guide_with_one_action_refuses_a_region_naming_another() -> None:
    data = with_one_action(shapes_data())
    data["regions"][1]["action"] = "no_way"
    check(data, "regions[1].action", "'no_way' is not one of object")


def test_twelve_steps_in_one_app_are_accepted() -> None:
    data = shapes_data()
    steps = data["devices"][0]["steps"]
    steps[2:2] = [{"app": "circles", "text": "Tap {label}.", "label": "Menu"}] * 10
    guide = load(data)
    assert len(guide.devices[0].steps_in("circles")) == 12


def test_a_label_confidence_table_with_every_label_verified_loads() -> None:
    data = shapes_data()
    data["label_confidence"] = {"fr": dict(ALL_HIGH)}
    assert load(data).label_confidence == {"fr": ALL_HIGH}


# Refusals: one exact sentence each.


def _set(*where: str | int, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        parent: Any = data
        for key in where[:-1]:
            parent = parent[key]
        parent[where[-1]] = value

    return change


def _drop(*where: str | int) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        parent: Any = data
        for key in where[:-1]:
            parent = parent[key]
        del parent[where[-1]]

    return change


def _rename_action(data: dict[str, Any]) -> None:
    data["actions"] = {"ob-ject": data["actions"]["object"], "no_way": data["actions"]["no_way"]}
    data["regions"][0]["action"] = "ob-ject"


def _one_app(data: dict[str, Any]) -> None:
    del data["apps"][1]
    for device in data["devices"]:
        for step in device["steps"]:
            step["app"] = "circles"


def _rename_app(new_id: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["apps"][0]["id"] = new_id
        for device in data["devices"]:
            for step in device["steps"]:
                if step["app"] == "circles":
                    step["app"] = new_id

    return change


def _app_step_without_apps(data: dict[str, Any]) -> None:
    without_apps(data)
    data["devices"][0]["steps"][1]["app"] = "circles"


def _thirteen_steps(data: dict[str, Any]) -> None:
    data["devices"][0]["steps"][2:2] = [{"app": "circles", "text": "Tap {label}.", "label": "Menu"}] * 11


def _interleaved(data: dict[str, Any]) -> None:
    steps = data["devices"][1]["steps"]
    steps[0], steps[1] = steps[1], steps[0]  # squares, circles, squares


def _apps_reversed(data: dict[str, Any]) -> None:
    data["apps"].reverse()


def _confidence(**levels: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        table = dict(ALL_HIGH)
        for label, level in levels.items():
            if level == "drop":
                del table[label.replace("_", " ")]
            else:
                table[label.replace("_", " ")] = level
        data["label_confidence"] = {"fr": table}

    return change


NONE_QUOTES = "an action of kind none has nothing to open or quote"


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (_drop("actions"), "actions", "is missing"),
        (_set("actions", value={}), "actions", "must declare at least one action"),
        (_set("actions", value="object"), "actions", "must be a table"),
        (_set("actions", "object", value="form"), "actions.object", "must be a table"),
        (_rename_action, "actions.ob-ject", "an action's id is letters, digits and _ only"),
        (_drop("actions", "object", "kind"), "actions.object.kind", "is missing"),
        (
            _set("actions", "object", "kind", value="switch"),
            "actions.object.kind",
            "must be one of setting, form, none, not 'switch'",
        ),
        (_set("actions", "no_way", "link", value="objection"), "actions.no_way.link", NONE_QUOTES),
        (_set("actions", "no_way", "label", value="Nothing"), "actions.no_way.label", NONE_QUOTES),
        (_set("actions", "no_way", "page_label", value="Nowhere"), "actions.no_way.page_label", NONE_QUOTES),
        (_drop("actions", "no_way", "text"), "actions.no_way.text", "is missing"),
        (_set("actions", "no_way", "text", value="Not {here}."), "actions.no_way.text", "must contain no placeholder"),
        (_drop("actions", "object", "link"), "actions.object.link", "is missing"),
        (
            _set("actions", "object", "link", value="nowhere"),
            "actions.object.link",
            "names no entry of [links]: 'nowhere'",
        ),
        (_drop("actions", "object", "label"), "actions.object.label", "is missing"),
        (_set("actions", "object", "label", value="{label}"), "actions.object.label", "must contain no placeholder"),
        (_set("actions", "object", "page_label", value=" "), "actions.object.page_label", "must not be empty"),
        (
            _set("actions", "object", "page_label", value="{label}"),
            "actions.object.page_label",
            "must contain no placeholder",
        ),
        (
            lambda data: (
                _set("actions", "object", "kind", value="setting")(data),
                _drop("actions", "object", "page_label")(data),
            ),
            "actions.object.page_label",
            "is missing",
        ),
        (_drop("regions", 0, "action"), "regions[0].action", "is missing"),
        (_drop("regions", 1, "action"), "regions[1].action", "is missing"),
        (_set("regions", 1, "action", value="switch"), "regions[1].action", "'switch' is not one of object, no_way"),
        (_set("regions", 0, "action", value=5), "regions[0].action", "must be text"),
        (_one_app, "apps", "a service in one app lists no [[apps]]; list two or more"),
        (_set("apps", 1, "id", value="circles"), "apps", "app ids must be unique"),
        (_rename_app("Circles"), "apps", "'Circles': an app's id is lower-case letters and digits"),
        (_rename_app("cir-cles"), "apps", "'cir-cles': an app's id is lower-case letters and digits"),
        (_rename_app("café"), "apps", "'café': an app's id is lower-case letters and digits"),
        (_set("apps", 1, "name", value=""), "apps[1].name", "must not be empty"),
        (_set("apps", 1, "name", value="{name}"), "apps[1].name", "must contain no placeholder"),
        (_drop("apps", 1, "name"), "apps[1].name", "is missing"),
        (_drop("apps", 0, "id"), "apps[0].id", "is missing"),
        (_set("apps", value=["circles", "squares"]), "apps[0]", "must be a table"),
        (
            _set("devices", 0, "steps", 1, "app", value="triangles"),
            "devices[0].steps[1].app",
            "'triangles' is not one of the [[apps]]",
        ),
        (_app_step_without_apps, "devices[0].steps[1].app", "names no [[apps]]"),
        (_set("devices", 0, "steps", 0, "app", value=5), "devices[0].steps[0].app", "must be text"),
        (_set("devices", 0, "steps", 0, "app", value=""), "devices[0].steps[0].app", "must not be empty"),
        (
            _set("devices", 1, "steps", 0, "app", value="squares"),
            "devices[1].steps in app 'circles'",
            "must have 1 to 12 steps, not 0",
        ),
        (  # a typo in an app's only step is reported as the typo it is, not as an app without steps
            _set("devices", 1, "steps", 0, "app", value="circlse"),
            "devices[1].steps[0].app",
            "'circlse' is not one of the [[apps]]",
        ),
        (
            _set("devices", 0, "steps", 2, "app", value="circles"),
            "devices[0].steps in app 'squares'",
            "must have 1 to 12 steps, not 0",
        ),
        (
            lambda data: (without_apps(data), _set("devices", 1, "steps", value=[])(data)),
            "devices[1].steps",
            "must have 1 to 12 steps, not 0",
        ),
        (_thirteen_steps, "devices[0].steps in app 'circles'", "must have 1 to 12 steps, not 13"),
        (
            _interleaved,
            "devices[1].steps",
            "must list one app's steps after the other's, in the order of [[apps]]",
        ),
        (
            _apps_reversed,
            "devices[0].steps",
            "must list one app's steps after the other's, in the order of [[apps]]",
        ),
        (
            _confidence(Object_to_AI_use="medium"),
            "label_confidence.fr.Object to AI use",
            "an action's own label must be verified (high)",
        ),
        (_confidence(Your_privacy="drop"), "label_confidence.fr", "says nothing of 'Your privacy'"),
        (_confidence(Object_to_AI_use="drop"), "label_confidence.fr", "says nothing of 'Object to AI use'"),
    ],
)
def test_a_broken_action_app_or_region_action_is_refused(
    change: Callable[[dict[str, Any]], object], field: str, problem: str
) -> None:
    data = shapes_data()
    change(data)
    check(data, field, problem)


def test_an_app_id_of_digits_is_an_id() -> None:
    data = shapes_data()
    _rename_app("123")(data)
    assert [app.id for app in parse_guide(data, SHAPES_PATH).apps] == ["123", "squares"]


def test_an_action_id_may_have_capitals_digits_and_underscores() -> None:
    data = shapes_data()
    data["actions"]["Object_2"] = data["actions"].pop("object")
    for region in data["regions"]:
        if region["action"] == "object":
            region["action"] = "Object_2"
    assert "Object_2" in parse_guide(data, SHAPES_PATH).actions


def test_a_guide_is_looked_up_by_its_id_in_one_place() -> None:
    from app.core.guide import guide_by_id

    shapes = parse_guide(shapes_data(), SHAPES_PATH)
    other = shapes._replace(id="other-guide")
    assert guide_by_id([other, shapes], "shapes-guide") is shapes
    assert guide_by_id([other, shapes], "other-guide") is other
    assert guide_by_id([other, shapes], "missing") is None
    assert guide_by_id([other, shapes], None) is None
    assert guide_by_id([], "shapes-guide") is None
