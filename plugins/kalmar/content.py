"""What Kalmar län states about itself: facts, how its methods fit together, links, figures.

The content is data: ``data/content.yaml`` (facts, routes, links; its sources are named
there), ``data/section.yaml`` (the section pages) and ``data/map.yaml`` (the workshops the map
layer shows and the municipalities with the OCN tool, for the map layer and the ranking hook).
"""

from __future__ import annotations

from pathlib import Path

from hub.plugins.content_data import read_map_data, read_region_content

DATA = Path(__file__).resolve().parent / "data"

content = read_region_content(DATA / "content.yaml")
places = read_map_data(DATA / "map.yaml")
