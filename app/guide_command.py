"""`ai-optout-assistant guide`: the instructions for a country, device and language, with no window.

For people who prefer to read or print them, and for checking the content. Reads the guide only:
no record is opened, nothing is written.
"""

from __future__ import annotations

import json
import sys
import textwrap
from typing import Any

from app import guide_text, i18n
from app.core import regions
from app.core.guide import Guide
from app.guides import load_guides
from app.i18n import _
from app.notices import guide_problem_text

USAGE_ERROR = 2
WIDTH = 78


def print_guide(
    *,
    service: str | None = None,
    country: str | None,
    device: str | None,
    language: str | None,
    linkedin_language: str | None,
    as_json: bool,
) -> int:
    if hasattr(sys.stdout, "reconfigure"):  # a Windows pipe or file may not take every character
        sys.stdout.reconfigure(errors="replace")
    system = i18n.system_locale_name()
    i18n.set_language(i18n.pick_language(language, None, system))
    catalog = load_guides()
    for problem in catalog.problems:
        print(guide_problem_text(problem), file=sys.stderr)
    if not catalog.guides:
        return 1
    ids = ", ".join(g.id for g in catalog.guides)
    if service is None and len(catalog.guides) > 1:
        print(_("Choose the service with --service: {services}.").format(services=ids), file=sys.stderr)
        return USAGE_ERROR
    found = catalog.guides[0] if service is None else catalog.get(service)
    if found is None:
        print(
            _("{service} is not a service of this assistant: {services}.").format(service=service, services=ids),
            file=sys.stderr,
        )
        return USAGE_ERROR
    guide = found
    if country is not None:
        code = regions.country_for_territory(country) if country.strip() else None
        if code is None:
            print(
                _("{code} is not a country code: give two letters, such as FR, GB or CA.").format(code=country),
                file=sys.stderr,
            )
            return USAGE_ERROR
    else:
        code = regions.country_from_locale(system)
        if code is None:
            print(
                _("Your computer does not say which country you live in: add --country, such as --country FR."),
                file=sys.stderr,
            )
            return USAGE_ERROR
    devices = [d.id for d in guide.devices]
    device = device or guide.computer_device().id
    if device not in devices:
        print(
            _("{device} is not one of the devices of this guide: {devices}.").format(
                device=device, devices=", ".join(devices)
            ),
            file=sys.stderr,
        )
        return USAGE_ERROR
    document = guide_document(guide, code, device, linkedin_language)
    if as_json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(guide_plain_text(guide, document))
    return 0


def guide_document(guide: Guide, country: str, device_id: str, linkedin_language: str | None) -> dict[str, Any]:
    """Everything the person reads for `country` and `device_id`, in the current language."""
    language = i18n.language()
    labels_language = linkedin_language or language
    region = guide.region_for_country(country)
    action = guide.action_for(region)
    device = guide.device(device_id)
    facts = guide.facts
    return {
        "guide": guide.id,
        "version": guide.version,
        "verified": guide.last_verified.isoformat(),
        "language": language,
        "linkedin_language": labels_language,
        "title": _(guide.title),
        "country": {"code": country, "name": regions.country_name(country, language)},
        "region": {"id": region.id, "name": _(region.name), "history": _(region.history)},
        "notes": [_(note) for note in region.notes],
        "scope": _(facts.scope.text),
        "not_covered": _(facts.not_covered.text),
        "stops_future_only": _(facts.stops_future_only.text),
        "used": _(facts.used.text),
        "not_used": _(facts.not_used.text),
        "account_wide": _(facts.account_wide.text),
        "device": {"id": device.id, "name": _(device.name), "where": _(device.where)},
        "steps": [
            {"n": n, "text": guide_text.step_text(guide, step, labels_language)}
            for n, step in enumerate(device.steps, 1)
        ],
        "setting_link": action.link,
        "setting_label": i18n.label(action.label, labels_language, context=guide.label_context)
        if action.label
        else None,
        "action": {"id": action.id, "kind": action.kind},
        "extras": [
            {
                "id": extra.id,
                "title": _(extra.title),
                "link": extra.link,
                "text": guide_text.extra_text(extra, region),
            }
            for extra in (guide.extras[extra_id] for extra_id in region.extras)
        ],
        "sources": [
            {
                "id": source.id,
                "publisher": _(source.publisher),
                "title": source.title if source.quoted else _(source.title),
                "title_quoted": source.quoted,
                "date": source.date,
                "url": source.url,
            }
            for source in guide.sources
        ],
    }


def guide_plain_text(guide: Guide, doc: dict[str, Any]) -> str:
    """The document as a page to read or print, wrapped for a terminal."""
    out: list[str] = []

    def para(text: str, first: str = "", rest: str = "") -> None:
        out.append(
            textwrap.fill(
                text,
                WIDTH,
                initial_indent=first,
                subsequent_indent=rest or first,
                break_long_words=False,  # links stay whole
                break_on_hyphens=False,
            )
        )

    para(doc["title"])
    para(guide_text.verified_text(guide))
    out.append("")
    country, region = doc["country"]["name"], doc["region"]["name"]
    if country == region:
        para(_("Where you live: {country}").format(country=country))
    else:
        para(_("Where you live: {country} ({region})").format(country=country, region=region))
    for line in (doc["region"]["history"], *doc["notes"]):
        para(line)
    out += ["", _("What the switch does")]
    for key in ("scope", "not_covered", "stops_future_only", "used", "not_used", "account_wide"):
        para(doc[key], "  - ", "    ")
    # Translators: {where} is a device inside a sentence, such as "on your iPhone".
    out += ["", _("The steps {where}").format(where=doc["device"]["where"])]
    for step in doc["steps"]:
        para(step["text"], f"  {step['n']}. ", "     ")
    para(_("The setting's page: {link}").format(link=doc["setting_link"]))
    for extra in doc["extras"]:
        out.append("")
        para(_("Optional: {title}").format(title=extra["title"]))
        para(extra["text"], "  ")
        out.append("  " + extra["link"])
    out += ["", _("Sources")]
    for source in guide.sources:
        para(guide_text.source_text(source), "  - ", "    ")
    return "\n".join(out)
