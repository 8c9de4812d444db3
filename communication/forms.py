"""Spam protection for public forms: a honeypot field and a per-address rate limit.

The rate limit counts posts per client address in the cache under a keyed hash of the address,
so no address is stored anywhere; the counter expires with its window.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from branch_models.models import Municipality

__all__ = [
    "HONEYPOT_FIELD",
    "MUNICIPALITY_FIELD",
    "ResourceRequestForm",
    "SpamProtectedForm",
    "rate_limit_exceeded",
]

# A name that browsers' autofill leaves alone, unlike "website" or "email2".
HONEYPOT_FIELD = "hp_confirm_field"
# The resource request's municipality: a choice from the official list, stored as its code.
MUNICIPALITY_FIELD = "municipality"


class SpamProtectedForm(forms.Form):
    """Mixin for a form-builder form: adds the honeypot and keeps it out of the stored data."""

    honeypot_name = HONEYPOT_FIELD
    rate_limit_message = _(
        "You have sent many requests in a short time. Please wait an hour and send again, "
        "or contact your regional coordinator by phone."
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _(
                    "The request was not sent because a field that must stay empty was filled "
                    "in, as spam programs do. If you are a person, empty that field and send "
                    "again."
                ),
                code="honeypot",
            )
        return cleaned

    @property
    def honeypot(self) -> forms.BoundField:
        return self[HONEYPOT_FIELD]

    def visible_form_fields(self) -> list[forms.BoundField]:
        """Return the editor's fields, without the honeypot (rendered apart, hidden)."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    def submission_data(self) -> dict[str, Any]:
        """Return the cleaned data to store: everything the person typed, no honeypot."""
        return {k: v for k, v in self.cleaned_data.items() if k != HONEYPOT_FIELD}


class ResourceRequestForm(SpamProtectedForm):
    """Mixin for the resource request: the requesting municipality first, as a choice, so the
    request reaches (and is followed up by) that municipality's region."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = forms.ModelChoiceField(
            queryset=Municipality.objects.order_by("name"),
            to_field_name="code",
            label=_("Municipality"),
            empty_label=_("Choose a municipality"),
            help_text=_("Which municipality is asking?"),
        )
        self.fields = {MUNICIPALITY_FIELD: field, **self.fields}

    def submission_data(self) -> dict[str, Any]:
        """Store the municipality by its SCB code."""
        data = super().submission_data()
        data[MUNICIPALITY_FIELD] = data[MUNICIPALITY_FIELD].code
        return data


def rate_limit_exceeded(request: HttpRequest, page: Page | str) -> bool:
    """Count a post from this address to this page (or named form); whether it exceeds the
    hourly limit."""
    address = request.META.get("REMOTE_ADDR", "")
    scope = page if isinstance(page, str) else page.pk
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{address}".encode(), hashlib.sha256
    ).hexdigest()
    key = f"form-rate:{digest}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this post starts a new window
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.FORM_SUBMISSIONS_PER_HOUR
