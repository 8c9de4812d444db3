"""GeoJSON for map layers: points of registry records and an approximate area around them.

Coordinates follow RFC 7946 (WGS 84, longitude first). The hub ships no boundary data, so a
region's area is the convex hull of its registry points with a margin, labelled as approximate.
``svg_map`` draws layers as an accessible inline SVG for the section page (no map library, no
tiles, nothing loaded from elsewhere).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.urls import NoReverseMatch

from hub.plugins.contributions import MapLayer

__all__ = [
    "Point",
    "SvgMap",
    "area_feature",
    "convex_hull",
    "feature_collection",
    "point_feature",
    "public_url",
    "record_points",
    "svg_map",
]

Point = tuple[float, float]


def point_feature(longitude: float, latitude: float, properties: Mapping[str, Any]) -> dict:
    """Return a GeoJSON point feature."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
        "properties": dict(properties),
    }


def feature_collection(features: Iterable[Mapping[str, Any]]) -> dict:
    """Return a GeoJSON feature collection."""
    return {"type": "FeatureCollection", "features": list(features)}


def convex_hull(points: Iterable[Point]) -> list[Point]:
    """Return the convex hull counter-clockwise (Andrew's monotone chain), first point last too."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    return [*hull, hull[0]]


def area_feature(
    points: Iterable[Point], properties: Mapping[str, Any], margin: float = 0.08
) -> dict | None:
    """Return a polygon around the points, widened by ``margin`` degrees; None for < 3 points."""
    hull = convex_hull(points)
    if len(hull) < 4:
        return None
    ring = hull[:-1]
    centre_x = sum(x for x, _y in ring) / len(ring)
    centre_y = sum(y for _x, y in ring) / len(ring)
    widened = []
    for x, y in ring:
        dx, dy = x - centre_x, y - centre_y
        length = math.hypot(dx, dy) or 1.0
        widened.append([round(x + dx / length * margin, 5), round(y + dy / length * margin, 5)])
    widened.append(widened[0])
    return {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [widened]},
        "properties": dict(properties),
    }


def public_url(record: Any) -> str:
    """Return a record's public page URL, or "" while the registry pages are not mounted."""
    try:
        return record.get_absolute_url()
    except NoReverseMatch:
        return ""


def record_points(actors: Iterable[Any], **extra: Any) -> list[dict]:
    """Return point features for actors with coordinates (name, kind, city, url)."""
    return [
        point_feature(
            actor.longitude,
            actor.latitude,
            {
                "name": actor.name,
                "kind": actor.get_kind_display(),
                "city": actor.city,
                "url": public_url(actor),
                **extra,
            },
        )
        for actor in actors
        if actor.latitude is not None and actor.longitude is not None
    ]


@dataclass(frozen=True)
class SvgShape:
    """One drawn feature: a circle (``cx``, ``cy``) or a polygon (``points``)."""

    layer: str
    name: str
    cx: float = 0.0
    cy: float = 0.0
    points: str = ""


@dataclass(frozen=True)
class SvgMap:
    """Layers projected to an SVG view box, with a text list of every point for screen readers."""

    width: int
    height: int
    areas: tuple[SvgShape, ...]
    points: tuple[SvgShape, ...]


def _positions(layers: Sequence[MapLayer]) -> list[tuple[str, str, str, list[Point]]]:
    shapes = []
    for layer in layers:
        for feature in layer.geojson.get("features", []):
            geometry = feature.get("geometry") or {}
            name = str((feature.get("properties") or {}).get("name", ""))
            if geometry.get("type") == "Point":
                shapes.append((layer.key, "point", name, [tuple(geometry["coordinates"][:2])]))
            elif geometry.get("type") == "Polygon":
                ring = [tuple(point[:2]) for point in geometry["coordinates"][0]]
                shapes.append((layer.key, "area", name, ring))
    return shapes


def svg_map(layers: Sequence[MapLayer], size: int = 560) -> SvgMap | None:
    """Project points and polygons (equirectangular, scaled at the mean latitude) into SVG.

    The longer side of the drawing is ``size`` units, so tall and wide regions both fit.
    """
    shapes = _positions(layers)
    coordinates = [point for *_rest, ring in shapes for point in ring]
    if not coordinates:
        return None
    xs = [x for x, _y in coordinates]
    ys = [y for _x, y in coordinates]
    pad = 0.1
    min_x, max_x = min(xs) - pad, max(xs) + pad
    min_y, max_y = min(ys) - pad, max(ys) + pad
    scale_x = math.cos(math.radians((min_y + max_y) / 2))
    span_x = (max_x - min_x) * scale_x
    span_y = max_y - min_y
    longest = max(span_x, span_y)
    width = max(160, round(size * span_x / longest))
    height = max(160, round(size * span_y / longest))

    def project(point: Point) -> tuple[float, float]:
        x = (point[0] - min_x) * scale_x / span_x * width if span_x else width / 2
        y = (max_y - point[1]) / span_y * height if span_y else height / 2
        return round(x, 1), round(y, 1)

    areas, points = [], []
    for layer, kind, name, ring in shapes:
        if kind == "area":
            drawn = " ".join(f"{x},{y}" for x, y in map(project, ring))
            areas.append(SvgShape(layer=layer, name=name, points=drawn))
        else:
            x, y = project(ring[0])
            points.append(SvgShape(layer=layer, name=name, cx=x, cy=y))
    return SvgMap(width=width, height=height, areas=tuple(areas), points=tuple(points))
