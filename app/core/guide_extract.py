"""Babel extractor for guide files, so that guide strings land in the same catalog as the UI's.

Used by babel.cfg as ``[app.core.guide_extract:extract_guide: resources/guides/**.toml]``.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from app.core.guide import parse_guide, translatable_strings

LABEL_COMMENT = "The service's own wording: copy it exactly as the service shows it in this language."


def extract_guide(
    fileobj: IO[bytes],
    keywords: Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, str | tuple[str, str], list[str]]]:
    import tomllib

    name = getattr(fileobj, "name", None)  # the guide's file, when it is one (babel opens each by its path)
    own = isinstance(name, str) and (Path(name).parent / "translations").is_dir()
    if own and options.get("own_catalogs") == "skip":
        return  # a guide with its own catalog (scripts/translations.py --guide) stays out of the app's
    raw = fileobj.read().decode("utf-8")
    guide = parse_guide(tomllib.loads(raw), Path(name if isinstance(name, str) else "guide.toml"))
    lines = raw.splitlines()
    for context, message, where in translatable_strings(guide):
        needle = json.dumps(message, ensure_ascii=False)  # how TOML writes it, quotes included
        lineno = next((i for i, line in enumerate(lines, 1) if needle in line), 0)
        comments = [f"Guide: {where}"]
        if context is not None:
            yield lineno, "pgettext", (context, message), [*comments, LABEL_COMMENT]
        else:
            if "{label}" in message:
                comments.append(f"{{label}} is {guide.service}'s wording, already quoted; keep it as it is.")
            yield lineno, "_", message, comments
