"""The audiences the site writes for: whom a page, a record or a search hit is meant for.

Reference data, so that the registry's and the outcomes' search declarations, the search
facets and the pages all name the same five groups without importing the pages' app.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["Audience"]


class Audience(models.TextChoices):
    """A target group; each has one landing page per locale that gathers what is written for it."""

    INDIVIDUALS = "individuals", _("Individuals and job seekers")
    EMPLOYERS = "employers", _("Employers")
    COUNSELLORS = "counsellors", _("Counsellors")
    EDUCATION_PROVIDERS = "education_providers", _("Education providers")
    DECISION_MAKERS = "decision_makers", _("Decision makers")
