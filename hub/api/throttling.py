"""Request rates for anonymous clients and token holders, set by the environment.

The rates come from ``API_THROTTLE_ANON`` and ``API_THROTTLE_USER`` (e.g. ``120/min``). They
are read on every request rather than when the class is defined, as DRF's own classes do, so a
settings change (a test's override, a reload) takes effect at once. Counters live in the
default cache: set ``CACHE_URL`` to a shared cache when several web processes serve the API.
"""

from __future__ import annotations

from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from rest_framework.views import APIView

__all__ = ["AnonymousThrottle", "TokenThrottle"]


def _rate_in_force(scope: str | None) -> str | None:
    """The scope's rate as the settings say now (``"120/min"``)."""
    # The stubs type the rates as numbers; DRF's own rates are strings such as "120/min".
    rates: dict[str, str | None] = api_settings.DEFAULT_THROTTLE_RATES  # type: ignore[assignment]
    return rates.get(scope or "")


class AnonymousThrottle(AnonRateThrottle):
    """Limit anonymous clients per IP address (scope ``anon``)."""

    def get_rate(self) -> str | None:
        return _rate_in_force(self.scope)


class TokenThrottle(UserRateThrottle):
    """Limit each token holder per user (scope ``user``).

    Anonymous clients are left to ``AnonymousThrottle``: DRF's ``UserRateThrottle`` would count
    them per address too, so the lower of the two rates applied to them whatever
    ``API_THROTTLE_ANON`` said.
    """

    def get_rate(self) -> str | None:
        return _rate_in_force(self.scope)

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
