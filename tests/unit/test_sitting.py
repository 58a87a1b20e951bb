"""Several services in one sitting, without Qt (issue 27, point 2): which are chosen, in which order, which
comes next, what carries over from one to the next, and what "Stop for now" keeps of the sitting."""

from __future__ import annotations

import json

import pytest
from ids import guide_path

from app.core.flow import PageId, WizardState, resume_from, resume_text
from app.core.guide import Guide, load_guide
from app.resources import guide_file

LINKEDIN, CHATGPT, META = "linkedin-ai-training", "chatgpt-model-training", "meta-ai-training"


@pytest.fixture(scope="module")
def shipped() -> tuple[Guide, ...]:
    return tuple(load_guide(guide_file(g)) for g in (CHATGPT, META, LINKEDIN))


def test_the_chosen_services_are_followed_in_the_order_chosen() -> None:
    state = WizardState(language="en")
    state.choose_services([LINKEDIN, CHATGPT, LINKEDIN])  # a repeat counts once
    assert state.services == (LINKEDIN, CHATGPT)
    assert state.guide_id == LINKEDIN
    assert state.service_place() == (1, 2)
    assert state.next_service() == CHATGPT


def test_choosing_again_keeps_what_was_chosen_for_the_first_if_it_stays_first() -> None:
    state = WizardState(language="en", guide_id=LINKEDIN, device="iphone")
    state.choose_services([LINKEDIN, META])
    assert (state.guide_id, state.device) == (LINKEDIN, "iphone")
    state.choose_services([META])  # LinkedIn unticked: Meta is followed, from scratch
    assert (state.guide_id, state.device) == (META, None)


def test_one_service_has_no_place_and_no_next() -> None:
    state = WizardState(language="en")
    state.choose_services([CHATGPT])
    assert state.service_place() is None
    assert state.next_service() is None
    assert WizardState(language="en", guide_id=LINKEDIN).next_service() is None  # outside a sitting


def test_the_next_service_keeps_the_country_and_a_device_it_knows(shipped: tuple[Guide, ...]) -> None:
    chatgpt, _meta, _linkedin = shipped
    state = WizardState(language="fr", country="DE", device="browser", account="Work", quick_route=True)
    state.choose_services([LINKEDIN, CHATGPT, META])
    state.country, state.device, state.account = "DE", "browser", "Work"  # chosen during LinkedIn's turn
    state.answers, state.extras = {"": "off"}, {"objection_form"}
    state.follow_next(chatgpt)
    assert (state.guide_id, state.country, state.device) == (CHATGPT, "DE", "browser")
    assert (state.account, state.answers, state.extras, state.quick_route) == ("", {}, set(), False)
    assert state.service_place() == (2, 3)
    assert state.next_service() == META


def test_a_device_the_next_guide_does_not_know_is_asked_again() -> None:
    chatterly = load_guide(
        guide_path().parents[3] / "tests" / "fixtures" / "guides" / "chatterly-ai-training" / "guide.toml"
    )
    state = WizardState(language="en")
    state.choose_services([LINKEDIN, chatterly.id])
    state.country, state.device = "FR", "iphone"
    state.follow_next(chatterly)  # Chatterly's devices are "phone" and "desktop"
    assert (state.country, state.device) == ("FR", None)


def test_stop_for_now_keeps_the_sitting(shipped: tuple[Guide, ...]) -> None:
    state = WizardState(language="en", country="IT", device="android")
    state.choose_services([CHATGPT, META])
    state.country, state.device = "IT", "android"
    state.follow_next(shipped[1])
    kept = json.loads(resume_text(state, PageId.STEPS))
    assert (kept["guide_id"], kept["services"], kept["page"]) == (META, [CHATGPT, META], "STEPS")
    resumed = resume_from(resume_text(state, PageId.STEPS), "en", shipped, ("en",))
    assert resumed is not None
    again, page = resumed
    assert (again.guide_id, again.services, page) == (META, (CHATGPT, META), PageId.STEPS)
    assert again.service_place() == (2, 2)


def test_a_sitting_kept_by_hand_keeps_only_installed_services_around_the_followed_one(
    shipped: tuple[Guide, ...],
) -> None:
    text = json.dumps({"page": "REGION", "guide_id": META, "services": [META, "gone-ai", 3, META, CHATGPT]})
    resumed = resume_from(text, "en", shipped, ("en",))
    assert resumed is not None and resumed[0].services == (META, CHATGPT)
    elsewhere = json.dumps({"page": "REGION", "guide_id": LINKEDIN, "services": [META, CHATGPT]})
    resumed = resume_from(elsewhere, "en", shipped, ("en",))
    assert resumed is not None and resumed[0].services == ()  # the followed one is not among them
    not_a_list = json.dumps({"page": "REGION", "guide_id": META, "services": META})
    resumed = resume_from(not_a_list, "en", shipped, ("en",))
    assert resumed is not None and resumed[0].services == ()


def test_no_services_are_kept_outside_a_sitting() -> None:
    assert "services" not in json.loads(resume_text(WizardState(language="en", guide_id=LINKEDIN), PageId.REGION))
