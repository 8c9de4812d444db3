"""The person's Swedish level and preferred pace, as the route finder asks for them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["LANGUAGE_SUPPORT_LEVELS", "Pace", "SwedishLevel"]


class SwedishLevel(models.TextChoices):
    """How much Swedish the person speaks; decides which language support a route needs."""

    NONE = "none", _("None yet")
    SFI = "sfi", _("Studies SFI")
    BASIC = "basic", _("Basic: manages everyday conversation")
    FLUENT = "fluent", _("Fluent")


# Levels at which a Komvux course should come with SFI or mother-tongue study guidance.
LANGUAGE_SUPPORT_LEVELS = frozenset({SwedishLevel.NONE, SwedishLevel.SFI, SwedishLevel.BASIC})


class Pace(models.TextChoices):
    """How fast the person wants to go, or whether they study alongside work."""

    FAST = "fast", _("As fast as possible")
    ALONGSIDE_WORK = "alongside_work", _("Alongside work")
