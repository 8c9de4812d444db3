"""Declaration of the Skåne Nordost plugin."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from hub.plugins import Contact, RegionPlugin


class SkaneNordostPlugin(RegionPlugin):
    """Bromölla, Hässleholm, Kristianstad, Osby and Östra Göinge in north-eastern Skåne."""

    name = "plugins.skane_nordost"
    slug = "skane_nordost"
    verbose_name = _("Skåne Nordost")
    version = "1.0.0"
    min_hub_version = "0.1.0"
    region_codes = ("12",)
    municipality_codes = ("1272", "1293", "1290", "1273", "1256")
    contact = Contact(
        organisation="Samordningsförbundet Skåne Nordost",
        role=_("Finances the cooperation and administers the foundation course"),
        url="https://www.sfsno.se",
    )
    logo = "skane_nordost/logo.svg"
