"""Resource requests followed through: every stored request gets a follow-up row to track."""

from __future__ import annotations

from typing import Any

from branch_models.models import Municipality
from communication.forms import MUNICIPALITY_FIELD
from communication.models import ResourceRequestSubmission
from coordination.models import RequestFollowUp

__all__ = ["follow_up_new_request"]


def follow_up_new_request(
    sender: type[ResourceRequestSubmission],
    instance: ResourceRequestSubmission,
    created: bool,
    **kwargs: Any,
) -> None:
    """Open the follow-up of a new request, in the region of the municipality that asked.

    A ``post_save`` receiver for submissions only: the request is stored by the form page
    (communication), the follow-up belongs to the coordinators (here), in the same transaction.
    """
    if not created or kwargs.get("raw"):
        return
    code = instance.get_data().get(MUNICIPALITY_FIELD)
    municipality = (
        Municipality.objects.select_related("region").filter(code=code).first() if code else None
    )
    region = municipality.region if municipality else instance.page.specific.region
    RequestFollowUp.objects.create(submission=instance, municipality=municipality, region=region)
