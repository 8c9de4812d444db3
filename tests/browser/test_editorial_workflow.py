"""End to end in the admin: a regional developer writes, a regional editor approves, then English.

Two people in two browser sessions, as in a region: the developer (regional developer of Skåne)
writes a page in the region's section and submits it; the page is not public. The editor
(regional editor of Skåne) approves it from the dashboard; it is public and found by search.
Then the developer translates it into English with wagtail-localize, which stays a draft until
the editor publishes it, and the Swedish page's language switcher leads to the English page.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.urls import reverse

from tests.browser.conftest import EDITOR_PASSWORD, SiteServer
from tests.browser.urls import parameterless_url_names
from tests.browser.waiting import wait_until

# The richest page type an editor writes in a region, first one installed wins.
PAGE_TYPES = ("communication.GuidanceArticlePage", "communication.ContentPage")
SLUG = "validering-for-kockar"
SWEDISH = {
    "title": "Validering för kockar i Skåne",
    "intro": "Har du lagat mat på restaurang i flera år? Då kan du få ett yrkesbevis.",
    "text": "Kockar med erfarenhet bedöms av branschen och får ett yrkesbevis.",
}
ENGLISH = {
    SWEDISH["title"]: "Validation for chefs in Skåne",
    SWEDISH["intro"]: "Have you cooked in a restaurant for years? You can get a trade certificate.",
    SWEDISH["text"]: "Experienced chefs are assessed by the industry and get a trade certificate.",
    SLUG: "validation-for-chefs",
}


def fetch(url: str) -> tuple[int, str]:
    """Return the status and text a visitor gets at ``url``."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def status(url: str) -> int:
    return fetch(url)[0]


@pytest.fixture(scope="module")
def region(site_server: SiteServer) -> dict:
    """The developer ``utvecklare``, the editor ``redaktor`` and their region's section page."""
    arguments = f"{EDITOR_PASSWORD!r}, {page_type()!r}"
    code = f"from tests.browser.editorial_setup import run; run({arguments})"
    output = site_server.manage("shell", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


def footer_action(page: object, selector: str) -> None:
    """Open the editor's footer action menu and press one of its buttons (the form posts)."""
    page.wait_for_load_state("networkidle")  # the editor's scripts have set up the form
    page.locator("footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.locator(f"footer {selector}").first.click()
    if page.locator(".messages .error").count():
        problems = page.locator(".messages .error, .error-message").all_inner_texts()
        problems.append(
            page.locator(".w-field__wrapper:has(.error-message)").evaluate_all(
                "els => els.map(e => e.outerHTML.slice(0, 600))"
            )
        )
        raise AssertionError(f"the admin refused: {problems}")


def page_type() -> str:
    """Return the label of the richest installed page type an editor writes."""
    return next(label for label in PAGE_TYPES if _installed(label))


def write_page(page: object, parent_id: int) -> None:
    meta = apps.get_model(page_type())._meta
    page.goto(f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent_id}/")
    page.locator("#id_title").fill(SWEDISH["title"])
    page.locator("#id_intro").fill(SWEDISH["intro"])
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Text", exact=True).click()
    # Wagtail focuses the new block's rich text editor once it is ready; type then, and wait
    # until the editor has written the text into the form.
    wait_until(page, "() => document.activeElement?.isContentEditable")
    page.keyboard.type(SWEDISH["text"])
    wait_until(
        page,
        "text => [...document.querySelectorAll('input[name^=body][name$=value]')]"
        ".some(input => input.value.includes(text))",
        SWEDISH["text"],
    )
    audience = page.locator("input[name=audiences][value=individuals]")
    if audience.count():  # guidance articles say whom they are written for
        audience.check()
    page.get_by_role("tab", name=re.compile("Marknadsför|Promote")).click()
    page.locator("#id_slug").fill(SLUG)


def _installed(label: str) -> bool:
    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True


def translate_all(admin: object) -> None:
    """Translate every text on every tab of wagtail-localize's editor, saving each one."""
    tabs = admin.get_by_role("tab")
    for index in range(tabs.count()):
        tabs.nth(index).click()
        untranslated = admin.locator("li.incomplete").filter(visible=True)
        for _ in range(20):
            if not untranslated.count():
                break
            segment = untranslated.first
            source = segment.locator("p").first.inner_text().strip()
            segment.get_by_role("button", name=re.compile("^(Översätt|Translate)$")).click()
            segment.locator("textarea").fill(ENGLISH.get(source, source))
            with admin.expect_response(lambda r: "/strings/" in r.url and r.ok):
                segment.get_by_role("button", name=re.compile("^(Spara|Save)$")).click()
        assert not untranslated.count(), "some texts could not be translated"


def page_path(admin: object, page_id: int) -> str:
    """Return a page's public path, as the admin's own API tells its editors."""
    url = admin.evaluate(
        "async (id) => (await (await fetch(`/admin/api/main/pages/${id}/`)).json()).meta.html_url",
        page_id,
    )
    return urlsplit(url).path


def test_write_submit_approve_publish_and_translate(log_in, site_server, region):
    # The regional developer writes the page in the region's section and submits it.
    developer = log_in("utvecklare")
    write_page(developer, region["section_id"])
    footer_action(developer, "button[name=action-submit]")
    edit_link = developer.locator(".messages a[href*='/edit/']").first.get_attribute("href")
    page_id = int(re.search(r"/pages/(\d+)/edit/", edit_link).group(1))
    public = site_server.url + page_path(developer, page_id)
    assert status(public) == 404, "a page waiting for approval must not be public"

    # The regional editor sees it waiting for review on the dashboard and approves it.
    editor = log_in("redaktor")
    with editor.expect_navigation():
        editor.get_by_role("link", name=SWEDISH["title"]).first.click()
    footer_action(
        editor, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    assert status(public) == 200

    visitor = editor.context.browser.new_page()
    visitor.goto(public)
    assert visitor.locator("h1").inner_text() == SWEDISH["title"]
    assert SWEDISH["text"] in visitor.locator("main").inner_text()

    if "search:search" in parameterless_url_names("search"):
        visitor.goto(f"{site_server.url}{reverse('search:search')}?q=kockar+yrkesbevis")
        assert visitor.get_by_role("link", name=SWEDISH["title"]).count(), "not found by search"

    # The developer asks for an English translation and translates every text.
    developer.goto(f"/admin/pages/{page_id}/edit/")
    developer.wait_for_load_state("networkidle")
    developer.locator("header [data-w-dropdown-target=toggle]").last.click()
    with developer.expect_navigation():
        developer.locator("a[href*='/localize/submit/page/']").click()
    developer.get_by_role("checkbox", name=re.compile("Engelska|English")).check()
    with developer.expect_navigation():
        developer.get_by_role("button", name=re.compile("^(Skicka|Submit)$")).click()
    developer.wait_for_load_state("networkidle")
    english_id = int(re.search(r"/pages/(\d+)/edit/", developer.url).group(1))
    translate_all(developer)
    # Until an editor publishes it, visitors to the English address see no English text (at most
    # the Swedish page with a notice that it is not translated).
    english_url = site_server.url + page_path(developer, english_id)
    assert ENGLISH[SWEDISH["title"]] not in fetch(english_url)[1], "an unpublished draft is public"

    # The regional editor publishes the English page.
    editor.goto(f"/admin/pages/{english_id}/edit/")
    editor.wait_for_load_state("networkidle")
    with editor.expect_navigation():
        editor.locator("footer button[name=action][value=publish]").click()

    # A visitor on the Swedish page switches to English.
    visitor.goto(public)
    with visitor.expect_navigation():
        visitor.locator(".language-switcher a[hreflang=en]").click()
    assert visitor.locator("html").get_attribute("lang") == "en"
    assert visitor.locator("h1").inner_text() == ENGLISH[SWEDISH["title"]]
    assert ENGLISH[SWEDISH["text"]] in visitor.locator("main").inner_text()
