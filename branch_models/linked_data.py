"""schema.org JSON-LD for registry records, built once for the pages and the API's export.

Each function returns a plain dict for one published record. Related records appear only when
they are published themselves, so JSON-LD never reveals a draft. ``render`` writes the dict into
a ``<script type="application/ld+json">`` element with the same escaping as Django's
``json_script``, so no text in a record can close the element early.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from branch_models.models import (
    Actor,
    Credential,
    KomvuxOffer,
    Occupation,
    RegistryRecord,
    StudyForm,
    ValidationModel,
    _localized,
)

__all__ = ["actor", "credential", "komvux_offer", "organization", "render", "validation_model"]

CONTEXT = "https://schema.org"
TEACHING_LANGUAGE = "sv"  # Komvux teaches in Swedish (with SFI or mother-tongue support)
SSYK = {"@type": "CategoryCodeSet", "name": "SSYK 2012"}
SEQF = {"@type": "DefinedTermSet", "name": "SeQF"}
ESCO = {"@type": "DefinedTermSet", "name": "ESCO", "url": "https://esco.ec.europa.eu/"}
# schema.org's courseMode suggests these labels; an apprenticeship happens at the workplace.
COURSE_MODES = {
    StudyForm.ON_SITE: "onsite",
    StudyForm.DISTANCE: "online",
    StudyForm.FLEXIBLE: "blended",
    StudyForm.APPRENTICESHIP: "onsite",
}
# The characters json_script escapes: none of them can then end or confuse the script element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def render(data: dict[str, Any]) -> SafeString:
    """Return ``data`` as a JSON-LD script element, safe to place in any HTML page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above


def _url(record: RegistryRecord, request: HttpRequest) -> str:
    return request.build_absolute_uri(record.get_absolute_url())


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values, so the JSON-LD states only what the registry knows."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def organization(actor: Actor, request: HttpRequest) -> dict[str, Any]:
    """Return a short Organization reference: name, website (or our page) and our page."""
    page = _url(actor, request)
    return _compact(
        {
            "@type": "Organization",
            "@id": page,
            "name": actor.name,
            "url": actor.website or page,
        }
    )


def actor(record: Actor, request: HttpRequest) -> dict[str, Any]:
    """Return an actor as a schema.org Organization with contact, address and area served."""
    data = organization(record, request)
    address = None
    if record.street_address or record.postcode or record.city:
        address = _compact(
            {
                "@type": "PostalAddress",
                "streetAddress": record.street_address,
                "postalCode": record.postcode,
                "addressLocality": record.city,
                "addressCountry": "SE",
            }
        )
    data.update(
        {
            "@context": CONTEXT,
            "description": record.description,
            "email": record.email,
            "telephone": record.phone,
            "address": address,
            "knowsLanguage": list(record.languages),
            "areaServed": [
                {"@type": "AdministrativeArea", "name": m.name, "identifier": m.code}
                for m in record.municipalities.all()
            ],
        }
    )
    if record.latitude is not None and record.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(record.latitude),
            "longitude": float(record.longitude),
        }
    return _compact(data)


def _defined_term(name: str, term_set: dict[str, Any] | None = None, **extra: Any) -> dict:
    return _compact({"@type": "DefinedTerm", "name": name, "inDefinedTermSet": term_set, **extra})


def credential(record: Credential, request: HttpRequest) -> dict[str, Any]:
    """Return a credential as an EducationalOccupationalCredential, for employers' tools.

    The competences are the credential's own can-do statements: a model's competences may
    cover more than one credential, so they would overstate what this one shows.

    The issuer is given as ``recognizedBy``: schema.org has no issuer property on credentials,
    and the issuing body is the first organisation that recognises it.
    """
    page = _url(record, request)
    name = _localized(record, "name")
    level = None
    if record.seqf_level:
        level = _defined_term(f"SeQF {record.seqf_level}", SEQF, termCode=str(record.seqf_level))
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "EducationalOccupationalCredential",
            "@id": page,
            "url": page,
            "name": name,
            "alternateName": record.name if name != record.name else None,
            "description": record.summary_easy,
            "credentialCategory": _defined_term(
                str(record.get_kind_display()), termCode=record.kind
            ),
            "recognizedBy": organization(record.issuer, request) if record.issuer.live else None,
            "competencyRequired": [_defined_term(statement) for statement in record.can_do],
            "educationalLevel": level,
        }
    )


def _occupation(occupation: Occupation) -> dict[str, Any]:
    return {
        "@type": "CategoryCode",
        "codeValue": occupation.code,
        "name": str(occupation),
        "inCodeSet": SSYK,
    }


def validation_model(record: ValidationModel, request: HttpRequest) -> dict[str, Any]:
    """Return a validation model as a program whose steps read like a HowTo.

    It is typed both ways: the program carries occupations, credentials and Komvux courses;
    HowTo carries the ordered steps and what is assessed.
    """
    page = _url(record, request)
    providers = [organization(a, request) for a in record.providers.public()]
    owner = organization(record.owner, request) if record.owner.live else None
    return _compact(
        {
            "@context": CONTEXT,
            "@type": ["EducationalOccupationalProgram", "HowTo"],
            "@id": page,
            "url": page,
            "name": _localized(record, "name"),
            "description": _localized(record, "summary"),
            "creator": owner,
            "provider": providers,
            "occupationalCategory": [_occupation(o) for o in record.occupations.all()],
            "assesses": [
                _defined_term(c.name, ESCO if c.esco_uri else None, url=c.esco_uri)
                for c in record.competences.all()
            ],
            "educationalCredentialAwarded": [
                {
                    "@type": "EducationalOccupationalCredential",
                    "@id": _url(c, request),
                    "name": _localized(c, "name"),
                }
                for c in record.credentials.public()
            ],
            "hasCourse": [
                {"@type": "Course", "@id": _url(o, request), "name": o.name}
                for o in record.komvux_offers.public()
            ],
            "programPrerequisites": record.prerequisites,
            "estimatedCost": record.cost,
            "step": [
                _compact(
                    {
                        "@type": "HowToStep",
                        "position": position,
                        "name": step.title,
                        "text": step.description,
                    }
                )
                for position, step in enumerate(record.steps.all(), start=1)
            ],
        }
    )


def komvux_offer(record: KomvuxOffer, request: HttpRequest) -> dict[str, Any]:
    """Return a Komvux offer as a Course with one instance per coming start date."""
    page = _url(record, request)
    location = {
        "@type": "Place",
        "name": record.municipality.name,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": record.municipality.name,
            "addressCountry": "SE",
        },
    }
    mode = COURSE_MODES[record.study_form]
    starts = record.upcoming_start_dates() or [None]
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "Course",
            "@id": page,
            "url": page,
            "name": record.name,
            "courseCode": record.course_code,
            "description": record.summary_easy,
            "inLanguage": TEACHING_LANGUAGE,
            "educationalLevel": str(record.get_level_display()),
            "provider": organization(record.provider, request) if record.provider.live else None,
            "hasCourseInstance": [
                _compact(
                    {
                        "@type": "CourseInstance",
                        "courseMode": mode,
                        "startDate": start,
                        "location": location,
                    }
                )
                for start in starts
            ],
            # Komvux is free of charge by law (skollagen); the offer points to the application.
            "offers": _compact(
                {
                    "@type": "Offer",
                    "url": record.application_url,
                    "price": 0,
                    "priceCurrency": "SEK",
                }
            ),
        }
    )
