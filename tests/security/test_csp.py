"""Every response (public page, admin, API) carries a Content-Security-Policy without inline
scripts, and the admin's pages hold no inline script or event handler for it to block.

The browser suite (tests/browser, fixture ``no_csp_violations``) shows the same in Chromium:
no page a test visits, the admin's included, breaks the policy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from wagtail.admin.widgets import BaseChooser
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.widgets import AdminSnippetChooser

from hub.csp import ADMIN_SCRIPT_FUNCTIONS, script_call

ROOT = Path(__file__).resolve().parents[2]
# Script elements browsers do not execute: data for our scripts, linked data for search engines.
DATA_TYPES = {"application/json", "application/ld+json"}


def _directives(response: object) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    return {p.split()[0]: p.split()[1:] for p in policy.split(";") if p.strip()}


def inline_code(html: str) -> list[str]:
    """The inline scripts, ``on…=`` handlers and ``javascript:`` URLs in a page or fragment."""
    soup = BeautifulSoup(html, "html.parser")
    found = [
        str(script)[:300]
        for script in soup.find_all("script")
        if not script.get("src") and script.get("type") not in DATA_TYPES
    ]
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on") or text.strip().lower().startswith("javascript:"):
                found.append(f"<{element.name} {name}={text[:100]!r}>")
    return found


@pytest.mark.parametrize(
    "path", ["/", "/api/v1/", "/admin/login/", "/finns-inte/", "/sok/?q=svets"]
)
@pytest.mark.django_db
def test_policy_limits_scripts_objects_frames_forms_and_base(client: Client, path: str) -> None:
    directives = _directives(client.get(path))
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    for directive in ("frame-ancestors", "form-action", "base-uri", "default-src"):
        assert directives[directive] == ["'self'"]


def _admin_pages() -> list[str]:
    """The admin's dashboard, the add and edit forms of every snippet (the registry, the
    coordination tools, outcomes, reference data) and the edit form of a page of every type."""
    paths = ["/admin/", "/admin/pages/", "/admin/reports/aging-pages/"]
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        paths.append(reverse(viewset.get_url_name("add")))
        record = model._default_manager.order_by("pk").first()
        if record is not None:
            paths.append(reverse(viewset.get_url_name("edit"), args=[record.pk]))
    for model in get_page_models():
        page = model.objects.filter(depth__gt=1).order_by("pk").first()
        if page is not None:
            paths.append(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return paths


@pytest.mark.django_db
def test_admin_pages_send_the_strict_policy_and_hold_no_inline_script(client: Client) -> None:
    client.force_login(User.objects.create_superuser("admin", "admin@example.se", "pw"))
    paths = _admin_pages()
    assert len(paths) > 30
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert _directives(response)["script-src"] == ["'self'"], path
        assert inline_code(response.text) == [], path


@pytest.mark.django_db
def test_translation_pages_hold_no_inline_script(client: Client) -> None:
    """wagtail-localize's "Translate" form and its translation editor."""
    client.force_login(User.objects.create_superuser("admin", "admin@example.se", "pw"))
    page = Page.objects.get(depth=2, locale__language_code="sv")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert inline_code(client.get(submit).text) == []
    english = page.get_translations().get(locale__language_code="en")
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert editor.status_code == 200
    assert inline_code(editor.text) == []


@pytest.mark.django_db
def test_modal_choosers_answer_without_inline_script(client: Client) -> None:
    """Modal responses are inserted by jQuery, whose inline scripts the policy would block."""
    client.force_login(User.objects.create_superuser("admin", "admin@example.se", "pw"))
    modals = ["/admin/choose-page/", "/admin/images/chooser/", "/admin/documents/chooser/"]
    modals += [
        reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose"))
        for model in get_snippet_models()
    ]
    for path in modals:
        response = client.get(path)
        assert response.status_code == 200, path
        assert inline_code(json.loads(response.content).get("html", "")) == [], path


def _choosers(cls: type[BaseChooser] = BaseChooser) -> list[type[BaseChooser]]:
    """Every concrete chooser widget class (the abstract ones name no chooser modal)."""
    subclasses = [sub for child in cls.__subclasses__() for sub in _choosers(child)]
    return [cls, *subclasses] if getattr(cls, "chooser_modal_url_name", None) else subclasses


@pytest.mark.django_db
@pytest.mark.parametrize("chooser", _choosers(), ids=lambda c: c.__qualname__)
def test_every_chooser_widget_starts_without_inline_script(chooser: type[BaseChooser]) -> None:
    if issubclass(chooser, AdminSnippetChooser):  # a snippet chooser is for one model
        widget = chooser(get_snippet_models()[0])
    else:
        widget = chooser()
    html = widget.render("field", None, {"id": "id_field"})
    assert inline_code(html) == []
    call = BeautifulSoup(html, "html.parser").find("script", attrs={"data-script-call": True})
    assert json.loads(call.string)["function"] in ADMIN_SCRIPT_FUNCTIONS


def test_date_and_time_widgets_start_without_inline_script() -> None:
    from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

    for widget in (AdminDateInput(), AdminTimeInput(), AdminDateTimeInput()):
        html = widget.render("when", None, {"id": "id_when"})
        assert inline_code(html) == []
        assert "data-script-call" in html


def test_a_script_call_cannot_leave_its_element_or_name_any_function() -> None:
    hostile = '</script><script>alert("x")</script>'
    assert inline_code(script_call("initDateChooser", hostile, {})) == []
    with pytest.raises(ValueError, match="eval"):
        script_call("eval", "alert(1)")


@pytest.mark.django_db
def test_the_admin_loads_the_starter_of_script_calls_with_the_allowed_functions(
    client: Client,
) -> None:
    client.force_login(User.objects.create_superuser("admin", "admin@example.se", "pw"))
    html = client.get("/admin/").text
    starter = BeautifulSoup(html, "html.parser").find(
        "script", src=lambda src: bool(src) and "admin-script-calls.js" in src
    )
    assert json.loads(starter["data-functions"]) == sorted(ADMIN_SCRIPT_FUNCTIONS)


def _our_templates() -> list[Path]:
    apps = [ROOT / app for app in settings.INSTALLED_APPS if (ROOT / app).is_dir()]
    apps += [ROOT / "plugins"]
    return sorted(p for folder in apps for p in folder.rglob("templates/**/*.html"))


def test_our_templates_hold_no_inline_script_or_event_handler() -> None:
    """The house rule: JavaScript lives in static files; data goes in with ``json_script``."""
    templates = _our_templates()
    assert len(templates) > 50
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in templates
        if (found := inline_code(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
