"""The field that says whom a page is written for (landing pages, articles, events, news and
courses); the audiences themselves are reference data (``reference.audiences``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from reference.audiences import Audience

__all__ = ["AudienceField"]


class AudienceField(models.JSONField):
    """A list of audience values, edited as check boxes.

    A JSON list rather than a many-to-many table: five fixed values, read in Python and by the
    search index, and the same on SQLite and PostgreSQL.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("verbose_name", _("audiences"))
        super().__init__(*args, **kwargs)

    def validate(self, value: Any, model_instance: models.Model | None) -> None:
        super().validate(value, model_instance)
        unknown = set(value or []) - set(Audience.values)
        if unknown:
            raise ValidationError(
                _("Unknown audience: %(values)s."), params={"values": ", ".join(sorted(unknown))}
            )

    def formfield(self, **kwargs: Any) -> forms.Field:
        return forms.TypedMultipleChoiceField(
            choices=Audience.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
