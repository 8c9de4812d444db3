"""Failed sign-ins: the lockout limits per username and per address, and how long the sign-in
records are kept.

django-axes counts failures per username and per client address and compares the larger count
with one limit. One limit for both would let ten mistyped passwords in an office behind a
single NAT address lock every editor there out, so the address gets its own, higher limit
(``LOGIN_ADDRESS_FAILURE_LIMIT``) while a single username still locks after
``LOGIN_FAILURE_LIMIT``. The sign-in records hold usernames and addresses, so they are in the
retention registry (``hub.retention``, ``manage.py apply_retention``, the privacy page).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_lockout_parameters
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.db import models
from django.db.models import Sum
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from hub.retention import RetentionRule

__all__ = ["SIGN_IN_RECORDS_RETENTION", "SIGN_IN_RULES", "SignInLockoutHandler"]

SIGN_IN_RECORDS_RETENTION = timedelta(days=90)
ADDRESS_PARAMETER = "ip_address"


class SignInLockoutHandler(AxesDatabaseHandler):
    """axes' database handler with a separate, higher failure limit per client address."""

    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        """The failures on the username's scale: an address's count is scaled down by the
        ratio of the two limits, so axes' one comparison locks each at its own limit."""
        limit = settings.AXES_FAILURE_LIMIT
        parameters = get_lockout_parameters(request, credentials)
        scaled = [
            (attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0)
            * limit
            // (settings.LOGIN_ADDRESS_FAILURE_LIMIT if parameter == ADDRESS_PARAMETER else limit)
            for parameter, attempts in zip(
                parameters, self.get_user_attempts(request, credentials), strict=True
            )
        ]
        return max(scaled, default=0)


def _older_than_retention(model: type[models.Model]) -> Any:
    def expired(now: datetime) -> models.QuerySet:
        return model._default_manager.filter(attempt_time__lt=now - SIGN_IN_RECORDS_RETENTION)

    return expired


_PERIOD = _("90 days after the sign-in attempt")
SIGN_IN_RULES = (
    RetentionRule(
        name="sign_ins",
        data=_(
            "Editors' sign-ins to the admin: username, network address, browser and time "
            "of signing in and out"
        ),
        period=_PERIOD,
        expired=_older_than_retention(AccessLog),
    ),
    RetentionRule(
        name="failed_sign_ins",
        data=_("Failed sign-ins to the admin: the username tried, network address and browser"),
        period=_PERIOD,
        expired=_older_than_retention(AccessFailureLog),
    ),
    RetentionRule(
        name="sign_in_lockouts",
        data=_(
            "Counts of failed sign-ins per username and network address, which lock an "
            "account for a while"
        ),
        period=_PERIOD,
        expired=_older_than_retention(AccessAttempt),
    ),
)
