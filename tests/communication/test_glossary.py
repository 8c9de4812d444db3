"""Glossary words are linked and explained in text, once per page, in the page's language."""

from __future__ import annotations

import pytest
from django.test import Client

from communication.glossary import GlossaryEntry, GlossaryLinker
from communication.models import GlossaryTerm
from tests.communication.conftest import soup


def linker() -> GlossaryLinker:
    entry = GlossaryEntry(
        "validering", "validering", "När någon bedömer.", ("validering", "valideringen")
    )
    return GlossaryLinker(entries=[entry], glossary_url="/ordlista/")


def test_first_use_is_linked_with_an_accessible_explanation() -> None:
    html = linker().link("<p>Valideringen är gratis. Validering tar tid.</p>")
    assert html.count('class="term__link"') == 1
    assert (
        '<a aria-describedby="term-tip-validering" class="term__link" '
        'href="/ordlista/#validering">Valideringen</a>'
    ) in html
    assert 'role="tooltip"' in html
    assert "validering: När någon bedömer." in html


def test_words_inside_links_and_headings_and_longer_words_are_left_alone() -> None:
    glossary = linker()
    html = glossary.link(
        '<h3>Validering</h3><p><a href="/x/">validering</a> och valideringsmodell.</p>'
    )
    assert "term__link" not in html


def test_a_word_linked_once_is_not_linked_again_on_the_same_page() -> None:
    glossary = linker()
    assert "term__link" in glossary.link("<p>validering</p>")
    assert "term__link" not in glossary.link("<p>validering</p>")


@pytest.mark.django_db
def test_lesson_explains_glossary_words_inline(client: Client) -> None:
    html = soup(client.get("/basprogram/arbetsmarknad/visa-vad-du-kan/"))
    terms = html.select("main .term")
    linked = {t.a.get_text().casefold() for t in terms}
    assert {"validering", "kartläggning", "kompetensintyg", "komvux"} <= linked
    term = next(t for t in terms if t.a.get_text() == "kartläggning")
    assert term.a["href"] == "/ordlista/#kartlaggning"
    tip = html.find(id=term.a["aria-describedby"])
    assert tip["role"] == "tooltip"
    assert "vad du kan" in tip.get_text()


@pytest.mark.django_db
def test_arabic_lesson_links_arabic_terms_to_the_arabic_glossary(client: Client) -> None:
    html = soup(client.get("/ar/basprogram/pa-jobbet/regler-pa-jobbet/"))
    links = {a.get_text(): a["href"] for a in html.select("main .term__link")}
    assert links["عقد العمل"] == "/ar/ordlista/#anstallningsavtal"
    glossary = soup(client.get("/ar/ordlista/"))
    assert glossary.find(id="anstallningsavtal").get_text() == "عقد العمل"


@pytest.mark.django_db
def test_glossary_page_lists_terms_a_to_z_with_anchors(client: Client) -> None:
    html = soup(client.get("/ordlista/"))
    letters = [a.get_text() for a in html.select(".glossary-index a")]
    assert letters == sorted(letters)
    assert html.find(id="validering").dfn.get_text() == "validering"
    assert GlossaryTerm.objects.filter(locale__language_code="sv").count() >= 25
    assert GlossaryTerm.objects.filter(locale__language_code="en").count() >= 25
