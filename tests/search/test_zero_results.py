"""Editors' view of the week's searches without results, each one step from a synonym.

Starts where people start: a visitor searches on the public page and finds nothing; a national
editor (the group `load_demo` sets up) opens the admin, sees the query counted, and saves what
it means; the visitor's next search finds it. Regional editors may not change national search
synonyms; a synonym that says nothing new is refused with a message and nothing is written.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from hub.groups import NATIONAL_EDITORS
from search.models import Synonym

pytestmark = pytest.mark.django_db

URL = "/admin/search-zero-results/"
# A word for welding the registry does not use, and the vocabulary does not know.
QUERY = "metallfogare"
WELDING = "Validering av svetsare (Svetskommissionen)"


def _editor(django_user_model, name: str, group: str) -> Client:
    user = django_user_model.objects.create_user(name, f"{name}@example.se", "pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_a_national_editor_turns_a_search_without_results_into_a_synonym(
    client: Client, django_user_model
):
    assert "Inga träffar" in client.get("/sok/", {"q": QUERY}).content.decode()
    client.get("/sok/", {"q": QUERY.upper()})  # counted as the same normalised query
    editor = _editor(django_user_model, "nat", NATIONAL_EDITORS)

    page = editor.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Sökningar utan träffar" in html
    row = html[html.index(f'<th scope="row">{QUERY}</th>') :]
    assert "<td>2</td>" in row[: row.index("</tr>")]

    saved = editor.post(URL, {"query": QUERY, "language": "sv", "means": "svetsare"}, follow=True)
    assert f"”{QUERY}” hittar nu det som ”svetsare” hittar." in saved.content.decode()
    assert f"Synonym sparad: {QUERY}, svetsare" in saved.content.decode()
    assert Synonym.objects.filter(terms=f"{QUERY}, svetsare", language="sv").exists()

    hits = client.get("/api/v1/search/", {"q": QUERY}).json()["hits"]
    assert WELDING in [hit["title"] for hit in hits[:3]]


def test_a_regional_editor_may_not_change_the_national_synonyms(django_user_model):
    editor = _editor(django_user_model, "red", "Kalmar län – regionala redaktörer")
    assert editor.get(URL).status_code in (302, 403)
    editor.post(URL, {"query": QUERY, "language": "sv", "means": "svetsare"})
    assert not Synonym.objects.filter(terms__contains=QUERY).exists()


def test_a_synonym_that_says_nothing_new_is_refused_and_nothing_is_written(
    client: Client, django_user_model
):
    client.get("/sok/", {"q": QUERY})
    editor = _editor(django_user_model, "nat", NATIONAL_EDITORS)
    before = Synonym.objects.count()
    response = editor.post(URL, {"query": QUERY, "language": "sv", "means": f" {QUERY} "})
    assert response.status_code == 400
    assert "Skriv ett ord eller uttryck som skiljer sig från själva sökningen." in (
        response.content.decode()
    )
    assert Synonym.objects.count() == before
