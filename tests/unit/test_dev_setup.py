"""`python3 dev.py start`: pip runs when the environment is new or pyproject.toml changed, not on every start."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text("", encoding="utf-8")  # an environment that exists already
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "VENV", venv)
    monkeypatch.setattr(module, "PYTHON", python)
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(module, "run", lambda *args, **kwargs: calls.append(tuple(str(a) for a in args)))
    module.calls = calls
    return module


def test_a_second_start_does_not_reinstall(dev, tmp_path: Path) -> None:
    dev.setup()
    dev.setup()
    assert [call[-1] for call in dev.calls] == ["."]  # pip once: "install ... -e ."
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "2"\n', encoding="utf-8")
    dev.setup()
    assert [call[-1] for call in dev.calls] == [".", "."]  # changed: installed again


def test_the_test_tools_are_installed_on_their_own_stamp(dev) -> None:
    dev.setup()
    dev.setup("test")
    dev.setup("test")
    assert [call[-1] for call in dev.calls] == [".", ".[test]"]
