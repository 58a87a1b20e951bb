"""The shipped guides that keep their texts in their own folder (scripts/translations.py --guide ID):
each has a catalog for every language of the app, complete, not fuzzy, current with its guide.toml, with
every placeholder kept, compiled, and left out of the app's own catalog."""

from __future__ import annotations

import gettext
import importlib.util
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from app.core.guide import format_fields, load_guide, translatable_strings
from app.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
OWN = sorted(p.parent for p in ROOT.glob("resources/guides/*/translations"))
LANGUAGES = sorted(p.parent.parent.name for p in translations_dir().glob("*/LC_MESSAGES/messages.po"))
CASES = [(guide, language) for guide in OWN for language in LANGUAGES]


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def forms(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@pytest.mark.parametrize(("guide", "language"), CASES, ids=[f"{g.name}-{lang}" for g, lang in CASES])
def test_every_text_of_the_guide_is_translated_and_compiled(guide: Path, language: str) -> None:
    po = read(guide / "translations" / language / "LC_MESSAGES" / "guide.po")
    wanted = {(context, message) for context, message, _where in translatable_strings(load_guide(guide / "guide.toml"))}
    have = {(m.context, m.id) for m in po if m.id}
    assert wanted - have == set(), f"run scripts/translations.py --guide {guide.name}"
    assert have - wanted == set(), f"obsolete entries: run scripts/translations.py --guide {guide.name}"
    entries = [m for m in po if m.id]
    assert [m.id for m in entries if not all(s.strip() for s in forms(m.string))] == []
    assert [m.id for m in entries if m.fuzzy] == []
    assert [(m.id, s) for m in entries for s in forms(m.string) if format_fields(s) != format_fields(str(m.id))] == []
    with (guide / "translations" / language / "LC_MESSAGES" / "guide.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for m in entries:
        got = compiled.pgettext(m.context, str(m.id)) if m.context else compiled.gettext(str(m.id))
        assert got == m.string, (m.context, m.id)


@pytest.mark.parametrize("guide", OWN, ids=[g.name for g in OWN])
def test_the_app_catalog_leaves_the_guide_to_its_own(guide: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "messages.pot"
    script.extract(out)
    app_texts = {m.id for m in read(out) if m.id}
    own = {m.id for m in read(guide / "translations" / "guide.pot") if m.id}
    assert load_guide(guide / "guide.toml").title in own
    assert load_guide(guide / "guide.toml").title not in app_texts
