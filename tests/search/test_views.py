"""The search page, its suggestions and the JSON endpoint, as a visitor and an API client see
them: on the configured backend, and bad input on both backends."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from branch_models.models import Region
from search.backends import get_search_backend
from search.models import QueryStat
from tests.search.contract import BAD_INPUTS

pytestmark = pytest.mark.django_db

BACKENDS = [
    "search.backends.database",
    pytest.param("search.backends.elasticsearch", marks=pytest.mark.elasticsearch),
]


@pytest.fixture
def backend_module(request, settings):
    settings.SEARCH_BACKEND = request.param
    get_search_backend.cache_clear()
    yield request.param
    get_search_backend.cache_clear()


def test_empty_search_page_shows_the_form(client: Client):
    response = client.get("/sok/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form class="search-form" role="search"' in html
    assert 'label for="search-q">Vad letar du efter?' in html
    assert "träff" not in html


def test_every_page_has_a_search_box_in_the_header(client: Client):
    html = client.get("/").content.decode()
    assert 'action="/sok/"' in html
    assert 'for="site-search-q">Sök på webbplatsen' in html


def test_hits_are_highlighted_and_counted(client: Client):
    html = client.get("/sok/", {"q": "kockar"}).content.decode()
    assert "träffar för ”kockar”" in html
    assert "Gesällbrev <mark>kock</mark>" in html


def test_facets_are_labelled_in_the_readers_language(client: Client):
    swedish = client.get("/sok/", {"q": "validering"}).content.decode()
    assert "<legend>Bransch</legend>" in swedish
    assert "Valideringsmodell" in swedish
    english = client.get("/en/search/", {"q": "validation"}).content.decode()
    assert "<legend>Industry</legend>" in english
    assert "Validation model" in english


def test_facet_labels_follow_a_renamed_region(client: Client):
    assert "Skåne län" in client.get("/sok/", {"q": "validering"}).content.decode()
    region = Region.objects.get(code="12")
    region.name = "Region Skåneland"
    region.save()
    assert "Region Skåneland" in client.get("/sok/", {"q": "validering"}).content.decode()


@pytest.mark.parametrize(
    ("url", "question", "nothing_found", "industry"),
    [
        ("/ar/sok/", "عمّ تبحث؟", "لم يُعثر على شيء", "القطاع"),
        ("/so/sok/", "Maxaad raadinaysaa?", "Waxba lama helin", "Qaybta shaqada"),
        ("/ti/sok/", "እንታይ ትደሊ ኣለኻ?", "ዝተረኽበ የለን", "ዓውዲ ስራሕ"),
    ],
)
def test_search_page_speaks_the_languages_of_the_public_pages(
    client: Client, url: str, question: str, nothing_found: str, industry: str
):
    assert question in client.get(url).content.decode()
    assert nothing_found in client.get(url, {"q": "qqxqqxqq"}).content.decode()
    assert f"<legend>{industry}</legend>" in client.get(url, {"q": "validering"}).content.decode()


def test_filter_selection_survives_and_can_be_removed(client: Client):
    html = client.get(
        "/sok/", {"q": "validering", "type": "branch_models.credential"}
    ).content.decode()
    assert 'name="type" value="branch_models.credential" checked' in html
    assert "Ta bort filtret Typ: Intyg" in html


def test_a_misspelt_word_shows_the_corrected_search_and_says_so(client: Client):
    html = client.get("/sok/", {"q": "valdering"}).content.decode()
    assert (
        "Visar träffar för <strong>validering</strong> i stället för <strong>valdering</strong>"
    ) in html
    assert "Inga träffar" not in html


def test_zero_results_get_help(client: Client):
    html = client.get("/sok/", {"q": "qqxqqxqq"}).content.decode()
    assert "Inga träffar" in html
    assert "Kontrollera stavningen" in html


def test_pagination_links(client: Client):
    html = client.get("/sok/", {"q": "validering", "page": 2}).content.decode()
    assert 'aria-label="Sidor med träffar"' in html
    assert 'aria-current="page"><span class="visually-hidden">Sida </span>2</a>' in html
    assert 'rel="prev"' in html


def test_a_page_past_the_last_leads_to_the_last(client: Client):
    total = client.get("/api/v1/search/", {"q": "kockar"}).json()["total"]
    response = client.get("/sok/", {"q": "kockar", "page": 99})
    assert response.status_code == 302
    assert response["Location"] == f"/sok/?q=kockar&page={-(-total // 10)}"


def test_too_long_query_is_refused_politely(client: Client):
    response = client.get("/sok/", {"q": "validering " * 30})
    assert response.status_code == 200
    assert "Din sökning är för lång" in response.content.decode()


def test_degraded_search_says_results_may_be_less_precise(client: Client, settings):
    settings.SEARCH_BACKEND = "search.backends.elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    get_search_backend.cache_clear()
    try:
        html = client.get("/sok/", {"q": "kockar"}).content.decode()
    finally:
        get_search_backend.cache_clear()
    assert "Sökningen körs just nu i ett enklare läge" in html
    assert "Gesällbrev <mark>kock</mark>" in html


@pytest.mark.parametrize("backend_module", BACKENDS, indirect=True)
@pytest.mark.parametrize("text", BAD_INPUTS)
def test_bad_input_never_breaks_the_page_or_the_api(client: Client, backend_module, text):
    assert client.get("/sok/", {"q": text}).status_code == 200
    assert client.get("/sok/forslag/", {"q": text}).status_code == 200
    assert client.get("/api/v1/search/", {"q": text}).status_code in (200, 400)


def test_suggestions_complete_titles(client: Client):
    response = client.get("/sok/forslag/", {"q": "svet"})
    titles = [item["title"] for item in response.json()["suggestions"]]
    assert "Validering av svetsare (Svetskommissionen)" in titles


def test_api_returns_hits_facets_and_labels(client: Client):
    body = client.get("/api/v1/search/", {"q": "kockar", "page_size": 3}).json()
    assert body["total"] >= 3
    assert len(body["hits"]) == 3
    # The cooks' validation model comes first ("kock" names its occupation), then the
    # records that say "kock".
    assert any(hit["title_html"].count("<mark>") >= 1 for hit in body["hits"])
    facet = next(facet for facet in body["facets"] if facet["name"] == "type")
    assert facet["label"] == "Typ"
    assert body["degraded"] is False


def test_api_in_english_and_with_filters(client: Client):
    everything = client.get("/api/v1/search/", {"q": "validation", "lang": "en"}).json()
    (page,) = [hit for hit in everything["hits"] if hit["title"] == "What is validation?"]
    (page_type,) = page["facets"]["type"]
    body = client.get(
        "/api/v1/search/", {"q": "validation", "lang": "en", "type": page_type}
    ).json()
    assert "What is validation?" in [hit["title"] for hit in body["hits"]]
    assert all(hit["facets"]["type"] == [page_type] for hit in body["hits"])
    assert body["total"] < everything["total"]


def test_api_explains_bad_parameters(client: Client):
    response = client.get("/api/v1/search/", {"q": "x" * 201, "page": "zero"})
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"q", "page"}  # the API's error format


def test_searches_are_counted_without_personal_data(client: Client):
    client.get("/sok/", {"q": "  Kockar!! "})
    client.get("/sok/", {"q": "kockar"})
    client.get("/sok/", {"q": "kockar", "page": 2})  # paging is not a new search
    client.get("/sok/", {"q": "qqxqqxqq"})
    kockar = QueryStat.objects.get(query="kockar", language="sv")
    assert (kockar.searches, kockar.zero_results) == (2, 0)
    assert QueryStat.objects.get(query="qqxqqxqq").zero_results == 1
    fields = {field.name for field in QueryStat._meta.get_fields()}
    assert fields == {"id", "week", "language", "query", "searches", "zero_results"}


def test_searches_are_tallied_and_written_when_an_editor_opens_the_statistics(
    client: Client, admin_client: Client, settings
):
    """A results page does not wait for a write: the process's tally is written later, at the
    latest when an editor looks."""
    settings.SEARCH_STATS_FLUSH_SECONDS = 3600
    for _ in range(3):
        assert client.get("/sok/", {"q": "svetsare"}).status_code == 200
    assert client.get("/sok/", {"q": "qqxqqxqq"}).status_code == 200
    assert not QueryStat.objects.filter(query__in=["svetsare", "qqxqqxqq"]).exists()
    report = admin_client.get("/admin/search-statistics/").content.decode()
    assert "svetsare" in report and "qqxqqxqq" in report
    svetsare = QueryStat.objects.get(query="svetsare", language="sv")
    assert (svetsare.searches, svetsare.zero_results) == (3, 0)
    assert QueryStat.objects.get(query="qqxqqxqq").zero_results == 1


def test_editors_see_the_statistics_report(admin_client: Client, client: Client):
    client.get("/sok/", {"q": "qqxqqxqq"})
    response = admin_client.get("/admin/search-statistics/", {"zero_only": "true"})
    assert response.status_code == 200
    assert "qqxqqxqq" in response.content.decode()


def test_synonyms_are_listed_for_editors(admin_client: Client):
    response = admin_client.get("/admin/snippets/search/synonym/")
    assert response.status_code == 200
    assert "usk, undersköterska" in response.content.decode()


# --- Natural questions (issue 13) ------------------------------------------------------------


def _articles(html: str) -> list[str]:
    """Return the text of each hit's heading and type line, in page order."""
    return [
        re.sub(r"<[^>]+>", "", f"{heading}|{kind}")
        for heading, kind in re.findall(
            r"<article>\s*<h2[^>]*>(.*?)</h2>\s*<p class=\"search-hit__type\">(.*?)</p>",
            html,
            re.S,
        )
    ]


def test_the_page_says_which_words_it_found_nothing_about(client: Client):
    html = client.get("/sok/", {"q": "svetsare utan papper"}).content.decode()
    assert "Visar träffar för <strong>svetsare</strong>; inget om <strong>utan papper</strong>" in (
        html
    )
    assert "Validering av svetsare (Svetskommissionen)" in "".join(_articles(html))


def test_an_occupation_nothing_names_shows_the_related_occupations_and_says_so(client: Client):
    html = client.get("/sok/", {"q": "vårdbiträde"}).content.decode()
    assert (
        "Inget i registret om <strong>vårdbiträde</strong>. Visar närliggande yrken: "
        "<strong>Undersköterskor</strong>"
    ) in html
    assert (
        "Validering mot undersköterska (Vård- och omsorgscollege)|Valideringsmodell"
        in (_articles(html)[:3])
    )
    # Swedish occupation names count on every language's pages; the group is named in English.
    body = client.get("/api/v1/search/", {"q": "vårdbiträde", "lang": "en"}).json()
    assert body["related_occupations"] == [
        {"code": "532", "name": "Personal care workers in health services"}
    ]
    assert "Validation towards assistant nurse (Health and Social Care College)" in [
        hit["title"] for hit in body["hits"][:3]
    ]


def test_an_employer_asking_how_to_verify_finds_the_page_on_checking(client: Client):
    # The site says "kontrollera"; employers ask how to "verifiera" (a seeded synonym).
    html = client.get("/sok/", {"q": "hur verifierar jag ett intyg"}).content.decode()
    assert "För arbetsgivare" in [article.split("|")[0] for article in _articles(html)[:3]]


def test_a_place_in_the_question_is_a_chip_that_can_be_removed(client: Client):
    html = client.get("/sok/", {"q": "svetsare hassleholm"}).content.decode()
    assert "Närmast först: Hässleholm" in html
    assert 'href="?q=svetsare+hassleholm&amp;anywhere=1"' in html
    anywhere = client.get("/sok/", {"q": "svetsare hassleholm", "anywhere": "1"}).content.decode()
    assert "Närmast först" not in anywhere
    assert "Validering av svetsare (Svetskommissionen)" in "".join(_articles(anywhere))


def test_validation_of_a_trade_lists_the_model_first_and_no_two_rows_alike(client: Client):
    html = client.get("/sok/", {"q": "validering av svetsare"}).content.decode()
    articles = _articles(html)
    assert articles[0].startswith("Validering av svetsare (Svetskommissionen)|Valideringsmodell")
    assert len(articles) == len(set(articles)), articles
    assert "Matchar: " in html


# "Welding"; "I worked as a welder in Syria" (a stop word, a filler word, an unknown name).
@pytest.mark.parametrize("text", ["لحام", "عملت لحّام في سوريا"])
def test_an_arabic_occupation_word_finds_the_swedish_model(client: Client, text: str):
    html = client.get("/ar/sok/", {"q": text}).content.decode()
    assert "Validering av svetsare (Svetskommissionen)" in "".join(_articles(html)[:3])


def test_the_api_says_what_the_best_hits_cover_and_which_places_order_them(client: Client):
    body = client.get("/api/v1/search/", {"q": "svetsare utan papper i Kalmar"}).json()
    assert body["covered"] == ["svetsare"]
    assert body["missing"] == ["utan", "papper"]
    assert [place["name"] for place in body["places"]] == ["Kalmar"]
    assert "svetsare" in body["hits"][0]["matched"]
