"""Every text the code shows goes through the catalog in a form the extractor can see."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
MARKERS = {"_", "N_", "pgettext", "ngettext"}


def calls_in_fstrings(tree: ast.AST) -> list[int]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id in MARKERS
                    and any(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in inner.args)
                ):
                    found.append(inner.lineno)
    return found


def test_no_literal_is_translated_inside_an_f_string() -> None:
    """babel cannot extract `_("...")` written inside an f-string on Python 3.11: it would stay English."""
    problems = {
        str(path.relative_to(APP.parent)): lines
        for path in sorted(APP.rglob("*.py"))
        if (lines := calls_in_fstrings(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert problems == {}


def test_the_check_itself_finds_one() -> None:
    assert calls_in_fstrings(ast.parse("x = f\"<h2>{_('Hello')}</h2>\"")) == [1]
