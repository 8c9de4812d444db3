"""Set up the browser site for the editorial end-to-end test: a region, its editors, a section.

Run inside the site's own process (``manage.py shell -c``), since the browser site has its own
database. It uses the groups `setup_regional_groups` made, and the region's section page that
a plugin made where one exists (otherwise it makes a section).
"""

from __future__ import annotations

import json

from django.apps import apps
from django.contrib.auth.models import Group, User
from wagtail.models import Page, Site

from branch_models.models import Region
from communication.editorial import grant_region_page_access, region_root_pages
from communication.models import ContentPage
from hub.models import Role

REGION_CODE = "12"  # Skåne, whose plugin brings a region section


def _group(region: Region, role: str) -> Group:
    return Group.objects.get(regional_role__region=region, regional_role__role=role)


def _section(region: Region, page_type: type[Page]) -> Page:
    for page, page_region in region_root_pages():
        swedish = page.locale.language_code == "sv"
        if page_region == region and swedish and page_type.can_create_at(page):
            return page
    home = Site.objects.get(is_default_site=True).root_page
    section = home.add_child(instance=ContentPage(title=region.name, slug="skane"))
    section.save_revision().publish()
    return section


def run(password: str, page_type: str) -> None:
    """Create the users ``utvecklare`` and ``redaktor`` and print the section as JSON.

    The section is the region's page where ``page_type`` (an app label and model name) can be
    created.
    """
    region = Region.objects.get(code=REGION_CODE)
    developers, editors = _group(region, Role.DEVELOPER), _group(region, Role.EDITOR)
    section = _section(region, apps.get_model(page_type))
    grant_region_page_access(section, region)
    for username, group in (("utvecklare", developers), ("redaktor", editors)):
        user = User.objects.create_user(username, f"{username}@example.se", password)
        user.groups.add(group)
    print(json.dumps({"section_id": section.pk, "region": region.name}))  # noqa: T201
