"""The babel extractor for guide files, called in-process on a small guide: every string it yields, with the
line it is on, the gettext function and the translators' comments."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.core.guide import GuideError
from app.core.guide_extract import extract_guide

# Line numbers below are those of this text: line 1 is the comment.
TINY_GUIDE = """\
# A small guide for the extractor's tests.
[guide]
id = "tiny-ai-training"
version = 2
last_verified = 2026-01-15
service = "Tiny"
allowed_hosts = ["tiny.example"]
title = "Stop Tiny’s robot from learning from your posts"
receipt_title = 'Receipt: Tiny and my posts'

[links]
setting = "https://tiny.example/settings/ai"
form = "https://tiny.example/object"

[actions.switch]
kind = "setting"
link = "setting"
label = "Teach the robot"
page_label = "Privacy"

[texts]
intro = "Tiny teaches its robot with your posts."
switch = "Tiny’s robot switch"
afterwards = "Tiny will not use your posts from now on."
recheck = "Check that Tiny still does not use your posts."

[facts.scope]
text = "The switch is about Tiny’s robot."
sources = ["faq"]

[facts.not_covered]
text = "It does not cover ads."
sources = ["faq"]

[facts.stops_future_only]
text = "It stops future learning only."
sources = ["faq"]

[facts.used]
text = "Used: your posts."
sources = ["faq"]

[facts.not_used]
text = "Not used: your messages."
sources = ["faq"]

[facts.account_wide]
text = "It is one setting per account."
sources = ["faq"]

[[regions]]
id = "eu"
name = "European Union"
countries = ["FR"]
history = "On by default since 2025."
extras = ["objection"]
notes = ["You may also object."]
extra_notes = { objection = "Tiny must answer within a month." }
sources = ["faq"]

[[regions]]
id = "world"
name = "Everywhere else"
default = true
countries = []
history = "On by default since 2024."
extras = []
sources = ["faq"]

[extras.objection]
link = "form"
title = "Object to Tiny"
summary = "Tiny's form takes your objection."
button = "Open the form"
done = "I sent it"
sources = ["faq"]

[extras.objection.letter]
off = "I, {name}, switched it off and object."
already_off = "I, {name}, found it off and object."
unconfirmed = "I, {name}, object."

[[devices]]
id = "web"
name = "Computer"
where = "in a browser"
hint = "the Tiny website"
icon = "mdi6.monitor"
handoff = "open"

[[devices.steps]]
text = "Click {label}."
label = "Me"

[[devices.steps]]
text = "Under {section}, click {label}."
section = "Data"
label = "Privacy"

[[devices.steps]]
text = "Click {label}."
label = "Teach the robot"

[[sources]]
id = "faq"
publisher = "Tiny Help"
about = "Tiny and AI"
"""

LABEL = "The service's own wording: copy it exactly as the service shows it in this language."
QUOTED = "{label} is Tiny's wording, already quoted; keep it as it is."  # the small guide's service


def extract(data: bytes) -> list[tuple[int, str, str | tuple[str, str], list[str]]]:
    return list(extract_guide(io.BytesIO(data), ["_", "pgettext"], ["Translators:"], {}))


def test_every_string_of_a_guide_is_extracted_with_its_line_and_comments() -> None:
    assert extract(TINY_GUIDE.encode("utf-8")) == [
        (8, "_", "Stop Tiny’s robot from learning from your posts", ["Guide: guide.title"]),
        (6, "_", "Tiny", ["Guide: guide.service"]),
        (0, "_", "Receipt: Tiny and my posts", ["Guide: guide.receipt_title"]),  # a 'literal' string: no line
        (18, "pgettext", ("tiny-ai-training label", "Teach the robot"), ["Guide: actions.switch.label", LABEL]),
        (19, "pgettext", ("tiny-ai-training label", "Privacy"), ["Guide: actions.switch.page_label", LABEL]),
        (28, "_", "The switch is about Tiny’s robot.", ["Guide: facts.scope"]),
        (32, "_", "It does not cover ads.", ["Guide: facts.not_covered"]),
        (36, "_", "It stops future learning only.", ["Guide: facts.stops_future_only"]),
        (40, "_", "Used: your posts.", ["Guide: facts.used"]),
        (44, "_", "Not used: your messages.", ["Guide: facts.not_used"]),
        (48, "_", "It is one setting per account.", ["Guide: facts.account_wide"]),
        (22, "_", "Tiny teaches its robot with your posts.", ["Guide: texts.intro"]),
        (23, "_", "Tiny’s robot switch", ["Guide: texts.switch"]),
        (24, "_", "Tiny will not use your posts from now on.", ["Guide: texts.afterwards"]),
        (25, "_", "Check that Tiny still does not use your posts.", ["Guide: texts.recheck"]),
        (53, "_", "European Union", ["Guide: regions.eu.name"]),
        (55, "_", "On by default since 2025.", ["Guide: regions.eu.history"]),
        (57, "_", "You may also object.", ["Guide: regions.eu.notes"]),
        (58, "_", "Tiny must answer within a month.", ["Guide: regions.eu.extra_notes.objection"]),
        (63, "_", "Everywhere else", ["Guide: regions.world.name"]),
        (66, "_", "On by default since 2024.", ["Guide: regions.world.history"]),
        (72, "_", "Object to Tiny", ["Guide: extras.objection"]),
        (73, "_", "Tiny's form takes your objection.", ["Guide: extras.objection"]),
        (74, "_", "Open the form", ["Guide: extras.objection"]),
        (75, "_", "I sent it", ["Guide: extras.objection"]),
        (79, "_", "I, {name}, switched it off and object.", ["Guide: extras.objection.letter.off"]),
        (80, "_", "I, {name}, found it off and object.", ["Guide: extras.objection.letter.already_off"]),
        (81, "_", "I, {name}, object.", ["Guide: extras.objection.letter.unconfirmed"]),
        (85, "_", "Computer", ["Guide: devices.web.name"]),
        (86, "_", "in a browser", ["Guide: devices.web.where"]),
        (87, "_", "the Tiny website", ["Guide: devices.web.hint"]),
        (92, "_", "Click {label}.", ["Guide: devices.web.steps.1", QUOTED]),
        (93, "pgettext", ("tiny-ai-training label", "Me"), ["Guide: devices.web.steps.1", LABEL]),
        (96, "_", "Under {section}, click {label}.", ["Guide: devices.web.steps.2", QUOTED]),
        (19, "pgettext", ("tiny-ai-training label", "Privacy"), ["Guide: devices.web.steps.2", LABEL]),
        (97, "pgettext", ("tiny-ai-training label", "Data"), ["Guide: devices.web.steps.2.section", LABEL]),
        (92, "_", "Click {label}.", ["Guide: devices.web.steps.3", QUOTED]),  # the first line that has it
        (18, "pgettext", ("tiny-ai-training label", "Teach the robot"), ["Guide: devices.web.steps.3", LABEL]),
        (106, "_", "Tiny Help", ["Guide: sources.faq"]),
        (107, "_", "Tiny and AI", ["Guide: sources.faq.about"]),
    ]


def test_a_text_written_with_escapes_is_extracted_without_a_line() -> None:
    data = TINY_GUIDE.replace('title = "Stop Tiny’s', 'title = "Stop Tiny\\u2019s').encode("utf-8")
    assert extract(data)[0] == (0, "_", "Stop Tiny’s robot from learning from your posts", ["Guide: guide.title"])


def test_a_guide_read_from_a_file_is_extracted_the_same(tmp_path: Path) -> None:
    path = tmp_path / "guide.toml"
    path.write_bytes(TINY_GUIDE.encode("utf-8"))
    with path.open("rb") as fileobj:
        found = list(extract_guide(fileobj, [], [], {}))
    assert found[:2] == [
        (8, "_", "Stop Tiny’s robot from learning from your posts", ["Guide: guide.title"]),
        (6, "_", "Tiny", ["Guide: guide.service"]),
    ]
    assert len(found) == 40


def test_a_broken_guide_file_stops_the_extraction_naming_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "tiny-ai-training" / "guide.toml"
    path.parent.mkdir()
    path.write_bytes(TINY_GUIDE.replace("version = 2", "version = 0").encode("utf-8"))
    with path.open("rb") as fileobj, pytest.raises(GuideError) as raised:
        list(extract_guide(fileobj, [], [], {}))
    assert str(raised.value) == f"{path}: guide.version: must be 1 or more"


def test_a_broken_guide_without_a_file_name_is_reported_as_guide_toml() -> None:
    with pytest.raises(GuideError) as raised:
        extract(TINY_GUIDE.replace('label = "Teach the robot"\n', "", 1).encode("utf-8"))
    assert str(raised.value) == "guide.toml: actions.switch.label: is missing"


def test_a_guide_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(UnicodeDecodeError):
        extract(TINY_GUIDE.encode("utf-16"))
