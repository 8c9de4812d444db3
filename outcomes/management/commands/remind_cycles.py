"""`manage.py remind_cycles`: e-mail each county's editors when a half-year cycle starts and ends.

Run it daily from cron; each county gets each reminder once per cycle (``ReminderSent``).
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone, translation

from branch_models.models import Region
from outcomes.models import HalfYearPlan, ReminderSent
from outcomes.reminders import recipients, region_status, reminder_kind


class Command(BaseCommand):
    """Send the start-of-cycle (write the plan) and end-of-cycle (write the report) reminders."""

    help = "E-mail regional editors when a half-year cycle starts or ends (run daily)."

    def add_arguments(self, parser: object) -> None:
        """``--date`` to run as of another day (for checking what would be sent)."""
        parser.add_argument("--date", type=date.fromisoformat, default=None)

    def handle(self, *args: object, **options: object) -> None:
        today = options["date"] or timezone.localdate()
        kind = reminder_kind(today)
        if not kind:
            self.stdout.write("No reminder due today.")
            return
        regions = Region.objects.filter(
            pk__in=HalfYearPlan.objects.values("owner_region")
        ).order_by("code")
        sent = 0
        with translation.override(settings.LANGUAGE_CODE):
            for region in regions:
                status = region_status(region, today)
                cycle = status.cycle
                _reminder, created = ReminderSent.objects.get_or_create(
                    region=region, year=cycle.year, half=cycle.half, kind=kind
                )
                if not created:
                    continue
                addresses = list(recipients(region).values_list("email", flat=True))
                if not addresses:
                    continue
                context = {
                    "status": status,
                    "kind": kind,
                    "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
                }
                subject = render_to_string("outcomes/email/reminder_subject.txt", context)
                body = render_to_string("outcomes/email/reminder.txt", context)
                send_mail(" ".join(subject.split()), body, None, addresses)
                sent += 1
        self.stdout.write(f"Reminders sent to {sent} counties.")
