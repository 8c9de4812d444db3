"""`manage.py retry_form_mail`: send the resource requests whose mail failed or never went.

Run it from cron (e.g. every ten minutes). Requests are stored before they are mailed, so a mail
outage delays them but loses none. It exits non-zero while some still fail, so cron reports it.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone

from communication.mail import MailStatus, deliver
from communication.models import ResourceRequestSubmission

# A request still "pending" this long after it was sent lost its first attempt (the process
# stopped mid-request); younger ones may be being mailed right now.
PENDING_GRACE = timedelta(minutes=5)


class Command(BaseCommand):
    help = "Send the stored resource requests that have not reached the coordinator by mail."

    def handle(self, *args, **options) -> None:
        cutoff = timezone.now() - PENDING_GRACE
        due = ResourceRequestSubmission.objects.filter(
            Q(mail_status=MailStatus.FAILED)
            | Q(mail_status=MailStatus.PENDING, submit_time__lt=cutoff)
        ).order_by("submit_time")
        sent = failed = 0
        for submission in due.select_related("page"):
            if deliver(submission):
                sent += 1
            else:
                failed += 1
                self.stderr.write(f"  request {submission.pk}: {submission.mail_error}")
        self.stdout.write(f"Resource requests mailed: {sent}, still failing: {failed}.")
        if failed:
            raise CommandError(
                f"{failed} request(s) could not be mailed; they stay stored. Check EMAIL_HOST "
                "and EMAIL_PORT, then run retry_form_mail again."
            )
