"""The wizard's decisions beyond the page order of test_flow.py: the progress header, changing service,
the labels' language, the account name kept, what "Stop for now" keeps and where it reopens."""

from __future__ import annotations

import pytest

from app.core.actions import ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND
from app.core.flow import (
    PageId,
    WizardState,
    can_leave,
    clean_label,
    confirmations_from,
    next_page,
    recorded_device,
    resume_from,
    resume_text,
    stage,
)
from app.core.guide import Guide

LANGUAGES = ("en", "fr")


def walk_from_service(state: WizardState, guide: Guide) -> list[PageId]:
    pages = [PageId.SERVICE]
    while (following := next_page(pages[-1], state, guide)) is not None:
        pages.append(following)
        assert len(pages) < 20, "the wizard loops"
    return pages


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (PageId.SERVICE, None),
        (PageId.WELCOME, None),
        (PageId.REGION, 1),
        (PageId.DEVICE, 2),
        (PageId.STEPS, 3),
        (PageId.CONFIRM, 4),
        (PageId.DONE, 5),
    ],
)
def test_the_progress_header_counts_five_stages_after_the_welcome(page: PageId, expected: int | None) -> None:
    assert stage(page) == expected


def test_the_quick_route_progress_jumps_from_the_first_stage_to_the_fourth(guide: Guide) -> None:
    pages = walk_from_service(WizardState(language="en", quick_route=True), guide)
    assert pages == [PageId.SERVICE, PageId.WELCOME, PageId.REGION, PageId.CONFIRM, PageId.DONE]
    assert [stage(page) for page in pages] == [None, None, 1, 4, 5]


def test_the_service_page_is_left_only_once_a_service_is_chosen(guide: Guide) -> None:
    state = WizardState(language="en")
    assert not can_leave(PageId.SERVICE, state, guide)
    state.choose_services(["chatterly-ai-training"])
    assert can_leave(PageId.SERVICE, state, guide)
    assert state.guide_id == "chatterly-ai-training"
    state.choose_services([])  # all unticked again
    assert not can_leave(PageId.SERVICE, state, guide)


def test_choosing_another_service_forgets_what_was_chosen_for_the_previous_one(guide: Guide) -> None:
    state = WizardState(
        language="fr",
        country="FR",
        device="iphone",
        quick_route=True,
        extras={"objection_form"},
        account="Work",
        linkedin_language="en",
        guide_id="linkedin-ai-training",
    )
    state.choose_answer(ANSWER_ALREADY_OFF)
    state.choose_service("chatterly-ai-training")
    assert state == WizardState(
        language="fr",
        country="FR",
        device=None,
        quick_route=False,
        answers={},
        extras=set(),
        account="Work",
        linkedin_language="en",
        guide_id="chatterly-ai-training",
    )
    assert not can_leave(PageId.CONFIRM, state, guide)  # the answer is asked again
    after = [PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM, PageId.DONE]
    assert walk_from_service(state, guide)[2:] == after


def test_the_not_found_answer_leaves_the_switch_unconfirmed(guide: Guide) -> None:
    state = WizardState(language="en", country="FR")
    state.choose_answer(ANSWER_NOT_FOUND)
    assert (state.answer, state.answers) == ("not_found", {"": "not_found"})
    assert state.recorded_answers(guide) == {}  # nothing that records
    assert not can_leave(PageId.CONFIRM, state, guide)


@pytest.mark.parametrize(
    ("language", "linkedin_language", "expected"),
    [("fr", None, "fr"), ("fr", "en", "en"), ("en", "fr", "fr"), ("en", None, "en")],
)
def test_labels_are_quoted_in_the_services_language_when_one_is_chosen(
    language: str, linkedin_language: str | None, expected: str
) -> None:
    assert WizardState(language=language, linkedin_language=linkedin_language).labels_language() == expected


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Work  ", "Work"),
        ("Work\x1b[31m red", "Work [31m red"),
        ("Work\nand\tplay\x00", "Work and play"),
        ("Work\u2028Home\u2029Club", "Work Home Club"),
        ("Wo\ud800rk", "Work"),
        ("Travail\udfff", "Travail"),
        ("Pro — Café", "Pro — Café"),
    ],
)
def test_an_account_name_is_kept_as_one_line_of_printable_text(typed: str, kept: str) -> None:
    assert clean_label(typed) == kept


def test_an_account_name_is_cut_at_sixty_characters_without_a_trailing_space() -> None:
    assert clean_label("a" * 59 + " b" * 5) == "a" * 59
    assert clean_label("x" * 61) == "x" * 60
    assert clean_label("Ma   Société   Europe", limit=10) == "Ma Société"
    assert clean_label("Ma Société", limit=None) == "Ma Société"


def test_the_confirmation_keeps_the_cleaned_account_name(guide: Guide) -> None:
    state = WizardState(language="en", country="FR", device="iphone", account=" Work\n(old)\ud800 ")
    state.choose_answer("off")
    assert confirmations_from(state, guide, "1")[0].account == "Work (old)"


def test_recording_without_a_country_is_a_programming_error(guide: Guide) -> None:
    for country in (None, ""):
        state = WizardState(language="en", country=country, device="iphone", answers={"": "off"})
        with pytest.raises(AssertionError) as raised:
            confirmations_from(state, guide, "1")[0]
        assert str(raised.value) == "no country chosen"


def test_recording_an_unconfirmed_switch_is_a_programming_error(guide: Guide) -> None:
    state = WizardState(language="en", country="FR", device="iphone")
    with pytest.raises(AssertionError) as raised:
        confirmations_from(state, guide, "1")[0]
    assert str(raised.value) == "no answer that records anything"


def test_recording_without_a_device_outside_the_quick_route_is_a_programming_error(guide: Guide) -> None:
    assert recorded_device(WizardState(language="en", quick_route=True), guide) == "browser"
    with pytest.raises(AssertionError) as raised:
        recorded_device(WizardState(language="en"), guide)
    assert str(raised.value) == "no device chosen"


def test_the_quick_route_records_each_guides_own_computer(guide: Guide) -> None:
    # A guide whose computer is called "desktop" (the fixture's), or that has phones only.
    desktop = guide._replace(devices=(guide.device("iphone"), guide.device("browser")._replace(id="desktop")))
    assert recorded_device(WizardState(language="en", quick_route=True), desktop) == "desktop"
    phones = guide._replace(devices=(guide.device("android"), guide.device("iphone")))
    assert recorded_device(WizardState(language="en", quick_route=True), phones) == "android"
    assert recorded_device(WizardState(language="en", quick_route=True, device="iphone"), phones) == "iphone"


# "Stop for now": what is kept, and where the assistant reopens.


def test_stop_for_now_keeps_the_choices_and_the_page_as_sorted_json() -> None:
    state = WizardState(
        language="fr",
        country="FR",
        device="android",
        answers={"": "off"},
        extras={"objection_form"},
        account="Société",
        linkedin_language="en",
        guide_id="linkedin-ai-training",
    )
    assert resume_text(state, PageId.CONFIRM) == (
        '{"account": "Société", "country": "FR", "device": "android", '
        '"guide_id": "linkedin-ai-training", "linkedin_language": "en", "page": "CONFIRM"}'
    )


def test_stop_for_now_on_the_first_page_keeps_nulls() -> None:
    state = WizardState(language="en", guide_id="linkedin-ai-training")
    assert resume_text(state, PageId.WELCOME) == (
        '{"account": "", "country": null, "device": null, '
        '"guide_id": "linkedin-ai-training", "linkedin_language": null, "page": "WELCOME"}'
    )


def test_the_assistant_reopens_where_the_person_stopped(guide: Guide) -> None:
    text = (
        '{"account": "Work", "country": "GB", "device": "iphone", "guide_id": "linkedin-ai-training", '
        '"linkedin_language": "fr", "page": "STEPS"}'
    )
    assert resume_from(text, "fr", [guide], LANGUAGES) == (
        WizardState(
            language="fr",
            country="GB",
            device="iphone",
            account="Work",
            linkedin_language="fr",
            guide_id="linkedin-ai-training",
        ),
        PageId.STEPS,
    )


def test_what_was_kept_comes_back_the_same(guide: Guide) -> None:
    state = WizardState(
        language="en", country="CA", device="browser", account="Café", guide_id=guide.id, linkedin_language="fr"
    )
    assert resume_from(resume_text(state, PageId.CONFIRM), "en", [guide], LANGUAGES) == (state, PageId.CONFIRM)


def test_a_resume_with_only_the_service_opens_on_the_welcome_page(guide: Guide) -> None:
    resumed = resume_from('{"guide_id": "linkedin-ai-training"}', "en", [guide], LANGUAGES)
    assert resumed == (WizardState(language="en", guide_id="linkedin-ai-training"), PageId.WELCOME)
    assert resumed is not None and resumed[0].account == ""


def test_a_resume_with_nulls_opens_with_nothing_chosen(guide: Guide) -> None:
    text = (
        '{"account": null, "country": null, "device": null, "guide_id": "linkedin-ai-training", '
        '"linkedin_language": null, "page": "WELCOME"}'
    )
    state, page = resume_from(text, "fr", [guide], LANGUAGES) or (None, None)
    assert page == PageId.WELCOME
    assert state == WizardState(language="fr", guide_id="linkedin-ai-training")
    assert (state.account, state.country, state.device, state.linkedin_language) == ("", None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "not json",
        '["linkedin-ai-training"]',
        '"linkedin-ai-training"',
        '{"guide_id": "chatterly-ai-training", "page": "STEPS"}',  # a service no longer offered
        '{"page": "REGION"}',  # no service
        '{"guide_id": "linkedin-ai-training", "country": 33}',
        '{"guide_id": "linkedin-ai-training", "device": ["iphone"]}',
        '{"guide_id": "linkedin-ai-training", "account": true}',
        '{"guide_id": 7}',
    ],
)
def test_what_cannot_be_resumed_opens_the_assistant_afresh(guide: Guide, text: str | None) -> None:
    assert resume_from(text, "en", [guide], LANGUAGES) is None


def test_a_resume_finds_its_service_among_several(guide: Guide) -> None:
    other = guide._replace(id="chatterly-ai-training", service="Chatterly")
    resumed = resume_from('{"guide_id": "linkedin-ai-training"}', "en", [other, guide], LANGUAGES)
    assert resumed is not None and resumed[0].guide_id == "linkedin-ai-training"
    resumed = resume_from('{"guide_id": "chatterly-ai-training"}', "en", [guide, other], LANGUAGES)
    assert resumed is not None and resumed[0].guide_id == "chatterly-ai-training"


def test_a_service_language_no_longer_offered_falls_back_to_the_assistants(guide: Guide) -> None:
    text = '{"guide_id": "linkedin-ai-training", "linkedin_language": "de"}'
    state, _ = resume_from(text, "fr", [guide], LANGUAGES) or (None, None)
    assert state is not None and state.linkedin_language is None
    assert state.labels_language() == "fr"


def test_a_device_the_guide_no_longer_has_is_chosen_again(guide: Guide) -> None:
    text = '{"guide_id": "linkedin-ai-training", "country": "FR", "device": "tablet", "page": "STEPS"}'
    state, page = resume_from(text, "en", [guide], LANGUAGES) or (None, None)
    assert page == PageId.DEVICE
    assert state == WizardState(language="en", country="FR", guide_id="linkedin-ai-training")
    assert state.device is None


@pytest.mark.parametrize(
    ("kept", "expected"),
    [
        ('"page": "WELCOME"', PageId.WELCOME),
        ('"page": "REGION"', PageId.REGION),
        ('"page": "DEVICE"', PageId.DEVICE),
        ('"page": "STEPS"', PageId.STEPS),
        ('"page": "CONFIRM"', PageId.CONFIRM),
        ('"page": "DONE"', PageId.WELCOME),  # a finished run is not resumed halfway
        ('"page": "SERVICE"', PageId.WELCOME),
        ('"page": "steps"', PageId.WELCOME),
        ('"page": 3', PageId.WELCOME),
        ('"other": "STEPS"', PageId.WELCOME),
    ],
)
def test_the_page_reopened_with_every_choice_kept(guide: Guide, kept: str, expected: PageId) -> None:
    text = '{"guide_id": "linkedin-ai-training", "country": "FR", "device": "android", ' + kept + "}"
    state, page = resume_from(text, "en", [guide], LANGUAGES) or (None, None)
    assert page == expected
    assert state == WizardState(language="en", country="FR", device="android", guide_id="linkedin-ai-training")


@pytest.mark.parametrize(
    ("stopped_on", "expected"),
    [
        ("WELCOME", PageId.WELCOME),
        ("REGION", PageId.REGION),
        ("DEVICE", PageId.REGION),
        ("STEPS", PageId.REGION),
        ("CONFIRM", PageId.REGION),
    ],
)
def test_without_a_country_the_assistant_reopens_no_later_than_the_region_page(
    guide: Guide, stopped_on: str, expected: PageId
) -> None:
    text = '{"guide_id": "linkedin-ai-training", "page": "' + stopped_on + '"}'
    assert resume_from(text, "en", [guide], LANGUAGES) == (
        WizardState(language="en", guide_id="linkedin-ai-training"),
        expected,
    )


@pytest.mark.parametrize(
    ("stopped_on", "expected"),
    [
        ("WELCOME", PageId.WELCOME),
        ("REGION", PageId.REGION),
        ("DEVICE", PageId.DEVICE),
        ("STEPS", PageId.DEVICE),
        ("CONFIRM", PageId.DEVICE),
    ],
)
def test_with_a_country_and_no_device_the_assistant_reopens_no_later_than_the_device_page(
    guide: Guide, stopped_on: str, expected: PageId
) -> None:
    text = '{"guide_id": "linkedin-ai-training", "country": "US", "page": "' + stopped_on + '"}'
    assert resume_from(text, "en", [guide], LANGUAGES) == (
        WizardState(language="en", country="US", guide_id="linkedin-ai-training"),
        expected,
    )
