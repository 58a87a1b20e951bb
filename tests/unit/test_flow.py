"""The wizard's decisions without Qt: page order, when a page may be left, and what gets recorded."""

from __future__ import annotations

import pytest

from app.core.flow import PageId, WizardState, can_leave, confirmations_from, next_page
from app.core.guide import Guide


def walk(state: WizardState, guide: Guide) -> list[PageId]:
    pages = [PageId.WELCOME]
    while (following := next_page(pages[-1], state, guide)) is not None:
        pages.append(following)
        assert len(pages) < 20, "the wizard loops"
    return pages


def test_normal_route_visits_every_page_in_order(guide: Guide) -> None:
    state = WizardState(language="en")
    assert walk(state, guide) == [
        PageId.WELCOME,
        PageId.REGION,
        PageId.DEVICE,
        PageId.STEPS,
        PageId.CONFIRM,
        PageId.DONE,
    ]


def test_quick_route_skips_device_and_steps(guide: Guide) -> None:
    state = WizardState(language="en", quick_route=True)
    assert walk(state, guide) == [PageId.WELCOME, PageId.REGION, PageId.CONFIRM, PageId.DONE]


@pytest.mark.parametrize(
    ("page", "quick", "expected"),
    [
        (PageId.WELCOME, False, PageId.REGION),
        (PageId.WELCOME, True, PageId.REGION),
        (PageId.REGION, False, PageId.DEVICE),
        (PageId.REGION, True, PageId.CONFIRM),
        (PageId.DEVICE, False, PageId.STEPS),
        (PageId.STEPS, False, PageId.CONFIRM),
        (PageId.CONFIRM, False, PageId.DONE),
        (PageId.CONFIRM, True, PageId.DONE),
        (PageId.DONE, False, None),
        (PageId.DONE, True, None),
    ],
)
def test_next_page(guide: Guide, page: PageId, quick: bool, expected: PageId | None) -> None:
    assert next_page(page, WizardState(language="en", quick_route=quick), guide) == expected
    assert next_page(page, WizardState(language="en", country="FR", quick_route=quick), guide) == expected


def test_can_leave_welcome_steps_and_done_always(guide: Guide) -> None:
    state = WizardState(language="en")
    for page in (PageId.WELCOME, PageId.STEPS, PageId.DONE):
        assert can_leave(page, state, guide)


def test_can_leave_region_once_a_country_is_chosen(guide: Guide) -> None:
    state = WizardState(language="en")
    assert not can_leave(PageId.REGION, state, guide)
    state.country = "FR"
    assert can_leave(PageId.REGION, state, guide)


@pytest.mark.parametrize(("device", "allowed"), [(None, False), ("tablet", False), ("", False), ("iphone", True)])
def test_can_leave_device_only_with_a_known_device(guide: Guide, device: str | None, allowed: bool) -> None:
    state = WizardState(language="en", country="FR", device=device)
    assert can_leave(PageId.DEVICE, state, guide) is allowed


@pytest.mark.parametrize("device", ["iphone", "android", "browser"])
def test_every_guide_device_can_be_chosen(guide: Guide, device: str) -> None:
    assert can_leave(PageId.DEVICE, WizardState(language="en", device=device), guide)


def test_can_leave_confirm_only_when_the_switch_is_off(guide: Guide) -> None:
    state = WizardState(language="en", country="FR", device="iphone", extras={"objection_form"})
    assert not can_leave(PageId.CONFIRM, state, guide)
    state.choose_answer("off")
    assert can_leave(PageId.CONFIRM, state, guide)


def test_region_follows_the_country(guide: Guide) -> None:
    state = WizardState(language="en")
    assert state.region(guide) is None
    state.country = "GB"
    region = state.region(guide)
    assert region is not None and region.id == "uk"


def test_confirmation_carries_the_choices(guide: Guide) -> None:
    state = WizardState(language="fr", country="FR", device="android", answers={"": "off"})
    new = confirmations_from(state, guide, "9.8.7")[0]
    assert new.device == "android"
    assert new.country == "FR"
    assert new.region == "eu-eea-ch"
    assert new.language == "fr"
    assert new.guide_id == guide.id
    assert new.guide_version == guide.version
    assert new.app_version == "9.8.7"
    assert new.extras == ()


def test_confirmation_keeps_only_the_extras_of_the_region(guide: Guide) -> None:
    ticked = {"objection_form", "ads_sharing"}
    in_france = WizardState(language="en", country="FR", device="iphone", answers={"": "off"}, extras=set(ticked))
    assert confirmations_from(in_france, guide, "1")[0].extras == ("objection_form",)
    in_us = WizardState(language="en", country="US", device="iphone", answers={"": "off"}, extras=set(ticked))
    assert confirmations_from(in_us, guide, "1")[0].extras == ("ads_sharing",)
    in_canada = WizardState(language="en", country="CA", device="iphone", answers={"": "off"}, extras=set(ticked))
    assert confirmations_from(in_canada, guide, "1")[0].extras == ("ads_sharing", "objection_form")


def test_ads_sharing_ticked_in_france_is_dropped(guide: Guide) -> None:
    state = WizardState(language="en", country="FR", device="browser", answers={"": "off"}, extras={"ads_sharing"})
    assert confirmations_from(state, guide, "1")[0].extras == ()


def test_quick_route_records_the_browser(guide: Guide) -> None:
    state = WizardState(language="en", country="CA", quick_route=True, answers={"": "off"}, extras={"objection_form"})
    new = confirmations_from(state, guide, "1")[0]
    assert new.device == "browser"
    assert new.region == "canada"
    assert new.extras == ("objection_form",)


def test_quick_route_keeps_a_device_chosen_later(guide: Guide) -> None:
    state = WizardState(language="en", country="US", device="iphone", quick_route=True, answers={"": "off"})
    assert confirmations_from(state, guide, "1")[0].device == "iphone"


def test_the_three_answers(guide: Guide) -> None:
    from app.core.actions import ANSWER_ALREADY_OFF, ANSWER_NOT_FOUND, ANSWER_OFF
    from app.core.flow import PageId, can_leave
    from app.core.records import ALREADY_OFF, CONFIRMED

    state = WizardState(language="en", country="FR", device="iphone")
    assert not can_leave(PageId.CONFIRM, state, guide)
    state.choose_answer(ANSWER_NOT_FOUND)
    assert not can_leave(PageId.CONFIRM, state, guide)  # nothing false is recorded
    state.choose_answer(ANSWER_ALREADY_OFF)
    assert can_leave(PageId.CONFIRM, state, guide)
    assert confirmations_from(state, guide, "1")[0].kind == ALREADY_OFF
    state.choose_answer(ANSWER_OFF)
    assert confirmations_from(state, guide, "1")[0].kind == CONFIRMED
