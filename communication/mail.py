"""Mail a stored resource request to the regional coordinator, recording whether it went."""

from __future__ import annotations

import logging
import smtplib
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from branch_models.models import Municipality
from communication.forms import MUNICIPALITY_FIELD

if TYPE_CHECKING:
    from communication.models import ResourceRequestSubmission

__all__ = ["MailStatus", "deliver"]

logger = logging.getLogger(__name__)


class MailStatus(models.TextChoices):
    """Whether a stored submission has reached the coordinator by mail."""

    PENDING = "pending", gettext_lazy("Not sent yet")
    SENT = "sent", gettext_lazy("Sent")
    FAILED = "failed", gettext_lazy("Failed, will be retried")


def _message(submission: ResourceRequestSubmission) -> EmailMessage:
    """Build the coordinator's mail from the stored data, so a retry sends the same mail."""
    page = submission.page.specific
    data = submission.get_data()
    lines = [
        _("A new resource request was sent from “%(page)s”.") % {"page": page.title},
        "",
    ]
    municipality = Municipality.objects.filter(code=data.get(MUNICIPALITY_FIELD)).first()
    if municipality is not None:
        lines.append(f"{_('Municipality')}: {municipality.name}")
    for field in page.get_form_fields():
        value = data.get(field.clean_name, "")
        if isinstance(value, list):
            value = ", ".join(value)
        lines.append(f"{field.label}: {value}")
    submitted = timezone.localtime(submission.submit_time).strftime("%Y-%m-%d %H:%M")
    lines += ["", _("Sent: %(time)s") % {"time": submitted}]
    listing = reverse("wagtailforms:list_submissions", args=[page.pk])
    lines.append(_("All requests: %(url)s") % {"url": settings.WAGTAILADMIN_BASE_URL + listing})
    recipients = [address.strip() for address in page.to_address.split(",") if address.strip()]
    return EmailMessage(
        subject=page.subject or page.title,
        body="\n".join(lines),
        from_email=page.from_address or settings.DEFAULT_FROM_EMAIL,
        to=recipients,
    )


def deliver(submission: ResourceRequestSubmission) -> bool:
    """Send one stored request; on failure keep it stored and marked for ``retry_form_mail``."""
    submission.mail_attempts += 1
    with translation.override(settings.LANGUAGE_CODE):
        message = _message(submission)
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as exc:
        submission.mail_status = MailStatus.FAILED
        submission.mail_error = f"{type(exc).__name__}: {exc}"[:1000]
        submission.save(update_fields=["mail_status", "mail_error", "mail_attempts"])
        logger.warning("Resource request %s not mailed yet: %s", submission.pk, exc)
        return False
    submission.mail_status = MailStatus.SENT
    submission.mail_error = ""
    submission.mailed_at = timezone.now()
    submission.save(update_fields=["mail_status", "mail_error", "mail_attempts", "mailed_at"])
    return True
