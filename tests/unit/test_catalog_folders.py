"""The guides the assistant knows: folders of guides built in tmp_path from the shipped LinkedIn guide and the
test guide (Chatterly), one of them broken; which guides load, in which order, and the sentence reported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.core.catalog import Catalog, extra_folders, guide_files, load_catalog
from app.resources import guides_dir

LINKEDIN = "linkedin-ai-training"
CHATTERLY = "chatterly-ai-training"
SOURCES = {
    LINKEDIN: guides_dir() / LINKEDIN,
    CHATTERLY: Path(__file__).parent.parent / "fixtures" / "guides" / CHATTERLY,
}


def add_guide(folder: Path, guide_id: str, as_name: str | None = None) -> Path:
    """Copy a guide's folder into `folder` (under another name when `as_name` is given); its guide.toml."""
    target = folder / (as_name or guide_id)
    shutil.copytree(SOURCES[guide_id], target)
    return target / "guide.toml"


def break_guide(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def services(catalog: Catalog) -> list[str]:
    return [guide.service for guide in catalog.guides]


def test_the_guides_are_offered_by_service_name_whatever_their_folders(tmp_path: Path) -> None:
    add_guide(tmp_path / "a", LINKEDIN)
    add_guide(tmp_path / "b", CHATTERLY)
    catalog = load_catalog([tmp_path / "a", tmp_path / "b"])
    assert services(catalog) == ["Chatterly", "LinkedIn"]
    assert [guide.folder for guide in catalog.guides] == [tmp_path / "b" / CHATTERLY, tmp_path / "a" / LINKEDIN]
    assert catalog.problems == ()


def test_a_broken_guide_is_reported_with_file_and_field_and_the_others_still_load(tmp_path: Path) -> None:
    broken = add_guide(tmp_path, CHATTERLY)
    add_guide(tmp_path, LINKEDIN)
    break_guide(broken, "version = 1", "version = 0")
    catalog = load_catalog([tmp_path])
    assert services(catalog) == ["LinkedIn"]
    assert [str(problem) for problem in catalog.problems] == [f"{broken}: guide.version: must be 1 or more"]
    (problem,) = catalog.problems
    assert (problem.path, problem.field, problem.problem) == (str(broken), "guide.version", "must be 1 or more")


def test_a_guide_missing_a_text_is_left_out(tmp_path: Path) -> None:
    broken = add_guide(tmp_path, CHATTERLY)
    break_guide(broken, 'page_label = "AI and you"\n', "")
    catalog = load_catalog([tmp_path])
    assert catalog.guides == ()
    assert [str(problem) for problem in catalog.problems] == [f"{broken}: actions.switch.page_label: is missing"]


def test_a_second_guide_with_the_same_id_is_reported_and_the_first_kept(tmp_path: Path) -> None:
    first = add_guide(tmp_path / "shipped", LINKEDIN)
    second = add_guide(tmp_path / "extra", LINKEDIN)
    add_guide(tmp_path / "more", CHATTERLY)
    catalog = load_catalog([tmp_path / "shipped", tmp_path / "extra", tmp_path / "more"])
    assert services(catalog) == ["Chatterly", "LinkedIn"]
    assert catalog.guide(LINKEDIN).folder == first.parent
    assert [str(problem) for problem in catalog.problems] == [
        f"{second}: guide.id: 'linkedin-ai-training' is the id of another guide"
    ]
    assert catalog.problems[0].field == "guide.id"


def test_a_guide_in_a_folder_not_named_after_its_id_is_reported(tmp_path: Path) -> None:
    misplaced = add_guide(tmp_path, CHATTERLY, as_name="chatterly")
    add_guide(tmp_path, LINKEDIN)
    catalog = load_catalog([tmp_path])
    assert services(catalog) == ["LinkedIn"]
    assert [str(problem) for problem in catalog.problems] == [
        f"{misplaced}: guide.id: must be the name of its folder, 'chatterly'"
    ]
    assert (catalog.problems[0].path, catalog.problems[0].field) == (str(misplaced), "guide.id")


def test_every_problem_is_reported_in_the_order_of_the_files(tmp_path: Path) -> None:
    first = add_guide(tmp_path / "a", CHATTERLY)
    break_guide(first, 'service = "Chatterly"', 'service = ""')
    misplaced = add_guide(tmp_path / "a", LINKEDIN, as_name="linkedin")
    add_guide(tmp_path / "b", LINKEDIN)
    catalog = load_catalog([tmp_path / "a", tmp_path / "b"])
    assert services(catalog) == ["LinkedIn"]
    assert [str(problem) for problem in catalog.problems] == [
        f"{first}: guide.service: must not be empty",
        f"{misplaced}: guide.id: must be the name of its folder, 'linkedin'",
    ]


def test_only_folders_holding_a_guide_file_count(tmp_path: Path) -> None:
    shipped, extra = tmp_path / "shipped", tmp_path / "extra"
    add_guide(shipped, LINKEDIN)
    add_guide(extra, CHATTERLY)
    (extra / "notes").mkdir()  # no guide.toml
    (extra / "odd" / "guide.toml").mkdir(parents=True)  # a folder, not a file
    (extra / "README.md").write_text("not a guide", encoding="utf-8")
    found = guide_files([shipped, tmp_path / "missing", extra])
    assert found == [shipped / LINKEDIN / "guide.toml", extra / CHATTERLY / "guide.toml"]


def test_no_folder_no_guide(tmp_path: Path) -> None:
    assert guide_files([tmp_path / "missing"]) == []
    assert load_catalog([tmp_path / "missing", tmp_path]) == Catalog((), ())


def test_a_guide_is_found_by_its_id(tmp_path: Path) -> None:
    add_guide(tmp_path, LINKEDIN)
    add_guide(tmp_path, CHATTERLY)
    catalog = load_catalog([tmp_path])
    assert catalog.guide(LINKEDIN).service == "LinkedIn"
    assert catalog.guide(CHATTERLY).service == "Chatterly"
    linkedin = catalog.get(LINKEDIN)
    chatterly = catalog.get(CHATTERLY)
    assert linkedin is not None and linkedin.service == "LinkedIn"
    assert chatterly is not None and chatterly.service == "Chatterly"
    assert catalog.get("facebook-ai-training") is None
    with pytest.raises(KeyError) as raised:
        catalog.guide("facebook-ai-training")
    assert raised.value.args == ("facebook-ai-training",)


def test_no_extra_guide_folder_unless_the_variable_names_some(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AI_OPTOUT_ASSISTANT_EXTRA_GUIDES", raising=False)
    assert extra_folders() == []
    monkeypatch.setenv("AI_OPTOUT_ASSISTANT_EXTRA_GUIDES", "")
    assert extra_folders() == []


def test_the_extra_guide_folders_are_those_the_variable_names(monkeypatch: pytest.MonkeyPatch) -> None:
    value = os.pathsep.join(["/tmp/one guides", "", "relative/two"])
    monkeypatch.setenv("AI_OPTOUT_ASSISTANT_EXTRA_GUIDES", value)
    assert extra_folders() == [Path("/tmp/one guides"), Path("relative/two")]


def test_extra_guides_are_honoured_only_in_the_test_suite(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app.resources import TEST_SUITE_VARIABLE, guide_folders, guides_dir

    monkeypatch.setenv("AI_OPTOUT_ASSISTANT_EXTRA_GUIDES", str(tmp_path))
    assert guide_folders() == [guides_dir(), tmp_path]  # the suite sets its switch (tests/conftest.py)
    monkeypatch.delenv(TEST_SUITE_VARIABLE)
    assert guide_folders() == [guides_dir()]  # as in every build: the variable alone does nothing
    monkeypatch.setenv(TEST_SUITE_VARIABLE, "1")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert guide_folders() == [guides_dir()]  # the frozen app never, whatever its environment says
