"""A failing plugin hook is logged with the plugin's name and skipped; the page still renders,
and the admin's plugin health shows the failure."""

from __future__ import annotations

import logging
import re

import pytest
from django.contrib.auth import get_user_model

from hub.models import PluginIncident
from hub.plugins.contributions import RegionBlock
from hub.testing import register_hookimpl_temporarily

pytestmark = pytest.mark.django_db


def explode(region):
    raise RuntimeError("navigation source is down")


@pytest.fixture
def superuser_client(client):
    user = get_user_model().objects.create_superuser("operator", "op@example.org", "pw-12345!")
    client.force_login(user)
    return client


def get_isolated(client, django_capture_on_commit_callbacks, url):
    with django_capture_on_commit_callbacks(execute=True):
        return client.get(url)


def test_raising_hook_is_skipped_and_the_page_renders(
    client, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.ERROR, logger="hub.plugins")
    with register_hookimpl_temporarily("kak", hub_add_navigation_items=explode):
        response = get_isolated(client, django_capture_on_commit_callbacks, "/regions/kak/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Köping" in html  # the plugin's other contributions are still there
    assert "/api/v1/areas/kak/" in html  # and so is the hub's default navigation item
    (record,) = [r for r in caplog.records if getattr(r, "plugin", None) == "kak"]
    assert "'kak'" in record.getMessage()
    assert "hub_add_navigation_items" in record.getMessage()
    assert record.exc_info is not None


def test_failure_is_recorded_for_the_health_panel(
    client, superuser_client, django_capture_on_commit_callbacks
):
    with register_hookimpl_temporarily("kak", hub_add_navigation_items=explode):
        get_isolated(client, django_capture_on_commit_callbacks, "/regions/kak/")
        get_isolated(client, django_capture_on_commit_callbacks, "/en/regions/kak/")
    incident = PluginIncident.objects.get(plugin="kak")
    assert incident.hook == "hub_add_navigation_items"
    assert incident.message == "RuntimeError: navigation source is down"
    assert incident.count == 2
    health = superuser_client.get("/admin/plugins/").content.decode()
    rows = {
        match.group(1): match.group(0)
        for match in re.finditer(
            r"<tr>\s*<th scope=\"row\">.*?<code>(\w+)</code>.*?</tr>", health, re.S
        )
    }
    assert "navigation source is down" in rows["kak"]
    assert "hub_add_navigation_items" in rows["kak"]
    assert "w-status--primary" not in rows["kak"]  # not shown as OK
    for slug in ("kalmar", "ostra_mellansverige", "skane_nordost"):
        assert "w-status--primary" in rows[slug] and "navigation" not in rows[slug]
    dashboard = superuser_client.get("/admin/").content.decode()
    assert "plugin-health" in dashboard
    assert "navigation source is down" in dashboard


def test_health_page_is_for_superusers_only(client):
    from django.contrib.auth.models import Permission

    editor = get_user_model().objects.create_user("editor", "ed@example.org", "pw-12345!")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/plugins/")
    # Wagtail turns PermissionDenied in the admin into a redirect to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_wrong_return_type_is_isolated_like_an_exception(
    client, django_capture_on_commit_callbacks
):
    with register_hookimpl_temporarily("kalmar", hub_provide_map_layers=lambda: {"oops": 1}):
        response = get_isolated(client, django_capture_on_commit_callbacks, "/api/v1/areas/kalmar/")
    assert response.status_code == 200
    keys = {layer["key"] for layer in response.json()["map_layers"]}
    assert "actors" in keys
    incident = PluginIncident.objects.get(plugin="kalmar")
    assert incident.message == "returned dict, not list[MapLayer]"


def test_failing_first_result_hook_falls_back_to_the_hub_default(
    client, django_capture_on_commit_callbacks
):
    with register_hookimpl_temporarily("skane_nordost", hub_describe_region=explode):
        response = get_isolated(
            client, django_capture_on_commit_callbacks, "/api/v1/areas/skane-nordost/"
        )
    assert response.status_code == 200
    facts = response.json()["facts"]
    assert facts["municipality_codes"] == ["1272", "1293", "1290", "1273", "1256"]


def test_broken_block_template_is_left_out(client, django_capture_on_commit_callbacks):
    def broken_block():
        return [RegionBlock(title="Broken", template="no/such/template.html")]

    with register_hookimpl_temporarily("ostra_mellansverige", hub_add_section_blocks=broken_block):
        response = get_isolated(
            client, django_capture_on_commit_callbacks, "/regions/ostra-mellansverige/"
        )
    assert response.status_code == 200
    assert "Broken" not in response.content.decode()
    incident = PluginIncident.objects.get(plugin="ostra_mellansverige")
    assert "TemplateDoesNotExist" in incident.message


def test_other_regions_are_not_affected(client, django_capture_on_commit_callbacks):
    with register_hookimpl_temporarily("kak", hub_add_navigation_items=explode):
        get_isolated(client, django_capture_on_commit_callbacks, "/regions/skane-nordost/")
    assert not PluginIncident.objects.exists()
