"""App configuration for follow-up: indicators, half-year plans and reports, statistics."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutcomesConfig(AppConfig):
    """The follow-up app; the package name is generic, so the label is explicit."""

    name = "outcomes"
    label = "outcomes"
    verbose_name = _("Follow-up")

    def ready(self) -> None:
        """Register permission policies and import resources before the admin builds views.

        Values and plans are regional records (``hub.permission_policies``), so the editors'
        groups from ``setup_regional_groups`` get them without a rule of their own; indicator
        definitions are shared by every region, so only national roles change them.
        """
        from wagtail.permissions import register_permission_policy

        from branch_models.resources import register_resource
        from hub.content_version import watch
        from hub.permission_policies import NationalPermissionPolicy, RegionalPermissionPolicy
        from outcomes.models import HalfYearPlan, Indicator, IndicatorValue
        from outcomes.resources import HalfYearPlanResource, IndicatorValueResource

        for model in (IndicatorValue, HalfYearPlan):
            register_permission_policy(model, RegionalPermissionPolicy(model), exact_class=True)
        register_permission_policy(Indicator, NationalPermissionPolicy(Indicator), exact_class=True)
        register_resource(IndicatorValue, IndicatorValueResource)
        register_resource(HalfYearPlan, HalfYearPlanResource)
        # The public statistics; reminders sent are bookkeeping.
        watch(Indicator, IndicatorValue, HalfYearPlan)
