"""hub.text_language knows which language displayed text is in, and marks it when it differs."""

from __future__ import annotations

import pickle

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from branch_models.models import Region
from hub.text_language import LocalizedText, lang_attributes, language_of

TRANSLATED = gettext_lazy("Validation models")  # in every site language's catalogue
NAME = gettext_lazy("Skåne Nordost")  # the same in Swedish and English: a name


def test_a_translated_string_is_in_the_active_language() -> None:
    with translation.override("ar"):
        assert language_of(TRANSLATED) == "ar"
        assert lang_attributes(TRANSLATED) == ""


def test_a_string_without_a_translation_is_in_the_language_django_fell_back_to() -> None:
    with translation.override("so"):
        assert language_of(NAME) == "sv"
        assert lang_attributes(NAME) == ' lang="sv"'


def test_direction_is_added_only_when_it_changes() -> None:
    with translation.override("ar"):
        assert lang_attributes(NAME) == ' lang="sv" dir="ltr"'
        assert lang_attributes(LocalizedText("Welding", "en")) == ' lang="en" dir="ltr"'
    with translation.override("sv"):
        assert lang_attributes(LocalizedText("لحام", "ar")) == ' lang="ar" dir="rtl"'


def test_swedish_and_english_pages_need_no_marks_for_their_own_strings() -> None:
    for language in ("sv", "en"):
        with translation.override(language):
            assert lang_attributes(TRANSLATED) == ""


def test_record_text_is_swedish_unless_it_says_otherwise() -> None:
    with translation.override("ti"):
        assert language_of("Svetsning") == "sv"
        assert lang_attributes() == ' lang="sv"'
        assert language_of(LocalizedText("Welding", "en")) == "en"


@pytest.mark.django_db
def test_a_region_is_named_in_english_on_english_pages_and_in_swedish_elsewhere() -> None:
    region = Region.objects.get(code="12")
    with translation.override("en"):
        assert language_of(region) == "en"
    with translation.override("ar"):
        assert language_of(region) == "sv"
        assert lang_attributes(region) == ' lang="sv" dir="ltr"'


@pytest.mark.django_db
def test_a_page_is_in_its_locale() -> None:
    page = Page.objects.filter(locale__language_code="ar", depth__gt=1).first()
    with translation.override("ar"):
        assert language_of(page) == "ar"
    with translation.override("so"):
        assert lang_attributes(page) == ' lang="ar" dir="rtl"'


def test_localized_text_keeps_its_language_when_cached() -> None:
    text = pickle.loads(pickle.dumps(LocalizedText("Svetsning", "sv")))  # noqa: S301 - our own
    assert (text, text.lang) == ("Svetsning", "sv")
