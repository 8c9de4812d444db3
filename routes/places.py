"""Where the person lives: a municipality from its name or code, a postcode or coordinates.

Everything works offline: municipalities carry their seat's coordinates (reference data), and
postcodes are looked up in a small prefix table for the demo areas (``reference/data/README.md``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from branch_models.models import Municipality
from reference.places import PlaceKind, find_place, municipality_code_for_postcode

__all__ = [
    "Place",
    "distance_km",
    "find_municipality",
    "municipality_for_postcode",
    "nearest_municipality",
    "parse_coordinates",
    "place_of",
]

EARTH_RADIUS_KM = 6371.0
POSTCODE = re.compile(r"^\s*(\d{3})\s?(\d{2})\s*$")
COORDINATES = re.compile(r"^\s*(-?\d{1,2}(?:[.]\d+)?)\s*[,;]\s*(-?\d{1,3}(?:[.]\d+)?)\s*$")
# Sweden's extent with a margin: coordinates outside it cannot be a Swedish residence.
SWEDEN = ((55.0, 69.5), (10.5, 24.5))


@dataclass(frozen=True)
class Place:
    """The point distances are measured from, and the municipality it lies in."""

    municipality: Municipality
    latitude: float
    longitude: float


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance (haversine), which is what "18 km away" means here."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def find_municipality(text: str) -> Municipality | None:
    """Return the municipality a field names however it is typed: "Hässleholm", "hassleholm",
    "Hässleholms kommun", "1293" or a postcode of the demo areas (``reference.places``)."""
    match = find_place(text)
    if match is None or match.kind != PlaceKind.MUNICIPALITY:
        return None
    return Municipality.objects.filter(code=match.code).first()


def is_postcode(text: str) -> bool:
    """Whether ``text`` has the form of a Swedish postcode (five digits, a space allowed)."""
    return POSTCODE.match(text) is not None


def municipality_for_postcode(text: str) -> Municipality | None:
    """Return the municipality of a postcode in the demo areas, or None if it is not known."""
    code = municipality_code_for_postcode(text)
    return Municipality.objects.filter(code=code).first() if code else None


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Return (latitude, longitude) from "56.16, 13.77" when it lies in Sweden, else None."""
    match = COORDINATES.match(text)
    if match is None:
        return None
    latitude, longitude = float(match.group(1)), float(match.group(2))
    (south, north), (west, east) = SWEDEN
    if not (south <= latitude <= north and west <= longitude <= east):
        return None
    return latitude, longitude


def nearest_municipality(latitude: float, longitude: float) -> Municipality | None:
    """Return the municipality whose seat is nearest to the point."""
    candidates = Municipality.objects.exclude(latitude=None)
    return min(
        candidates,
        key=lambda m: distance_km(latitude, longitude, float(m.latitude), float(m.longitude)),
        default=None,
    )


def place_of(municipality: Municipality) -> Place | None:
    """Return the municipality's seat as the place to measure from (None without coordinates)."""
    if municipality.latitude is None or municipality.longitude is None:
        return None
    return Place(municipality, float(municipality.latitude), float(municipality.longitude))
