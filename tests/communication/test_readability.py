"""LIX for easy-to-read texts: the formula, the editor's warning, and every demo text ≤ 30."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from wagtail.models import Page

from branch_models.models import Credential, KomvuxOffer, ValidationModel
from communication.models import AudienceLandingPage
from communication.readability import EASY_TO_READ_MAX, lix, readability


def test_lix_follows_the_formula() -> None:
    # 7 words, 2 sentences, 2 long words (validering, bedömare): 7/2 + 100*2/7 = 32.1.
    assert lix("Vi gör en validering. En bedömare tittar.") == 32.1
    assert lix("<p>Kort.</p>") == 1.0
    assert lix("") == 0.0


def test_last_sentence_without_full_stop_still_counts() -> None:
    assert lix("Du kan mycket. Det ska synas") == lix("Du kan mycket. Det ska synas.")


def test_labels_tell_the_editor_what_the_score_means() -> None:
    with translation.override("en"):
        assert readability("Du kan. Vi ser.").label == "very easy"
    hard = readability("Valideringsprocessen förutsätter omfattande kompetenskartläggning")
    assert hard.too_hard


@pytest.mark.django_db
def test_every_demo_easy_to_read_text_scores_at_most_30() -> None:
    texts: list[tuple[str, str]] = []
    for page in Page.objects.filter(locale__language_code="sv").specific():
        if getattr(page, "summary_easy", ""):
            texts.append((f"page {page.url_path}", page.summary_easy))
    for model in (ValidationModel, Credential, KomvuxOffer):
        for record in model.objects.exclude(summary_easy=""):
            texts.append((f"{model.__name__} {record.slug}", record.summary_easy))
    assert len(texts) > 30
    scores = {where: lix(text) for where, text in texts}
    too_hard = {where: score for where, score in scores.items() if score > EASY_TO_READ_MAX}
    assert too_hard == {}


@pytest.mark.django_db
def test_editor_sees_the_lix_on_the_edit_form_and_a_warning_above_30(client: Client) -> None:
    user = get_user_model().objects.create_superuser("editor", "e@example.se", "pw-123456!")
    client.force_login(user)
    page = AudienceLandingPage.objects.get(slug="for-dig", locale__language_code="sv")
    edit_url = f"/admin/pages/{page.pk}/edit/"
    html = client.get(edit_url).content.decode()
    assert "data-lix-output" in html
    score = str(readability(page.summary_easy).score).replace(".", ",")  # Swedish decimals
    assert f"Läsbarhet (LIX): {score}, mycket lätt." in html
    assert "communication/js/lix.js" in html


@pytest.mark.django_db
def test_saving_a_hard_easy_to_read_text_warns_the_editor(rf) -> None:
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage

    from communication.wagtail_hooks import warn_page_readability

    page = AudienceLandingPage.objects.get(slug="for-dig", locale__language_code="sv")
    request = rf.post("/admin/")
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_page_readability(request, page)
    assert list(get_messages(request)) == []

    page.summary_easy = (
        "Valideringsprocessen förutsätter omfattande kompetenskartläggning, dokumentation "
        "och kvalitetssäkring genom auktoriserade bedömningsorganisationer."
    )
    warn_page_readability(request, page)
    (message,) = list(get_messages(request))
    assert message.level_tag == "warning"
    assert "LIX" in str(message)
    assert "30" in str(message)
