"""The shapes `/api/v1/areas/` answers, for the OpenAPI schema.

They mirror the contribution dataclasses in ``hub.plugins.contributions`` as ``hub.jsonable`` turns
them into JSON (lazy strings translated, tuples as lists); ``hub.api.regions`` builds the
answers.
"""

from __future__ import annotations

from rest_framework import serializers

__all__ = [
    "AreaDetailSerializer",
    "AreaListSerializer",
    "AreaSummarySerializer",
]


class SourceSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField(allow_blank=True)
    date = serializers.CharField(allow_blank=True)


class ContactSerializer(serializers.Serializer):
    organisation = serializers.CharField()
    role = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    url = serializers.CharField(allow_blank=True)


class CooperationBodySerializer(serializers.Serializer):
    name = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    members = serializers.ListField(child=serializers.CharField())
    url = serializers.CharField(allow_blank=True)


class FactsSerializer(serializers.Serializer):
    """What the region's plugin says about itself (``hub_describe_region``)."""

    summary = serializers.CharField()
    area = serializers.CharField()
    region_codes = serializers.ListField(child=serializers.CharField())
    municipality_codes = serializers.ListField(child=serializers.CharField())
    cooperation_bodies = CooperationBodySerializer(many=True)
    contacts = ContactSerializer(many=True)
    sources = SourceSerializer(many=True)


class ProcessStepSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    kind = serializers.CharField(help_text="preparation, mapping, assessment, ...")
    description = serializers.CharField(allow_blank=True)
    validation_models = serializers.ListField(
        child=serializers.CharField(), help_text="Slugs of the validation models it uses."
    )
    actors = serializers.ListField(child=serializers.CharField(), help_text="Actors' slugs.")
    duration = serializers.CharField(allow_blank=True)


class ProcessSerializer(serializers.Serializer):
    """A region's own validation process (``hub_describe_processes``)."""

    key = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    steps = ProcessStepSerializer(many=True)
    audience = serializers.CharField(allow_blank=True)
    source = SourceSerializer(allow_null=True)  # type: ignore[assignment]  # not Field.source
    language_support = serializers.BooleanField()


class MapLayerLinkSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    url = serializers.URLField(help_text="The layer as GeoJSON.")


class PluginSerializer(serializers.Serializer):
    version = serializers.CharField()


class AreaSummarySerializer(serializers.Serializer):
    """A region whose plugin is enabled, with a link to its details."""

    slug = serializers.CharField()
    name = serializers.CharField()
    area = serializers.CharField()
    summary = serializers.CharField()
    region_codes = serializers.ListField(child=serializers.CharField(), help_text="SCB codes.")
    municipality_codes = serializers.ListField(
        child=serializers.CharField(), help_text="SCB codes."
    )
    url = serializers.URLField()


class AreaListSerializer(serializers.Serializer):
    results = AreaSummarySerializer(many=True)


class AreaDetailSerializer(AreaSummarySerializer):
    """One region: its facts, processes, figures and map layers."""

    facts = FactsSerializer()
    processes = ProcessSerializer(many=True)
    statistics = serializers.URLField(
        help_text="The region's reported figures in the statistics API."
    )
    map_layers = MapLayerLinkSerializer(many=True)
    plugin = PluginSerializer()
