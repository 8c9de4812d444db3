"""``{% script_call %}``: start an admin widget without an inline script (see ``hub.csp``)."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.utils.safestring import SafeString

from hub.csp import script_call as _script_call

__all__ = ["script_call"]

register = template.Library()


@register.simple_tag
def script_call(
    function: str, *args: Any, construct: bool = False, json_arg: str | None = None
) -> SafeString:
    """Call ``function(*args)`` in the admin page; ``json_arg`` is a JSON text Wagtail built
    (a widget's ``config_json``, a panel's ``options_json``), passed as the last argument."""
    if json_arg is not None:
        args = (*args, json.loads(json_arg))
    return _script_call(function, *args, construct=construct)
