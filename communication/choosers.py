"""Admin choosers for registry records, so pages can link to validation models, credentials,
Komvux offers and actors without the registry having to be registered as snippets.

The viewsets are registered in ``wagtail_hooks.py``; their block classes are used in
``blocks.py``. ``module_path`` keeps the block classes importable for migrations.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet

from branch_models.models import Actor, Credential, KomvuxOffer, ValidationModel

__all__ = [
    "ActorChooserBlock",
    "CredentialChooserBlock",
    "KomvuxOfferChooserBlock",
    "ValidationModelChooserBlock",
    "registry_choosers",
]

MODULE = "communication.choosers"

validation_model_chooser = ChooserViewSet(
    "validation_model_chooser",
    model=ValidationModel,
    icon="tasks",
    choose_one_text=_("Choose a validation model"),
    choose_another_text=_("Choose another validation model"),
)
credential_chooser = ChooserViewSet(
    "credential_chooser",
    model=Credential,
    icon="doc-full",
    choose_one_text=_("Choose a credential"),
    choose_another_text=_("Choose another credential"),
)
komvux_offer_chooser = ChooserViewSet(
    "komvux_offer_chooser",
    model=KomvuxOffer,
    icon="group",
    choose_one_text=_("Choose a Komvux offer"),
    choose_another_text=_("Choose another Komvux offer"),
)
actor_chooser = ChooserViewSet(
    "actor_chooser",
    model=Actor,
    icon="site",
    choose_one_text=_("Choose an actor"),
    choose_another_text=_("Choose another actor"),
)

registry_choosers = (
    validation_model_chooser,
    credential_chooser,
    komvux_offer_chooser,
    actor_chooser,
)

ValidationModelChooserBlock = validation_model_chooser.get_block_class(
    "ValidationModelChooserBlock", MODULE
)
CredentialChooserBlock = credential_chooser.get_block_class("CredentialChooserBlock", MODULE)
KomvuxOfferChooserBlock = komvux_offer_chooser.get_block_class("KomvuxOfferChooserBlock", MODULE)
ActorChooserBlock = actor_chooser.get_block_class("ActorChooserBlock", MODULE)
