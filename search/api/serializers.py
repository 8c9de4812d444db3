"""Serializers for the JSON search endpoint: plain data from the backend's dataclasses."""

from __future__ import annotations

from typing import Any, cast

from rest_framework import serializers

__all__ = ["SearchHitSerializer", "SearchParametersSerializer", "SearchResponseSerializer"]


class SearchParametersSerializer(serializers.Serializer):
    """The query parameters (facet filters are repeated parameters named after the facet)."""

    q = serializers.CharField(required=False, allow_blank=True, max_length=200)
    page = serializers.IntegerField(required=False, min_value=1, max_value=100, default=1)
    page_size = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)
    language = serializers.ChoiceField(choices=[], required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from django.conf import settings

        super().__init__(*args, **kwargs)
        language = cast(serializers.ChoiceField, self.fields["language"])
        language.choices = [code for code, _name in settings.LANGUAGES]


class SearchHitSerializer(serializers.Serializer):
    """One hit: what it is, where it leads, and the matched words marked in HTML."""

    id = serializers.CharField(source="doc_id")
    type = serializers.CharField(source="index")
    title = serializers.CharField()
    url = serializers.CharField()
    summary = serializers.CharField()
    title_html = serializers.CharField()
    snippet_html = serializers.CharField()
    facets = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))
    matched = serializers.ListField(child=serializers.CharField())


class PlaceSerializer(serializers.Serializer):
    """A place named in the query: it orders the hits (nearby first), it does not filter them."""

    kind = serializers.CharField()
    code = serializers.CharField()
    name = serializers.CharField()


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.label
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class FacetSerializer(serializers.Serializer):
    name = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.label
    values = FacetValueSerializer(many=True)


class SearchResponseSerializer(serializers.Serializer):
    """A page of hits with the total, facet counts, "did you mean" and fallback state."""

    total = serializers.IntegerField()
    page = serializers.IntegerField()
    page_count = serializers.IntegerField()
    suggestion = serializers.CharField()
    corrected = serializers.CharField()
    degraded = serializers.BooleanField()
    covered = serializers.ListField(child=serializers.CharField())
    missing = serializers.ListField(child=serializers.CharField())
    places = PlaceSerializer(many=True)
    hits = SearchHitSerializer(many=True)
    facets = FacetSerializer(many=True)
