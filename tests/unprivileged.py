"""Running code as an unprivileged user, for tests of read-only files and folders: root ignores file
modes, so the test process forks, the child drops to `nobody`, runs the code (the same in-process code,
so mutation testing sees it too) and reports back through a pipe. Never a patched os.access or helper."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534

needs_root = pytest.mark.skipif(
    not hasattr(os, "fork") or os.geteuid() != 0, reason="needs root, to become an unprivileged user"
)


def _mutmut_hits() -> set[str] | None:
    """The functions mutmut saw called, when mutmut runs the tests (its stats live in this process)."""
    module = sys.modules.get("mutmut.state")
    state = getattr(module, "state", None)
    return state()._stats if state is not None else None  # type: ignore[no-any-return]


def as_nobody(work: Callable[[], Any]) -> dict[str, Any]:
    """{"result": work()} computed in a forked child running as nobody, or {"error": its exception's
    class name, "kind": its `kind` if any, "errno": its errno if any, "text": str(exception)}.
    Results go through JSON: tuples come back as lists."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setresgid(NOBODY, NOBODY, NOBODY)
            os.setresuid(NOBODY, NOBODY, NOBODY)
            try:
                answer: dict[str, Any] = {"result": work()}
            except Exception as exc:  # reported to the parent, which asserts on it
                answer = {
                    "error": type(exc).__name__,
                    "kind": getattr(exc, "kind", None),
                    "errno": getattr(exc, "errno", None),
                    "text": str(exc),
                }
            hits = _mutmut_hits()  # the child's calls, so that mutmut knows which tests reach which code
            answer["_hits"] = sorted(hits) if hits is not None else []
            os.write(write_end, json.dumps(answer, default=str).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        reported = pipe.read()
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and reported, "the unprivileged child failed"
    answer = json.loads(reported)
    assert isinstance(answer, dict)
    hits = _mutmut_hits()
    if hits is not None:
        hits.update(answer["_hits"])
    del answer["_hits"]
    return answer


@contextmanager
def shared_folder(name: str) -> Iterator[Path]:
    """A folder root owns and everyone may read and enter (pytest's temporary folders are root's only)."""
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"ai-optout-{name}-{os.getpid()}"
    base.mkdir(mode=0o755)
    os.chmod(base, 0o755)
    try:
        yield base
    finally:
        shutil.rmtree(base)


def give_to_nobody(*paths: Path) -> None:
    for path in paths:
        os.chown(path, NOBODY, NOBODY)
