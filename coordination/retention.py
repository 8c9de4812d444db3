"""The coordination tools' retention rules, registered in the shared registry (hub.retention).

Sign-ups hold the names and e-mail addresses of people who come to an event: the organiser
needs them until the follow-up mail after the event. An employer's offer names the
workplace's contact person: a coordinator publishes it or lets it lapse.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from coordination.models import Placement, Registration
from hub.retention import RetentionRule

__all__ = [
    "OFFER_RETENTION",
    "RULES",
    "SIGNUP_RETENTION",
    "expired_offers",
    "expired_signups",
]

# How long the organiser keeps the attendee list after the event (for follow-up mail).
SIGNUP_RETENTION = timedelta(days=30)
# How long an employer's offer may wait for a coordinator before it lapses.
OFFER_RETENTION = timedelta(days=90)


def expired_signups(now: datetime) -> models.QuerySet:
    """Sign-ups of events that ended more than ``SIGNUP_RETENTION`` ago."""
    return Registration.objects.filter(event__end__lt=now - SIGNUP_RETENTION)


def expired_offers(now: datetime) -> models.QuerySet:
    """Employers' offers no coordinator published within ``OFFER_RETENTION`` (and their drafts)."""
    return Placement.objects.filter(
        offered_by_employer=True,
        first_published_at__isnull=True,
        created_at__lt=now - OFFER_RETENTION,
    )


RULES = (
    RetentionRule(
        name="event_signups",
        data=_("Names, e-mail addresses and organisations of people signed up for an event"),
        period=_("30 days after the event"),
        expired=expired_signups,
    ),
    RetentionRule(
        name="unpublished_placement_offers",
        data=_(
            "Employers' offers of a work placement with their contact person, "
            "when no coordinator publishes them"
        ),
        period=_("90 days after the offer"),
        expired=expired_offers,
    ),
)
