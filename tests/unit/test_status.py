"""app/core/status.py: the accounts, found by key; what each one still wants; the facts an empty account has."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import event, utc

from app.core import status as status_module
from app.core.checklist import build_checklist
from app.core.guide import Guide
from app.core.status import account_status, guide_list, status_of

NOW = utc(2026, 12, 4, 12, 0)


def test_accounts_are_found_by_key_or_bare_label_and_grouped_by_service(guide: Guide) -> None:
    other = guide._replace(id="chatterly-ai-training")
    records = [
        event(utc(2026, 11, 1), account="Work"),
        event(utc(2025, 1, 1)),  # due long ago
        event(utc(2026, 11, 2), guide_id="chatterly-ai-training", account="Work"),
        event(utc(2026, 11, 3), guide_id="gone-ai-training"),  # its guide is not installed
    ]
    status = status_of([guide, other], records, 6, NOW)
    assert [a.key for a in status.accounts] == [
        "linkedin-ai-training/",
        "linkedin-ai-training/Work",
        "chatterly-ai-training/Work",
    ]
    assert (status.orphans, status.unreadable, status.guides) == (1, 0, (guide, other))
    found = status.account("chatterly-ai-training/Work")
    assert found is not None and found.guide is other
    bare = status.account("Work")  # a bare label: the first service's
    assert bare is not None and bare.key == "linkedin-ai-training/Work"
    assert status.account("nobody") is None
    assert [a.key for a in status.of_service("chatterly-ai-training")] == ["chatterly-ai-training/Work"]
    assert [a.key for a in status.wanting_action] == ["linkedin-ai-training/"]


def test_an_account_without_records_wants_everything_and_has_no_dates(guide: Guide) -> None:
    empty = account_status(build_checklist(guide, [], 6), guide, dt.date(2026, 12, 4), "DPR-1")
    assert (empty.empty, empty.wants_action, empty.is_due, empty.overdue) == (True, True, False, False)
    assert (empty.since, empty.last_done, empty.due, empty.objection, empty.objection_sent) == (None,) * 5
    assert empty.case_number == ""  # no objection sent: a case number kept from before is not shown
    assert (empty.key, empty.account, empty.future_events) == ("linkedin-ai-training/", "", 0)


def test_the_objection_is_the_form_recorded_done_not_another_extra(guide: Guide) -> None:
    ads = build_checklist(guide, [event(utc(2026, 11, 1), extras=("ads_sharing",), country="US")], 6, now=NOW)
    assert account_status(ads, guide, dt.date(2026, 12, 4), "X").objection is None
    form = build_checklist(guide, [event(utc(2026, 11, 1), extras=("objection_form",))], 6, now=NOW)
    sent = account_status(form, guide, dt.date(2026, 12, 4), "X")
    assert sent.objection is not None and sent.objection.id == "objection_form"
    assert (sent.objection_sent, sent.case_number) == (utc(2026, 11, 1), "X")
    not_sent = build_checklist(guide, [event(utc(2026, 11, 1))], 6, now=NOW)  # the form applies, not done
    assert account_status(not_sent, guide, dt.date(2026, 12, 4), "X").objection is None


@pytest.mark.parametrize(("today", "overdue"), [(dt.date(2027, 5, 1), False), (dt.date(2027, 5, 2), True)])
def test_due_on_the_day_itself(guide: Guide, today: dt.date, overdue: bool) -> None:
    status = status_of(guide, [event(utc(2026, 11, 2, 12))], 6, NOW, today=today)
    [account] = status.accounts
    assert (status.today, account.due, account.overdue, account.is_due) == (
        today,
        dt.date(2027, 5, 2),
        overdue,
        overdue,
    )
    assert account.wants_action is overdue


def test_the_date_and_clock_are_read_once_by_default(guide: Guide, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_module, "utc_now", lambda: NOW)
    status = status_of(guide, [], unreadable=2)
    assert (status.now, status.today, status.months, status.accounts, status.unreadable) == (
        NOW,
        NOW.astimezone().date(),
        6,
        (),
        2,
    )
    assert guide_list(guide) == (guide,) and guide_list([guide, guide]) == (guide, guide)


def test_case_numbers_follow_their_account(guide: Guide) -> None:
    records = [event(utc(2026, 11, 1), extras=("objection_form",)), event(utc(2026, 11, 1), account="Work")]
    mine, work = status_of(guide, records, 6, NOW, {"linkedin-ai-training/": "A-1"}).accounts
    assert (mine.case_number, work.case_number) == ("A-1", "")
