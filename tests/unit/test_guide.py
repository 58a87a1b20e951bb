"""The guide file: the shipped content loads and is right, and a broken file is reported precisely."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from ids import guide_path

from app.core.guide import (
    Guide,
    GuideError,
    format_fields,
    is_allowed_link,
    load_guide,
    parse_guide,
    translatable_strings,
)

LINKEDIN_HOSTS = frozenset({"www.linkedin.com", "linkedin.com"})
SETTING_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
OBJECTION_URL = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
ADS_URL = "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners"


@pytest.fixture(scope="module")
def real_text() -> str:
    return guide_path().read_text(encoding="utf-8")


# -- the shipped guide ----------------------------------------------------------------------------


def test_shipped_guide_loads_into_immutable_records(guide: Guide) -> None:
    objects = [guide, guide.facts, *guide.regions, *guide.extras.values(), *guide.devices, *guide.sources]
    objects += [step for device in guide.devices for step in device.steps]
    for obj in objects:
        field = type(obj)._fields[0]
        with pytest.raises(AttributeError):
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
            wanted = {"label", "section"} if step.section else {"label"}
            assert format_fields(step.text) == wanted, f"{device.id} step {n}: {step.text!r}"
            assert step.label.strip(), f"{device.id} step {n} has no label"
    # The heading of step 5 is LinkedIn's wording too, not words of the assistant's sentence.
    assert {device.steps[4].section for device in guide.devices} == {"How LinkedIn uses your data"}


def test_last_step_of_every_device_is_the_switch(guide: Guide) -> None:
    for device in guide.devices:
        switch = guide.main_action.label
        assert device.steps[-1].label == switch == "Use my data for training content creation AI models"
        assert device.steps[-2].label == guide.main_action.page_label == "Data for Generative AI Improvement"


def test_every_link_is_https_on_linkedin(guide: Guide) -> None:
    urls = [*guide.links, *(source.url for source in guide.sources if source.url)]
    assert len(urls) >= 4
    for url in urls:
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.hostname in {"www.linkedin.com", "linkedin.com"}, url
        assert is_allowed_link(url, LINKEDIN_HOSTS), url


def test_facts_from_the_design_appear_exactly(guide: Guide) -> None:
    assert guide.main_action.link == SETTING_URL
    assert guide.extras["objection_form"].link == OBJECTION_URL
    assert guide.extras["ads_sharing"].link == ADS_URL
    assert guide.links == {SETTING_URL, OBJECTION_URL, ADS_URL}


@pytest.mark.parametrize(
    ("country", "region_id"),
    [
        ("FR", "eu-eea-ch"),
        ("DE", "eu-eea-ch"),
        ("CH", "switzerland"),  # its own group since 2026-12: its own authority, the FDPIC
        ("NO", "eu-eea-ch"),
        ("fr", "eu-eea-ch"),
        ("AX", "eu-eea-ch"),  # Åland
        ("RE", "eu-eea-ch"),  # Réunion, an outermost region
        ("GB", "uk"),
        ("CA", "canada"),
        ("HK", "hong-kong"),
        ("GG", "crown-dependencies-gibraltar"),
        ("JE", "crown-dependencies-gibraltar"),
        ("IM", "crown-dependencies-gibraltar"),
        ("GI", "crown-dependencies-gibraltar"),
        ("US", "united-states"),
        ("IN", "rest-of-world"),
        ("BR", "rest-of-world"),
        ("PF", "rest-of-world"),  # French Polynesia: an overseas territory, not the EU
        ("NC", "rest-of-world"),
        ("AW", "rest-of-world"),
        ("MC", "rest-of-world"),
        ("SM", "rest-of-world"),
        ("VA", "rest-of-world"),
        ("AD", "rest-of-world"),
        ("MO", "rest-of-world"),
    ],
)
def test_region_for_country(guide: Guide, country: str, region_id: str) -> None:
    assert guide.region_for_country(country).id == region_id


def test_only_rest_of_world_is_the_default(guide: Guide) -> None:
    assert [r.id for r in guide.regions if r.is_default] == ["rest-of-world"]


ON_AGAIN = "has switched it on by default again since 3 November 2025."


@pytest.mark.parametrize(
    ("region_id", "history", "extras"),
    [
        (
            "eu-eea-ch",
            "LinkedIn has used its members' data to train its content-creating AI by default here since "
            "3 November 2025.",
            ("objection_form",),
        ),
        (
            "uk",
            "LinkedIn switched this on by default in September 2024, paused it days later after the UK regulator "
            "stepped in, and " + ON_AGAIN,
            ("objection_form",),
        ),
        (
            "canada",
            "LinkedIn switched this on by default in September 2024, paused it by December 2024 after Canada's "
            "privacy commissioner stepped in, and " + ON_AGAIN,
            ("objection_form", "ads_sharing"),
        ),
        (
            "hong-kong",
            "LinkedIn switched this on by default in September 2024, paused it on 11 October 2024 after "
            "Hong Kong's privacy commissioner stepped in, and " + ON_AGAIN,
            ("objection_form", "ads_sharing"),
        ),
        (
            "crown-dependencies-gibraltar",
            "LinkedIn documents nothing specific for where you live: assume the switch is on, and see both "
            "optional steps that might apply.",
            ("objection_form", "ads_sharing"),
        ),
        (
            "united-states",
            "LinkedIn has used its members' data to train its content-creating AI by default here since at least "
            "September 2024.",
            ("ads_sharing",),
        ),
        (
            "rest-of-world",
            "LinkedIn has used its members' data to train its content-creating AI by default here since at least "
            "September 2024.",
            ("ads_sharing",),
        ),
    ],
)
def test_region_history_and_extras(guide: Guide, region_id: str, history: str, extras: tuple[str, ...]) -> None:
    region = guide.region(region_id)
    assert region.history == history
    assert region.extras == extras
    assert region.sources, region_id
    for source_id in region.sources:
        guide.source(source_id)  # raises KeyError for a source that does not exist


def test_where_to_complain_per_region(guide: Guide) -> None:
    notes = {region.id: region.extra_notes.get("objection_form", "") for region in guide.regions}
    assert "Irish Data Protection Commission" in notes["eu-eea-ch"]
    assert "national" in notes["eu-eea-ch"] or "your own country's" in notes["eu-eea-ch"]
    assert "Information Commissioner's Office (ICO)" in notes["uk"]
    assert "(OPC)" in notes["canada"] and "a request" in notes["canada"]
    assert "(PCPD)" in notes["hong-kong"] and "a request" in notes["hong-kong"]
    assert notes["rest-of-world"] == notes["united-states"] == ""


def test_global_privacy_control_only_in_the_united_states(guide: Guide) -> None:
    note = guide.region("united-states").extra_notes["ads_sharing"]
    assert "Global Privacy Control" in note and "not out of AI training" in note
    others = [r for r in guide.regions if r.id != "united-states"]
    assert not any("Global Privacy Control" in text for r in others for text in r.extra_notes.values())


def test_what_the_switch_covers_and_does_not(guide: Guide) -> None:
    facts = guide.facts
    assert facts.scope.text == (
        "The switch is about AI that creates content (text, images and audio), trained by LinkedIn and by the other "
        "companies of its group, Microsoft included."
    )
    for words in ("personalisation", "recommendations", "safety", "Hiring Assistant", "does not turn off"):
        assert words in facts.not_covered.text, words
    # Not "never used": what it is about, salary data and job applications, "believes are under 18",
    # and the other AI that can still learn from messages.
    assert "Never" not in facts.not_used.text
    for words in (
        "Not used for LinkedIn's content-creating AI",
        "salary data",
        "job applications",
        "LinkedIn believes are under 18",
        "safety and anti-abuse, can still learn from your content, messages included",
    ):
        assert words in facts.not_used.text, words
    for name in ("scope", "not_covered", "stops_future_only", "used", "not_used", "account_wide"):
        assert getattr(facts, name).sources, name


def test_extras_describe_without_quoting_an_unverified_label(guide: Guide) -> None:
    ads = guide.extras["ads_sharing"]
    assert ads.link == ADS_URL
    assert "“" not in ads.summary and "{label}" not in ads.summary
    assert "personalise ads; you will still see ads" in ads.summary
    objection = guide.extras["objection_form"]
    for words in (
        "Why: the switch covers only the data and content you provided yourself.",  # one line of why first
        "object to the same AI training with a choice of its own",
        "without a LinkedIn account",
        "things about you that others posted",
        "may refuse it; it confirms by e-mail, usually with a case number.",
    ):
        assert words in objection.summary, words
    assert "answers with a case number" not in objection.summary


def test_sources_are_linkedin_titles_and_the_audit_date(guide: Guide) -> None:
    assert guide.last_verified == dt.date(2026, 12, 4)
    titles = {source.id: source.title for source in guide.sources}
    assert titles["a6278444"] == (
        "Control whether LinkedIn uses your data to improve generative AI (GAI) models that are used for "
        "content creation on LinkedIn"
    )
    assert titles["a1397243"] == "Data sharing"
    assert titles["eu-notice"] == "European Regional Privacy Notice"
    assert guide.source("eu-notice").date == "2026-08-21"
    assert guide.source("dpc-2025").date == "2025-11-07"
    # Real titles, found by the audit of 2026-12-04, are quoted as they are; the others are described.
    assert titles["ico-2024"] == titles["ico-2025"] == "Our statement on changes to LinkedIn AI data policy"
    assert titles["opc-2024"].startswith("Privacy Commissioner welcomes commitment from LinkedIn to pause training")
    assert titles["apd-2025"].startswith("Entrainement de l'IA de LinkedIn sur vos données")
    described = sorted(source.id for source in guide.sources if not source.quoted)
    assert described == ["a5538339", "a8059228", "ccpa-2026", "cnpd-2025", "dpc-2025", "garante-2025", "pcpd-2024"]


def test_uk_note_about_microsoft(guide: Guide) -> None:
    assert any("Microsoft" in note for note in guide.region("uk").notes)


def test_translatable_strings_cover_every_label_with_its_context(guide: Guide) -> None:
    strings = {(context, message) for context, message, _where in translatable_strings(guide)}
    labels = {step.label for device in guide.devices for step in device.steps}
    labels |= {guide.main_action.label, guide.main_action.page_label}
    labels |= {step.section for device in guide.devices for step in device.steps if step.section}
    for label in labels:
        assert (guide.label_context, label) in strings, label
    texts = {step.text for device in guide.devices for step in device.steps}
    texts |= {guide.title, *(d.name for d in guide.devices), *(r.name for r in guide.regions)}
    texts |= {e.title for e in guide.extras.values()} | {s.title for s in guide.sources if not s.quoted}
    texts |= {note for r in guide.regions for note in r.notes}
    texts |= {r.history for r in guide.regions} | {n for r in guide.regions for n in r.extra_notes.values()}
    texts |= {s.publisher for s in guide.sources}
    for text in texts:
        assert (None, text) in strings, text
    for source in guide.sources:  # a source's own title is never translated
        assert not source.quoted or (None, source.title) not in strings, source.title
    assert (None, guide.facts.stops_future_only.text) in strings


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
    assert is_allowed_link(url, LINKEDIN_HOSTS)


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
        "https://www.linkedin.com:8443/mypreferences/d/settings/data-for-ai-improvement",
        "https://www.linkedin.com:443/",
        "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fevil.example",
        "https://www.linkedin.com/safety/go?url=https://evil.example",
        "https://www.linkedin.com/mypreferences\t/d/settings",
        "https://www.linkedin.com/feed/\nhttps://evil.example",
        "https://www.linkedin.com/feed/ x",
        "https://www.linkedin.com\\@evil.example/",
        "https://www.linkedın.com/",
        "HTTPS://WWW.LINKEDIN.COM/",
    ],
)
def test_rejected_links(url: str) -> None:
    assert not is_allowed_link(url, LINKEDIN_HOSTS)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/x/../redir/redirect?url=https://evil.example",
        "https://www.linkedin.com/./redir/redirect?url=https://evil.example",
        "https://www.linkedin.com/%72edir/redirect?url=https://evil.example",
        "https://www.linkedin.com/%2572edir/redirect?url=https://evil.example",
        "https://www.linkedin.com/%2E%2E/safety/go?url=https://evil.example",
        "https://www.linkedin.com/feed/#javascript:alert(1)",
        "https://www.linkedin.com/@evil.example",
        "https://www.linkedin.com/feed/?next=@evil.example",
        "https://www.linkedin.com//evil.example/",
        "https://www.linkedin.com/feed/%0aalert",
        "https://www.linkedin.com/feed/%7f",
        "https://www.linkedin.com/feed/%5c..%5credir/",
        "https://www.linkedin.com/%25252572edir/redirect",
        "https://www.linkedin.com/feed/?next=\\evil.example",
        "https://www.linkedin.com/feed/?next=\x7f",
        "https://www.linkedin.com/x/../checkpoint",
    ],
)
def test_links_are_normalised_before_they_are_checked(url: str) -> None:
    assert not is_allowed_link(url, LINKEDIN_HOSTS)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/help/linkedin/answer/a5538339#main-content",
        "https://www.linkedin.com/legal/",
        "https://www.linkedin.com/help/linkedin/search?keywords=ai%20training",
        "https://www.linkedin.com/pulse/ai%20data",
        "https://www.linkedin.com/help/X",
    ],
)
def test_a_plain_fragment_or_folder_link_is_still_allowed(url: str) -> None:
    assert is_allowed_link(url, LINKEDIN_HOSTS)


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
    assert load_guide(path)._replace(folder=guide_path().parent) == load_guide(guide_path())


LAST_IPHONE_STEP = (
    '[[devices.steps]]\ntext = "The switch next to {label} is green while it is on. '
    'Tap it to turn it off: it is off once it is no longer green."\n'
    'label = "Use my data for training content creation AI models"\n\n[[devices]]\nid = "android"'
)


def test_a_device_may_have_fewer_steps(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, LAST_IPHONE_STEP, '[[devices]]\nid = "android"')
    assert len(load_guide(path).device("iphone").steps) == 5


def test_a_device_with_too_many_steps(tmp_path: Path, real_text: str) -> None:
    step = '[[devices.steps]]\ntext = "Done: {label}."\nlabel = "Home"\n\n'
    path = write_modified(tmp_path, real_text, '[[devices]]\nid = "android"', step * 7 + '[[devices]]\nid = "android"')
    assert_guide_error(path, "devices[0].steps", "1 to 12", "13")


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
    path = write_modified(tmp_path, real_text, 'link = "ads_sharing"', 'link = "nowhere"')
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
    path = write_modified(tmp_path, real_text, 'countries = ["GB"]', 'countries = ["FR", "GB"]')
    assert_guide_error(path, "regions[2].countries", "FR", "eu-eea-ch")


def test_bad_country_code(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'countries = ["HK"]', 'countries = ["HKG"]')
    assert_guide_error(path, "regions[4].countries", "HKG")


def test_no_default_region(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, "default = true\n", "")
    assert_guide_error(path, "regions", "default")


def test_two_default_regions(tmp_path: Path, real_text: str) -> None:
    old = 'countries = ["CA"]\n'
    path = write_modified(tmp_path, real_text, old, old + "default = true\n")
    assert_guide_error(path, "regions", "default")


def test_two_devices_with_one_id(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'id = "android"', 'id = "iphone"')
    assert_guide_error(path, "devices", "unique")


def test_a_device_id_that_is_not_a_plain_word(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'id = "android"', 'id = "Android Phone"')
    assert_guide_error(path, "devices", "lower-case")


def test_empty_text(tmp_path: Path, real_text: str) -> None:
    path = write_modified(tmp_path, real_text, 'label = "Me"', 'label = "  "')
    assert_guide_error(path, "devices[2].steps[1].label", "empty")


def test_a_date_with_a_time_is_not_a_date() -> None:
    """TOML has date-times too, and Python counts one as a date: a guide must give a day."""
    with guide_path().open("rb") as handle:
        data = tomllib.load(handle)
    data["guide"]["last_verified"] = dt.datetime(2026, 1, 15, 10, 0)
    with pytest.raises(GuideError) as info:
        parse_guide(data, Path("guide.toml"))
    assert str(info.value) == "guide.toml: guide.last_verified: must be a date"
    with guide_path().open("rb") as handle:
        data = tomllib.load(handle)
    data["sources"][0]["date"] = dt.datetime(2025, 11, 3, 10, 0)
    with pytest.raises(GuideError) as info:
        parse_guide(data, Path("guide.toml"))
    assert str(info.value) == "guide.toml: sources[0].date: must be a date, or a month written YYYY-MM"


def test_a_saved_files_name_says_which_services_it_is_about() -> None:
    from app.core.guide import file_stem

    assert file_stem({"linkedin-ai-training"}) == "linkedin-ai-training"
    assert file_stem(["linkedin-ai-training", "linkedin-ai-training"]) == "linkedin-ai-training"
    assert file_stem({"linkedin-ai-training", "chatgpt-model-training"}) == "ai-training"
    assert file_stem(set()) == "ai-training"
