"""The wagtail-localize workflow for every page type: copy for translation, PO export and
import, publish, then change the source and sync."""

from __future__ import annotations

import pytest
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from communication.models import (
    AudienceLandingPage,
    ContentPage,
    CoursePage,
    CourseSectionPage,
    CredentialExplainerPage,
    EventIndexPage,
    EventPage,
    GlossaryPage,
    GuidanceArticlePage,
    LessonPage,
    NewsIndexPage,
    NewsPage,
    ResourceRequestFormPage,
)

TRANSLATABLE_TYPES = [
    ContentPage,
    AudienceLandingPage,
    GuidanceArticlePage,
    CredentialExplainerPage,
    CoursePage,
    CourseSectionPage,
    LessonPage,
    GlossaryPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    ResourceRequestFormPage,
]


def translate_all(translation: Translation, prefix: str) -> int:
    """Fill every untranslated PO entry with a marked translation; return how many."""
    po = translation.export_po()
    missing = [entry for entry in po if not entry.msgstr]
    for entry in missing:
        entry.msgstr = f"{prefix}{entry.msgid}"
    assert translation.import_po(po) == []
    return len(missing)


def start(page: Page, locale: Locale) -> Translation:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        existing.delete()  # the demo already has it; start from the source again
    source, _ = TranslationSource.get_or_create_from_instance(page)
    return Translation.objects.create(source=source, target_locale=locale)


@pytest.mark.django_db
@pytest.mark.parametrize("model", TRANSLATABLE_TYPES, ids=lambda model: model.__name__)
def test_page_type_translates_through_po_files(
    client: Client, model: type[Page], django_capture_on_commit_callbacks
) -> None:
    somali = Locale.objects.get(language_code="so")
    page = model.objects.live().filter(locale__language_code="sv").first()
    translation = start(page, somali)
    assert translate_all(translation, "SO: ") > 0
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)

    target = page.get_translation(somali).specific
    assert target.live
    assert target.title == f"SO: {page.title}"
    response = client.get(target.url)
    assert response.status_code == 200
    assert f"SO: {page.title}" in response.content.decode()


@pytest.mark.django_db
def test_changed_source_syncs_to_the_translation(
    client: Client, django_capture_on_commit_callbacks
) -> None:
    somali = Locale.objects.get(language_code="so")
    page = GuidanceArticlePage.objects.get(slug="vad-ar-ocn", locale__language_code="sv")
    translation = start(page, somali)
    translate_all(translation, "SO: ")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    page.intro = "OCN är ett sätt att visa vad du kan i riktigt arbete."
    page.body.append(("heading", "Nytt avsnitt"))
    page.save_revision().publish()
    translation.source.update_from_db()
    assert translate_all(translation, "SO2: ") == 2  # only the new strings
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    target = page.get_translation(somali).specific
    assert target.intro == "SO2: OCN är ett sätt att visa vad du kan i riktigt arbete."
    assert [b.value for b in target.body if b.block_type == "heading"][-1] == "SO2: Nytt avsnitt"
    # Untouched strings keep their earlier translation.
    assert target.title == f"SO: {page.title}"
    assert "SO2: Nytt avsnitt" in client.get(target.url).content.decode()


@pytest.mark.django_db
def test_translation_editor_saves_a_string(admin_client: Client) -> None:
    """The editor's own request: a multipart PUT per string (the public API's JSON-only rule must
    not reach the admin's DRF views)."""
    page = GuidanceArticlePage.objects.get(slug="vad-ar-ocn", locale__language_code="sv")
    translation = start(page, Locale.objects.get(language_code="so"))
    translation.save_target()  # as "Translate" in the admin does: the draft to edit
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    body = encode_multipart(BOUNDARY, {"value": "Waa maxay habka OCN?"})
    response = admin_client.put(url, body, content_type=MULTIPART_CONTENT)
    assert response.status_code == 201, response.content
    assert (
        StringTranslation.objects.get(
            translation_of=segment.string, locale=translation.target_locale
        ).data
        == "Waa maxay habka OCN?"
    )
