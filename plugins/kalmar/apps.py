"""Declaration of the Kalmar län plugin."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from hub.plugins import Contact, RegionPlugin


class KalmarPlugin(RegionPlugin):
    """The eight municipalities of *Samverkan leder till arbete* in Kalmar län."""

    name = "plugins.kalmar"
    slug = "kalmar"
    verbose_name = _("Kalmar län – Samverkan leder till arbete")
    version = "1.0.0"
    min_hub_version = "0.1.0"
    region_codes = ("08",)
    municipality_codes = ("0862", "0821", "0861", "0840", "0881", "0882", "0834", "0883")
    contact = Contact(
        organisation="Kommunförbundet Kalmar län",
        role=_("Owned the project and coordinated the workshops"),
        url="https://www.kfkl.se",
    )
    logo = "kalmar/logo.svg"
    # Where municipalities send a resource request (a form on the coordinator's site), if any.
    default_settings = {"resource_request_url": ""}
