"""``/.well-known/security.txt`` (RFC 9116) tells a finder where to report a vulnerability."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.test import Client, override_settings
from django.utils import timezone


def _fields(client: Client) -> dict[str, list[str]]:
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields: dict[str, list[str]] = {}
    for line in response.text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.split(": ", 1)
            fields.setdefault(name, []).append(value)
    return fields


@pytest.mark.django_db
@override_settings(SECURITY_CONTACT=["mailto:security@hub.example.se", "https://hub.example.se/"])
def test_security_txt_names_the_operators_contacts_and_expires_within_a_year(
    client: Client,
) -> None:
    fields = _fields(client)
    assert fields["Contact"] == ["mailto:security@hub.example.se", "https://hub.example.se/"]
    (expires,) = fields["Expires"]
    when = datetime.fromisoformat(expires.replace("Z", "+00:00"))
    assert timezone.now() < when < timezone.now() + timedelta(days=365)
    assert fields["Canonical"] == ["http://testserver/.well-known/security.txt"]
    assert fields["Preferred-Languages"] == ["sv, en"]


@pytest.mark.django_db
@override_settings(SECURITY_CONTACT=[], DEFAULT_FROM_EMAIL="valideringsnavet@hub.example.se")
def test_without_a_security_contact_the_sites_sender_address_is_named(client: Client) -> None:
    assert _fields(client)["Contact"] == ["mailto:valideringsnavet@hub.example.se"]
