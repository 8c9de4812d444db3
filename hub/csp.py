"""Wagtail's admin under a Content-Security-Policy without inline scripts.

Wagtail 8 starts some admin widgets with an inline ``<script>`` holding per-widget data: the
date and time pickers and inline panels (templates) and every chooser (``BaseChooser.render``).
A nonce would not do for all of them: jQuery inserts modal forms and new inline-panel rows with
their scripts from responses other than the page's own, whose nonce differs. So each such
script is written instead as data, ``<script type="application/json" data-script-call>``
naming one of the initialisers below and its arguments, which no browser executes;
``hub/js/admin-script-calls.js`` (on every admin page, ``hub.wagtail_hooks``) calls the named
initialiser for every such element on the page and every one inserted later. Only the
initialisers in ``ADMIN_SCRIPT_FUNCTIONS`` can be called, so injected data cannot run code.
"""

from __future__ import annotations

import json
import re
from functools import wraps
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.widgets import BaseChooser

__all__ = ["ADMIN_SCRIPT_FUNCTIONS", "move_chooser_scripts_to_data", "script_call"]

# The global functions and classes Wagtail's inline scripts call (Wagtail 8, wagtail-localize).
ADMIN_SCRIPT_FUNCTIONS = frozenset(
    {
        "Chooser",
        "DocumentChooser",
        "ImageChooser",
        "InlinePanel",
        "MultipleChooserPanel",
        "PageChooser",
        "SnippetChooser",
        "createTaskChooser",
        "initDateChooser",
        "initDateTimeChooser",
        "initTimeChooser",
    }
)
# What ``BaseChooser.render_js_init`` writes: ``new Name(<JSON>, <JSON>);`` or ``name(<JSON>);``.
_INLINE_CALL = re.compile(r"(?P<new>new )?(?P<function>[A-Za-z_$][\w$]*)\((?P<args>.*)\);?", re.S)
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_call(function: str, *args: Any, construct: bool = False) -> SafeString:
    """The data element that makes the admin call ``function(*args)`` (``new`` if
    ``construct``) once it is in the page."""
    if function not in ADMIN_SCRIPT_FUNCTIONS:
        raise ValueError(f"{function!r} is not in ADMIN_SCRIPT_FUNCTIONS.")
    call = json.dumps({"function": function, "args": args, "construct": construct})
    return mark_safe(  # noqa: S308 - JSON with <, > and & escaped cannot leave the element
        '<script type="application/json" data-script-call>'
        f"{call.translate(_JSON_SCRIPT_ESCAPES)}</script>"
    )


def _inline_script_as_data(script: str) -> SafeString:
    match = _INLINE_CALL.fullmatch(script.strip())
    if match is None:
        raise ValueError(f"A chooser's script is not a call with JSON arguments: {script!r}")
    args = json.loads(f"[{match['args']}]")
    return script_call(match["function"], *args, construct=bool(match["new"]))


def move_chooser_scripts_to_data() -> None:
    """Make every chooser widget end in a script call instead of its inline ``<script>``
    (from ``HubConfig.ready``; a second call changes nothing)."""
    render = BaseChooser.render
    if getattr(render, "scripts_as_data", False):
        return

    @wraps(render)
    def render_without_inline_script(self: BaseChooser, *args: Any, **kwargs: Any) -> SafeString:
        html, tag, script = str(render(self, *args, **kwargs)).rpartition("<script>")
        if not tag:
            return mark_safe(script)  # noqa: S308 - the widget's own HTML, unchanged
        return mark_safe(html + _inline_script_as_data(script.removesuffix("</script>")))  # noqa: S308

    render_without_inline_script.scripts_as_data = True  # type: ignore[attr-defined]
    BaseChooser.render = render_without_inline_script
