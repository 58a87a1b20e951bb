"""The day a service's confirmation e-mail came (issue 28, point 2), without Qt: read once with the status,
per account and app, only for a form that is the service's main action, and said in the export; and where
the reminder is saved, never over a file that is already there."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from factories import event, form_event, utc
from ids import guide_path

from app.core.export import account_json
from app.core.guide import load_guide
from app.core.guide_extract import extract_guide
from app.core.objection import confirmed_setting
from app.core.records import RecordStore
from app.core.reminder import free_path
from app.core.status import read_status, status_of

ROOT = Path(__file__).resolve().parents[2]
FRIENDSY = load_guide(ROOT / "tests" / "fixtures" / "guides-shapes" / "friendsy-ai-training" / "guide.toml")
LINKEDIN = load_guide(guide_path())
NOW = utc(2026, 12, 4, 12, 0)
DAY = dt.date(2026, 11, 22)


def test_each_app_of_a_form_has_its_own_day() -> None:
    records = [form_event(utc(2026, 11, 20), "friendsy"), form_event(utc(2026, 11, 20), "pixgram")]
    confirmed = {"friendsy-ai-training/friendsy:": DAY}
    friendsy, pixgram = status_of(FRIENDSY, records, 6, NOW, confirmed=confirmed).accounts
    assert (friendsy.checklist.app, friendsy.confirmed_on) == ("friendsy", DAY)
    assert (pixgram.checklist.app, pixgram.confirmed_on) == ("pixgram", None)
    assert account_json(friendsy)["confirmed_on"] == "2026-11-22"
    assert account_json(pixgram)["confirmed_on"] is None
    assert status_of(FRIENDSY, records, 6, NOW).accounts[0].confirmed_on is None  # nothing noted


def test_a_switch_has_no_confirmation_day_even_if_one_was_kept() -> None:
    records = [event(utc(2026, 11, 20))]
    [account] = status_of(LINKEDIN, records, 6, NOW, confirmed={"linkedin-ai-training/": DAY}).accounts
    assert account.confirmed_on is None


def test_the_day_is_read_from_the_store_for_each_account_and_app(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    try:
        for app in ("friendsy", "pixgram"):
            store.add_confirmation(form_event(utc(2026, 11, 20), app), now=utc(2026, 11, 20))
        store.add_confirmation(form_event(utc(2026, 11, 20), "pixgram", account="Work"), now=utc(2026, 11, 20))
        store.set_setting(confirmed_setting("friendsy-ai-training/friendsy:"), "2026-11-22")
        store.set_setting(confirmed_setting("friendsy-ai-training/pixgram:"), "soon")  # not a date: none
        store.set_setting(confirmed_setting("friendsy-ai-training/pixgram:Work"), "2026-11-25")
        status = read_status(store, [FRIENDSY], NOW)
    finally:
        store.close()
    days = {account.key: account.confirmed_on for account in status.accounts}
    assert days == {
        "friendsy-ai-training/friendsy:": DAY,
        "friendsy-ai-training/pixgram:": None,
        "friendsy-ai-training/pixgram:Work": dt.date(2026, 11, 25),
    }
    assert status.months == 6 and status.now == NOW  # the rest read as before


def test_a_new_file_takes_a_free_name(tmp_path: Path) -> None:
    assert free_path(tmp_path, "reminder.ics") == tmp_path / "reminder.ics"
    (tmp_path / "reminder.ics").write_text("mine")
    assert free_path(tmp_path, "reminder.ics") == tmp_path / "reminder (2).ics"
    (tmp_path / "reminder (2).ics").mkdir()  # a folder of that name is taken too
    (tmp_path / "reminder (3).ics").symlink_to(tmp_path / "nowhere")  # and a link, even one to nothing
    assert free_path(tmp_path, "reminder.ics") == tmp_path / "reminder (4).ics"


def test_when_every_name_is_taken_the_first_is_given_back(tmp_path: Path) -> None:
    for name in ("a.ics", "a (2).ics", "a (3).ics"):
        (tmp_path / name).write_text("x")
    assert free_path(tmp_path, "a.ics", limit=3) == tmp_path / "a.ics"  # save_calendar then says why not
    assert free_path(tmp_path, "a.ics", limit=4) == tmp_path / "a (4).ics"
    assert free_path(tmp_path, "a.ics") == tmp_path / "a (4).ics"  # 99 by default


def guide_texts(path: Path, options: dict[str, str]) -> list[str]:
    with path.open("rb") as handle:
        return [message for _line, _func, message, _comments in extract_guide(handle, (), (), options)]


@pytest.mark.parametrize("own", [True, False])
def test_a_guide_with_its_own_catalog_is_left_out_of_the_app_s(tmp_path: Path, own: bool) -> None:
    folder = tmp_path / "friendsy-ai-training"
    folder.mkdir()
    toml = folder / "guide.toml"
    toml.write_bytes(FRIENDSY.folder.joinpath("guide.toml").read_bytes())
    if own:
        (folder / "translations").mkdir()
    skipped = guide_texts(toml, {"own_catalogs": "skip"})
    everything = guide_texts(toml, {})
    assert "Friendsy" in everything and len(everything) > 20
    assert skipped == ([] if own else everything)
    with io.BytesIO(toml.read_bytes()) as nameless:  # no file name: nothing to look beside
        assert "Friendsy" in [m for _l, _f, m, _c in extract_guide(nameless, (), (), {"own_catalogs": "skip"})]


def test_ninety_nine_names_at_most(tmp_path: Path) -> None:
    (tmp_path / "r.ics").write_text("x")
    for n in range(2, 100):
        (tmp_path / f"r ({n}).ics").write_text("x")
    assert free_path(tmp_path, "r.ics") == tmp_path / "r.ics"  # all 99 taken: no 100th is tried
