"""What Kalmar län states about itself: facts, how its methods fit together, links, figures.

The content is data: ``data/content.yaml`` (facts, routes, links; its sources are named
there) and ``data/section.yaml`` (the section pages). The constants below are what the map
layers and hooks need besides.
"""

from __future__ import annotations

from pathlib import Path

from hub.plugins.content_data import read_region_content

# Workshops that bought or already had the OCN tool: Västervik, Torsås, Emmaboda, Nybro.
OCN_MUNICIPALITIES = ("0883", "0834", "0862", "0881")
# Host municipality's labour-market unit -> workshop.
WORKSHOPS = {
    "arbetsmarknadsenheten-vastervik": "Västervik",
    "arbetsmarknadsenheten-oskarshamn": "OHM (Oskarshamn, Högsby, Mönsterås)",
    "arbetsmarknadsenheten-morbylanga": "Mörbylånga",
    "arbetsmarknadsenheten-emmaboda": "ET (Emmaboda, Torsås)",
    "arbetsmarknadsenheten-nybro": "Nybro",
}

content = read_region_content(Path(__file__).resolve().parent / "data" / "content.yaml")
