"""Editors' forms for registry records: regional ownership, and lists edited as plain text.

The records keep lists (languages, start dates, statements, checklist sections) in JSON fields.
Editors should not write JSON, so these fields are edited one item per line and validated here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from branch_models.models import Region, ValidationRole
from hub.parsing import parse_iso_date
from hub.permissions import ALL_REGIONS, regions_for

__all__ = [
    "ActorForm",
    "ChecklistSectionsField",
    "ChecklistTemplateForm",
    "CopyForWorkplaceForm",
    "CredentialForm",
    "KomvuxOfferForm",
    "LinesField",
    "RegistryRecordForm",
    "ValidationModelForm",
    "parse_language_code",
    "parse_start_date",
]

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def parse_language_code(value: str) -> str:
    """Return an ISO 639 code in lower case, or raise a ValidationError saying what is wrong."""
    code = value.strip().lower()
    if not LANGUAGE_CODE.match(code):
        raise ValidationError(
            _("“%(value)s” is not a language code: use ISO 639-1 codes such as sv, en or ar."),
            params={"value": value},
        )
    return code


def parse_start_date(value: str) -> str:
    """Return an ISO date (YYYY-MM-DD) string, or raise a ValidationError."""
    try:
        return parse_iso_date(value).isoformat()
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


class LinesField(forms.Field):
    """A list of strings edited in a text area, one item per line; blank lines are dropped.

    ``item`` cleans (and may normalise) each item, raising ``ValidationError`` for a bad one.
    """

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, *, item: Callable[[str], str] = str.strip, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.item = item

    def prepare_value(self, value: Any) -> Any:
        """Show a stored list one item per line."""
        if isinstance(value, list | tuple):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value: Any) -> list[str]:
        """Split the text into items and clean each one."""
        if isinstance(value, list):
            lines = value
        else:
            lines = str(value or "").splitlines()
        items, errors = [], []
        for line in lines:
            if not str(line).strip():
                continue
            try:
                items.append(self.item(str(line)))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return items


class ChecklistSectionsField(forms.Field):
    """Checklist sections edited as text: a line starting with ``#`` opens a section, the lines
    under it are its items. Stored as ``[{"title": …, "items": […]}, …]``."""

    widget = forms.Textarea(attrs={"rows": 16})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _("Start each section with a line “# Title”; write one item per line under it."),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        """Show stored sections as headed blocks of lines."""
        if not isinstance(value, list):
            return value
        blocks = ["\n".join([f"# {s['title']}", *s.get("items", [])]) for s in value]
        return "\n\n".join(blocks)

    def to_python(self, value: Any) -> list[dict[str, Any]]:
        """Parse headed blocks into sections, refusing items before the first heading."""
        if isinstance(value, list):
            return value
        sections: list[dict[str, Any]] = []
        for number, raw in enumerate(str(value or "").splitlines(), start=1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#"):
                sections.append({"title": line.lstrip("#").strip(), "items": []})
            elif not sections:
                raise ValidationError(
                    _("Line %(number)s is an item outside a section: start with “# Title”."),
                    params={"number": number},
                )
            else:
                sections[-1]["items"].append(line)
        return sections


class RegistryRecordForm(WagtailAdminModelForm):
    """Offer only the regions the editor may write in, and refuse any other (a tampered POST).

    National records (no owner region) are for national roles only, also when a draft is saved
    (Wagtail relaxes required fields for drafts, so the rule is checked in ``clean``).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("owner_region")
        self.writable_regions = regions_for(self.for_user) if self.for_user else frozenset()
        if field is not None and self.writable_regions is not ALL_REGIONS:
            field.queryset = Region.objects.filter(pk__in=self.writable_regions)
            field.required = True
            field.empty_label = None
            field.help_text = _("You may create and change records of these regions.")

    def clean_owner_region(self) -> Region | None:
        """Refuse a national record from an editor without a national role."""
        region = self.cleaned_data.get("owner_region")
        if region is None and self.writable_regions is not ALL_REGIONS:
            raise ValidationError(
                _("Choose one of your regions: only national editors keep national records."),
                code="national",
            )
        return region


class ActorForm(RegistryRecordForm):
    """Roles as check boxes and spoken languages as codes, one per line."""

    roles = forms.MultipleChoiceField(
        label=capfirst(_("roles in validation")),
        choices=ValidationRole.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    languages = LinesField(
        label=capfirst(_("languages spoken")),
        item=parse_language_code,
        help_text=_("One ISO 639-1 code per line, e.g. sv, ar, so."),
    )


class ValidationModelForm(RegistryRecordForm):
    """Assessment languages as codes, one per line."""

    assessment_languages = LinesField(
        label=capfirst(_("assessment languages")),
        item=parse_language_code,
        help_text=_("One ISO 639-1 code per line, e.g. sv, ar, so."),
    )


class CredentialForm(RegistryRecordForm):
    """What the holder can do: plain-language statements, one per line."""

    can_do = LinesField(
        label=capfirst(_("what the holder can do")),
        help_text=_("Plain-language statements, one per line."),
    )


class KomvuxOfferForm(RegistryRecordForm):
    """Start dates as ISO dates, one per line."""

    start_dates = LinesField(
        label=capfirst(_("start dates")),
        item=parse_start_date,
        help_text=_("One date per line, as YYYY-MM-DD."),
    )


class ChecklistTemplateForm(RegistryRecordForm):
    """Sections as headed blocks of lines; language items one per line."""

    sections = ChecklistSectionsField(label=capfirst(_("sections")))
    language_items = LinesField(
        label=capfirst(_("language validation items")),
        help_text=_("One item per line."),
    )


class CopyForWorkplaceForm(forms.Form):
    """The workplace a checklist copy is tailored for, and which of the user's regions owns it."""

    workplace = forms.CharField(
        label=capfirst(_("workplace")),
        max_length=200,
        help_text=_("The employer and the unit, e.g. “ICA Maxi Osby, delicatessen”."),
    )
    owner_region = forms.ModelChoiceField(
        label=capfirst(_("owner region")),
        queryset=Region.objects.none(),
        empty_label=None,
        help_text=_("The region whose editors keep the copy."),
    )

    def __init__(self, *args: Any, regions: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner_region"].queryset = regions
