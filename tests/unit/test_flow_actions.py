"""The flow and the checklist for every kind of action, without Qt: the Friendsy fixture (a form in Europe
done in two apps, nothing at all elsewhere) beside LinkedIn's switch. Which pages a person meets, when a page
may be left, what is recorded for which app, and when each kind is looked at again."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import event, form_event, utc
from test_flow import walk

from app.core.actions import FORM_LOOK_AGAIN_MONTHS, KINDS
from app.core.checklist import account_key, build_checklist, build_checklists, next_check
from app.core.flow import (
    FINAL,
    MIDWAY,
    ORDER,
    RESUMABLE,
    SERVICE_PAGES,
    STAGES,
    PageId,
    WizardState,
    can_leave,
    confirmations_from,
    next_page,
    recheck_confirmation,
    stage,
)
from app.core.guide import Guide, load_guide

ROOT = Path(__file__).resolve().parents[2]
FRIENDSY_FILE = ROOT / "tests" / "fixtures" / "guides-shapes" / "friendsy-ai-training" / "guide.toml"


@pytest.fixture(scope="module")
def friendsy() -> Guide:
    return load_guide(FRIENDSY_FILE)


def test_the_pages_are_declared_once_in_their_order() -> None:
    assert ORDER == (
        PageId.SERVICE,
        PageId.WELCOME,
        PageId.REGION,
        PageId.NOTHING_TO_DO,
        PageId.DEVICE,
        PageId.STEPS,
        PageId.CONFIRM,
        PageId.DONE,
    )
    assert STAGES == (PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM, PageId.DONE)
    assert MIDWAY == (PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM)
    assert RESUMABLE == (PageId.WELCOME, PageId.REGION, PageId.DEVICE, PageId.STEPS, PageId.CONFIRM)
    assert FINAL == (PageId.DONE, PageId.NOTHING_TO_DO)
    assert SERVICE_PAGES == (
        PageId.REGION,
        PageId.NOTHING_TO_DO,
        PageId.DEVICE,
        PageId.STEPS,
        PageId.CONFIRM,
        PageId.DONE,
    )
    assert [stage(page) for page in ORDER] == [None, None, 1, 5, 2, 3, 4, 5]


def test_a_form_region_goes_through_the_steps_to_its_answers(friendsy: Guide) -> None:
    state = WizardState(language="en", country="FR")
    assert walk(state, friendsy) == [
        PageId.WELCOME,
        PageId.REGION,
        PageId.DEVICE,
        PageId.STEPS,
        PageId.CONFIRM,
        PageId.DONE,
    ]
    assert state.kind(friendsy) is KINDS["form"]


def test_a_region_with_nothing_to_do_ends_on_its_own_page(friendsy: Guide) -> None:
    state = WizardState(language="en", country="US")
    assert walk(state, friendsy) == [PageId.WELCOME, PageId.REGION, PageId.NOTHING_TO_DO]
    assert next_page(PageId.NOTHING_TO_DO, state, friendsy) is None
    assert not can_leave(PageId.CONFIRM, state, friendsy)  # nothing can be recorded there


def test_before_the_country_the_usual_path_is_shown(friendsy: Guide) -> None:
    state = WizardState(language="en")
    assert next_page(PageId.REGION, state, friendsy) == PageId.DEVICE  # Next, not the end, on the region page
    assert state.action(friendsy) is None and state.kind(friendsy) is None
    assert state.recorded_answers(friendsy) == {}


def test_the_quick_route_opens_only_the_switch_every_region_shares(friendsy: Guide, guide: Guide) -> None:
    assert WizardState(language="en").action(guide) is None  # no country, no quick route: nothing known yet
    assert friendsy.quick_action is None
    quick = WizardState(language="en", quick_route=True)
    assert quick.action(friendsy) is None
    linkedin = quick.action(guide)
    assert linkedin is not None and linkedin.id == "switch"
    assert walk(quick, guide) == [PageId.WELCOME, PageId.REGION, PageId.CONFIRM, PageId.DONE]


def test_each_app_is_answered_and_one_answer_at_least_records(friendsy: Guide) -> None:
    state = WizardState(language="en", country="DE", device="phone")
    assert not can_leave(PageId.CONFIRM, state, friendsy)
    state.choose_answer("sent", "friendsy")
    assert state.recorded_answers(friendsy) == {"friendsy": "sent"}
    assert not can_leave(PageId.CONFIRM, state, friendsy)  # Pixgram has no answer yet
    state.choose_answer("not_found", "pixgram")
    assert can_leave(PageId.CONFIRM, state, friendsy)
    state.choose_answer("not_found", "friendsy")
    assert not can_leave(PageId.CONFIRM, state, friendsy)  # nothing would be recorded
    state.choose_answer("already_sent", "pixgram")
    assert state.recorded_answers(friendsy) == {"pixgram": "already_sent"}
    assert state.answer == "not_found"  # the first app's: what a ready-to-paste text follows
    state.choose_answer("off", "friendsy")  # a switch's answer records nothing for a form
    assert state.recorded_answers(friendsy) == {"pixgram": "already_sent"}


def test_one_record_per_app_that_records_the_extras_once(friendsy: Guide) -> None:
    state = WizardState(language="fr", country="BE", device="desktop", account=" Work ", extras={"past_posts", "x"})
    state.choose_answer("sent", "friendsy")
    state.choose_answer("already_sent", "pixgram")
    first, second = confirmations_from(state, friendsy, "9.8")
    assert (first.app, first.kind, first.action, first.extras) == ("friendsy", "sent", "object", ("past_posts",))
    assert (second.app, second.kind, second.action, second.extras) == ("pixgram", "already_sent", "object", ())
    for record in (first, second):
        assert (record.device, record.country, record.region, record.language) == ("desktop", "BE", "europe", "fr")
        assert (record.guide_id, record.guide_version, record.app_version, record.account) == (
            "friendsy-ai-training",
            1,
            "9.8",
            "Work",
        )
    state.choose_answer("not_found", "friendsy")
    [only] = confirmations_from(state, friendsy, "9.8")
    assert (only.app, only.extras) == ("pixgram", ("past_posts",))  # the first record written carries them


def test_a_switch_records_its_answers_in_the_service_itself(guide: Guide) -> None:
    state = WizardState(language="en", country="FR", device="iphone")
    state.choose_answer("already_off")
    [record] = confirmations_from(state, guide, "1")
    assert (record.kind, record.action, record.app) == ("already_off", "switch", "")


def test_a_recheck_keeps_the_action_and_the_app(friendsy: Guide) -> None:
    latest = form_event(utc(2026, 3, 1), "pixgram", "sent")
    again = recheck_confirmation(latest, friendsy, "2")
    assert (again.kind, again.action, again.app, again.region) == ("rechecked", "object", "pixgram", "europe")
    switched = recheck_confirmation(latest, friendsy, "2", "confirmed")  # found on, switched off again
    assert (switched.kind, switched.app, switched.extras) == ("confirmed", "pixgram", ())


def test_a_form_is_looked_at_again_a_year_on_whatever_the_period(friendsy: Guide) -> None:
    sent = form_event(utc(2026, 3, 1, 9), "friendsy", "sent")
    checklist = build_checklist(friendsy, [sent], 3, now=utc(2026, 6, 1), app="friendsy")
    assert FORM_LOOK_AGAIN_MONTHS == 12
    assert checklist.recheck_due == next_check(sent.recorded_at, 12)
    assert checklist.action is not None and checklist.action.id == "object"
    assert (checklist.app, checklist.key) == ("friendsy", "friendsy-ai-training/friendsy:")
    off = checklist.off_since()
    assert off is not None and off.switched and off.event is sent


def test_an_earlier_objection_is_not_a_sending(friendsy: Guide) -> None:
    before = form_event(utc(2026, 3, 1, 9), "pixgram", "already_sent")
    off = build_checklist(friendsy, [before], 6, now=utc(2026, 6, 1), app="pixgram").off_since()
    assert off is not None and not off.switched


def test_a_switch_keeps_the_persons_period(guide: Guide) -> None:
    switched = event(utc(2026, 3, 1, 9))
    checklist = build_checklist(guide, [switched], 3, now=utc(2026, 6, 1))
    assert checklist.recheck_due == next_check(switched.recorded_at, 3)
    assert checklist.action is not None and checklist.action.id == "switch"
    assert checklist.key == "linkedin-ai-training/"


def test_one_checklist_per_account_then_per_app_in_the_guides_order(friendsy: Guide) -> None:
    def made(app: str, account: str = "") -> object:
        return form_event(utc(2026, 3, 1, 9), app, "sent", account=account)

    records = [made("pixgram", "Work"), made("pixgram"), made("aaa"), made("friendsy", "Work"), made("friendsy")]
    lists = build_checklists(friendsy, records, 6, now=utc(2026, 6, 1))  # type: ignore[arg-type]
    assert [(c.account, c.app) for c in lists] == [
        ("", "friendsy"),
        ("", "pixgram"),
        ("", "aaa"),  # an app this guide no longer has: after its apps, whatever its name
        ("Work", "friendsy"),
        ("Work", "pixgram"),
    ]
    assert account_key("g", "Work", "pixgram") == "g/pixgram:Work"
    assert account_key("g", "Work") == "g/Work"


def test_a_record_of_an_action_the_guide_no_longer_has_reads_as_its_regions(friendsy: Guide) -> None:
    old = form_event(utc(2026, 3, 1, 9), "friendsy", "sent", action="gone")
    checklist = build_checklist(friendsy, [old], 6, now=utc(2026, 6, 1), app="friendsy")
    assert checklist.action is not None and checklist.action.id == "object"


def test_an_empty_checklist_knows_its_app(friendsy: Guide) -> None:
    empty = build_checklist(friendsy, [], 6, app="pixgram")
    assert (empty.app, empty.action, empty.latest) == ("pixgram", None, None)


def test_after_the_last_page_of_a_path_there_is_none(friendsy: Guide) -> None:
    nowhere = WizardState(language="en", country="US")  # nothing to do here: no steps, no answers
    assert next_page(PageId.STEPS, nowhere, friendsy) is None
    assert next_page(PageId.DONE, nowhere, friendsy) is None


def test_a_checklist_made_without_its_action_reads_its_records_as_a_switchs(guide: Guide) -> None:
    from app.core.checklist import Checklist

    found = event(utc(2026, 1, 5), kind="already_off")
    switched = event(utc(2026, 2, 5))
    checklist = Checklist("", (), switched, None, None, False, history=(found, switched), guide_id=guide.id)
    off = checklist.off_since()
    assert off is not None and off.switched and off.event is switched
