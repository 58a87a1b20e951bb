"""The guide file: the shipped content loads and is right, and a broken file is reported precisely."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from app.core.guide import (
    LABEL_CONTEXT,
    Guide,
    GuideError,
    format_fields,
    is_allowed_link,
    load_guide,
    translatable_strings,
)
from app.resources import guide_path

SETTING_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
OBJECTION_URL = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
ADS_URL = "https://www.linkedin.com/mypreferences/d/categories/ads"

EU_UK_CA_HK_SINCE = dt.date(2025, 11, 3)
ELSEWHERE_SINCE = dt.date(2024, 9, 18)


@pytest.fixture(scope="module")
def guide() -> Guide:
    return load_guide(guide_path())


@pytest.fixture(scope="module")
def real_text() -> str:
    return guide_path().read_text(encoding="utf-8")


# -- the shipped guide ----------------------------------------------------------------------------


def test_shipped_guide_loads_into_frozen_dataclasses(guide: Guide) -> None:
    objects = [guide, guide.facts, *guide.regions, *guide.extras.values(), *guide.devices, *guide.sources]
    objects += [step for device in guide.devices for step in device.steps]
    for obj in objects:
        assert dataclasses.is_dataclass(obj)
        field = dataclasses.fields(obj)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, field, getattr(obj, field))
    assert guide.id == "linkedin-ai-training"
    assert guide.version >= 1
    assert isinstance(guide.last_verified, dt.date)


def test_three_devices_with_six_steps_each(guide: Guide) -> None:
    assert [d.id for d in guide.devices] == ["iphone", "android", "browser"]
    for device in guide.devices:
        assert len(device.steps) == 6, device.id
        assert guide.device(device.id) is device
    assert guide.device("iphone").handoff == "qr"
    assert guide.device("android").handoff == "qr"
    assert guide.device("browser").handoff == "open"
    with pytest.raises(KeyError):
        guide.device("tablet")


def test_every_step_text_has_the_label_placeholder(guide: Guide) -> None:
    for device in guide.devices:
        for n, step in enumerate(device.steps, start=1):
            assert format_fields(step.text) == {"label"}, f"{device.id} step {n}: {step.text!r}"
            assert step.label.strip(), f"{device.id} step {n} has no label"


def test_last_step_of_every_device_is_the_switch(guide: Guide) -> None:
    for device in guide.devices:
        assert device.steps[-1].label == guide.setting_label == "Use my data for training content creation AI models"
        assert device.steps[-2].label == guide.setting_page_label == "Data for Generative AI Improvement"


def test_every_link_is_https_on_linkedin(guide: Guide) -> None:
    urls = [*guide.links, *(source.url for source in guide.sources)]
    assert len(urls) >= 4
    for url in urls:
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.hostname in {"www.linkedin.com", "linkedin.com"}, url
        assert is_allowed_link(url), url


def test_facts_from_the_design_appear_exactly(guide: Guide) -> None:
    assert guide.setting_url == SETTING_URL
    assert guide.extras["objection_form"].link == OBJECTION_URL
    assert guide.extras["ads_sharing"].link == ADS_URL
    assert guide.links == {SETTING_URL, OBJECTION_URL, ADS_URL}


@pytest.mark.parametrize(
    ("country", "region_id"),
    [
        ("FR", "eu-eea-ch"),
        ("DE", "eu-eea-ch"),
        ("CH", "eu-eea-ch"),
        ("NO", "eu-eea-ch"),
        ("fr", "eu-eea-ch"),
        ("GB", "uk"),
        ("CA", "ca-hk"),
        ("HK", "ca-hk"),
        ("US", "rest-of-world"),
        ("IN", "rest-of-world"),
        ("BR", "rest-of-world"),
    ],
)
def test_region_for_country(guide: Guide, country: str, region_id: str) -> None:
    assert guide.region_for_country(country).id == region_id


def test_only_rest_of_world_is_the_default(guide: Guide) -> None:
    assert [r.id for r in guide.regions if r.is_default] == ["rest-of-world"]


@pytest.mark.parametrize(
    ("region_id", "since", "extra"),
    [
        ("eu-eea-ch", EU_UK_CA_HK_SINCE, "objection_form"),
        ("uk", EU_UK_CA_HK_SINCE, "objection_form"),
        ("ca-hk", EU_UK_CA_HK_SINCE, "objection_form"),
        ("rest-of-world", ELSEWHERE_SINCE, "ads_sharing"),
    ],
)
def test_region_dates_and_extras(guide: Guide, region_id: str, since: dt.date, extra: str) -> None:
    region = guide.region(region_id)
    assert region.training_default_since == since
    assert region.extra == extra
    assert extra in guide.extras


def test_uk_note_about_microsoft(guide: Guide) -> None:
    assert any("Microsoft" in note for note in guide.region("uk").notes)


def test_translatable_strings_cover_every_label_with_its_context(guide: Guide) -> None:
    strings = {(context, message) for context, message, _where in translatable_strings(guide)}
    labels = {step.label for device in guide.devices for step in device.steps}
    labels |= {guide.setting_label, guide.setting_page_label}
    labels |= {extra.label for extra in guide.extras.values() if extra.label}
    for label in labels:
        assert (LABEL_CONTEXT, label) in strings, label
    texts = {step.text for device in guide.devices for step in device.steps}
    texts |= {guide.title, *(d.name for d in guide.devices), *(r.name for r in guide.regions)}
    texts |= {e.title for e in guide.extras.values()} | {s.title for s in guide.sources}
    texts |= {note for r in guide.regions for note in r.notes}
    for text in texts:
        assert (None, text) in strings, text
    assert (None, guide.facts.stops_future_only) in strings


# -- links the app may open -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        SETTING_URL,
        OBJECTION_URL,
        "https://linkedin.com/feed/",
        "https://www.linkedin.com",
    ],
)
def test_allowed_links(url: str) -> None:
    assert is_allowed_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "javascript:alert(1)",
        "javascript://www.linkedin.com/%0aalert(1)",
        "file:///etc/passwd",
        "ftp://www.linkedin.com/",
        "https://www.linkedin.com@evil.example/",
        "https://user@www.linkedin.com/",
        "https://:secret@www.linkedin.com/",
        "https://linkedin.com.evil.example/",
        "https://www.linkedin.com.evil.example/",
        "https://evil-linkedin.com/",
        "https://notlinkedin.com/",
        "https://evil.example/www.linkedin.com",
        "https://evil.example/?u=https://www.linkedin.com/",
        "//www.linkedin.com/",
        "www.linkedin.com/",
        "",
    ],
)
def test_rejected_links(url: str) -> None:
    assert not is_allowed_link(url)


# -- broken guide files ---------------------------------------------------------------------------


def write_modified(tmp_path: Path, text: str, old: str, new: str, *, count: int = 1) -> Path:
    assert old in text, f"the real guide no longer contains {old!r}: update this test"
    path = tmp_path / "broken-guide.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def assert_guide_error(path: Path, field: str, *words: str) -> GuideError:
    with pytest.raises(GuideError) as info:
        load_guide(path)
    error = info.value
    message = str(error)
    assert str(path) in message
    assert error.field == field
    assert field in message
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    return error


def test_modified_copy_of_the_real_guide_still_loads(tmp_path: Path, real_text: str) -> None:
    # Guards the tests below: the copy itself is fine, only their edit breaks it.
    path = tmp_path / "copy.toml"
    path.write_text(real_text, encoding="utf-8")
    assert load_guide(path) == load_guide(guide_path())


LAST_IPHONE_STEP = (
    '[[devices.steps]]\ntext = "Tap the switch next to {label} to turn it off. It turns grey."\n'
    'label = "Use my data for training content creation AI models"\n\n[[devices]]\nid = "android"'
)


def test_device_with_five_steps(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, LAST_IPHONE_STEP, '[[devices]]\nid = "android"')
    assert_guide_error(path, "devices[0].steps", "6")


def test_device_with_seven_steps(tmp_path: Path, real_text: str) -> None:
    extra_step = '[[devices.steps]]\ntext = "Done: {label}."\nlabel = "Home"\n\n[[devices]]\nid = "android"'
    path = write_modified(tmp_path, real_text, '[[devices]]\nid = "android"', extra_step)
    assert_guide_error(path, "devices[0].steps", "6")


@pytest.mark.parametrize(
    "bad_url",
    [
        "https://www.example.com/mypreferences/d/settings/data-for-ai-improvement",
        "http://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "https://www.linkedin.com.evil.example/mypreferences",
        "https://www.linkedin.com@evil.example/",
    ],
)
def test_link_not_https_on_linkedin(tmp_path: Path, real_text: str, bad_url: str) -> None:
    path = write_modified(tmp_path, real_text, f'setting = "{SETTING_URL}"', f'setting = "{bad_url}"')
    assert_guide_error(path, "links.setting", bad_url)


def test_source_link_not_on_linkedin(tmp_path: Path, real_text: str) -> None:
    old = 'url = "https://www.linkedin.com/help/linkedin/answer/a5538339"'
    path = write_modified(tmp_path, real_text, old, 'url = "https://example.com/a5538339"')
    assert_guide_error(path, "sources[1].url")


def test_step_text_without_label(tmp_path: Path, real_text: str) -> None:
    # The first occurrence is the iPhone's third step.
    old = 'text = "Tap {label} at the bottom of the panel."'
    path = write_modified(tmp_path, real_text, old, 'text = "Tap Settings at the bottom of the panel."')
    assert_guide_error(path, "devices[0].steps[2].text", "{label}")


def test_step_text_with_an_unknown_placeholder(tmp_path: Path, real_text: str) -> None:
    old = 'text = "Choose {label} in the menu."'
    path = write_modified(tmp_path, real_text, old, 'text = "Choose {label} in the {menu}."')
    assert_guide_error(path, "devices[2].steps[2].text")


def test_missing_guide_version(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, "version = 1\n", "")
    assert_guide_error(path, "guide.version", "missing")


@pytest.mark.parametrize("bad", ['"1"', "true", "0"])
def test_wrong_guide_version(tmp_path: Path, real_text: str, bad: str) -> None:
    path = write_modified(tmp_path, real_text, "version = 1\n", f"version = {bad}\n")
    assert_guide_error(path, "guide.version")


def test_extra_naming_a_missing_link(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'link = "ads_settings"', 'link = "nowhere"')
    assert_guide_error(path, "extras.ads_sharing.link", "nowhere")


def test_not_utf8(tmp_path: Path, real_text: str) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(real_text.replace("# The content", "# Le contenu \xe9", 1).encode("latin-1", "replace"))
    error = assert_guide_error(path, "", "UTF-8")
    assert isinstance(error.__cause__, UnicodeDecodeError)


def test_invalid_toml(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, "[links]", "[links")
    assert_guide_error(path, "", "TOML")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "no-such-guide.toml"
    assert_guide_error(path, "")


def test_unreadable_file(tmp_path: Path) -> None:
    # A folder cannot be read as a file, even by root (chmod would not stop root).
    path = tmp_path / "a-folder.toml"
    path.mkdir()
    assert_guide_error(path, "", "read")


def test_country_in_two_regions(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'countries = ["GB", "GG"', 'countries = ["FR", "GB", "GG"')
    assert_guide_error(path, "regions[1].countries", "FR", "eu-eea-ch")


def test_bad_country_code(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'countries = ["CA", "HK"]', 'countries = ["CA", "HKG"]')
    assert_guide_error(path, "regions[2].countries", "HKG")


def test_no_default_region(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, "default = true\n", "")
    assert_guide_error(path, "regions", "default")


def test_two_default_regions(tmp_path: Path, real_text: str) -> None:
    old = 'countries = ["CA", "HK"]\n'
    path = write_modified(tmp_path, real_text, old, old + "default = true\n")
    assert_guide_error(path, "regions", "default")


def test_missing_device(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'id = "android"', 'id = "tablet"')
    assert_guide_error(path, "devices", "android")


def test_empty_text(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'label = "Me"', 'label = "  "')
    assert_guide_error(path, "devices[2].steps[1].label", "empty")
