"""A broken guide is refused with one sentence naming the file, the field and what is wrong with it,
so a maintainer knows what to fix. Each case breaks one field of the demo guide of
test_guide_loading_values.py (which loads as it is)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_guide_loading_values import DEMO_PATH, DEMO_TOML, demo_data

from app.core.guide import GuideError, load_guide, parse_guide

DROP = object()  # remove the key instead of setting it


def broken(*where: str | int, value: Any) -> dict[str, Any]:
    """The demo guide's data with the field at `where` set to `value` (or removed, for DROP)."""
    data = demo_data()
    parent = data
    for key in where[:-1]:
        parent = parent[key]
    if value is DROP:
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    return data


def refusal(data: dict[str, Any]) -> GuideError:
    with pytest.raises(GuideError) as info:
        parse_guide(data, DEMO_PATH)
    return info.value


def check(where: tuple[str | int, ...], value: Any, field: str, problem: str) -> None:
    error = refusal(broken(*where, value=value))
    assert str(error) == f"/guides/demo/guide.toml: {field}: {problem}"
    assert (error.path, error.field, error.problem) == ("/guides/demo/guide.toml", field, problem)


@pytest.mark.parametrize(
    ("where", "field"),
    [
        (("guide",), "guide"),
        (("links",), "links"),
        (("actions",), "actions"),
        (("facts",), "facts"),
        (("texts",), "texts"),
        (("sources",), "sources"),
        (("regions",), "regions"),
        (("devices",), "devices"),
        (("guide", "allowed_hosts"), "guide.allowed_hosts"),
        (("guide", "version"), "guide.version"),
        (("guide", "id"), "guide.id"),
        (("guide", "last_verified"), "guide.last_verified"),
        (("guide", "service"), "guide.service"),
        (("guide", "receipt_title"), "guide.receipt_title"),
        (("guide", "title"), "guide.title"),
        (("actions", "switch", "kind"), "actions.switch.kind"),
        (("actions", "switch", "link"), "actions.switch.link"),
        (("actions", "switch", "label"), "actions.switch.label"),
        (("actions", "switch", "page_label"), "actions.switch.page_label"),
        (("texts", "intro"), "texts.intro"),
        (("texts", "afterwards"), "texts.afterwards"),
        (("texts", "recheck"), "texts.recheck"),
        (("extras", "objection", "letter", "already_off"), "extras.objection.letter.already_off"),
        (("facts", "used"), "facts.used"),
        (("facts", "scope", "text"), "facts.scope.text"),
        (("facts", "scope", "sources"), "facts.scope.sources"),
        (("extras", "ads", "link"), "extras.ads.link"),
        (("extras", "ads", "title"), "extras.ads.title"),
        (("extras", "ads", "summary"), "extras.ads.summary"),
        (("extras", "ads", "button"), "extras.ads.button"),
        (("extras", "ads", "done"), "extras.ads.done"),
        (("extras", "ads", "sources"), "extras.ads.sources"),
        (("regions", 0, "id"), "regions[0].id"),
        (("regions", 0, "countries"), "regions[0].countries"),
        (("regions", 0, "extras"), "regions[0].extras"),
        (("regions", 0, "name"), "regions[0].name"),
        (("regions", 0, "history"), "regions[0].history"),
        (("regions", 1, "sources"), "regions[1].sources"),
        (("devices", 0, "handoff"), "devices[0].handoff"),
        (("devices", 0, "steps"), "devices[0].steps"),
        (("devices", 0, "steps", 1, "text"), "devices[0].steps[1].text"),
        (("devices", 0, "steps", 1, "label"), "devices[0].steps[1].label"),
        (("devices", 1, "id"), "devices[1].id"),
        (("devices", 1, "name"), "devices[1].name"),
        (("devices", 1, "where"), "devices[1].where"),
        (("devices", 1, "hint"), "devices[1].hint"),
        (("devices", 1, "icon"), "devices[1].icon"),
        (("sources", 2, "id"), "sources[2].id"),
        (("sources", 2, "publisher"), "sources[2].publisher"),
    ],
)
def test_a_missing_field_is_refused_with_its_dotted_path(where: tuple[str | int, ...], field: str) -> None:
    check(where, DROP, field, "is missing")


@pytest.mark.parametrize(
    ("where", "value", "field", "problem"),
    [
        (("guide",), "demo", "guide", "must be a table"),
        (("facts", "scope"), "demo", "facts.scope", "must be a table"),
        (("extras",), 5, "extras", "must be a table"),
        (("extras", "ads"), 5, "extras.ads", "must be a table"),
        (("regions", 0, "extra_notes"), "demo", "regions[0].extra_notes", "must be a table"),
        (("sources",), [5], "sources[0]", "must be a table"),
        (("regions",), ["eu"], "regions[0]", "must be a table"),
        (("devices",), [5], "devices[0]", "must be a table"),
        (("devices", 0, "steps"), ["Tap it"], "devices[0].steps[0]", "must be a table"),
        (("guide", "service"), 5, "guide.service", "must be text"),
        (("guide", "id"), 5, "guide.id", "must be text"),
        (("links", "setting"), 5, "links.setting", "must be text"),
        (("sources", 0, "url"), 5, "sources[0].url", "must be text"),
        (("regions", 0, "extra_notes", "objection"), 5, "regions[0].extra_notes.objection", "must be text"),
        (("extras", "objection", "letter"), "Hello, {name}", "extras.objection.letter", "must be a table"),
        (("extras", "objection", "letter", "off"), 5, "extras.objection.letter.off", "must be text"),
        (("devices", 0, "steps", 0, "section"), 5, "devices[0].steps[0].section", "must be text"),
        (("devices", 0, "icon"), 5, "devices[0].icon", "must be text"),
        (("guide", "version"), True, "guide.version", "must be a whole number"),
        (("guide", "version"), "3", "guide.version", "must be a whole number"),
        (("guide", "last_verified"), "2026-01-15", "guide.last_verified", "must be a date"),
        (("regions", 0, "countries"), "FR", "regions[0].countries", "must be a list"),
        (("regions", 0, "notes"), "A note", "regions[0].notes", "must be a list"),
        (("regions", 1, "default"), "yes", "regions[1].default", "must be bool"),
        (("guide", "title"), "  ", "guide.title", "must not be empty"),
        (("devices", 1, "id"), "", "devices[1].id", "must not be empty"),
    ],
)
def test_a_field_of_the_wrong_kind_is_refused(
    where: tuple[str | int, ...], value: Any, field: str, problem: str
) -> None:
    check(where, value, field, problem)


@pytest.mark.parametrize(
    ("where", "field"),
    [
        (("guide", "service"), "guide.service"),
        (("guide", "receipt_title"), "guide.receipt_title"),
        (("guide", "title"), "guide.title"),
        (("actions", "switch", "label"), "actions.switch.label"),
        (("actions", "switch", "page_label"), "actions.switch.page_label"),
        (("texts", "switch"), "texts.switch"),
        (("facts", "scope", "text"), "facts.scope.text"),
        (("extras", "ads", "title"), "extras.ads.title"),
        (("extras", "ads", "summary"), "extras.ads.summary"),
        (("extras", "ads", "button"), "extras.ads.button"),
        (("extras", "ads", "done"), "extras.ads.done"),
        (("regions", 0, "name"), "regions[0].name"),
        (("regions", 0, "history"), "regions[0].history"),
        (("regions", 0, "extra_notes", "objection"), "regions[0].extra_notes.objection"),
        (("devices", 0, "name"), "devices[0].name"),
        (("devices", 0, "where"), "devices[0].where"),
        (("devices", 0, "hint"), "devices[0].hint"),
        (("devices", 0, "steps", 0, "section"), "devices[0].steps[0].section"),
        (("devices", 0, "steps", 0, "label"), "devices[0].steps[0].label"),
        (("sources", 0, "publisher"), "sources[0].publisher"),
        (("sources", 0, "title"), "sources[0].title"),
    ],
)
def test_a_placeholder_in_a_plain_text_is_refused(where: tuple[str | int, ...], field: str) -> None:
    check(where, "Tap {label} now.", field, "must contain no placeholder")


@pytest.mark.parametrize(
    ("where", "value", "field", "problem"),
    [
        (("extras", "objection", "letter", "off"), "I object.", "extras.objection.letter.off", "must contain {name}"),
        (
            ("extras", "objection", "letter", "unconfirmed"),
            "I object, {name}, {date}.",
            "extras.objection.letter.unconfirmed",
            "must contain {name}",
        ),
        (("devices", 0, "steps", 1, "text"), "Switch it off.", "devices[0].steps[1].text", "must contain {label}"),
        (
            ("devices", 0, "steps", 0, "text"),
            "Scroll down and tap {label}.",
            "devices[0].steps[0].text",
            "must contain {label}, {section}",
        ),
    ],
)
def test_a_text_without_its_placeholders_is_refused(
    where: tuple[str | int, ...], value: str, field: str, problem: str
) -> None:
    check(where, value, field, problem)


@pytest.mark.parametrize(
    "hosts",
    [[], ["localhost"], ["WWW.Demo.example"], [5], ["demo.example/help"], ["demo.example", "localhost"]],
)
def test_allowed_hosts_must_be_lower_case_host_names(hosts: list[Any]) -> None:
    check(("guide", "allowed_hosts"), hosts, "guide.allowed_hosts", "must list host names such as www.example.com")


def test_a_link_off_the_allowed_hosts_is_refused_naming_them() -> None:
    check(
        ("links", "form"),
        "http://demo.example/help/form",
        "links.form",
        "'http://demo.example/help/form' is not a plain https link on demo.example or www.demo.example",
    )


def test_a_missing_setting_link_is_refused() -> None:
    check(("links", "setting"), DROP, "actions.switch.link", "names no entry of [links]: 'setting'")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([], "must name at least one source"),
        (["s1", "s9"], "'s9' is not the id of a [[sources]] entry"),
    ],
)
def test_a_fact_must_rest_on_known_sources(value: list[str], problem: str) -> None:
    check(("facts", "scope", "sources"), value, "facts.scope.sources", problem)


def test_an_extra_naming_a_link_that_does_not_exist_is_refused() -> None:
    check(("extras", "ads", "link"), "nowhere", "extras.ads.link", "names no entry of [links]: 'nowhere'")


@pytest.mark.parametrize("extra_id", ["bad-id", "_", "two words"])
def test_an_extra_id_is_letters_digits_and_underscores(extra_id: str) -> None:
    field = f"extras.{extra_id}"
    check(("extras", extra_id), {}, field, "an extra's id is letters, digits and _ only")


@pytest.mark.parametrize("date", [5, "2025-11-03", "2025-13", "November 2025"])
def test_a_source_date_must_be_a_date_or_a_month(date: Any) -> None:
    check(("sources", 1, "date"), date, "sources[1].date", "must be a date, or a month written YYYY-MM")


def test_a_guide_without_sources_is_refused() -> None:
    check(("sources",), [], "sources", "must list at least one source")


def test_two_sources_with_one_id_are_refused() -> None:
    check(("sources", 1, "id"), "s1", "sources", "source ids must be unique")


@pytest.mark.parametrize(
    ("where", "value", "field", "problem"),
    [
        (("regions", 0, "extras"), ["objection", "nope"], "regions[0].extras", "'nope' is not one of ads, objection"),
        (("extras",), DROP, "regions[0].extras", "'objection' is not one of the [extras]"),
        (("regions", 0, "extras"), ["ads", "ads"], "regions[0].extras", "lists an extra twice"),
        (("regions", 0, "notes"), ["A note.", "  "], "regions[0].notes", "must be a list of texts"),
        (("regions", 0, "notes"), [5], "regions[0].notes", "must be a list of texts"),
        (
            ("regions", 1, "extra_notes"),
            {"objection": "Complain."},
            "regions[1].extra_notes.objection",
            "is not one of this region's extras",
        ),
        (("regions", 0, "default"), True, "regions", "exactly one region must have default = true"),
        (("regions", 1, "default"), False, "regions", "exactly one region must have default = true"),
        (("regions", 1, "id"), "eu", "regions", "region ids must be unique"),
        (("regions", 0, "countries"), ["FR", "fr"], "regions[0].countries", "'fr' is not a two-letter country code"),
        (("regions", 1, "countries"), ["JP", "DE"], "regions[1].countries", "DE is already in region 'eu'"),
    ],
)
def test_a_broken_region_is_refused(where: tuple[str | int, ...], value: Any, field: str, problem: str) -> None:
    check(where, value, field, problem)


@pytest.mark.parametrize(
    ("where", "value", "field", "problem"),
    [
        (("devices", 0, "handoff"), "email", "devices[0].handoff", "must be one of qr, open"),
        (("devices",), [], "devices", "must describe at least one device"),
        (("devices", 1, "id"), "phone", "devices", "device ids must be unique"),
        (("devices", 0, "id"), "Phone", "devices", "'Phone': a device's id is lower-case letters and digits"),
        (("devices", 0, "id"), "my-phone", "devices", "'my-phone': a device's id is lower-case letters and digits"),
        (("devices", 0, "steps"), [], "devices[0].steps", "must have 1 to 12 steps, not 0"),
    ],
)
def test_a_broken_device_is_refused(where: tuple[str | int, ...], value: Any, field: str, problem: str) -> None:
    check(where, value, field, problem)


def test_a_version_below_one_is_refused() -> None:
    check(("guide", "version"), 0, "guide.version", "must be 1 or more")


# -- the file itself ------------------------------------------------------------------------------


def file_refusal(path: Path) -> GuideError:
    with pytest.raises(GuideError) as info:
        load_guide(path)
    assert info.value.field == ""
    return info.value


def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    error = file_refusal(path)
    assert str(error) == f"{path}: cannot be read (No such file or directory)"
    assert error.problem == "cannot be read (No such file or directory)"


def test_a_folder_is_refused_as_unreadable(tmp_path: Path) -> None:
    error = file_refusal(tmp_path)
    assert str(error) == f"{tmp_path}: cannot be read (Is a directory)"


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "guide.toml"
    path.write_bytes(DEMO_TOML.replace("Elsewhere", "Ailleurs \xe0 l'\xe9tranger").encode("latin-1"))
    assert str(file_refusal(path)) == f"{path}: is not UTF-8 text"


def test_a_file_that_is_not_toml_is_refused_with_the_parser_s_words(tmp_path: Path) -> None:
    path = tmp_path / "guide.toml"
    path.write_text(DEMO_TOML.replace("[links]", "[links"), encoding="utf-8")
    assert str(file_refusal(path)) == (
        f"{path}: is not valid TOML (Expected ']' at the end of a table declaration (at line 11, column 7))"
    )


def test_a_letter_for_an_answer_the_assistant_does_not_know_is_refused() -> None:
    check(
        ("extras", "objection", "letter", "found"),
        "Found. {name}",
        "extras.objection.letter.found",
        "must be one of off, already_off, unconfirmed",
    )


@pytest.mark.parametrize("value", [DROP, {"title": "Its own title", "about": "What it is"}])
def test_a_source_has_either_its_own_title_or_a_description(value: Any) -> None:
    data = demo_data()
    source = data["sources"][2]
    del source["title"]
    if value is not DROP:
        source.update(value)
    error = refusal(data)
    assert (error.field, error.problem) == (
        "sources[2]",
        "needs either a `title` (the source's own, quoted) or an `about` (described)",
    )
