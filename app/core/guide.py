"""Load and validate the guide file into immutable records (named tuples: ~0.4 ms less each than frozen
dataclasses to define, on the way to the first window).

The guide is the assistant's content: links, facts, region groups (history, extras), devices and
their six steps, LinkedIn's labels, and the sources each fact rests on. Strings in it are English
source strings; the UI translates them through the catalog (labels with the guide's
``label_context``). A broken file raises ``GuideError`` naming the file and
the field, so a maintainer knows what to fix.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Collection
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

HANDOFFS = ("qr", "open")  # follow on a phone (QR code); open on this computer
# How sure the guide is that the service shows a label exactly as the catalog words it, best first.
# Only "high" is quoted as the service's; below it, a step says what to look for in plain words.
CONFIDENCES = ("high", "medium", "low", "none")
LABELS_LANGUAGE = "en"  # the guide's labels are the service's English wording: always sure
MAX_STEPS = 12  # more would not be "a few steps": split the guide instead


# msgctxt of LinkedIn's own labels in the catalog: translators must copy LinkedIn's wording.
def label_context(guide_id: str) -> str:
    """The msgctxt of a service's own labels: translators copy that service's wording, and two services
    may word "Settings" differently in one language."""
    return f"{guide_id} label"


class GuideError(ValueError):
    """The guide file is missing, unreadable or does not have the expected shape."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        where = f"{self.path}: {field}" if field else self.path
        super().__init__(f"{where}: {problem}")


class Step(NamedTuple):
    text: str  # English source text; contains "{label}", and "{section}" when `section` is set
    label: str  # the service's wording (English), translated with the guide's label_context
    section: str | None = None  # a heading of LinkedIn's page the step names, translated the same way
    # The step in plain words, for a language whose label (or heading) is not verified: it quotes no
    # unverified wording (it may contain "{label}" when only the heading is unsure).
    plain: str | None = None
    app: str = ""  # the id of the guide's app this step is in; "" for a service without apps

    @property
    def labels(self) -> tuple[str, ...]:
        """The service's wordings the step quotes: its label, and its heading if it names one."""
        return (self.label,) if self.section is None else (self.label, self.section)


class Device(NamedTuple):
    id: str
    name: str  # on its own: "Computer (web browser)"
    where: str  # inside a sentence: "in a web browser on your computer"
    hint: str  # under the name on its button: "the LinkedIn app"
    icon: str  # a qtawesome icon name, such as "mdi6.cellphone"
    handoff: str  # "qr": follow on a phone; "open": open on this computer
    steps: tuple[Step, ...]  # as many as the service needs (1 to MAX_STEPS an app), app after app

    def steps_in(self, app: str) -> tuple[Step, ...]:
        """The steps done in `app` ("" for a service without apps)."""
        return tuple(step for step in self.steps if step.app == app)


class App(NamedTuple):
    """One of a service's apps, when its steps are done in each (Facebook and Instagram for Meta)."""

    id: str
    name: str  # as people know it: "Instagram"


class Action(NamedTuple):
    """What the service lets a person do here: its kind is one of app/core/actions.py's KINDS."""

    id: str
    kind: str
    link: str | None  # the setting's page, or the form; None for "none"
    label: str | None  # the switch, or the form, as the service names it (label_context); None for "none"
    page_label: str | None  # the page the switch is on, as the service names it; a form may have none
    # For "none": why nothing can be done here, in one or two sentences. Unused for the others.
    text: str | None = None
    # For "form", optionally: the form in the guide's own words ("Meta's objection form"), translated, never
    # quoted; said where the form is named (the question, Done), when its label is only the link that opens
    # it. Without it, the label is quoted there.
    name: str | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        """The service's wordings the action names: its own label, which the confirm and done pages quote
        (always sure), and the page it is on, quoted only by the steps (plain words where it is unsure)."""
        return tuple(label for label in (self.label, self.page_label) if label)


class Region(NamedTuple):
    id: str
    name: str
    countries: frozenset[str]
    is_default: bool
    history: str  # one line: since when the switch is on by default here, and what happened before
    extras: tuple[str, ...]  # ids of the optional extras that apply here, in the order shown
    notes: tuple[str, ...]
    extra_notes: dict[str, str]  # extra id -> a sentence about that extra in this region only
    sources: tuple[str, ...]  # ids of the sources this region's facts rest on
    action: str = ""  # the id of the guide's action for this region


# A form's ready-to-paste text says only what the person told the assistant about the switch: one text for
# each of these, with {name}. "off": they switched it off; "already_off": they found it off; "unconfirmed":
# they could not find it, or have not answered yet (the text then objects to the content-AI training too).
LETTER_KINDS = ("off", "already_off", "unconfirmed")


class Extra(NamedTuple):
    id: str
    link: str  # the URL itself
    title: str
    summary: str
    button: str
    done: str
    sources: tuple[str, ...]
    # The ready-to-paste texts for the form, one per LETTER_KINDS; empty when the extra has none.
    letters: dict[str, str]

    @property
    def is_form(self) -> bool:
        """Whether the extra is a request sent once (it has a text to paste), with a case number to note."""
        return bool(self.letters)


class Source(NamedTuple):
    id: str
    publisher: str
    # The source's own title, quoted as it is and never translated (`quoted`), or, where the audit did not
    # find the real title, what the source is, in the guide's words: translated, never in quotation marks.
    title: str
    url: str | None  # only linkedin.com links; other sources are named, not linked
    date: str | None  # ISO "YYYY-MM-DD", or "YYYY-MM" when only the month is known
    quoted: bool = True


class Fact(NamedTuple):
    text: str
    sources: tuple[str, ...]


class Texts(NamedTuple):
    """What the assistant says about this service in its own words (the rest is shared)."""

    intro: str  # welcome: what the service does with the person's data
    switch: str  # the checklist's name for the setting: "LinkedIn's AI-training switch"
    afterwards: str  # done: what it means from now on
    recheck: str  # the calendar reminder: what to check, in the service's own precise words


class Facts(NamedTuple):
    scope: Fact  # what the switch is about: AI that creates content
    not_covered: Fact  # what it does not cover, and that LinkedIn's AI features stay on
    stops_future_only: Fact
    used: Fact
    not_used: Fact
    account_wide: Fact


class Guide(NamedTuple):
    folder: Path  # resources/guides/<id>/: the guide file, its illustrations/ and screenshots/
    id: str
    version: int
    last_verified: dt.date
    service: str  # the service's name, as people know it: "LinkedIn"
    receipt_title: str  # the receipt's title for this service
    allowed_hosts: frozenset[str]  # the only hosts its links may point to
    title: str
    actions: dict[str, Action]  # in the order declared; each region names its own
    apps: tuple[App, ...]  # the service's apps, when its steps are done in each; () for a service in one piece
    facts: Facts
    texts: Texts
    regions: tuple[Region, ...]
    extras: dict[str, Extra]
    devices: tuple[Device, ...]
    sources: tuple[Source, ...]
    # Per language of the service's interface, how sure the guide is of each label (CONFIDENCES). A
    # language not listed is trusted as its catalog words the labels.
    label_confidence: dict[str, dict[str, str]]

    def label_level(self, language: str, label: str) -> str:
        """How sure the guide is that the service shows `label` as the catalog words it in `language`."""
        if language == LABELS_LANGUAGE or language not in self.label_confidence:
            return "high"
        return self.label_confidence[language].get(label, "none")

    def label_is_sure(self, language: str, label: str) -> bool:
        """Whether `label` may be quoted as the service shows it in `language`."""
        return self.label_level(language, label) == "high"

    def step_is_sure(self, language: str, step: Step) -> bool:
        """Whether every label the step quotes is sure in `language` (else its plain words are used)."""
        return all(self.label_is_sure(language, label) for label in step.labels)

    def action_for(self, region: Region) -> Action:
        """The main action of `region`."""
        return self.actions[region.action]

    @property
    def main_action(self) -> Action:
        """The first action declared: what the guide is about where no region is chosen yet (its JSON)."""
        return next(iter(self.actions.values()))

    @property
    def quick_action(self) -> Action | None:
        """The action the welcome page may open before anything is asked: only when every region has the
        same one, with a page to open (otherwise the country decides, and is asked first)."""
        ids = {region.action for region in self.regions}
        if len(ids) != 1:
            return None
        action = self.actions[ids.pop()]
        return action if action.link else None

    @property
    def app_ids(self) -> tuple[str, ...]:
        """The apps a person goes through, in order: ("",) for a service without apps."""
        return tuple(app.id for app in self.apps) or ("",)

    def app(self, app_id: str) -> App | None:
        return next((app for app in self.apps if app.id == app_id), None)

    def computer_device(self) -> Device:
        """The device the setting opens on from this computer (the quick route, the printed guide): the first
        one followed in a browser here; a guide for phones only has its first device."""
        return next((d for d in self.devices if d.handoff == "open"), self.devices[0])

    def device(self, device_id: str) -> Device:
        for device in self.devices:
            if device.id == device_id:
                return device
        raise KeyError(device_id)

    def region(self, region_id: str) -> Region:
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

    @property
    def label_context(self) -> str:
        return label_context(self.id)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def region_for_country(self, country: str) -> Region:
        code = country.upper()
        for region in self.regions:
            if code in region.countries:
                return region
        return next(r for r in self.regions if r.is_default)

    @property
    def links(self) -> frozenset[str]:
        """Every URL the app may open."""
        actions = {action.link for action in self.actions.values() if action.link}
        return frozenset({*actions, *(e.link for e in self.extras.values())})


def guide_by_id(guides: Collection[Guide], guide_id: str | None) -> Guide | None:
    """The guide of `guide_id` among `guides`, or None: the one lookup by id."""
    return next((guide for guide in guides if guide.id == guide_id), None)


SEVERAL_SERVICES_STEM = "ai-training"


def file_stem(guide_ids: Collection[str]) -> str:
    """The part of a saved file's name that says which services it is about: the one service's guide id
    ("linkedin-ai-training"), or SEVERAL_SERVICES_STEM for several (or none)."""
    ids = set(guide_ids)
    return ids.pop() if len(ids) == 1 else SEVERAL_SERVICES_STEM


# Pages that send the browser on to any address given in the link (LinkedIn's, and the usual names).
REDIRECT_PATHS = ("/redir/", "/redirect", "/safety/go", "/authwall", "/checkpoint/", "/l.php", "/url")


def is_allowed_link(url: str, hosts: Collection[str]) -> bool:
    """True for plain https pages on one of `hosts` (a guide's allowed hosts), the only links the
    assistant opens: no port, no credentials, no spaces or control characters, no redirect pages."""
    if not url.isascii() or any(c.isspace() or ord(c) < 32 or ord(c) == 127 or c == "\\" for c in url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and parts.netloc in hosts  # the host alone: no port, no user, no password
        and port is None
        and _plain_path(parts.path)
        and "@" not in url  # "/@evil.example" reads as an address on another host
        and all(c.isalnum() or c in "-_." for c in parts.fragment)  # no "#javascript:..." and the like
    )


def _plain_path(path: str) -> bool:
    """A path as the browser will read it (percent-escapes decoded, "." and ".." segments resolved) that
    is no redirect page: "/x/../redir/redirect" and "/%72edir/" are "/redir/...". An escape left after
    three rounds of decoding ("%252572..."), a backslash or a control character is refused outright."""
    import posixpath
    from urllib.parse import unquote

    decoded = unquote(unquote(unquote(path)))
    if decoded.startswith("//") or any(c in "%\\" or ord(c) < 32 or ord(c) == 127 for c in decoded):
        return False
    normalised = posixpath.normpath(decoded) + "/"  # "/redir" is "/redir/"
    return not normalised.lower().startswith(REDIRECT_PATHS)


def format_fields(text: str) -> set[str]:
    """Names of the ``{field}`` placeholders in a format string. A placeholder with a format spec or a
    conversion (``{date:>150000000}``, ``{label!r}``) counts as malformed: the assistant's texts
    never need one, and a translation that has one could hang the window or show a repr."""
    try:
        fields = set()
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if spec or conversion or not name.isidentifier():
                return {"<malformed>"}
            fields.add(name)
        return fields
    except ValueError:
        return {"<malformed>"}


class _Reader:
    """Typed access to the parsed TOML that reports the dotted path of anything wrong."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hosts: frozenset[str] = frozenset()  # the guide's allowed hosts, once read

    def fail(self, field: str, problem: str) -> GuideError:
        return GuideError(self.path, field, problem)

    def table(self, data: Any, field: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(field, "must be a table")
        return data

    def get(self, table: dict[str, Any], key: str, field: str, kind: type, *, default: Any = ...) -> Any:
        name = f"{field}.{key}" if field else key
        if key not in table:
            if default is not ...:
                return default
            raise self.fail(name, "is missing")
        value = table[key]
        # bool is an int in Python, and a date-time a date: a version of `true`, or a day with a time,
        # is still wrong.
        subtype = (kind is int and isinstance(value, bool)) or (kind is dt.date and isinstance(value, dt.datetime))
        if not isinstance(value, kind) or subtype:
            raise self.fail(name, f"must be {_KIND_NAMES.get(kind, kind.__name__)}")
        if isinstance(value, str) and not value.strip():
            raise self.fail(name, "must not be empty")
        return value

    def text(self, table: dict[str, Any], key: str, field: str, *, fields: set[str] | None = None) -> str:
        value: str = self.get(table, key, field, str)
        if fields is not None and format_fields(value) != fields:
            wanted = ", ".join("{" + f + "}" for f in sorted(fields)) or "no placeholder"
            raise self.fail(f"{field}.{key}", f"must contain {wanted}")
        return value

    def link(self, table: dict[str, Any], key: str, field: str) -> str:
        value: str = self.get(table, key, field, str)
        if not is_allowed_link(value, self.hosts):
            hosts = " or ".join(sorted(self.hosts))
            raise self.fail(f"{field}.{key}", f"{value!r} is not a plain https link on {hosts}")
        return value

    def source_ids(self, table: dict[str, Any], field: str, known: set[str]) -> tuple[str, ...]:
        """The `sources` list of a fact, region or extra: ids of [[sources]], at least one."""
        ids = self.get(table, "sources", field, list)
        if not ids:
            raise self.fail(f"{field}.sources", "must name at least one source")
        for source_id in ids:
            if source_id not in known:
                raise self.fail(f"{field}.sources", f"{source_id!r} is not the id of a [[sources]] entry")
        return tuple(ids)

    def items(self, table: dict[str, Any], key: str, field: str) -> list[dict[str, Any]]:
        values = self.get(table, key, field, list)
        return [self.table(v, f"{field}.{key}[{i}]".lstrip(".")) for i, v in enumerate(values)]


_KIND_NAMES = {str: "text", int: "a whole number", list: "a list", dict: "a table", dt.date: "a date"}


# Beside a guide file, the same data already parsed (scripts/translations.py --compile writes it): reading it
# takes a tenth of a millisecond where the TOML takes three, on the way to the first window. It names the
# size and CRC-32 of the guide file it was made from (zlib is loaded already; hashlib would cost 3 ms), and
# is used only while that file is unchanged: it is a cache of the maintainers' own file, not a check against
# anyone; and like a .pyc it is only ever read from the app's own resources. It holds plain
# values only (tables, lists, text, numbers, and dates as ("date", "YYYY-MM-DD")), checked like the TOML's.
PRE_PARSED_NAME = "guide.parsed"


def load_guide(path: Path) -> Guide:
    """Read and validate a guide file. Raises GuideError naming the file and field on any problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GuideError(path, "", f"cannot be read ({exc.strerror or exc})") from exc
    data = _pre_parsed(path.with_name(PRE_PARSED_NAME), raw)
    return parse_guide(data if data is not None else _parse_toml(raw, path), path)


def _parse_toml(raw: bytes, path: Path) -> dict[str, Any]:
    import tomllib  # only for a guide without an up-to-date pre-parsed copy

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise GuideError(path, "", "is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GuideError(path, "", f"is not valid TOML ({exc})") from exc


def pre_parsed(raw: bytes, path: Path) -> bytes:
    """The pre-parsed copy of the guide file whose bytes are `raw` (see PRE_PARSED_NAME)."""
    import marshal

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return ("date", value.isoformat())
        if isinstance(value, (str, int, float, bool)):
            return value
        raise GuideError(path, "", f"holds a value a guide does not use: {value!r}")

    return marshal.dumps({"source": _fingerprint(raw), "data": plain(_parse_toml(raw, path))})


def _fingerprint(raw: bytes) -> tuple[int, int]:
    """The guide file a pre-parsed copy was made from: its size and CRC-32."""
    import zlib

    return (len(raw), zlib.crc32(raw))


def _pre_parsed(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The data of the pre-parsed copy at `path`, if there is one, made from exactly `raw`; else None (the TOML
    is read instead: a guide edited since, a copy that is damaged or of another Python, or none at all)."""
    import marshal

    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(kept, dict) or kept.get("source") != _fingerprint(raw):
        return None
    data = kept.get("data")
    return _dates(data) if isinstance(data, dict) else None


def _dates(value: Any) -> Any:
    """The pre-parsed values with their dates back as dates; anything a TOML file could not hold, as None."""
    if isinstance(value, dict):
        return {key: _dates(item) for key, item in value.items() if isinstance(key, str)}
    if isinstance(value, list):
        return [_dates(item) for item in value]
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "date" and isinstance(value[1], str):
        try:
            return dt.date.fromisoformat(value[1])
        except ValueError:
            return None
    return value if isinstance(value, (str, int, float, bool)) else None


def parse_guide(data: dict[str, Any], path: Path) -> Guide:
    r = _Reader(path)
    head = r.get(data, "guide", "", dict)
    hosts = r.get(head, "allowed_hosts", "guide", list)
    if not hosts or not all(isinstance(h, str) and h == h.lower() and "." in h and "/" not in h for h in hosts):
        raise r.fail("guide.allowed_hosts", "must list host names such as www.example.com")
    r.hosts = frozenset(hosts)
    links = r.get(data, "links", "", dict)
    link_urls = {key: r.link(links, key, "links") for key in links}
    sources = _parse_sources(r, data)
    source_ids = {source.id for source in sources}
    facts_t = r.get(data, "facts", "", dict)
    texts_t = r.get(data, "texts", "", dict)
    facts = Facts(
        **{
            key: Fact(
                text=r.text(fact, "text", f"facts.{key}", fields=set()),
                sources=r.source_ids(fact, f"facts.{key}", source_ids),
            )
            for key in Facts._fields
            for fact in [r.get(facts_t, key, "facts", dict)]
        }
    )

    extras: dict[str, Extra] = {}
    extras_t = r.get(data, "extras", "", dict, default={})
    for extra_id in extras_t:
        field = f"extras.{extra_id}"
        if not extra_id.replace("_", "").isalnum():
            raise r.fail(field, "an extra's id is letters, digits and _ only")
        t = r.get(extras_t, extra_id, "extras", dict)
        link_key = r.get(t, "link", field, str)
        if link_key not in link_urls:
            raise r.fail(f"{field}.link", f"names no entry of [links]: {link_key!r}")
        extras[extra_id] = Extra(
            id=extra_id,
            link=link_urls[link_key],
            title=r.text(t, "title", field, fields=set()),
            summary=r.text(t, "summary", field, fields=set()),
            button=r.text(t, "button", field, fields=set()),
            done=r.text(t, "done", field, fields=set()),
            sources=r.source_ids(t, field, source_ids),
            letters=_parse_letters(r, t, field),
        )

    actions = _parse_actions(r, data, link_urls)
    regions = _parse_regions(r, data, source_ids, set(extras), actions)
    apps = _parse_apps(r, data)
    devices = _parse_devices(r, data, apps)
    confidence = _parse_label_confidence(r, data, devices, actions)
    version = r.get(head, "version", "guide", int)
    if version < 1:
        raise r.fail("guide.version", "must be 1 or more")
    return Guide(
        folder=path.parent,
        id=r.get(head, "id", "guide", str),
        version=version,
        last_verified=r.get(head, "last_verified", "guide", dt.date),
        service=r.text(head, "service", "guide", fields=set()),
        receipt_title=r.text(head, "receipt_title", "guide", fields=set()),
        allowed_hosts=r.hosts,
        title=r.text(head, "title", "guide", fields=set()),
        actions=actions,
        apps=apps,
        facts=facts,
        texts=Texts(**{key: r.text(texts_t, key, "texts", fields=set()) for key in Texts._fields}),
        regions=regions,
        extras=extras,
        devices=devices,
        sources=sources,
        label_confidence=confidence,
    )


def _parse_actions(r: _Reader, data: dict[str, Any], link_urls: dict[str, str]) -> dict[str, Action]:
    """[actions.<id>]: what the service lets a person do, each of a kind of app/core/actions.py. A switch
    names its link, its label and the page it is on; a form its link and its name; "none" says why not."""
    from app.core.actions import FORM, KINDS, NONE, SETTING

    tables = r.get(data, "actions", "", dict)
    if not tables:
        raise r.fail("actions", "must declare at least one action")
    actions: dict[str, Action] = {}
    for action_id, table in tables.items():
        field = f"actions.{action_id}"
        if not re.fullmatch(r"[A-Za-z0-9_]+", action_id):
            raise r.fail(field, "an action's id is letters, digits and _ only")
        t = r.table(table, field)
        kind = r.get(t, "kind", field, str)
        if kind not in KINDS:
            raise r.fail(f"{field}.kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
        if kind == NONE:
            for key in ("link", "label", "page_label", "name"):
                if key in t:
                    raise r.fail(f"{field}.{key}", "an action of kind none has nothing to open or quote")
            actions[action_id] = Action(action_id, kind, None, None, None, r.text(t, "text", field, fields=set()))
            continue
        link_key = r.get(t, "link", field, str)
        if link_key not in link_urls:
            raise r.fail(f"{field}.link", f"names no entry of [links]: {link_key!r}")
        page_label = (
            r.text(t, "page_label", field, fields=set())
            if kind == SETTING or "page_label" in t
            else None  # a form may be reached without a page of its own
        )
        if "name" in t and kind != FORM:
            raise r.fail(f"{field}.name", "only a form is named in the guide's own words")
        name = r.text(t, "name", field, fields=set()) if "name" in t else None
        actions[action_id] = Action(
            action_id, kind, link_urls[link_key], r.text(t, "label", field, fields=set()), page_label, None, name
        )
    return actions


def _parse_apps(r: _Reader, data: dict[str, Any]) -> tuple[App, ...]:
    """[[apps]]: the service's apps, when its steps are done in each; none, or at least two."""
    apps = tuple(
        App(id=r.get(t, "id", f"apps[{i}]", str), name=r.text(t, "name", f"apps[{i}]", fields=set()))
        for i, t in enumerate(r.items(data, "apps", "") if "apps" in data else [])
    )
    if len(apps) == 1:
        raise r.fail("apps", "a service in one app lists no [[apps]]; list two or more")
    ids = [app.id for app in apps]
    if len(set(ids)) != len(ids):
        raise r.fail("apps", "app ids must be unique")
    for app_id in ids:
        if not _is_id(app_id):
            raise r.fail("apps", f"{app_id!r}: an app's id is lower-case letters and digits")
    return apps


def _parse_label_confidence(
    r: _Reader, data: dict[str, Any], devices: tuple[Device, ...], actions: dict[str, Action]
) -> dict[str, dict[str, str]]:
    """[label_confidence.<language>]: every label the guide quotes, with how sure the guide is of it in
    that language. An action's own label (the switch, the form) must be sure: the confirm and done pages
    quote it. The page a switch is on may be unsure (ChatGPT's "Data controls" has two French names): the
    app quotes it only in the steps, and a step with an unsure label must have plain words that quote
    nothing unsure."""
    tables = r.get(data, "label_confidence", "", dict, default={})
    own_labels = tuple(action.label for action in actions.values() if action.label)
    used = {label for action in actions.values() for label in action.labels}
    for device in devices:
        for step in device.steps:
            used.update(step.labels)
    out: dict[str, dict[str, str]] = {}
    for language, table in tables.items():
        field = f"label_confidence.{language}"
        levels = r.table(table, field)
        for label, level in levels.items():
            if label not in used:
                raise r.fail(f"{field}.{label}", "is not a label the guide quotes")
            if level not in CONFIDENCES:
                raise r.fail(f"{field}.{label}", f"must be one of {', '.join(CONFIDENCES)}, not {level!r}")
        missing = sorted(used - set(levels))
        if missing:
            raise r.fail(field, f"says nothing of {', '.join(repr(label) for label in missing)}")
        for label in own_labels:
            if levels[label] != "high":
                raise r.fail(f"{field}.{label}", "an action's own label must be verified (high)")
        for i, device in enumerate(devices):
            for n, step in enumerate(device.steps):
                unsure = [label for label in step.labels if levels[label] != "high"]
                if not unsure:
                    continue
                where = f"devices[{i}].steps[{n}].plain"
                if step.plain is None:
                    raise r.fail(where, f"is needed: {unsure[0]!r} is not verified in {language!r}")
                if "{label}" in step.plain and levels[step.label] != "high":
                    raise r.fail(where, f"quotes {step.label!r}, which is not verified in {language!r}")
        out[language] = dict(levels)
    return out


def _parse_letters(r: _Reader, extra: dict[str, Any], field: str) -> dict[str, str]:
    """[extras.<id>.letter]: one ready-to-paste text per LETTER_KINDS, each signed with {name}."""
    if "letter" not in extra:
        return {}
    table: dict[str, Any] = r.get(extra, "letter", field, dict)
    for kind in table:
        if kind not in LETTER_KINDS:
            raise r.fail(f"{field}.letter.{kind}", f"must be one of {', '.join(LETTER_KINDS)}")
    return {kind: r.text(table, kind, f"{field}.letter", fields={"name"}) for kind in LETTER_KINDS}


def _parse_sources(r: _Reader, data: dict[str, Any]) -> tuple[Source, ...]:
    sources = []
    for i, t in enumerate(r.items(data, "sources", "")):
        field = f"sources[{i}]"
        date = t.get("date")
        if isinstance(date, dt.date) and not isinstance(date, dt.datetime):
            date = date.isoformat()
        elif date is not None and not (isinstance(date, str) and _is_month(date)):
            raise r.fail(f"{field}.date", "must be a date, or a month written YYYY-MM")
        if ("title" in t) == ("about" in t):
            raise r.fail(field, "needs either a `title` (the source's own, quoted) or an `about` (described)")
        quoted = "title" in t
        sources.append(
            Source(
                id=r.get(t, "id", field, str),
                publisher=r.text(t, "publisher", field, fields=set()),
                title=r.text(t, "title" if quoted else "about", field, fields=set()),
                url=r.link(t, "url", field) if "url" in t else None,
                date=date,
                quoted=quoted,
            )
        )
    if not sources:
        raise r.fail("sources", "must list at least one source")
    if len({source.id for source in sources}) != len(sources):
        raise r.fail("sources", "source ids must be unique")
    return tuple(sources)


def _is_month(text: str) -> bool:
    try:
        dt.date.fromisoformat(text + "-01")
    except ValueError:
        return False
    return len(text) == 7


def _parse_regions(
    r: _Reader, data: dict[str, Any], source_ids: set[str], extra_ids: set[str], actions: dict[str, Action]
) -> tuple[Region, ...]:
    regions = []
    seen: dict[str, str] = {}
    for i, t in enumerate(r.items(data, "regions", "")):
        field = f"regions[{i}]"
        region_id = r.get(t, "id", field, str)
        countries = r.get(t, "countries", field, list)
        for code in countries:
            if not (isinstance(code, str) and len(code) == 2 and code.isalpha() and code.isupper()):
                raise r.fail(f"{field}.countries", f"{code!r} is not a two-letter country code")
            if code in seen:
                raise r.fail(f"{field}.countries", f"{code} is already in region {seen[code]!r}")
            seen[code] = region_id
        extras = r.get(t, "extras", field, list)
        for extra in extras:
            if extra not in extra_ids:
                raise r.fail(
                    f"{field}.extras", f"{extra!r} is not one of {', '.join(sorted(extra_ids)) or 'the [extras]'}"
                )
        if len(set(extras)) != len(extras):
            raise r.fail(f"{field}.extras", "lists an extra twice")
        notes = r.get(t, "notes", field, list, default=[])
        if not all(isinstance(n, str) and n.strip() for n in notes):
            raise r.fail(f"{field}.notes", "must be a list of texts")
        extra_notes_t = r.get(t, "extra_notes", field, dict, default={})
        extra_notes = {}
        for extra in extra_notes_t:
            if extra not in extras:
                raise r.fail(f"{field}.extra_notes.{extra}", "is not one of this region's extras")
            extra_notes[extra] = r.text(extra_notes_t, extra, f"{field}.extra_notes", fields=set())
        if "action" in t or len(actions) > 1:
            action = r.get(t, "action", field, str)
            if action not in actions:
                raise r.fail(f"{field}.action", f"{action!r} is not one of {', '.join(actions)}")
        else:
            action = next(iter(actions))  # the guide's only action
        regions.append(
            Region(
                id=region_id,
                action=action,
                name=r.text(t, "name", field, fields=set()),
                countries=frozenset(countries),
                is_default=r.get(t, "default", field, bool, default=False),
                history=r.text(t, "history", field, fields=set()),
                extras=tuple(extras),
                notes=tuple(notes),
                extra_notes=extra_notes,
                sources=r.source_ids(t, field, source_ids),
            )
        )
    if sum(region.is_default for region in regions) != 1:
        raise r.fail("regions", "exactly one region must have default = true")
    if len({region.id for region in regions}) != len(regions):
        raise r.fail("regions", "region ids must be unique")
    return tuple(regions)


def _parse_devices(r: _Reader, data: dict[str, Any], apps: tuple[App, ...]) -> tuple[Device, ...]:
    devices = []
    for i, t in enumerate(r.items(data, "devices", "")):
        field = f"devices[{i}]"
        handoff = r.get(t, "handoff", field, str)
        if handoff not in HANDOFFS:
            raise r.fail(f"{field}.handoff", f"must be one of {', '.join(HANDOFFS)}")
        step_tables = r.items(t, "steps", field)
        app_ids = [app.id for app in apps] or [""]
        steps = []
        for n, s in enumerate(step_tables):
            where = f"{field}.steps[{n}]"
            section = r.text(s, "section", where, fields=set()) if "section" in s else None
            placeholders = {"label", "section"} if section else {"label"}
            plain = r.text(s, "plain", where) if "plain" in s else None
            app = r.get(s, "app", where, str) if "app" in s else ""
            if app not in app_ids:
                raise r.fail(f"{where}.app", f"{app!r} is not one of the [[apps]]" if apps else "names no [[apps]]")
            if plain is not None and not set(format_fields(plain)) <= {"label"}:
                raise r.fail(f"{where}.plain", "may name {label} and nothing else")
            steps.append(
                Step(
                    text=r.text(s, "text", where, fields=placeholders),
                    label=r.text(s, "label", where, fields=set()),
                    section=section,
                    plain=plain,
                    app=app,
                )
            )
        for app_id in app_ids:  # counted once every step names a known app: a typo is reported as one
            count = sum(step.app == app_id for step in steps)
            if not 1 <= count <= MAX_STEPS:
                where = f"{field}.steps" + (f" in app {app_id!r}" if app_id else "")
                raise r.fail(where, f"must have 1 to {MAX_STEPS} steps, not {count}")
        # App after app, in the guide's order: the steps page walks them so, and the pictures are numbered so.
        order = [app_ids.index(step.app) for step in steps]
        if order != sorted(order):
            raise r.fail(f"{field}.steps", "must list one app's steps after the other's, in the order of [[apps]]")
        devices.append(
            Device(
                id=r.get(t, "id", field, str),
                name=r.text(t, "name", field, fields=set()),
                where=r.text(t, "where", field, fields=set()),
                hint=r.text(t, "hint", field, fields=set()),
                icon=_icon_name(r, t, field),
                handoff=handoff,
                steps=tuple(steps),
            )
        )
    ids = [d.id for d in devices]
    if not ids:
        raise r.fail("devices", "must describe at least one device")
    if len(set(ids)) != len(ids):
        raise r.fail("devices", "device ids must be unique")
    for device_id in ids:
        if not _is_id(device_id):
            raise r.fail("devices", f"{device_id!r}: a device's id is lower-case letters and digits")
    return tuple(devices)


def _is_id(text: str) -> bool:
    """An app's or a device's id: lower-case ASCII letters and digits ("iphone", "web2"), as in file names."""
    return re.fullmatch(r"[a-z0-9]+", text) is not None


_ICON_NAME = re.compile(r"[a-z0-9]+\.[a-z0-9-]+")


def _icon_name(r: _Reader, table: dict[str, Any], field: str) -> str:
    """A device's icon: a qtawesome name, "<font>.<icon>" such as "mdi6.cellphone" (one the font lacks
    is drawn as no icon; a malformed one is refused here)."""
    name: str = r.get(table, "icon", field, str)
    if not _ICON_NAME.fullmatch(name):
        raise r.fail(f"{field}.icon", f"{name!r} is not an icon name such as mdi6.cellphone")
    return name


def translatable_strings(guide: Guide) -> list[tuple[str | None, str, str]]:
    """Every user-visible string of the guide as (context, message, where) for the catalog."""
    out: list[tuple[str | None, str, str]] = [(None, guide.title, "guide.title")]
    out += [(None, guide.service, "guide.service"), (None, guide.receipt_title, "guide.receipt_title")]
    for action in guide.actions.values():
        if action.label:
            out.append((guide.label_context, action.label, f"actions.{action.id}.label"))
        if action.page_label:
            out.append((guide.label_context, action.page_label, f"actions.{action.id}.page_label"))
        if action.text:
            out.append((None, action.text, f"actions.{action.id}.text"))
        if action.name:
            out.append((None, action.name, f"actions.{action.id}.name"))
    out += [(None, app.name, f"apps.{app.id}") for app in guide.apps]
    out += [(None, getattr(guide.facts, k).text, f"facts.{k}") for k in Facts._fields]
    out += [(None, getattr(guide.texts, k), f"texts.{k}") for k in Texts._fields]
    for region in guide.regions:
        out.append((None, region.name, f"regions.{region.id}.name"))
        out.append((None, region.history, f"regions.{region.id}.history"))
        out += [(None, note, f"regions.{region.id}.notes") for note in region.notes]
        out += [(None, note, f"regions.{region.id}.extra_notes.{e}") for e, note in region.extra_notes.items()]
    for extra in guide.extras.values():
        where = f"extras.{extra.id}"
        out += [(None, extra.title, where), (None, extra.summary, where)]
        out += [(None, extra.button, where), (None, extra.done, where)]
        out += [(None, extra.letters[kind], f"{where}.letter.{kind}") for kind in extra.letters]
    for device in guide.devices:
        out.append((None, device.name, f"devices.{device.id}.name"))
        out.append((None, device.where, f"devices.{device.id}.where"))
        out.append((None, device.hint, f"devices.{device.id}.hint"))
        for n, step in enumerate(device.steps, start=1):
            out.append((None, step.text, f"devices.{device.id}.steps.{n}"))
            if step.plain:
                out.append((None, step.plain, f"devices.{device.id}.steps.{n}.plain"))
            out.append((guide.label_context, step.label, f"devices.{device.id}.steps.{n}"))
            if step.section:
                out.append((guide.label_context, step.section, f"devices.{device.id}.steps.{n}.section"))
    for source in guide.sources:
        out.append((None, source.publisher, f"sources.{source.id}"))
        if not source.quoted:  # a source's own title is quoted as it is, in its own language
            out.append((None, source.title, f"sources.{source.id}.about"))
    return out
