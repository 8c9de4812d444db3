"""Retention of resource requests (hub.retention): the form stores the asker's name and e-mail.

A year covers a request's whole course: the coordinator plans the support in the coming
half-year and holds it, and the request stays at hand for the half-year report.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from communication.models import ResourceRequestSubmission
from hub.retention import RetentionRule

__all__ = ["REQUEST_RETENTION", "RULES", "expired_requests"]

REQUEST_RETENTION = timedelta(days=365)


def expired_requests(now: datetime) -> models.QuerySet:
    """Resource requests sent more than ``REQUEST_RETENTION`` ago (their follow-up goes too)."""
    return ResourceRequestSubmission.objects.filter(submit_time__lt=now - REQUEST_RETENTION)


RULES = (
    RetentionRule(
        name="resource_requests",
        data=_(
            "Resource requests to a regional coordinator: the name and e-mail address of "
            "the person asking and what they ask for"
        ),
        period=_("one year after the request was sent"),
        expired=expired_requests,
    ),
)
