"""Token authentication for API writes, with Wagtail's own hashed API tokens.

Wagtail keeps tokens as ``APIToken`` rows: only an HMAC digest is stored, each token belongs
to one user, can be revoked, and records when it was last used. Editors create and revoke them
in the admin (Settings → Users → API tokens) or with ``manage.py api_tokens``. A request sends
``Authorization: Bearer <token>`` and then acts with that user's regional permissions.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request
from wagtail.models import APIToken

__all__ = ["APITokenAuthentication"]

# Write the last-used time at most this often, so reads of a busy token do not each write.
LAST_USED_INTERVAL = timedelta(minutes=1)


class APITokenAuthentication(BaseAuthentication):
    """Authenticate ``Authorization: Bearer <token>`` against Wagtail's API tokens."""

    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[AbstractBaseUser, APIToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise AuthenticationFailed(
                _("Send the token as 'Authorization: Bearer <token>': one word after Bearer.")
            )
        token = parts[1].decode("latin-1")
        if not APIToken.validate_token_format(token):
            raise AuthenticationFailed(
                _("The token is malformed: copy it whole, as it was shown when it was created.")
            )
        api_token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True)
            .first()
        )
        if api_token is None or not api_token.user.is_active:
            raise AuthenticationFailed(
                _("The token is unknown, revoked or its user is inactive: ask for a new one.")
            )
        now = timezone.now()
        if api_token.last_used_at is None or now - api_token.last_used_at >= LAST_USED_INTERVAL:
            APIToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        return api_token.user, api_token

    def authenticate_header(self, request: Request) -> str:
        """Name the scheme in 401 responses (``WWW-Authenticate``)."""
        return f'{self.keyword} realm="api"'
