"""Error pages with DEBUG=false: the site's design, the URL's language, search and a way home,
and never Django's URL list or a trace."""

from __future__ import annotations

import pytest
from django.conf import LazySettings
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from pytest_django.fixtures import DjangoAssertNumQueries

from hub.errors import server_error

# The URL prefix, the <html lang>, and the 404 heading as a visitor reads it.
LANGUAGES = [
    ("", "sv", "Vi hittar inte sidan"),
    ("/en", "en", "We cannot find that page"),
    ("/ar", "ar", "لا يمكننا العثور على هذه الصفحة"),
    ("/so", "so", "Ma helno boggaas"),
    ("/ti", "ti", "ነዚ ገጽ ክንረኽቦ ኣይከኣልናን"),
]

LEAKS = ("Traceback", "URLconf", "urlpatterns", "forced server error", "Using the URL")


@pytest.fixture
def production(settings: LazySettings) -> LazySettings:
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.hub.error_urls"
    return settings


def assert_site_page(html: str, language: str) -> None:
    """The page is ours: its language, the header, a search form and the link home."""
    assert f'<html lang="{language}"' in html
    assert 'class="site-header"' in html
    assert 'id="error-search-q"' in html
    home = "/" if language == "sv" else f"/{language}/"
    assert f'href="{home}"' in html
    for leak in LEAKS:
        assert leak not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "language", "heading"), LANGUAGES)
def test_missing_page_answers_404_in_the_urls_language(
    client: Client, production: LazySettings, prefix: str, language: str, heading: str
) -> None:
    response = client.get(f"{prefix}/finns-inte-har/")
    assert response.status_code == 404
    html = response.content.decode()
    assert_site_page(html, language)
    assert heading in html


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "language", "heading"), LANGUAGES)
def test_server_error_answers_500_in_the_urls_language(
    production: LazySettings, prefix: str, language: str, heading: str
) -> None:
    client = Client(raise_request_exception=False)
    response = client.get(f"{prefix}/test-fails/")
    assert response.status_code == 500
    html = response.content.decode()
    assert_site_page(html, language)
    assert heading not in html  # the 500 text, not the 404's
    assert "error-page" in html


@pytest.mark.django_db
def test_server_error_page_needs_no_database(
    production: LazySettings, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    request = RequestFactory().get("/ar/test-fails/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "language", "heading"), [LANGUAGES[0], LANGUAGES[2]])
def test_an_unreachable_database_is_a_clean_503_asking_to_retry(
    production: LazySettings, prefix: str, language: str, heading: str
) -> None:
    if "sqlite" in production.DATABASES["default"]["ENGINE"]:
        pytest.skip("SQLite is a file: it cannot be unreachable")
    response = Client(raise_request_exception=False).get(f"{prefix}/test-database-down/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert_site_page(html, language)
    expected = {"sv": "Tjänsten är tillfälligt otillgänglig", "ar": "الخدمة غير متاحة مؤقتًا"}
    assert expected[language] in html
    assert "unreachable" not in html and "connection" not in html.lower()


# Each refusal, how a visitor runs into it, and its heading in English (the msgid).
REFUSALS = [
    (
        403,
        "You do not have access to this page",
        lambda prefix: Client().get(f"{prefix}/test-forbidden/"),
    ),
    (
        400,
        "We could not understand the request",
        lambda prefix: Client(HTTP_HOST="attacker.example").get(f"{prefix}/"),
    ),
    (
        403,
        "The form could not be sent",
        lambda prefix: Client(enforce_csrf_checks=True).post(f"{prefix}/", {"q": "x"}),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "language", "_heading"), LANGUAGES)
@pytest.mark.parametrize(("status", "heading", "visit"), REFUSALS, ids=["403", "400", "csrf"])
def test_refusals_answer_in_the_urls_language(
    production: LazySettings, prefix, language, _heading, status, heading, visit
) -> None:
    """Forbidden, a bad request (an unknown host) and a form posted without its CSRF token."""
    response = visit(prefix)
    assert response.status_code == status
    html = response.content.decode()
    assert_site_page(html, language)
    with translation.override(language):
        translated = gettext(heading)
    assert translated in html
    if language != "en":
        assert translated != heading, f"{heading!r} is not translated into {language}"


@pytest.mark.django_db
def test_a_missing_page_keeps_the_whole_menu_and_a_server_error_the_part_without_a_database(
    client: Client, production: LazySettings
) -> None:
    missing = client.get("/finns-inte-har/").content.decode()
    failed = Client(raise_request_exception=False).get("/test-fails/").content.decode()
    assert 'id="site-nav-coordination"' in missing
    assert 'id="site-nav-coordination"' not in failed
    assert 'id="site-nav-registry"' in failed
