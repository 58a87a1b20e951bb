"""Shared by every test: Qt offscreen, no network, English after each test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# The test suite's switch (app/resources.py): only here may AI_OPTOUT_ASSISTANT_EXTRA_GUIDES add guides.
os.environ["AI_OPTOUT_ASSISTANT_TEST_SUITE"] = "1"

import socket
from collections.abc import Iterator

import pytest
from ids import ascii_id, guide_path

from app import i18n
from app.core.guide import Guide, load_guide

_opened: list[str] = []


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    return ascii_id(val) if isinstance(val, str) else None


class _NoSocket(socket.socket):
    """socket.socket that refuses to exist: the assistant must never touch the network."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        _opened.append(f"socket.socket{args!r}")
        raise AssertionError("the assistant tried to open a socket")


def _no_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
    _opened.append(f"socket.create_connection({address!r})")
    raise AssertionError(f"the assistant tried to connect to {address!r}")


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[list[str]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket, "socket", _NoSocket)
        mp.setattr(socket, "create_connection", _no_connection)
        yield _opened
    assert not _opened, f"no socket opened, yet: {_opened}"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def guide() -> Guide:
    """The guide the assistant ships (LinkedIn), loaded once: the one `guide` fixture of every test."""
    return load_guide(guide_path())
