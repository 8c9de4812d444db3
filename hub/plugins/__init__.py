"""The one module regional plugins import from the hub (like CKAN's ``toolkit``).

Everything a plugin needs to declare itself, implement hooks, build map layers, map its data
files and declare what the public search finds (``indexes.py``: `ModelIndex`, `SearchField`,
`FacetField`, `register_index`) is here; anything else in ``hub`` may change without notice.
Plugins also use the public models of the core apps (``branch_models.models``). See
docs/plugins.md.

Importing this module loads no models, so a plugin's ``apps.py`` can import it.
"""

from __future__ import annotations

from hub.plugins.areas import matching_candidates
from hub.plugins.config import RegionPlugin, get_plugin_setting
from hub.plugins.contributions import (
    Contact,
    CooperationBody,
    LocalProcess,
    MapLayer,
    NavigationItem,
    PageSpec,
    PageText,
    ProcessStep,
    ProcessStepKind,
    RankAdjustment,
    RegionBlock,
    RegionContent,
    RegionFacts,
    RouteCandidate,
    RouteQuery,
    SourceRef,
)
from hub.plugins.default_hooks import default_region_facts
from hub.plugins.geo import (
    area_feature,
    feature_collection,
    point_feature,
    public_url,
    record_points,
)
from hub.plugins.manager import hookimpl
from hub.plugins.mapping import (
    Field,
    Lookup,
    MappingError,
    RecordMapping,
    Vocabulary,
    coordinates,
    iso_dates,
    municipality_by_code,
    municipality_by_name,
    slug_from,
    yes_no,
)
from search.index import FacetField, ModelIndex, SearchField, register_index

__all__ = [
    "Contact",
    "CooperationBody",
    "FacetField",
    "Field",
    "LocalProcess",
    "Lookup",
    "MapLayer",
    "MappingError",
    "ModelIndex",
    "NavigationItem",
    "PageSpec",
    "PageText",
    "ProcessStep",
    "ProcessStepKind",
    "RankAdjustment",
    "RecordMapping",
    "RegionBlock",
    "RegionContent",
    "RegionFacts",
    "RegionPlugin",
    "RouteCandidate",
    "RouteQuery",
    "SearchField",
    "SourceRef",
    "Vocabulary",
    "area_feature",
    "coordinates",
    "default_region_facts",
    "feature_collection",
    "get_plugin_setting",
    "hookimpl",
    "iso_dates",
    "matching_candidates",
    "municipality_by_code",
    "municipality_by_name",
    "point_feature",
    "public_url",
    "record_points",
    "register_index",
    "slug_from",
    "yes_no",
]
