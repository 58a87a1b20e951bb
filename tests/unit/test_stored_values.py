"""What is read back from the records file is trusted no more than what is typed: a setting or a name
stored by an older version, another program or a hand-edited file is cleaned and bounded on reading,
and one that cannot be used is ignored, so that no start crashes and every output stays one honest line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from factories import new_confirmation, utc

from app.core import settings
from app.core.flow import PageId, WizardState, clean_label, resume_from, resume_text
from app.core.guide import Guide
from app.core.objection import clean_case_number, stored_case_number
from app.core.records import DB_NAME, RecordStore
from app.core.reminder import calendar_document
from app.core.status import read_status
from app.reminder_text import event_words
from app.status import print_status

LANGUAGES = ("en", "fr")
WORK = "Work"


def stored(folder: Path, *accounts: str, **settings_kept: object) -> None:
    """Records written as the assistant writes them, then changed behind its back with plain SQLite."""
    store, _notices = RecordStore.open(folder)
    for n, _account in enumerate(accounts):
        store.add_confirmation(new_confirmation(account=f"account-{n}"), now=utc(2026, 3, 2, 12))
    store.set_setting("language", "en")
    store.close()
    conn = sqlite3.connect(folder / DB_NAME)
    for n, account in enumerate(accounts):
        conn.execute("UPDATE confirmations SET account = ? WHERE account = ?", (account, f"account-{n}"))
    for key, value in settings_kept.items():
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, value))
    conn.commit()
    conn.close()


# -- 3: a resume setting that cannot be read is ignored ------------------------------------------


def test_a_resume_setting_nested_deeper_than_python_reads_is_ignored(guide: Guide) -> None:
    assert resume_from("[" * 100_000 + "]" * 100_000, "en", [guide], LANGUAGES) is None
    assert resume_from('{"page": ' + "[" * 100_000, "en", [guide], LANGUAGES) is None


def test_a_setting_stored_as_a_blob_reads_as_not_set(tmp_path: Path, guide: Guide) -> None:
    kept = json.dumps({"page": "DEVICE", "country": "FR", "guide_id": guide.id}).encode()
    stored(tmp_path, **{settings.RESUME.key: kept, settings.RECHECK_MONTHS.key: b"6"})
    store, _notices = RecordStore.open(tmp_path)
    assert store.setting(settings.RESUME.key) is None
    assert store.setting(settings.RECHECK_MONTHS.key) is None
    assert store.setting("language") == "en"
    store.close()


# -- 9: resumed choices are checked like chosen ones ---------------------------------------------


def resumed(guide: Guide, **kept: object) -> tuple[WizardState, PageId]:
    found = resume_from(json.dumps({"guide_id": guide.id, **kept}), "en", [guide], LANGUAGES)
    assert found is not None
    return found


@pytest.mark.parametrize("country", ["ZZ", "<b>FR</b>", "fr", "F" * 100_000, "EU"], ids=lambda c: c[:10])
def test_a_country_that_is_no_country_is_asked_again(guide: Guide, country: str) -> None:
    state, page = resumed(guide, page="STEPS", country=country, device="iphone")
    assert state.country is None
    assert page == PageId.REGION


def test_a_real_country_is_resumed(guide: Guide) -> None:
    state, page = resumed(guide, page="STEPS", country="FR", device="iphone")
    assert (state.country, state.device, page) == ("FR", "iphone", PageId.STEPS)


def test_a_resumed_account_name_is_cleaned_and_bounded(guide: Guide) -> None:
    state, _page = resumed(guide, page="REGION", account="Wo\ud800rk\u202e")
    assert state.account == WORK
    state, _page = resumed(guide, page="REGION", account="x" * 100_000)
    assert state.account == "x" * 60


def test_stopping_with_a_lone_surrogate_in_the_account_keeps_a_storable_text(tmp_path: Path, guide: Guide) -> None:
    state = WizardState(language="en", country="FR", device="iphone", account="Wo\udc80rk", guide_id=guide.id)
    store, _notices = RecordStore.open(tmp_path)
    store.set_setting(settings.RESUME.key, resume_text(state, PageId.STEPS))
    found = resume_from(store.setting(settings.RESUME.key), "en", [guide], LANGUAGES)
    store.close()
    assert found is not None and found[0].account == WORK


# -- 13: stored names and case numbers are cleaned and bounded on reading ------------------------


def test_stored_account_names_are_read_as_if_typed(tmp_path: Path) -> None:
    stored(tmp_path, "\u202eWork", "\n\t\u200b", "y" * 300_000)
    store, _notices = RecordStore.open(tmp_path)
    assert sorted(c.account for c in store.confirmations()) == ["", WORK, "y" * 60]
    store.close()


def test_a_case_number_read_back_is_cleaned_and_bounded() -> None:
    assert stored_case_number("\u202e1234-ESAC") == "1234-ESAC"
    assert stored_case_number("7" * 300_000) == "7" * 40
    assert stored_case_number(None) == ""
    assert stored_case_number("") == ""


@pytest.mark.parametrize(("language", "title"), [("en", "Your LinkedIn account"), ("fr", "Votre compte LinkedIn")])
def test_a_name_that_cleans_to_nothing_is_the_person_s_account_in_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, title: str
) -> None:
    stored(tmp_path, "\u202e\u202c \x1b", WORK)
    assert print_status(tmp_path, language=language, as_json=False) == 0
    out = capsys.readouterr().out
    assert title in out
    assert "\u202e" not in out and "\x1b" not in out


def test_the_calendar_never_titles_an_empty_name(tmp_path: Path, guide: Guide) -> None:
    stored(tmp_path, "\u2066\u2069")
    store, _notices = RecordStore.open(tmp_path)
    document = calendar_document(read_status(store, [guide]), event_words)
    store.close()
    summary = next(line for line in document.splitlines() if line.startswith("SUMMARY"))
    assert "()" not in summary and "\u2066" not in summary


# -- 14: cleaning keeps joiners; it drops controls, lone surrogates and bidi controls only -------


@pytest.mark.parametrize(
    "name",
    [
        "\U0001f469\u200d\U0001f469\u200d\U0001f467",  # a family emoji, joined
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian, with a zero-width non-joiner
        "\u0915\u094d\u200d\u0937",  # Hindi, with a zero-width joiner
    ],
)
def test_joiners_are_kept(name: str) -> None:
    assert clean_label(name) == name
    assert clean_case_number(name) == name


def test_only_controls_lone_surrogates_and_bidi_controls_go() -> None:
    assert clean_label("A\u202aB\u202bC\u202cD\u202dE\u202eF\u2066G\u2067H\u2068I\u2069J") == "ABCDEFGHIJ"
    assert clean_label("A\ud800B\x00C\nD\u2028E\u2029F") == "AB C D E F"
    assert clean_label("\u200d\u200c") == ""  # nothing visible is no name


def test_a_resume_value_that_is_not_text_is_ignored(guide: Guide) -> None:
    kept = json.dumps({"page": "DEVICE", "country": "FR", "guide_id": guide.id})
    assert resume_from(kept.encode(), "en", [guide], LANGUAGES) is None  # type: ignore[arg-type]
    assert resume_from(kept, "en", [guide], LANGUAGES) is not None
