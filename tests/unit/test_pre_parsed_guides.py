"""Each shipped guide is read at start from its pre-parsed copy (guide.parsed), which must say exactly what its
guide.toml says; a copy made from another version of the file, or damaged, is never used: the TOML is."""

from __future__ import annotations

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
