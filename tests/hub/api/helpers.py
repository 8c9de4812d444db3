"""Helpers for API tests: tokens for users with a regional role, reading API lists, and the
database unreachable."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.auth.models import Group, User
from django.db import connections
from rest_framework.test import APIClient
from wagtail.models import APIToken

from hub.models import Role

__all__ = ["client_with_token", "database_unreachable", "list_all", "token_for"]


def token_for(username: str, region_code: str | None, role: str = Role.EDITOR) -> str:
    """Create a user in the editors' group of a region (None = national) and return a token.

    The groups are the ones ``setup_regional_groups`` keeps: a role in a region (or
    nationally) with the Django permissions the role has in the admin.
    """
    user = User.objects.create_user(username)
    user.groups.add(
        Group.objects.get(regional_role__region__code=region_code, regional_role__role=role)
        if region_code
        else Group.objects.get(regional_role__region__isnull=True, regional_role__role=role)
    )
    _token, plaintext = APIToken.create_token(user=user, name=f"{username}'s token")
    return plaintext


def client_with_token(token: str) -> APIClient:
    """An API client sending ``Authorization: Bearer <token>``."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def list_all(client: APIClient, url: str) -> list[dict]:
    """Return every record of an API list, following its cursor links."""
    records: list[dict] = []
    next_url: str | None = url
    while next_url:
        response = client.get(next_url)
        assert response.status_code == 200, (next_url, response.status_code, response.content)
        body = response.json()
        records += body["results"]
        next_url = body["next"]
    return records


@contextmanager
def database_unreachable() -> Iterator[None]:
    """Point this thread's database connection at a port nothing listens on, as while
    PostgreSQL is stopped: the real client, refused (the shared test server is never stopped)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    working = connections["default"]
    down = connections.create_connection("default")
    down.settings_dict = {**down.settings_dict, "HOST": "127.0.0.1", "PORT": closed_port}
    connections["default"] = down
    try:
        yield
    finally:
        down.close()
        connections["default"] = working
