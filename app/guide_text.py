"""The guide in words, in the current language: shared by the wizard's pages and the `guide` command.

Sentences are in the assistant's language; LinkedIn's own labels inside them are quoted as LinkedIn
shows them in the language the person's LinkedIn uses, which may be another one.
"""

from __future__ import annotations

from app import i18n
from app.core.flow import clean_label
from app.core.guide import Device, Extra, Guide, Region, Source, Step
from app.core.objection import letter_text
from app.i18n import _, ngettext


def quoted_label(guide: Guide, text: str, linkedin_language: str | None) -> str:
    """The service's wording in the service's language, in the quotation marks of the assistant's."""
    return i18n.quote(i18n.label(text, linkedin_language, context=guide.label_context))


def step_text(guide: Guide, step: Step, linkedin_language: str | None = None) -> str:
    """A step in the current language, the service's label (and heading) quoted as the service shows them;
    in its plain words where the guide is not sure of that wording in the service's language."""
    fields = {"label": quoted_label(guide, step.label, linkedin_language)}
    if step.section:
        fields["section"] = quoted_label(guide, step.section, linkedin_language)
    if step.plain is not None and not guide.step_is_sure(linkedin_language or i18n.language(), step):
        return _(step.plain).format(**fields)
    return _(step.text).format(**fields)


def steps_heading(device: Device) -> str:
    """The steps page's title: "6 steps on your iPhone"."""
    count = len(device.steps)
    # Translators: {where} is a device inside a sentence, such as "on your iPhone".
    return ngettext("{count} step {where}", "{count} steps {where}", count).format(count=count, where=_(device.where))


def length_line(guide: Guide) -> str:
    """What the path asks, said truly for this service: how many short steps (its longest device's, and
    "up to" where devices differ), one screen at a time; no promise of minutes."""
    counts = {len(device.steps) for device in guide.devices}
    most = max(counts, default=0)
    if len(counts) > 1:
        return ngettext(
            "Up to {count} short step, one screen at a time, in plain words. Take the time you need.",
            "Up to {count} short steps, one screen at a time, in plain words. Take the time you need.",
            most,
        ).format(count=most)
    return ngettext(
        "{count} short step, one screen at a time, in plain words. Take the time you need.",
        "{count} short steps, one screen at a time, in plain words. Take the time you need.",
        most,
    ).format(count=most)


def extra_text(extra: Extra, region: Region | None) -> str:
    """What an optional extra is, with what applies to it in the person's region."""
    parts = [_(extra.summary)]
    if region is not None and extra.id in region.extra_notes:
        parts.append(_(region.extra_notes[extra.id]))
    return " ".join(parts)


def region_lines(region: Region) -> list[str]:
    """The region's history, then what is particular to it."""
    return [_(region.history), *(_(note) for note in region.notes)]


def scope_lines(guide: Guide) -> list[str]:
    """What the switch is about and what it does not cover: said to every region."""
    return [_(guide.facts.scope.text), _(guide.facts.not_covered.text)]


def source_text(source: Source) -> str:
    """One source: who published it, its title, its date and its address when it has one."""
    # Translators: a source of the guide, such as: LinkedIn Help, “Data sharing”.
    text = _("{publisher}, {title}").format(publisher=_(source.publisher), title=source_title(source))
    if source.date:
        text += " (" + i18n.format_partial_date(source.date) + ")"
    if source.url:
        text += " " + source.url
    return text


def source_title(source: Source) -> str:
    """A source's own title in quotation marks, as it is (never translated); a described one in words."""
    return i18n.quote(source.title) if source.quoted else _(source.title)


def verified_text(guide: Guide, *, unbroken: bool = False) -> str:
    return _("Instructions last checked on {date}.").format(
        date=i18n.format_date(guide.last_verified, unbroken=unbroken)
    )


def objection_letter(extra: Extra, language: str, answer: str | None, name: str = "") -> str:
    """`extra`'s ready-to-paste text in `language` (whatever the assistant's), saying only what the person
    answered on the switch (`answer`, one of flow.ANSWERS, or None), signed `name` if given."""
    template = i18n.gettext_in(language, letter_text(extra, answer))
    return template.format(name=clean_label(name)).rstrip() + "\n"
