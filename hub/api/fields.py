"""Related records in the API: named by their public identifier, drafts left out, expandable.

A related record appears as its slug or official code, which stays the same across imports
(database ids do not). A draft related record reads as absent (``null``, or left out of a
list), so an unpublished record never shows through a published one. ``?expand=<field>``
replaces the identifier by the related record itself, serialized as its own endpoint shows it
(one level deep: expanded records do not expand further).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model
from django.urls import reverse
from django.utils.module_loading import import_string
from rest_framework import serializers
from rest_framework.relations import MANY_RELATION_KWARGS, ManyRelatedField
from rest_framework.request import Request

__all__ = ["RecordURLField", "RelatedRecordField", "expandable_fields", "is_published"]


def is_published(record: Model) -> bool:
    """Whether the public may see the record (reference data has no draft state)."""
    return getattr(record, "live", True)


class RelatedRecordField(serializers.SlugRelatedField):
    """A related record by slug or code; with ``expand_with``, expandable to the full record.

    Attributes:
        expand_with: dotted path of the serializer that shows the expanded record.
    """

    def __init__(self, *, expand_with: str | None = None, **kwargs: Any) -> None:
        self.expand_with = expand_with
        super().__init__(**kwargs)

    @classmethod
    def many_init(cls, *args: Any, **kwargs: Any) -> ManyRelatedField:
        list_kwargs: dict[str, Any] = {"child_relation": cls(*args, **kwargs)}
        list_kwargs.update({k: v for k, v in kwargs.items() if k in MANY_RELATION_KWARGS})
        return PublishedManyRelatedField(**list_kwargs)

    @property
    def expand_name(self) -> str | None:
        """The name ``?expand=`` uses: the field's, or its list's for a list of records."""
        if isinstance(self.parent, ManyRelatedField):
            return self.parent.field_name
        return self.field_name

    def get_attribute(self, instance: Model) -> Any:
        value = super().get_attribute(instance)
        return None if isinstance(value, Model) and not is_published(value) else value

    def to_representation(self, value: Any) -> Any:
        if self.expand_with and self.expand_name in self.context.get("expand", ()):
            serializer_class = import_string(self.expand_with)
            nested_context = {**self.context, "expand": frozenset()}
            return serializer_class(value, context=nested_context).data
        return super().to_representation(value)


class RecordURLField(serializers.HyperlinkedIdentityField):
    """The record's API address, the same whatever format the response that shows it has."""

    def get_url(self, obj: Model, view_name: str, request: Request, format: str | None) -> str:
        kwargs = {self.lookup_url_kwarg: getattr(obj, self.lookup_field)}
        return request.build_absolute_uri(reverse(view_name, kwargs=kwargs))


class PublishedManyRelatedField(ManyRelatedField):
    """A list of related records without the drafts."""

    def to_representation(self, iterable: Any) -> list[Any]:
        return [
            self.child_relation.to_representation(value)
            for value in iterable
            if is_published(value)
        ]


def expandable_fields(serializer: serializers.Serializer) -> list[str]:
    """Return the names ``?expand=`` accepts for a serializer, in field order."""
    names = []
    for name, field in serializer.fields.items():
        child = field.child_relation if isinstance(field, ManyRelatedField) else field
        if isinstance(child, RelatedRecordField) and child.expand_with:
            names.append(name)
    return names
