"""Helpers for the coordination tests: users in the groups `setup_regional_groups` creates, and
reading a form the way a browser submits it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

KALMAR_EDITORS = "Kalmar län – regionala redaktörer"
KALMAR_DEVELOPERS = "Kalmar län – regionala utvecklare"
SKANE_EDITORS = "Skåne län – regionala redaktörer"


@pytest.fixture
def coordinator(django_user_model) -> Callable[[str], object]:
    """Return a factory: a user in one of the regional groups the set-up command created."""

    def make(group: str) -> object:
        user = django_user_model.objects.create_user(
            group.split()[0].lower(), f"{group.split()[0].lower()}@example.se", "pw"
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


def form_fields(html: str, selector: str = "form") -> dict[str, object]:
    """Return what a browser would submit for the form: inputs, checked boxes, selects, text."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    data: dict[str, object] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            chosen = [
                o.get("value", "") for o in field.find_all("option") if o.has_attr("selected")
            ]
            data[name] = chosen if field.has_attr("multiple") else (chosen[0] if chosen else "")
        elif field.name == "textarea":
            data[name] = field.get_text().removeprefix("\n")  # as browsers read it
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                value = field.get("value", "on")
                if field.get("type") == "checkbox":
                    data.setdefault(name, []).append(value)
                else:
                    data[name] = value
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data
