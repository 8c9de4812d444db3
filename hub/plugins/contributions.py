"""What a regional plugin contributes through its hooks: small frozen, typed values.

Hook results are checked against these types when they are returned (``hub.plugins.manager``), so
a plugin that returns something else is reported like one that raises. Labels and descriptions
are UI text: write them in English through ``gettext_lazy`` and translate them in the plugin's
``locale/``. Seeded page content (``PageSpec``) is editable content instead, so it carries each
language's text explicitly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

__all__ = [
    "Contact",
    "CooperationBody",
    "LocalProcess",
    "MapLayer",
    "NavigationItem",
    "PageSpec",
    "PageText",
    "ProcessStep",
    "ProcessStepKind",
    "RankAdjustment",
    "RegionBlock",
    "RegionContent",
    "RegionFacts",
    "RouteCandidate",
    "RouteQuery",
    "SourceRef",
]

# A UI string: plain or lazily translated.
Text = str | Promise


@dataclass(frozen=True)
class Contact:
    """A functional contact for the region: an organisation or a role, never a private person.

    Public pages and the API show contacts, so they name organisations and roles with their
    official addresses; personal names stay out (the seeds name people, the site does not).
    """

    organisation: Text
    role: Text = ""
    email: str = ""
    phone: str = ""
    url: str = ""


@dataclass(frozen=True)
class CooperationBody:
    """A body through which the region's organisations work together (e.g. a Finsam association)."""

    name: Text
    description: Text = ""
    members: tuple[Text, ...] = ()
    url: str = ""


@dataclass(frozen=True)
class SourceRef:
    """Where a fact or figure comes from, so readers can check it."""

    title: Text
    url: str = ""
    date: str = ""


@dataclass(frozen=True)
class RegionFacts:
    """The facts a region's pages and API show.

    Attributes:
        summary: one or two sentences on what the cooperation does.
        area: the area in words (e.g. "the north-east of the county").
        region_codes / municipality_codes: what the plugin covers (from its declaration).
        cooperation_bodies: bodies through which the region's actors cooperate.
        contacts: functional contacts (organisations, roles).
        sources: the documents the facts come from.
    """

    summary: Text
    area: Text
    region_codes: tuple[str, ...]
    municipality_codes: tuple[str, ...] = ()
    cooperation_bodies: tuple[CooperationBody, ...] = ()
    contacts: tuple[Contact, ...] = ()
    sources: tuple[SourceRef, ...] = ()


class ProcessStepKind(models.TextChoices):
    """What a step of a local validation route does; the route finder matches on it."""

    # A context keeps these labels apart from the registry's words of the same spelling.
    PREPARATION = "preparation", pgettext_lazy("process step", "Preparation")
    MAPPING = "mapping", pgettext_lazy("process step", "Mapping")
    VALIDATION = "validation", pgettext_lazy("process step", "Validation")
    COMPLEMENTARY_TRAINING = (
        "complementary_training",
        pgettext_lazy("process step", "Complementary training"),
    )
    CREDENTIAL = "credential", pgettext_lazy("process step", "Credential")
    OUTCOME = "outcome", pgettext_lazy("process step", "Job or studies")
    SUPPORT = "support", pgettext_lazy("process step", "Support")


@dataclass(frozen=True)
class ProcessStep:
    """One step of a region's validation route.

    Attributes:
        key: stable identifier within the process (the route finder refers to it).
        validation_models: registry ``ValidationModel`` slugs used in this step.
        actors: registry ``Actor`` slugs that carry the step out.
    """

    key: str
    title: Text
    kind: ProcessStepKind
    description: Text = ""
    validation_models: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    duration: Text = ""


@dataclass(frozen=True)
class LocalProcess:
    """A region's validation route in order, as its cooperation describes it.

    ``language_support``: the process is for people learning Swedish (a language internship
    with SFI); the route finder shows it only to a person whose Swedish level needs support.
    """

    key: str
    title: Text
    summary: Text
    steps: tuple[ProcessStep, ...]
    audience: Text = ""
    source: SourceRef | None = None
    language_support: bool = False


@dataclass(frozen=True)
class MapLayer:
    """A GeoJSON ``FeatureCollection`` to show on a map (points of actors, an area).

    ``geojson`` uses WGS 84 longitude/latitude, as RFC 7946 requires; build it with the helpers
    in ``hub.plugins.geo`` so every layer has the same properties (``name``, ``url``, ``kind``).
    """

    key: str
    title: Text
    description: Text
    geojson: Mapping[str, Any]


@dataclass(frozen=True)
class NavigationItem:
    """A link the region's section page offers (local services, forms, documents)."""

    title: Text
    url: str
    description: Text = ""


@dataclass(frozen=True)
class RegionBlock:
    """A piece of the section page rendered from the plugin's own template."""

    title: Text
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageText:
    """A seeded page's content in one language; ``body`` is ``(block type, value)`` pairs.

    Block types are those of ``communication.blocks.BodyBlock``: ``heading`` (text), ``text``
    (HTML) and ``callout`` (``{"title": …, "text": HTML}``).
    """

    title: str
    intro: str = ""
    body: tuple[tuple[str, Any], ...] = ()
    slug: str = ""


@dataclass(frozen=True)
class PageSpec:
    """A page seeded under the region's section, with its children.

    ``texts`` maps a language code to the page's content; Swedish (``sv``) is required, other
    languages become translations. Seeding only creates missing pages: once created, a page is
    the editors' to change.
    """

    slug: str
    texts: Mapping[str, PageText]
    children: tuple[PageSpec, ...] = ()


@dataclass(frozen=True)
class RegionContent:
    """What a region states about itself, once: the hub's default hooks answer from it.

    A plugin declares it as ``content`` in its ``content`` module; hooks are left for what must
    be computed (blocks from the database, a link that depends on a setting, route ranking).
    Anything a hook returns is added to (or, for ``firstresult`` hooks, wins over) this.

    Attributes:
        summary, area, cooperation_bodies, contacts, sources: the region's facts
            (``RegionFacts``); without ``contacts`` the declaration's ``contact`` is shown,
            without ``area`` the region's name.
        section: the section page and the pages below it (``hub_seed_section``).
        processes: the region's validation routes (``hub_describe_processes``).
        navigation: links for the section page (``hub_add_navigation_items``).
    """

    summary: Text = ""
    area: Text = ""
    cooperation_bodies: tuple[CooperationBody, ...] = ()
    contacts: tuple[Contact, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    section: PageSpec | None = None
    processes: tuple[LocalProcess, ...] = ()
    navigation: tuple[NavigationItem, ...] = ()


@dataclass(frozen=True)
class RouteQuery:
    """What a counsellor knows about a person, as the route finder passes it to plugins."""

    municipality_code: str = ""
    region_code: str = ""
    occupation_codes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    swedish_level: str = ""


@dataclass(frozen=True)
class RouteCandidate:
    """A validation route the route finder considers, before plugins adjust its rank."""

    key: str
    validation_model: str
    providers: tuple[str, ...] = ()
    municipality_codes: tuple[str, ...] = ()
    score: float = 0.0


@dataclass(frozen=True)
class RankAdjustment:
    """Move a candidate up (positive ``delta``) or down, with a reason shown to the counsellor."""

    candidate: str
    delta: float
    reason: Text
