"""The editors' admin: every page type's edit and create forms, and the glossary snippet."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

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


# English strings regional editors met in the admin (issue 16); Wagtail's Swedish catalogue
# lacks them, ours (locale/sv) fills the gap.
ENGLISH_IN_ADMIN = (
    "Autosave is paused",
    "Anyone with editing permissions can create schedules",
    "But only those with publishing permissions",
    "Approval",
    "Awaiting review",
)


@pytest.mark.django_db
def test_editors_admin_speaks_swedish(admin_client: Client) -> None:
    from branch_models.models import KomvuxOffer
    from communication.models import EventPage

    event = EventPage.objects.filter(locale__language_code="sv").first()
    offer = KomvuxOffer.objects.first()
    for url in (
        f"/admin/pages/{event.pk}/edit/",
        f"/admin/snippets/branch_models/komvuxoffer/edit/{offer.pk}/",
        "/admin/snippets/branch_models/komvuxoffer/",
        f"/admin/pages/{event.get_parent().pk}/",
    ):
        text = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="sv").content.decode()
        assert not [s for s in ENGLISH_IN_ADMIN if s in text], url
    listing = admin_client.get("/admin/snippets/branch_models/komvuxoffer/").content.decode()
    assert "Godkännande" in listing  # the column of records awaiting approval


def test_every_page_type_is_described_in_the_add_page_chooser() -> None:
    from wagtail.models import Page, get_page_models

    undescribed = [
        model.__name__
        for model in get_page_models()
        if model is not Page and not model.get_page_description()
    ]
    assert not undescribed, undescribed


@pytest.mark.django_db
def test_a_swedish_title_gets_an_ascii_slug(admin_client: Client) -> None:
    from communication.models import EventIndexPage

    events = EventIndexPage.objects.get(locale__language_code="sv")
    html = admin_client.get(f"/admin/pages/add/communication/eventpage/{events.pk}/").content
    # Wagtail's slug field turns "Valideringsdag i Kalmar län" into "valideringsdag-i-kalmar-lan"
    # in the browser unless the field allows unicode (a false flag is left out of the HTML).
    assert b'data-controller="w-slug"' in html
    assert b"data-w-slug-allow-unicode-value" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title", "slug", "expected"),
    [
        ("Valideringsdag i Kalmar län", "", "valideringsdag-i-kalmar-lan"),
        ("Möte på Öland", "möte-på-öland", "mote-pa-oland"),
        ("Träff", "ÅÄÖ-träff", "aao-traff"),
    ],
)
def test_pages_saved_in_code_get_ascii_slugs_too(title: str, slug: str, expected: str) -> None:
    """A page made in the shell, by an import or a plugin gets the slug the admin would give."""
    from communication.models import NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.get(locale__language_code="sv")
    page = news.add_child(instance=NewsPage(title=title, slug=slug, date="2026-12-01"))
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.slug == expected
    assert page.url == f"/nyheter/{expected}/"


@pytest.mark.django_db
def test_a_slug_without_latin_letters_is_refused_with_a_message() -> None:
    from django.core.exceptions import ValidationError

    from communication.models import NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.get(locale__language_code="sv")
    with translation.override("sv"):
        with pytest.raises(ValidationError) as refused:
            news.add_child(instance=NewsPage(title="Nyhet", slug="الأخبار", date="2026-12-01"))
        assert "latinska bokstäver" in str(refused.value.message_dict["slug"])
    assert not NewsPage.objects.filter(title="Nyhet").exists()
