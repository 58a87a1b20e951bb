"""Each shipped guide is read at start from its pre-parsed copy (guide.parsed), which must say exactly what its
guide.toml says; a copy made from another version of the file, or damaged, is never used: the TOML is."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from app.core.guide import PRE_PARSED_NAME, load_guide, parse_guide, pre_parsed

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "resources" / "guides").glob("*/guide.toml"))
LINKEDIN = ROOT / "resources" / "guides" / "linkedin-ai-training" / "guide.toml"


@pytest.mark.parametrize("toml", SHIPPED, ids=lambda path: path.parent.name)
def test_every_shipped_guide_has_an_up_to_date_pre_parsed_copy(toml: Path) -> None:
    copy = toml.with_name(PRE_PARSED_NAME)
    assert copy.is_file(), f"run scripts/translations.py --compile to write {copy.relative_to(ROOT)}"
    assert copy.read_bytes() == pre_parsed(toml.read_bytes(), toml), (
        f"{copy.relative_to(ROOT)} is stale: run scripts/translations.py --compile"
    )
    from_toml = parse_guide(tomllib.loads(toml.read_text(encoding="utf-8")), toml)
    assert load_guide(toml) == from_toml


def a_guide_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "linkedin-ai-training"
    folder.mkdir()
    (folder / "guide.toml").write_bytes(LINKEDIN.read_bytes())
    return folder / "guide.toml"


def test_a_copy_made_from_another_version_of_the_file_is_not_used(tmp_path: Path) -> None:
    toml = a_guide_folder(tmp_path)
    other = LINKEDIN.read_bytes().replace(b'service = "LinkedIn"', b'service = "LinkedOut"')
    toml.with_name(PRE_PARSED_NAME).write_bytes(pre_parsed(other, toml))
    assert load_guide(toml).service == "LinkedIn"
    toml.write_bytes(other)  # the file it was made from: now it is used
    assert load_guide(toml).service == "LinkedOut"


@pytest.mark.parametrize("damage", [b"", b"\x00\x01not marshal", b"\xe9" * 40, b"N"])
def test_a_damaged_copy_is_not_used(tmp_path: Path, damage: bytes) -> None:
    toml = a_guide_folder(tmp_path)
    toml.with_name(PRE_PARSED_NAME).write_bytes(damage)
    assert load_guide(toml).service == "LinkedIn"


def test_a_broken_guide_is_still_refused_with_its_sentence_when_its_copy_is_stale(tmp_path: Path) -> None:
    toml = a_guide_folder(tmp_path)
    toml.with_name(PRE_PARSED_NAME).write_bytes(pre_parsed(LINKEDIN.read_bytes(), toml))
    toml.write_bytes(LINKEDIN.read_bytes().replace(b"[guide]", b"[guide", 1))
    with pytest.raises(ValueError, match="is not valid TOML"):
        load_guide(toml)


def test_dates_come_back_as_dates_and_nothing_else_a_toml_file_cannot_hold() -> None:
    from app.core.guide import _dates

    kept = {
        "day": ("date", "2026-12-04"),
        "bad day": ("date", "2026-13-40"),
        "three": ("date", "2026-12-04", "x"),
        "other tag": ("time", "10:00"),
        "not text": ("date", 20261204),
        "list": [("date", "2025-01-02"), 1, 2.5, True, "x", None, b"bytes"],
        5: "a key that is not text",
        "table": {"inner": ("date", "2024-02-29")},
    }
    assert _dates(kept) == {
        "day": dt.date(2026, 12, 4),
        "bad day": None,
        "three": None,
        "other tag": None,
        "not text": None,
        "list": [dt.date(2025, 1, 2), 1, 2.5, True, "x", None, None],
        "table": {"inner": dt.date(2024, 2, 29)},
    }


def test_a_value_a_guide_does_not_use_is_refused_when_pre_parsing(tmp_path: Path) -> None:
    toml = tmp_path / "guide.toml"
    raw = b"[guide]\nat = 07:32:00\n"
    with pytest.raises(ValueError) as info:
        pre_parsed(raw, toml)
    assert str(info.value) == f"{toml}: holds a value a guide does not use: datetime.time(7, 32)"


def test_the_pre_parsed_copy_names_the_size_and_crc_of_its_file(tmp_path: Path) -> None:
    import marshal
    import zlib

    raw = b'[guide]\nday = 2026-12-04\nlist = [1, 2.5, true, "x"]\n'
    kept = marshal.loads(pre_parsed(raw, tmp_path / "guide.toml"))
    assert kept == {
        "source": (len(raw), zlib.crc32(raw)),
        "data": {"guide": {"day": ("date", "2026-12-04"), "list": [1, 2.5, True, "x"]}},
    }


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"\xff\xfe not utf-8", "is not UTF-8 text"),
        (b"[guide\n", "is not valid TOML (Expected ']' at the end of a table declaration (at line 1, column 7))"),
    ],
)
def test_a_file_that_is_not_toml_is_refused_with_its_sentence(tmp_path: Path, raw: bytes, problem: str) -> None:
    toml = tmp_path / "guide.toml"
    toml.write_bytes(raw)
    with pytest.raises(ValueError) as info:
        load_guide(toml)
    assert str(info.value) == f"{toml}: {problem}"


def test_a_copy_that_is_not_a_table_or_has_no_data_is_not_used(tmp_path: Path) -> None:
    import marshal
    import zlib

    toml = a_guide_folder(tmp_path)
    raw = toml.read_bytes()
    source = (len(raw), zlib.crc32(raw))
    for kept in ([source], {"source": source}, {"source": source, "data": ["not", "a", "table"]}):
        toml.with_name(PRE_PARSED_NAME).write_bytes(marshal.dumps(kept))
        assert load_guide(toml).service == "LinkedIn"


def test_an_up_to_date_copy_is_what_is_read(tmp_path: Path) -> None:
    """The copy is read instead of the TOML: one that says another service's name, made for these very
    bytes, is believed (which is why only the maintainers' tool writes it)."""
    import marshal
    import zlib

    toml = a_guide_folder(tmp_path)
    raw = toml.read_bytes()
    other = LINKEDIN.read_bytes().replace(b'service = "LinkedIn"', b'service = "LinkedOut"')
    copy = marshal.loads(pre_parsed(other, toml))
    copy["source"] = (len(raw), zlib.crc32(raw))
    toml.with_name(PRE_PARSED_NAME).write_bytes(marshal.dumps(copy))
    guide = load_guide(toml)
    assert guide.service == "LinkedOut"
    assert guide.last_verified == dt.date(2026, 12, 4)  # its dates come back as dates


def test_pre_parsing_a_broken_file_names_it(tmp_path: Path) -> None:
    toml = tmp_path / "guide.toml"
    with pytest.raises(ValueError) as info:
        pre_parsed(b"[guide\n", toml)
    assert str(info.value).startswith(f"{toml}: is not valid TOML")
    with pytest.raises(ValueError) as odd:
        pre_parsed(b"at = 07:32:00\n", toml)
    assert (odd.value.field, odd.value.path) == ("", str(toml))  # type: ignore[attr-defined]
