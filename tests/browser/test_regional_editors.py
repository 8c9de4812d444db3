"""Acceptance: regional editors publish what their region needs, where people look (issue 16).

People of Kalmar län and Skåne län are put in the groups ``load_demo`` made
(``tests/browser/regional_setup.py``); everything else — page permissions on the shared lists,
one workflow per region — is what our set-up commands made. Every admin page the people visit is
watched for JavaScript errors (console errors and uncaught exceptions, ``conftest.py``); any
fails the test.
"""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.browser import axe
from tests.browser.admin_language import english_strings_in
from tests.browser.conftest import EDITOR_PASSWORD, SiteServer
from tests.browser.test_editorial_workflow import fetch, footer_action, status

APPROVE = "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
EVENT = {
    "title": "Valideringsdag i Vimmerby",
    "place": "Vimmerby bibliotek, Vimmerby",
    "intro": "Kom och fråga om validering: bedömare från tre branscher svarar.",
}
NEWS = {
    "title": "Nytt valideringsstöd i Kalmar län",
    "intro": "Kalmar län öppnar en rådgivning om validering för arbetssökande.",
}
OFFER_TEXT = "Du lär dig svetsa. Du får gå i skolan på dagen. Du kan börja varje månad."


@pytest.fixture(scope="module")
def site(site_server: SiteServer) -> dict:
    """Four people in our regional groups, and the pages the test visits."""
    code = f"from tests.browser.regional_setup import run; run({EDITOR_PASSWORD!r})"
    output = site_server.manage("shell", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


def text_of(url: str) -> str:
    """Return the text a visitor reads at ``url`` (tags such as search's ``<mark>`` removed)."""
    status_code, body = fetch(url)
    assert status_code == 200, (url, status_code)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def created_page_id(admin: object) -> int:
    link = admin.locator(".messages a[href*='/edit/']").first.get_attribute("href")
    return int(re.search(r"/pages/(\d+)/edit/", link).group(1))


def write_event(admin: object, site: dict) -> None:
    admin.goto(f"/admin/pages/add/communication/eventpage/{site['events']}/")
    # The region comes from the writer's group: nothing to choose.
    assert admin.locator("[name=region]").input_value() == str(site["kalmar_pk"])
    admin.locator("#id_title").fill(EVENT["title"])
    admin.locator("#id_kind").select_option("information_meeting")
    start = timezone.localtime() + timedelta(days=1)
    admin.locator("#id_start").fill(start.strftime("%Y-%m-%d 09:00"))
    admin.locator("#id_end").fill(start.strftime("%Y-%m-%d 15:00"))
    admin.locator("#id_place").fill(EVENT["place"])
    admin.locator("#id_intro").fill(EVENT["intro"])
    admin.locator("input[name=audiences][value=individuals]").check()


def write_news(admin: object, site: dict) -> None:
    admin.goto(f"/admin/pages/add/communication/newspage/{site['news']}/")
    admin.locator("#id_title").fill(NEWS["title"])
    admin.locator("#id_intro").fill(NEWS["intro"])
    admin.locator("input[name=audiences][value=individuals]").check()


def test_kalmar_writes_event_and_news_kalmar_approves_skane_cannot(
    log_in, site_server: SiteServer, site: dict
) -> None:
    developer = log_in("kalmar_utvecklare")
    ids = {}
    for kind, write in (("event", write_event), ("news", write_news)):
        write(developer, site)
        footer_action(developer, "button[name=action-submit]")
        ids[kind] = created_page_id(developer)
    assert fetch(site_server.url + site["events_url"])[1].count(EVENT["title"]) == 0

    # Skåne's editor is not asked and may not approve or publish Kalmar's items.
    skane = log_in("skane_redaktor")
    assert EVENT["title"] not in skane.locator("main").inner_text()
    for page_id in ids.values():
        skane.goto(f"/admin/pages/{page_id}/edit/")
        assert not skane.locator(APPROVE).count()
        assert not skane.locator("footer button[name=action][value=publish]").count()

    # Kalmar's editor finds both on the dashboard and approves them.
    editor = log_in("kalmar_redaktor")
    for title in (EVENT["title"], NEWS["title"]):
        editor.goto("/admin/")
        with editor.expect_navigation():
            editor.get_by_role("link", name=title).first.click()
        footer_action(editor, APPROVE)

    # Published, they are where people look: the lists, the home page, the region's page, the
    # page of the audience they are written for, and a search for the event's place.
    public = {
        name: text_of(site_server.url + path)
        for name, path in (
            ("events", site["events_url"]),
            ("news", site["news_url"]),
            ("home", "/"),
            ("kalmar", site["kalmar_url"]),
            ("individuals", site["individuals_url"]),
            ("search", f"{reverse('search:search')}?q=Vimmerby"),
        )
    }
    assert EVENT["title"] in public["events"] and NEWS["title"] in public["news"]
    for name in ("home", "kalmar", "individuals"):
        assert EVENT["title"] in public[name] and NEWS["title"] in public[name], name
    assert EVENT["title"] in public["search"], "a search for its place does not find the event"
    only_kalmar = text_of(f"{site_server.url}{site['events_url']}?region=08")
    only_skane = text_of(f"{site_server.url}{site['events_url']}?region=12")
    assert EVENT["title"] in only_kalmar and EVENT["title"] not in only_skane
    assert EVENT["title"] in text_of(f"{site_server.url}{site['events_url']}rss/?region=08")


def test_komvux_offer_moderated_by_its_region(log_in, site_server: SiteServer, site: dict) -> None:
    edit_url = f"/admin/snippets/branch_models/komvuxoffer/edit/{site['offer']}/"

    # Another region's developer can neither open the offer to edit nor submit it.
    outsider = log_in("skane_utvecklare")
    outsider.goto(edit_url)
    assert not outsider.locator("#id_summary_easy").count()
    assert not outsider.locator("button[name=action-submit]").count()

    developer = log_in("kalmar_utvecklare")
    developer.goto(edit_url)
    field = developer.locator("#id_summary_easy")
    lix = developer.locator("[data-lix-output]").first
    # The live readability counter follows the text as it is typed.
    field.fill("")
    field.press_sequentially("Validering ger arbetssökande möjligheter.")
    hard = lix.inner_text()
    field.fill("")
    field.press_sequentially(OFFER_TEXT)
    easy = lix.inner_text()
    assert re.search(r"\d", hard) and hard != easy, (hard, easy)
    footer_action(developer, "button[name=action-submit]")
    assert OFFER_TEXT not in fetch(site_server.url + site["offer_url"])[1]

    # The editor finds the offer on the dashboard (several offers share its name: by its link).
    editor = log_in("kalmar_redaktor")
    with editor.expect_navigation():
        editor.locator(f"main a[href*='{edit_url}']").first.click()
    footer_action(editor, APPROVE)
    assert status(site_server.url + site["offer_url"]) == 200
    assert OFFER_TEXT in fetch(site_server.url + site["offer_url"])[1]


def test_municipalities_are_chosen_by_searching_with_the_keyboard(
    log_in, site_server: SiteServer, site: dict
) -> None:
    """ "Öppen för invånare i" lists 290 municipalities: the developer narrows it by typing,
    without diacritics, ticks a match from the keyboard, and the approved offer says so."""
    edit_url = f"/admin/snippets/branch_models/komvuxoffer/edit/{site['offer']}/"
    developer = log_in("kalmar_utvecklare")
    developer.goto(edit_url)
    search = developer.locator("#id_open_to-search")
    assert developer.locator("label[for=id_open_to-search]").inner_text() == "Sök i listan"
    count = developer.locator("#id_open_to-count")
    boxes = developer.locator("#id_open_to input[type=checkbox]")
    assert boxes.count() == 290
    chosen = boxes.evaluate_all("boxes => boxes.filter(b => b.checked).length")
    assert f"290 av 290 visas, {chosen} valda" in count.inner_text()

    search.press_sequentially("morbylanga")
    visible = developer.locator("#id_open_to input[type=checkbox]:visible")
    assert visible.count() == 1 and "1 av 290 visas" in count.inner_text()
    assert not visible.first.is_checked()
    search.press("ArrowDown")
    developer.keyboard.press("Space")
    assert developer.locator("#id_open_to label:has-text('Mörbylånga') input").is_checked()
    search.fill("")
    search.press_sequentially("Vaxjo")
    search.press("Enter")  # the only match is ticked; the form is not sent
    assert developer.url.endswith(edit_url)
    assert developer.locator("#id_open_to label:has-text('Växjö') input").is_checked()
    assert f"{chosen + 2} valda" in count.inner_text()
    found = axe.violations(developer, context="[data-vn-picker]")
    assert not found, axe.report(found)
    footer_action(developer, "button[name=action-submit]")

    editor = log_in("kalmar_redaktor")
    editor.goto(edit_url)
    footer_action(editor, APPROVE)
    offer = text_of(site_server.url + site["offer_url"])
    assert "Mörbylånga" in offer and "Växjö" in offer


def test_the_admin_speaks_swedish_on_the_pages_editors_open(log_in, site: dict) -> None:
    """Browsing the admin as Kalmar's editor and developer, no page shows one of Wagtail's
    English strings that Swedish lacks (tests/browser/admin_language.py finds them)."""
    offer = f"/admin/snippets/branch_models/komvuxoffer/edit/{site['offer']}/"
    english: dict[str, set[str]] = {}
    for username in ("kalmar_redaktor", "kalmar_utvecklare"):
        admin = log_in(username)
        paths = [
            "/admin/",
            "/admin/pages/",
            f"/admin/pages/{site['news']}/",
            f"/admin/pages/{site['events']}/",
            f"/admin/pages/add/communication/newspage/{site['news']}/",
            f"/admin/pages/add/communication/eventpage/{site['events']}/",
            "/admin/pages/search/?q=Kalmar",
            "/admin/snippets/branch_models/komvuxoffer/",
            offer,
            offer.replace("/edit/", "/history/"),
            "/admin/images/",
            "/admin/documents/",
            "/admin/account/",
        ]
        for path in paths:
            admin.goto(path)
            admin.wait_for_load_state("networkidle")
            if "/edit/" in path or "/add/" in path:
                # The side panels (status, scheduling, comments) hold strings of their own.
                for toggle in admin.locator("[data-side-panel-toggle]").all():
                    if toggle.is_visible():
                        toggle.click()
            found = english_strings_in(admin)
            if found:
                english.setdefault(path, set()).update(found)
    assert not english, "\n".join(f"{p}: {sorted(s)}" for p, s in english.items())
