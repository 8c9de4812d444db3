"""The route finder's API input, checked by the same form as the page."""

from __future__ import annotations

from rest_framework import serializers

from routes.choices import Pace, SwedishLevel

__all__ = ["RouteQuerySerializer"]


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
