"""The route finder's API input, checked by the same form as the page."""

from __future__ import annotations

from rest_framework import serializers

from routes.choices import Pace, SwedishLevel

__all__ = ["RouteQuerySerializer", "RouteResultSerializer"]


class RouteQuerySerializer(serializers.Serializer):
    """Documents the query parameters (the page's form does the checking, in one place)."""

    text = serializers.CharField(required=False, help_text="Experience in free text.")
    occupation = serializers.CharField(required=False, help_text="SSYK 2012 code or name.")
    municipality = serializers.CharField(required=False, help_text="SCB code or name.")
    near = serializers.CharField(
        required=False, help_text='Postcode (demo areas) or "latitude, longitude".'
    )
    swedish_level = serializers.ChoiceField(choices=SwedishLevel.choices, required=False)
    study_form = serializers.CharField(required=False, help_text="on_site, distance, ...")
    pace = serializers.ChoiceField(choices=Pace.choices, required=False)
    industry = serializers.CharField(required=False, help_text="SNI 2007 section code.")


# The answer's shape, for the OpenAPI schema (the view builds it in ``routes.api.views``).


class LinkSerializer(serializers.Serializer):
    """A registry record the route names: its identifier, name and public page."""

    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField(help_text="Its public page; empty where the page is not served.")


class StopSerializer(LinkSerializer):
    """A provider or contact, and how far it is from the place given."""

    kind = serializers.CharField(help_text="The actor's kind, e.g. `komvux`, `provider`.")
    city = serializers.CharField()
    distance_km = serializers.FloatField(allow_null=True, help_text="Null without an address.")


class OfferSerializer(LinkSerializer):
    """A Komvux course on the route."""

    municipality = serializers.CharField(help_text="SCB code of the offering municipality.")
    provider = serializers.CharField(help_text="Slug of the actor that gives the course.")
    level = serializers.CharField()
    study_form = serializers.CharField()
    sfi_combination = serializers.BooleanField()
    mother_tongue_guidance = serializers.BooleanField()
    language_support = serializers.BooleanField(
        help_text="Gives the language support the Swedish level asked for."
    )
    distance_km = serializers.FloatField(allow_null=True)


class ReasonSerializer(serializers.Serializer):
    """One reason the route ranks where it does."""

    weight = serializers.CharField(help_text="The weight in routes.scoring, or `plugin`.")
    points = serializers.FloatField(allow_null=True, help_text="Null for a plugin's reason.")
    reason = serializers.CharField()


class LocalStepSerializer(serializers.Serializer):
    key = serializers.CharField()
    kind = serializers.CharField()
    title = serializers.CharField()


class LocalProcessSerializer(serializers.Serializer):
    """A region's own process that applies to the route."""

    region = serializers.CharField(help_text="URL slug of the region (see /api/v1/areas/).")
    title = serializers.CharField()
    steps = LocalStepSerializer(many=True)


class ModelStepSerializer(serializers.Serializer):
    kind = serializers.CharField()
    title = serializers.CharField()
    duration = serializers.CharField()


class RouteSerializer(serializers.Serializer):
    """One ranked route."""

    rank = serializers.IntegerField()
    score = serializers.FloatField()
    validation_model = LinkSerializer()
    why = ReasonSerializer(many=True)
    plugin_adjustment = serializers.FloatField()
    missing = serializers.ListField(child=serializers.CharField())
    local_processes = LocalProcessSerializer(many=True)
    steps = ModelStepSerializer(many=True)
    providers = StopSerializer(many=True)
    komvux_offers = OfferSerializer(many=True)
    language_offers = OfferSerializer(many=True)
    credentials = LinkSerializer(many=True)
    contacts = StopSerializer(many=True)


class FallbackSerializer(serializers.Serializer):
    """Where to turn when no route fits."""

    komvux_models = LinkSerializer(many=True)
    contacts = StopSerializer(many=True)


class RouteResultSerializer(serializers.Serializer):
    """The answer: the person's municipality, its regions, the routes and a fallback."""

    municipality = serializers.CharField(help_text="SCB code.")
    regions = serializers.ListField(child=serializers.CharField())
    routes = RouteSerializer(many=True)
    fallback = FallbackSerializer(allow_null=True)
