"""The editors' admin: every page type's edit and create forms, and the glossary snippet."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from branch_models.models import Credential
from communication.models import GlossaryTerm
from tests.communication.test_pages import PAGE_TYPES


@pytest.fixture
def admin_client(client: Client) -> Client:
    user = get_user_model().objects.create_superuser("editor", "e@example.se", "pw-123456!")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_edit_and_create_forms_render(admin_client: Client, model) -> None:
    page = model.objects.filter(locale__language_code="sv").first()
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    parent = page.get_parent()
    label, name = model._meta.app_label, model._meta.model_name
    response = admin_client.get(f"/admin/pages/add/{label}/{name}/{parent.pk}/")
    assert response.status_code in (200, 302)  # 302: the parent allows only one of this type


@pytest.mark.django_db
def test_audiences_are_edited_as_checkboxes(admin_client: Client) -> None:
    from communication.models import GuidanceArticlePage

    page = GuidanceArticlePage.objects.get(
        slug="vad-vinner-arbetsgivaren", locale__language_code="sv"
    )
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'type="checkbox" name="audiences" value="employers"' in html


@pytest.mark.django_db
def test_glossary_terms_are_listed_in_the_admin(admin_client: Client) -> None:
    response = admin_client.get("/admin/snippets/communication/glossaryterm/")
    assert response.status_code == 200
    first = min(GlossaryTerm.objects.values_list("term", flat=True))
    assert first in response.content.decode()


@pytest.mark.django_db
def test_registry_chooser_lists_published_credentials(admin_client: Client) -> None:
    response = admin_client.get("/admin/credential_chooser/")
    assert response.status_code == 200
    first = Credential.objects.order_by("name").first()
    assert first.name in response.json()["html"]
