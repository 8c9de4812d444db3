"""A list of fixed codes stored as JSON and edited as check boxes (requirements, topics)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ChoiceListField"]


class ChoiceListField(models.JSONField):
    """A JSON list of values from ``choices``: the same on SQLite and PostgreSQL, few values."""

    def __init__(self, *args: Any, value_choices: Any = None, **kwargs: Any) -> None:
        self.value_choices = value_choices
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value: Any, model_instance: models.Model | None) -> None:
        super().validate(value, model_instance)
        unknown = set(value or []) - set(self.value_choices.values)
        if unknown:
            raise ValidationError(
                _("Unknown value: %(values)s."), params={"values": ", ".join(sorted(unknown))}
            )

    def formfield(self, **kwargs: Any) -> forms.Field:
        return forms.TypedMultipleChoiceField(
            choices=self.value_choices.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
