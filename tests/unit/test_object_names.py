"""Every widget's object name is a constant of app/ui/names.py (or derived there from a guide's ids): the
app names its widgets with them, and the tests and scripts find the widgets with the same constants. Read
from the sources with `ast` (no Qt): a string literal passed as an object name anywhere in app/ fails here,
so a name cannot be typed twice and drift apart; and no two constants share a value."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui import names

APP = Path(__file__).resolve().parents[2] / "app"
NAMES = APP / "ui" / "names.py"

# Calls whose argument at this position is an object name (to name a widget, or to find one).
NAME_ARGUMENT = {
    "setObjectName": 0,
    "link_button": 1,  # app/ui/pages/base.py
    "choice_button": 1,  # app/ui/controls.py
    "wrapping_check": 1,  # app/ui/controls.py
    "section": 1,  # the About window's headings (app/ui/about.py)
    "findChild": 1,
    "findChildren": 1,
}
# Widgets whose keyword argument `name` is their object name (or the base their children's names derive from).
NAMED_WIDGETS = {"LinkFeedback", "PhoneHandoff", "ProgressDots"}

# Constants that share a value on purpose (constant: the one it stands for). None so far.
ALIASES: dict[str, str] = {}


def sources() -> list[Path]:
    """The app's Python files outside the Qt-free core (which names no widgets) and names.py itself."""
    return sorted(p for p in APP.rglob("*.py") if "core" not in p.relative_to(APP).parts and p != NAMES)


def called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def has_literal(node: ast.expr) -> bool:
    """Whether `node` spells a name out: a string literal ("" = no name, allowed) or f-string anywhere in it."""
    return any(
        isinstance(each, ast.JoinedStr)
        or (isinstance(each, ast.Constant) and isinstance(each.value, str) and each.value)
        for each in ast.walk(node)
    )


def name_arguments(tree: ast.Module) -> Iterator[tuple[int, ast.expr]]:
    """Every expression the app uses as an object name, with its line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            position = NAME_ARGUMENT.get(called(node))
            if position is not None and len(node.args) > position:
                yield node.lineno, node.args[position]
            for keyword in node.keywords:
                if keyword.arg == "object_name" or (keyword.arg == "name" and called(node) in NAMED_WIDGETS):
                    yield node.lineno, keyword.value
        elif isinstance(node, ast.ClassDef) and node.name in NAMED_WIDGETS:  # their default names
            for method in node.body:
                if isinstance(method, ast.FunctionDef):
                    arguments = method.args
                    for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
                        if arg.arg == "name" and default is not None:
                            yield default.lineno, default
        elif isinstance(node, ast.FunctionDef):  # `object_name="..."` as a default
            arguments = node.args
            pairs = [*zip(arguments.args[::-1], arguments.defaults[::-1], strict=False)]
            pairs += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d]
            for arg, default in pairs:
                if arg.arg == "object_name":
                    yield default.lineno, default
        elif isinstance(node, ast.Compare):  # widget.objectName() == "..."
            sides = [node.left, *node.comparators]
            if any(isinstance(side, ast.Call) and called(side) == "objectName" for side in sides):
                yield node.lineno, node


def literal_names(source: str) -> list[tuple[int, str]]:
    return [
        (line, ast.unparse(expression))
        for line, expression in name_arguments(ast.parse(source))
        if has_literal(expression)
    ]


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(APP)))
def test_the_app_names_its_widgets_with_constants_only(path: Path) -> None:
    found = literal_names(path.read_text(encoding="utf-8"))
    assert not found, f"object names spelled out in {path.relative_to(APP)}; declare them in app/ui/names.py: {found}"


@pytest.mark.parametrize(
    "source",
    [
        'label.setObjectName("cardTitle")',
        'text_label(self, object_name="futureOnly")',
        'link_button(self, "goFurtherButton")',
        'choice_button(self, "answerOff", "answer", answer)',
        'wrapping_check(self, f"{base}Done")',
        'LinkFeedback(self, name="quickLink")',
        'PhoneHandoff(self, name=f"{name}Phone")',
        'ProgressDots(self, name="stepDots")',
        'box.setObjectName(f"{name}Handoff" if name else "phoneHandoff")',
        'wizard.findChild(QComboBox, "countryCombo")',
        'action.objectName() == "moreReceipt"',
        'def text_label(parent=None, *, object_name="pageLead"): pass',
        'class LinkFeedback:\n    def __init__(self, *, name="linkFeedback"): pass',
    ],
)
def test_a_literal_name_is_caught(source: str) -> None:
    assert literal_names(source)


@pytest.mark.parametrize(
    "source",
    [
        "label.setObjectName(names.CARD_TITLE)",
        'text_label(self, object_name="")',  # no name
        "choice_button(self, names.device_button(device.id), 'deviceId', device.id)",
        "LinkFeedback(self, name=widget_names.feedback)",
        'ObjectionDialog(guide, extra, answer, name="Alex")',  # a person's name, not an object name
        'section(_("Help"), names.ABOUT_HELP_HEADING)',
    ],
)
def test_a_constant_or_derived_name_passes(source: str) -> None:
    assert not literal_names(source)


# A selector by object name in a style sheet ("QLabel#stepPicture"); not a colour ("#fff", "#1a2b3c").
SELECTOR = re.compile(r"#(?![0-9a-fA-F]{3,8}\b)[A-Za-z]\w*")


def literal_selectors(source: str) -> list[str]:
    """The selectors by object name spelled out in the string literals of `source` (an f-string's literal parts
    too); `#{names.STEP_PICTURE}` is how a style sheet names a widget."""
    return [
        found
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        for found in SELECTOR.findall(node.value)
    ]


def test_the_style_sheet_selects_widgets_by_constants_only() -> None:
    assert literal_selectors((APP / "ui" / "style.py").read_text(encoding="utf-8")) == []
    assert literal_selectors('f"QLabel#stepPicture {{ border: {ring}px; color: #fff; }}"') == ["#stepPicture"]
    assert literal_selectors('f"QLabel#{names.STEP_PICTURE} {{ color: #1a2b3c; }}"') == []


def constants() -> dict[str, str]:
    return {key: value for key, value in vars(names).items() if key.isupper() and isinstance(value, str)}


def test_no_two_constants_share_a_value() -> None:
    by_value: dict[str, list[str]] = {}
    for key, value in constants().items():
        by_value.setdefault(value, []).append(key)
    shared = {value: keys for value, keys in by_value.items() if len([k for k in keys if k not in ALIASES]) > 1}
    assert not shared
    assert all(constants()[alias] == constants()[meant] for alias, meant in ALIASES.items())


def test_every_constant_is_declared_once_in_names_py_and_used_by_the_app() -> None:
    tree = ast.parse(NAMES.read_text(encoding="utf-8"))
    declared = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    assert len(declared) == len(set(declared))
    used = {
        node.attr
        for path in sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "names"
    }
    used |= {
        node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    }  # the defaults names.py derives with
    assert set(constants()) - used == set()


def test_derived_names_keep_their_values() -> None:
    extra = names.extra("objection_form")
    assert (extra.box, extra.title, extra.button, extra.done) == (
        "objectionFormBox",
        "objectionFormBoxTitle",
        "objectionFormButton",
        "objectionFormDone",
    )
    assert (extra.feedback, extra.case_number, extra.handoff) == (
        "objectionFormFeedback",
        "objectionFormCaseNumber",
        "objectionForm",
    )
    assert names.link_feedback(extra.feedback).link == "objectionFormFeedbackLink"
    quick = names.link_feedback(names.QUICK_LINK)
    assert (quick.frame, quick.message, quick.link, quick.copy, quick.copied) == (
        "quickLink",
        "quickLinkMessage",
        "quickLinkLink",
        "quickLinkCopy",
        "quickLinkCopied",
    )
    handoff = names.phone_handoff(extra.handoff)
    assert (handoff.frame, handoff.code, handoff.copy) == (
        "objectionFormHandoff",
        "objectionFormQrCode",
        "objectionFormCopyLinkButton",
    )
    own = names.phone_handoff()
    assert (own.frame, own.code, own.copy) == ("phoneHandoff", "qrCode", "copyLinkButton")
    assert names.check_label(extra.done) == "objectionFormDoneLabel"
    assert names.service_button("linkedin-ai-training") == "serviceLinkedinAiTraining"
    assert names.device_button("iphone") == "deviceIphone"
