"""What Skåne Nordost states about itself: facts, its route to OCN validation, links, figures.

The content is data: ``data/content.yaml`` (facts, routes, links; its sources are named
there), ``data/section.yaml`` (the section pages) and ``data/map.yaml`` (the labour-market
units the map layer shows).
"""

from __future__ import annotations

from pathlib import Path

from hub.plugins.content_data import read_map_data, read_region_content

DATA = Path(__file__).resolve().parent / "data"

content = read_region_content(DATA / "content.yaml")
places = read_map_data(DATA / "map.yaml")
