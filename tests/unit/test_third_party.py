"""packaging/third_party.py: the notices name each bundled distribution with its own licence text, and the build
stops when one has none. Distributions are made up here, in a folder put on sys.path."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIT = "Permission is hereby granted, free of charge, to the fake package's users."


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("third_party", ROOT / "packaging" / "third_party.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_distribution(site: Path, name: str, files: dict[str, str], metadata: str) -> None:
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.4\nName: {name}\nVersion: 1.0\n{metadata}", encoding="utf-8")
    for path, text in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    record = [*files, f"{info.name}/METADATA", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{path},,\n" for path in record), encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    make_distribution(
        tmp_path,
        "fakepkg",
        {"fakepkg/__init__.py": "", "fakepkg-1.0.dist-info/licenses/LICENSE": MIT},
        "License-Expression: MIT\nLicense-File: LICENSE\n",
    )
    make_distribution(tmp_path, "barepkg", {"barepkg/__init__.py": ""}, "License: LGPL-3.0-only\n")
    return tmp_path


def test_a_bundled_distribution_brings_its_own_licence_text(site: Path) -> None:
    third_party = load()
    found = third_party.components(["fakepkg.sub", "json"], ["fakepkg/data.bin"], rules={})
    names = [(c.name, c.version, c.licence) for c in found]
    assert ("fakepkg", "1.0", "MIT") in names
    assert names[0][0] == "Python", "the interpreter ships in every bundle"
    text = third_party.notices_text(found, "AI Opt-Out Assistant", "9.9")
    assert text.startswith("AI Opt-Out Assistant 9.9: third-party notices\n")
    section = text.split("\nfakepkg 1.0\n", 1)[1]
    assert section.startswith("Licence: MIT\n")
    assert MIT in section.split("\n" + "=" * 78 + "\n")[0]


def test_a_bundled_distribution_without_a_licence_text_stops_the_build(site: Path) -> None:
    third_party = load()
    with pytest.raises(third_party.MissingLicenceError, match=r"barepkg 1\.0 is bundled but has no licence text"):
        third_party.components(["barepkg"], [], rules={})
    # Named in the rules with a kept text, it ships with that text.
    rules = {"distributions": {"barepkg": {"licence": "LGPL-3.0-only", "texts": ["LICENSE"]}}}
    (bare,) = [c for c in third_party.components(["barepkg"], [], rules=rules) if c.name == "barepkg"]
    assert bare.texts[0][0] == "LICENSE"
    assert "GNU GENERAL PUBLIC LICENSE" in bare.texts[0][1]


def test_an_icon_font_without_a_licence_stops_the_build(site: Path) -> None:
    third_party = load()
    files = ["qtawesome/fonts/newicons-1.0.ttf", "qtawesome/fonts/newicons-charmap-1.0.json"]
    with pytest.raises(third_party.MissingLicenceError, match=r"newicons-1\.0\.ttf"):
        third_party.font_components(files, {"fonts": []})
    rules = {"fonts": [{"files": "newicons", "name": "New Icons", "licence": "OFL-1.1", "texts": ["LICENSE"]}]}
    (font,) = third_party.font_components(files, rules)
    assert (font.name, font.version, font.licence, font.kind) == ("New Icons", "newicons-1.0.ttf", "OFL-1.1", "font")


def test_the_kept_rules_cover_every_font_qtawesome_ships() -> None:
    """The real rules against the real qtawesome: a new font in a qtawesome update needs its licence first."""
    import qtawesome

    third_party = load()
    fonts = [f"qtawesome/fonts/{p.name}" for p in (Path(qtawesome.__file__).parent / "fonts").glob("*.ttf")]
    found = third_party.font_components(fonts, third_party.load_rules())
    assert sorted(c.name for c in found)[:2] == ["Codicons, Microsoft", "Elusive Icons, Dave Gandy"]
    assert all(text.strip() for c in found for _where, text in c.texts)
