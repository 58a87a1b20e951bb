#!/usr/bin/env python3
"""Switch the Italian catalog to the polite register („Lei“), from scripts/italian_formal.json.

Each entry of the JSON names a message (context, id: a string, or [singular, plural]), the translation it
had when the change was written ("old") and the polite one ("new"). A message whose translation is no
longer "old" (changed meanwhile, or gone) is left as it is and printed, to be looked at by hand; one that
already reads "new" is counted as done. Run it from anywhere:

    python scripts/apply_italian_formal.py [path/to/messages.po]

then compile: python scripts/translations.py --compile
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
CHANGES = Path(__file__).with_name("italian_formal.json")
CATALOG = ROOT / "translations" / "it" / "LC_MESSAGES" / "messages.po"


def as_key(value: str | list[str] | tuple[str, ...]) -> str | tuple[str, ...]:
    """A message id or translation as babel holds it: a string, or a tuple of plural forms."""
    return value if isinstance(value, str) else tuple(value)


def main(po: Path = CATALOG) -> int:
    changes = json.loads(CHANGES.read_text(encoding="utf-8"))
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="it")
    applied = already = 0
    skipped = []
    for change in changes:
        message = catalog.get(as_key(change["id"]), context=change["context"])
        old, new = as_key(change["old"]), as_key(change["new"])
        current = None if message is None or message.string is None else as_key(message.string)
        if current == new:
            already += 1
        elif message is not None and current == old:
            message.string = new
            applied += 1
        else:
            skipped.append((change, current))
    for change, current in skipped:
        where = f"[{change['context']}] " if change["context"] else ""
        print(f"SKIPPED {where}{change['id']!r}")
        print(f"    expected: {change['old']!r}")
        print(f"    found:    {current!r}" if current is not None else "    found:    (no such message)")
    with po.open("wb") as handle:
        write_po(handle, catalog, width=0, ignore_obsolete=True)
    print(f"{applied} changed, {already} already polite, {len(skipped)} skipped, of {len(changes)} in {po}")
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else CATALOG))
