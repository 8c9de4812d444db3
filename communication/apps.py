"""App configuration for the communication pages."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunicationConfig(AppConfig):
    """The `communication` app; the package name is generic, so the label is explicit."""

    name = "communication"
    label = "communication"
    verbose_name = _("Communication")

    def ready(self) -> None:
        """Let translations inherit their source page's editorial access (see ``editorial``);
        register the resource requests' retention rule; name the public models (beside the
        pages) whose edits renew the cached fragments."""
        from wagtail.signals import copy_for_translation_done

        from communication.editorial import mirror_access_to_translation
        from communication.models import GlossaryTerm, ResourceRequestField
        from communication.retention import RULES
        from hub.content_version import watch
        from hub.retention import register

        # Resource requests' submissions are personal data, never shown: not named.
        watch(GlossaryTerm, ResourceRequestField)

        for rule in RULES:
            register(rule)

        copy_for_translation_done.connect(
            mirror_access_to_translation, dispatch_uid="communication.mirror_access_to_translation"
        )
