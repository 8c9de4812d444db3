"""What Skåne Nordost states about itself: facts, its route to OCN validation, links, figures.

The content is data: ``data/content.yaml`` (facts, routes, links; its sources are named
there) and ``data/section.yaml`` (the section pages). The constants below are what the map
layers and hooks need besides.
"""

from __future__ import annotations

from pathlib import Path

from hub.plugins.content_data import read_region_content

LABOUR_MARKET_UNITS = (
    "arbetsmarknadsenheten-bromolla",
    "arbetsmarknadsenheten-hassleholm",
    "arbetsmarknadsenheten-kristianstad",
    "arbetsmarknadsenheten-osby",
    "arbetsmarknadsenheten-ostra-goinge",
)

content = read_region_content(Path(__file__).resolve().parent / "data" / "content.yaml")
