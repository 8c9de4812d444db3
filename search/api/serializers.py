"""Serializers for the JSON search endpoint: plain data from the backend's dataclasses."""

from __future__ import annotations

from rest_framework import serializers

__all__ = ["SearchHitSerializer", "SearchParametersSerializer", "SearchResponseSerializer"]


class SearchParametersSerializer(serializers.Serializer):
    """The query parameters (facet filters are repeated parameters named after the facet).

    The words are read in the request's language (``?lang=``, else Accept-Language), as every
    endpoint reads its parameters; ``language`` is the facet of the documents' language.
    """

    q = serializers.CharField(required=False, allow_blank=True, max_length=200)
    page = serializers.IntegerField(required=False, min_value=1, max_value=100, default=1)
    page_size = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)


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


class OccupationGroupSerializer(serializers.Serializer):
    """An SSYK group the hits are for instead of the occupation the query names."""

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
    related_occupations = OccupationGroupSerializer(many=True)
    hits = SearchHitSerializer(many=True)
    facets = FacetSerializer(many=True)
