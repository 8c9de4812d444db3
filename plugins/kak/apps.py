"""Declaration of the Köping–Arboga–Kungsör plugin."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from hub.plugins import Contact, RegionPlugin


class KakPlugin(RegionPlugin):
    """Köping, Arboga and Kungsör: one labour-market area in Västmanland (KAK)."""

    name = "plugins.kak"
    slug = "kak"
    verbose_name = _("Köping, Arboga and Kungsör (KAK)")
    version = "1.0.0"
    min_hub_version = "0.1.0"
    region_codes = ("19",)
    municipality_codes = ("1983", "1984", "1960")
    contact = Contact(
        organisation="Köpings kommun, Jobbcenter",
        role=_("Owned the KAK validation project; matches language interns"),
        url="https://www.koping.se",
    )
    logo = "kak/logo.svg"
