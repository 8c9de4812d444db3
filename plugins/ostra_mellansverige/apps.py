"""Declaration of the Östra Mellansverige plugin."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from hub.plugins import Contact, RegionPlugin


class OstraMellansverigePlugin(RegionPlugin):
    """Västmanland, Sörmland, Uppsala, Örebro and Östergötland: regional validation structures."""

    name = "plugins.ostra_mellansverige"
    slug = "ostra_mellansverige"
    verbose_name = _("Östra Mellansverige")
    version = "1.0.0"
    min_hub_version = "0.1.0"
    # Region Västmanland owns the project, so its county comes first (the home region).
    region_codes = ("19", "04", "03", "18", "05")
    contact = Contact(
        organisation="Region Västmanland",
        role=_("Project owner of the regional validation structures"),
        url="https://www.regionvastmanland.se",
    )
    logo = "ostra_mellansverige/logo.svg"
