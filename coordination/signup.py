"""Event sign-up: a seat while places last, then the waiting list; a confirmation by mail.

Seats are counted under a row lock on the event, so two people signing up at once for the
last place cannot both get it. Sign-ups always belong to the event's page in the default
language, so translations of the page share one list.
"""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from communication.models import EventPage
from coordination.models import Registration, RegistrationStatus

__all__ = [
    "AlreadySignedUp",
    "SignupClosed",
    "sign_up",
    "source_event",
]

logger = logging.getLogger(__name__)


class SignupClosed(Exception):
    """The event takes no sign-ups (none offered, or it has started)."""


class AlreadySignedUp(Exception):
    """This e-mail address is already signed up for the event."""


def source_event(event: EventPage) -> EventPage:
    """Return the event's page in the default language (the one sign-ups belong to)."""
    default = Locale.get_default()
    if event.locale_id == default.pk:
        return event
    return EventPage.objects.get(translation_key=event.translation_key, locale=default)


def sign_up(event: EventPage, name: str, email: str, organisation: str = "") -> Registration:
    """Sign someone up: confirmed while places last, else on the waiting list; mail them."""
    event = source_event(event)
    with transaction.atomic():
        locked = EventPage.objects.select_for_update().get(pk=event.pk)
        if locked.signup_capacity is None or locked.start <= timezone.now():
            raise SignupClosed
        taken = locked.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        status = (
            RegistrationStatus.CONFIRMED
            if taken < locked.signup_capacity
            else RegistrationStatus.WAITING
        )
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=locked,
                    region=locked.region,
                    name=name,
                    email=email,
                    organisation=organisation,
                    status=status,
                )
        except IntegrityError as exc:
            raise AlreadySignedUp from exc
    _confirm(registration, event)
    return registration


def _confirm(registration: Registration, event: EventPage) -> None:
    """Mail the confirmation; a failed mail is logged, the sign-up stands (shown on the page)."""
    when = timezone.localtime(event.start).strftime("%Y-%m-%d %H:%M")
    if registration.status == RegistrationStatus.CONFIRMED:
        subject = _("You are signed up: %(event)s") % {"event": event.title}
        first = _("You have a place at “%(event)s”, %(when)s.")
    else:
        subject = _("On the waiting list: %(event)s") % {"event": event.title}
        first = _(
            "“%(event)s”, %(when)s, is full. You are on the waiting list; the organiser "
            "tells you if a place becomes free."
        )
    body = "\n\n".join(
        [
            first % {"event": event.title, "when": when},
            _(
                "We keep your name and e-mail address for the attendee list and delete them "
                "30 days after the event."
            ),
        ]
    )
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    except (smtplib.SMTPException, OSError):
        logger.warning("Sign-up %s: confirmation not mailed", registration.pk, exc_info=True)
