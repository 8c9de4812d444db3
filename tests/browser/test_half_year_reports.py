"""Acceptance (issue 15) in the browser, from the admin: a regional developer of Kalmar län writes
Nybro's half-year report and cannot write Osby's; Kalmar's editor publishes it; the public
statistics page shows it.

The two people are put in the groups ``setup_regional_groups`` made (run by ``load_demo``); the
plans are ``load_demo``'s. The dashboard panel is Wagtail's ``{% panel %}``, whose ``<section>``
gets the id ``<id>-section``: a locator on the bare id (``#half-year-cycle``) finds nothing.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.browser.conftest import EDITOR_PASSWORD, SiteServer
from tests.browser.test_editorial_workflow import fetch

PANEL = "#half-year-cycle-section"
PEOPLE = (
    ("nybro_utvecklare", "Kalmar län – regionala utvecklare"),
    ("kalmar_uppfoljning", "Kalmar län – regionala redaktörer"),
)
SET_UP = (
    "from django.contrib.auth.models import Group, User\n"
    "for name, group in {people!r}:\n"
    "    user = User.objects.create_user(name, name + '@example.se', {password!r})\n"
    "    user.groups.add(Group.objects.get(name=group))\n"
    "from outcomes.models import HalfYearPlan\n"
    "import json\n"
    "plan = HalfYearPlan.objects.filter(municipality__name='{name}').order_by('-year', '-half')\n"
    "print(json.dumps(plan.values_list('pk', flat=True)[0]))\n"
)
REPORT = {
    "completed_validations": "17",
    "certificates": "9",
    "outcome": "Sjutton valideringar blev klara, en färre än planerat.",
    "lessons": "Samsynsmöten tidigt i halvåret gjorde bedömningarna likare.",
}


@pytest.fixture(scope="module")
def plans(site_server: SiteServer) -> dict[str, int]:
    """Put the two people in our groups; return Nybro's and Osby's latest plans' ids."""
    code = SET_UP.format(people=PEOPLE, password=EDITOR_PASSWORD, name="Nybro")
    nybro = json.loads(site_server.manage("shell", "-c", code).strip().splitlines()[-1])
    code = (
        "from outcomes.models import HalfYearPlan as P; print(P.objects.filter("
        "municipality__name='Osby').order_by('-year', '-half').values_list('pk', flat=True)[0])"
    )
    osby = int(site_server.manage("shell", "-c", code).strip().splitlines()[-1])
    return {"nybro": nybro, "osby": osby}


def save(page: object, button: str) -> None:
    """Press a button of the editor's footer (the main one, or one in its action menu)."""
    page.wait_for_load_state("networkidle")
    footer = page.locator("footer")
    target = footer.locator(button).first
    if not target.is_visible():
        footer.locator(".w-dropdown__toggle").first.click()
    with page.expect_navigation():
        target.click()
    errors = page.locator(".messages .error, .error-message").all_inner_texts()
    assert not errors, f"the admin refused: {errors}"


def open_plan(page: object, municipality: str) -> None:
    """From the dashboard's panel, go to every plan and open the municipality's latest one."""
    page.goto("/admin/")
    with page.expect_navigation():
        page.locator(PANEL).get_by_role("link", name="Alla planer och rapporter").click()
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(f"^{municipality}, ")).first.click()


def test_kalmar_writes_nybros_report_not_osbys_and_its_editor_publishes_it(
    log_in, site_server: SiteServer, plans: dict[str, int]
) -> None:
    developer = log_in("nybro_utvecklare")
    # The dashboard rolls up the plans of the counties the person writes for, and only those.
    panel = developer.locator(PANEL)
    assert panel.get_by_role("heading", name="Kalmar län").is_visible()
    assert not panel.get_by_role("heading", name="Skåne län").count()

    open_plan(developer, "Nybro")
    assert f"/edit/{plans['nybro']}/" in developer.url
    for field, value in REPORT.items():
        developer.locator(f"#id_{field}").fill(value)
    save(developer, "button[type=submit]:not([name])")
    public = f"{site_server.url}/statistik/kommun/0881/"
    assert REPORT["lessons"] not in fetch(public)[1], "a developer's draft is public"

    # Osby is in Skåne: the Kalmar developer may read its plan but has no form to write in.
    open_plan(developer, "Osby")
    assert f"/{plans['osby']}/" in developer.url
    assert not developer.locator("#id_outcome").count()
    assert not developer.locator("footer button[type=submit]").count()
    developer.goto(f"/admin/snippets/outcomes/halfyearplan/edit/{plans['osby']}/")
    assert not developer.locator("#id_outcome").count()

    editor = log_in("kalmar_uppfoljning")
    open_plan(editor, "Nybro")
    assert editor.locator("#id_lessons").input_value() == REPORT["lessons"]
    save(editor, "button[name=action-publish]")

    status_code, body = fetch(public)
    assert status_code == 200
    assert REPORT["lessons"] in body and REPORT["outcome"] in body
    osby = fetch(f"{site_server.url}/statistik/kommun/1273/")[1]
    assert REPORT["lessons"] not in osby
