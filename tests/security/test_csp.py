"""Every response (public page, admin, API) carries a Content-Security-Policy."""

from __future__ import annotations

import pytest
from django.test import Client


def _directives(client: Client, path: str) -> dict[str, list[str]]:
    policy = client.get(path).headers["Content-Security-Policy"]
    return {p.split()[0]: p.split()[1:] for p in policy.split(";") if p.strip()}


@pytest.mark.parametrize("path", ["/", "/api/v1/", "/admin/login/"])
@pytest.mark.django_db
def test_policy_limits_objects_frames_forms_and_base(client: Client, path: str) -> None:
    directives = _directives(client, path)
    assert directives["object-src"] == ["'none'"]
    for directive in ("frame-ancestors", "form-action", "base-uri", "default-src"):
        assert directives[directive] == ["'self'"]


@pytest.mark.parametrize("path", ["/", "/api/v1/"])
@pytest.mark.django_db
def test_public_site_and_api_allow_no_inline_script(client: Client, path: str) -> None:
    assert "'unsafe-inline'" not in _directives(client, path)["script-src"]
