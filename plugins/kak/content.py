"""What Köping–Arboga–Kungsör states about itself: facts, two local routes, links, figures.

The content is data: ``data/content.yaml`` (facts, routes, links; its sources are named there)
and ``data/section.yaml`` (the section pages).
"""

from __future__ import annotations

from pathlib import Path

from hub.plugins.content_data import read_region_content

content = read_region_content(Path(__file__).resolve().parent / "data" / "content.yaml")
