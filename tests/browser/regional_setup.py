"""Set up the browser site for the regional editors' test: people in the groups our set-up made.

Run inside the site's own process (``manage.py shell -c``), since the browser site has its own
database. The groups, page permissions and workflows are those ``load_demo`` and
``setup_regional_groups`` made; this only adds people to them and names the pages to visit.
"""

from __future__ import annotations

import json

from django.contrib.auth.models import Group, User

from branch_models.models import KomvuxOffer, Region
from communication.models import (
    AudienceLandingPage,
    EventIndexPage,
    NewsIndexPage,
    RegionSectionPage,
)
from hub.models import Role

KALMAR, SKANE = "08", "12"
USERS = {
    "kalmar_utvecklare": (KALMAR, Role.DEVELOPER),
    "kalmar_redaktor": (KALMAR, Role.EDITOR),
    "skane_utvecklare": (SKANE, Role.DEVELOPER),
    "skane_redaktor": (SKANE, Role.EDITOR),
}


def run(password: str) -> None:
    """Create the four people and print the pages and the Kalmar offer the test uses, as JSON."""
    for username, (code, role) in USERS.items():
        group = Group.objects.get(regional_role__region__code=code, regional_role__role=role)
        user = User.objects.create_user(username, f"{username}@example.se", password)
        user.groups.add(group)
    sv = {"locale__language_code": "sv"}
    kalmar = Region.objects.get(code=KALMAR)
    offer = KomvuxOffer.objects.filter(owner_region=kalmar, live=True).order_by("slug").first()
    print(  # noqa: T201
        json.dumps(
            {
                "events": EventIndexPage.objects.get(**sv).pk,
                "events_url": EventIndexPage.objects.get(**sv).url,
                "news": NewsIndexPage.objects.get(**sv).pk,
                "news_url": NewsIndexPage.objects.get(**sv).url,
                "kalmar_url": RegionSectionPage.objects.get(region=kalmar, **sv).url,
                "individuals_url": AudienceLandingPage.objects.get(
                    audience="individuals", **sv
                ).url,
                "kalmar_pk": kalmar.pk,
                "offer": offer.pk,
                "offer_url": offer.get_absolute_url(),
            }
        )
    )
