"""Build the hub's pluggy ``PluginManager`` and keep one plugin's failure from spreading.

Each owner's hook functions (the hub's defaults, each plugin's ``hooks`` module) are registered
as a ``PluginHooks`` object whose functions are guarded: an exception, or a result that is not
the spec's declared type, is logged with the plugin's name, recorded for the admin's health
panel and turned into "no answer" (``None``), which pluggy leaves out of the results. Pluggy's
own semantics (``firstresult``, ordering, argument pruning) stay untouched.
"""

from __future__ import annotations

import functools
import inspect
import logging
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pluggy
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from hub.plugins import hookspecs

__all__ = [
    "HUB_OWNER",
    "PluginHooks",
    "RegistrationProblem",
    "build_plugin_manager",
    "hookimpl",
    "region_caller",
    "register_hooks",
    "report_failure",
    "unknown_hooks",
]

logger = logging.getLogger("hub.plugins")

HUB_OWNER = "hub"
hookimpl = pluggy.HookimplMarker(hookspecs.PROJECT_NAME)
_MARKER = f"{hookspecs.PROJECT_NAME}_impl"
_MESSAGE_LIMIT = 500


@dataclass(frozen=True)
class RegistrationProblem:
    """A hook implementation that could not be registered, for ``hub.plugins.checks`` to report."""

    owner: str
    message: str


@functools.cache
def _return_hints() -> dict[str, Any]:
    """The declared return type of every hook spec, to check what plugins return."""
    return {
        name: typing.get_type_hints(getattr(hookspecs, name))["return"]
        for name in hookspecs.__all__
        if name.startswith("hub_")
    }


def _conforms(value: Any, hint: Any) -> bool:
    """Whether a hook result matches its spec's return annotation (the shapes specs use)."""
    if hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, arg) for arg in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list | tuple) and all(_conforms(v, item) for v in value)
    if origin is type:
        (base,) = typing.get_args(hint)
        return isinstance(value, type) and issubclass(value, base)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:_MESSAGE_LIMIT]


def _record_incident(owner: str, hook: str, message: str) -> None:
    """Store the failure so every web process's admin shows it; never raise from here."""
    from hub.models import PluginIncident

    now = timezone.now()
    values = {"hook": hook, "message": message, "last_seen": now}
    try:
        updated = PluginIncident.objects.filter(plugin=owner).update(count=F("count") + 1, **values)
        if not updated:
            try:
                with transaction.atomic():
                    PluginIncident.objects.create(plugin=owner, count=1, first_seen=now, **values)
            except IntegrityError:
                PluginIncident.objects.filter(plugin=owner).update(count=F("count") + 1, **values)
    except DatabaseError:
        logger.warning("Could not store the failure of plugin %r in the database.", owner)


def report_failure(owner: str, hook: str, message: str, exc: BaseException | None = None) -> None:
    """Log a plugin's failure with its name and record it for the health panel.

    The record is written when the surrounding transaction commits (at once outside one), so a
    rolled-back request leaves no trace but the log line.
    """
    logger.error(
        "Plugin %r: %s failed and was skipped: %s",
        owner,
        hook,
        message,
        exc_info=exc,
        extra={"plugin": owner, "hook": hook},
    )
    transaction.on_commit(functools.partial(_record_incident, owner, hook, message))


def _guard(owner: str, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap one hook implementation so its failure is reported and skipped."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            result = function(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - isolating any plugin failure is the point
            report_failure(owner, name, _describe(exc), exc)
            return None
        hint = _return_hints().get(name)
        if hint is not None and result is not None and not _conforms(result, hint):
            expected = (
                str(hint)
                .replace("hub.plugins.contributions.", "")
                .replace("hub.plugins.mapping.", "")
            )
            report_failure(owner, name, f"returned {type(result).__name__}, not {expected}")
            return None
        return result

    if getattr(guarded, _MARKER, None) is None:
        hookimpl(guarded)
    return guarded


def _hook_functions(source: object) -> dict[str, Callable[..., Any]]:
    """Find hook implementations: ``hub_*`` functions defined in the source, or marked ones."""
    found: dict[str, Callable[..., Any]] = {}
    module_name = getattr(source, "__name__", None)
    for name, value in vars(source).items():
        if not inspect.isfunction(value):
            continue
        marked = getattr(value, _MARKER, None) is not None
        own = value.__module__ == module_name or not inspect.ismodule(source)
        if marked or (name.startswith("hub_") and own):
            found[name] = value
    return found


class PluginHooks:
    """One owner's hook implementations (the hub's defaults or one plugin's), each guarded."""

    def __init__(self, owner: str, functions: dict[str, Callable[..., Any]]) -> None:
        self.owner = owner
        for name, function in functions.items():
            setattr(self, name, _guard(owner, name, function))

    def __repr__(self) -> str:
        return f"<hooks of {self.owner}>"


def _register(
    manager: pluggy.PluginManager,
    owner: str,
    source: object,
    problems: list[RegistrationProblem],
    name: str | None = None,
) -> PluginHooks | None:
    functions = _hook_functions(source)
    for hook_name, function in list(functions.items()):
        options = getattr(function, _MARKER, None) or {}
        if options.get("wrapper") or options.get("hookwrapper"):
            problems.append(
                RegistrationProblem(
                    owner,
                    f"{hook_name} is declared as a wrapper; hub hooks take plain functions only. "
                    "Remove wrapper=True/hookwrapper=True.",
                )
            )
            del functions[hook_name]
    hooks = PluginHooks(owner, functions)
    try:
        manager.register(hooks, name=name or owner)
    except pluggy.PluginValidationError as exc:
        problems.append(RegistrationProblem(owner, str(exc)))
        return None
    return hooks


def build_plugin_manager(
    defaults: object,
    plugin_hooks: Iterable[tuple[str, object]],
    core_hooks: Iterable[tuple[str, object]] = (),
) -> tuple[pluggy.PluginManager, list[RegistrationProblem]]:
    """Register the hub's defaults and the core apps' hooks modules (by app label; they run for
    every region, as the defaults do), then each plugin's, in ``HUB_PLUGINS`` order."""
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    problems: list[RegistrationProblem] = []
    _register(manager, HUB_OWNER, defaults, problems)
    for label, module in core_hooks:
        _register(manager, HUB_OWNER, module, problems, name=f"{HUB_OWNER}:{label}")
    for owner, module in plugin_hooks:
        _register(manager, owner, module, problems)
    return manager, problems


def register_hooks(
    manager: pluggy.PluginManager, owner: str, source: object, name: str
) -> PluginHooks:
    """Register extra guarded hooks for ``owner`` under a unique name (used by tests)."""
    problems: list[RegistrationProblem] = []
    hooks = _register(manager, owner, source, problems, name=name)
    if hooks is None or problems:
        raise pluggy.PluginValidationError(source, "; ".join(p.message for p in problems))
    return hooks


def unknown_hooks(manager: pluggy.PluginManager) -> list[tuple[str, str]]:
    """Return ``(owner, hook name)`` for every implementation that matches no spec.

    ``check_pending()`` detects the first; this lists them all so one start-up names every
    misspelling.
    """
    try:
        manager.check_pending()
    except pluggy.PluginValidationError:
        pass
    else:
        return []
    found = []
    for name, caller in vars(manager.hook).items():
        if name.startswith("_") or caller.has_spec():
            continue
        for impl in caller.get_hookimpls():
            if not impl.optionalhook:
                found.append((getattr(impl.plugin, "owner", impl.plugin_name), name))
    return found


def region_caller(manager: pluggy.PluginManager, slug: str, name: str) -> pluggy.HookCaller:
    """Return a caller of hook ``name`` limited to one region's plugin and the hub's defaults."""
    others = [
        hooks
        for hooks in manager.get_plugins()
        if getattr(hooks, "owner", None) not in {HUB_OWNER, slug}
    ]
    return manager.subset_hook_caller(name, others)
