"""Coordination tools in the browser (issue 19): a checklist filled in on screen and saved as a
PDF with nothing stored; event sign-up until full, then the waiting list, removed by
`manage.py apply_retention` after the event; axe on the new public pages in sv, en and ar."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser import axe

COUNT_ROWS = (
    "import json; from django.apps import apps; "
    "print(json.dumps({m._meta.label: m._default_manager.count() for m in apps.get_models()}))"
)


def row_counts(site_server) -> dict[str, int]:
    """Rows of every model in the browser site's database."""
    return json.loads(site_server.manage("shell", "-c", COUNT_ROWS).strip().splitlines()[-1])


def test_fill_a_checklist_and_save_it_as_pdf_with_nothing_stored(browser_page, site_server):
    page = browser_page
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method != "GET" else None)
    before = row_counts(site_server)

    page.goto("/")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Handledarstöd"
    ).click()
    # Printed, the fields show only the copies checklist-fill.js (deferred) makes: wait for it.
    with page.expect_navigation():
        page.get_by_role("link", name="Valideringsunderlag: Lager och logistik").first.click()
    page.get_by_label("Namn på den som bedöms").fill("Amina Testsson")
    page.get_by_label("Handledare").first.fill("Per Handledare")
    page.get_by_label("Kommentar").first.fill("Plockar ordrar säkert med truck")
    page.get_by_label("Uppnått", exact=True).first.check()
    pdf = page.pdf(format="A4", print_background=True)

    text = " ".join(page_.extract_text() for page_ in PdfReader(io.BytesIO(pdf)).pages)
    assert "Amina Testsson" in text
    assert "Per Handledare" in text
    assert "Plockar ordrar säkert med truck" in text
    assert posts == []  # nothing left the browser
    assert row_counts(site_server) == before  # nothing was written to the database


def test_sign_up_until_full_then_the_waiting_list_and_retention_removes_them(
    browser_page, site_server
):
    page = browser_page
    page.goto("/")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Evenemang").click()
    page.get_by_role("link", name="Handledarutbildning i KAK").first.click()
    event_url = page.url
    page.get_by_role("link", name="Anmäl dig till evenemanget").click()
    signup_url = page.url
    for number in range(3):  # the demo training has three places
        page.goto(signup_url)
        page.get_by_label("Namn").fill(f"Handledare {number}")
        page.get_by_label("E-post").fill(f"handledare{number}@example.se")
        page.get_by_role("button", name="Anmäl dig").click()
        # The click waits for the answer to arrive, not for its page to be read in.
        expect(page.get_by_role("heading", name="Du är anmäld")).to_be_visible()
    page.goto(signup_url)
    assert page.get_by_text("Evenemanget är fullbokat").is_visible()
    page.get_by_label("Namn").fill("Handledare 3")
    page.get_by_label("E-post").fill("handledare3@example.se")
    page.get_by_role("button", name="Ställ dig på reservlistan").click()
    expect(page.get_by_role("heading", name="Du står på reservlistan")).to_be_visible()
    page.get_by_role("link", name="Tillbaka till evenemanget").click()
    assert page.url == event_url

    assert row_counts(site_server)["coordination.Registration"] == 4
    # The event took place more than 30 days ago: the retention deletes the sign-ups.
    site_server.manage(
        "shell",
        "-c",
        "from datetime import timedelta; from django.utils import timezone; "
        "from communication.models import EventPage; "
        "EventPage.objects.filter(slug='handledarutbildning-kak').update("
        "start=timezone.now() - timedelta(days=40), end=timezone.now() - timedelta(days=40))",
    )
    report = site_server.manage("apply_retention")
    assert re.search(r"^event_signups: 4 ", report, re.M), report
    assert row_counts(site_server)["coordination.Registration"] == 0


PUBLIC_PAGES = (
    ("coordination:placement_list", []),
    ("coordination:placement_offer", []),
    ("coordination:placement_detail", ["demo-lagerarbete-nybro"]),
    ("coordination:library", []),
    ("coordination:document_detail", ["ramboll-slututvardering-samverkan-leder-till-arbete"]),
    ("coordination:checklist_fill", ["valideringsunderlag-lager-och-logistik"]),
)


def _supervisor_section(language: str) -> list[str]:
    """The supervisors' section in a language and its live pages (course, guide, handbook)."""
    from coordination.models import SupervisorSupportPage

    section = SupervisorSupportPage.objects.live().get(locale__language_code=language)
    pages = section.get_descendants().live().specific()
    assert pages, f"the {language} supervisors' section has no pages"
    return [section.url, *(page.url for page in pages)]


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_new_public_pages_have_no_wcag_violations(language, browser_page, db):
    from communication.models import EventPage

    event = EventPage.objects.get(slug="larkonferens-validering-oms", locale__language_code="sv")
    with translation.override(language):
        paths = [reverse(name, args=args) for name, args in PUBLIC_PAGES]
        paths.append(reverse("coordination:event_signup", args=[event.pk]))
    paths += _supervisor_section(language)
    for path in paths:
        response = browser_page.goto(path)
        assert response.status == 200, path
        found = axe.violations(browser_page)
        assert not found, f"{path}:\n{axe.report(found)}"
    # The offer form's error state too.
    with translation.override(language):
        browser_page.goto(reverse("coordination:placement_offer"))
    with browser_page.expect_navigation():  # axe checks the answer, read in completely
        browser_page.locator("main form button[type=submit]").click()
    found = axe.violations(browser_page)
    assert not found, f"offer form with errors ({language}):\n{axe.report(found)}"
