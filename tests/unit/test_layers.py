"""The Qt-free core knows no words: nothing under app/core imports the translation layer (app.i18n) or Qt;
sentences are made by the words layer above it (guide_text, checklist_text, reminder_text, notices)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "app" / "core"


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_the_core_imports_no_words_and_no_qt(path: Path) -> None:
    found = imported(path)
    assert not {name for name in found if name in ("app.i18n", "app.i18n._") or name.startswith("PySide6")}
