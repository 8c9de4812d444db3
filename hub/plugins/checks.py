"""System checks for regional plugins (ids ``hub.E001``…): invalid plugins stop start-up.

Each error names the plugin, says what is wrong and how to fix it. Nothing is skipped with a
warning: a plugin that is enabled must be valid. Region and municipality codes are checked
against the reference data files shipped in ``reference/data`` (no database needed).

One deployment check (``hub.W001``, ``check --deploy``) warns when production keeps its cache
in process memory: several web processes would each keep their own menus, labels and throttle
counters.
"""

from __future__ import annotations

import difflib
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core import checks
from django.core.checks import CheckMessage, Error
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _
from packaging.version import InvalidVersion, Version

import hub
from hub.plugins import hookspecs
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import RegionContent
from hub.plugins.discovery import installed_plugins
from hub.plugins.manager import unknown_hooks
from hub.plugins.registry import HubRegistry, get_registry
from reference import places

__all__ = [
    "REQUIRED_FIELDS",
    "check_plugins",
    "check_shared_cache",
    "raise_for_invalid_plugins",
    "reference_codes",
    "validate_plugins",
]

REQUIRED_FIELDS = ("slug", "verbose_name", "version", "min_hub_version", "region_codes")
RESERVED_SLUGS = frozenset({"hub", "plugins", "plugins_config"})


@functools.cache
def reference_codes() -> tuple[frozenset[str], dict[str, tuple[str, str]]]:
    """Return the county codes, and each municipality's county and name, from the CSV files."""
    municipalities = {
        code: (municipality.region_code, municipality.name)
        for code, municipality in places.municipalities().items()
    }
    return frozenset(places.counties()), municipalities


def _error(plugin: RegionPlugin | str, msg: str, hint: str, number: int) -> Error:
    name = plugin if isinstance(plugin, str) else (plugin.slug or plugin.name)
    return Error(
        _("Plugin %(plugin)r: %(problem)s") % {"plugin": name, "problem": msg},
        hint=hint,
        obj=plugin if isinstance(plugin, RegionPlugin) else name,
        id=f"hub.E{number:03d}",
    )


def _version(value: str) -> Version | None:
    try:
        return Version(value)
    except InvalidVersion:
        return None


def _check_declaration(plugin: RegionPlugin) -> list[CheckMessage]:
    missing = [name for name in REQUIRED_FIELDS if not plugin.declares(name)]
    if missing:
        return [
            _error(
                plugin,
                _("its declaration lacks %(fields)s.") % {"fields": ", ".join(missing)},
                _("Set them on %(cls)s (see docs/plugins.md, 'The declaration').")
                % {"cls": type(plugin).__qualname__},
                1,
            )
        ]
    errors: list[CheckMessage] = []
    if not plugin.slug.isidentifier() or plugin.slug != plugin.slug.lower():
        errors.append(
            _error(
                plugin,
                _("slug %(slug)r is not a lower-case identifier.") % {"slug": plugin.slug},
                _("Use lower-case letters, digits and underscores, e.g. 'norra_halland'."),
                2,
            )
        )
    elif plugin.slug in RESERVED_SLUGS:
        errors.append(
            _error(
                plugin,
                _("slug %(slug)r is reserved by the hub.") % {"slug": plugin.slug},
                _("Choose another slug."),
                2,
            )
        )
    for name in ("version", "min_hub_version", "max_hub_version"):
        value = getattr(plugin, name)
        if value and _version(value) is None:
            errors.append(
                _error(
                    plugin,
                    _("%(field)s %(value)r is not a version number.")
                    % {"field": name, "value": value},
                    _("Write versions as PEP 440 numbers, e.g. '0.1.0'."),
                    2,
                )
            )
    own_static = Path(plugin.path) / "static" / plugin.logo
    if plugin.logo and not own_static.is_file() and finders.find(plugin.logo) is None:
        errors.append(
            _error(
                plugin,
                _("its logo %(logo)r is not among the static files.") % {"logo": plugin.logo},
                _("Put the file in the plugin's static/ folder or fix the path."),
                2,
            )
        )
    return errors


def _check_hub_version(plugin: RegionPlugin) -> list[CheckMessage]:
    current = Version(hub.__version__)
    low = _version(plugin.min_hub_version)
    high = _version(plugin.max_hub_version) if plugin.max_hub_version else None
    if low is None or (plugin.max_hub_version and high is None):
        return []  # reported as an invalid version number
    if current < low or (high is not None and current > high):
        supported = f">= {low}" + (f", <= {high}" if high else "")
        return [
            _error(
                plugin,
                _("it supports hub %(supported)s but this hub is %(current)s.")
                % {"supported": supported, "current": current},
                _("Install a version of the plugin made for hub %(current)s, or disable it.")
                % {"current": current},
                3,
            )
        ]
    return []


def _check_codes(plugin: RegionPlugin) -> list[CheckMessage]:
    regions, municipalities = reference_codes()
    errors: list[CheckMessage] = []
    unknown_regions = [code for code in plugin.region_codes if code not in regions]
    if unknown_regions or not plugin.region_codes:
        errors.append(
            _error(
                plugin,
                _("region codes %(codes)s are not SCB county codes.")
                % {"codes": ", ".join(unknown_regions) or "()"},
                _("Use two-digit county codes from reference/data/regions.csv, e.g. '01'."),
                4,
            )
        )
    unknown = [code for code in plugin.municipality_codes if code not in municipalities]
    if unknown:
        errors.append(
            _error(
                plugin,
                _("municipality codes %(codes)s are not SCB municipality codes.")
                % {"codes": ", ".join(unknown)},
                _("Use four-digit codes from reference/data/municipalities.csv, e.g. '0180'."),
                5,
            )
        )
    outside = [
        code
        for code in plugin.municipality_codes
        if code in municipalities and municipalities[code][0] not in plugin.region_codes
    ]
    if outside:
        errors.append(
            _error(
                plugin,
                _("municipalities %(codes)s lie outside its regions %(regions)s.")
                % {"codes": ", ".join(outside), "regions": ", ".join(plugin.region_codes)},
                _("Add their county codes to region_codes or remove the municipalities."),
                5,
            )
        )
    return errors


def _check_settings(plugin: RegionPlugin) -> list[CheckMessage]:
    configured = getattr(settings, "HUB_PLUGINS_CONFIG", {}).get(plugin.slug, {})
    return [
        _error(
            plugin,
            _("the required setting %(key)r is not set.") % {"key": key},
            _("Set HUB_%(slug)s_%(key)s in the environment (or .env).")
            % {"slug": plugin.slug.upper(), "key": key.upper()},
            8,
        )
        for key in plugin.required_settings
        if not configured.get(key)
    ]


def _check_uniqueness(plugins: Sequence[RegionPlugin]) -> list[CheckMessage]:
    """Two plugins may not share a slug, a municipality, or a whole county.

    A plugin limited to some municipalities may lie inside a county another plugin covers as a
    whole (a local cooperation inside a regional structure); records are owned by the county
    either way.
    """
    errors: list[CheckMessage] = []
    by_slug: dict[str, list[RegionPlugin]] = defaultdict(list)
    by_municipality: dict[str, list[RegionPlugin]] = defaultdict(list)
    by_region: dict[str, list[RegionPlugin]] = defaultdict(list)
    for plugin in plugins:
        by_slug[plugin.slug].append(plugin)
        for code in plugin.municipality_codes:
            by_municipality[code].append(plugin)
        if not plugin.municipality_codes:
            for code in plugin.region_codes:
                by_region[code].append(plugin)
    for slug, owners in by_slug.items():
        if slug and len(owners) > 1:
            names = ", ".join(f"{p.name} ({type(p).__qualname__})" for p in owners)
            errors.append(
                _error(
                    slug,
                    _("%(names)s all claim this slug.") % {"names": names},
                    _("Give each plugin its own slug and entry point name, or disable one."),
                    6,
                )
            )
    claims = (
        (by_municipality, _("it claims municipality %(code)s, which %(other)r already covers.")),
        (by_region, _("it claims the whole county %(code)s, which %(other)r already covers.")),
    )
    for owners_by_code, message in claims:
        for code, owners in owners_by_code.items():
            if len(owners) > 1:
                errors.append(
                    _error(
                        owners[1],
                        message % {"code": code, "other": owners[0].slug},
                        _("Let one plugin cover it, or disable one of them."),
                        11,
                    )
                )
    return errors


def _check_entry_points(plugins: Sequence[RegionPlugin]) -> list[CheckMessage]:
    entries = installed_plugins()
    errors: list[CheckMessage] = []
    for slug in getattr(settings, "HUB_PLUGINS", []):
        entry = entries.get(slug)
        plugin = next((p for p in plugins if _class_path(p) == getattr(entry, "app", None)), None)
        if entry is None:
            continue  # settings already refused unknown slugs
        if plugin is None:
            errors.append(
                _error(
                    slug,
                    _("its entry point %(app)s is not a RegionPlugin subclass.")
                    % {"app": entry.app},
                    _("Point the entry point at the plugin's class: 'package.apps:ClassName'."),
                    10,
                )
            )
        elif plugin.slug != slug:
            errors.append(
                _error(
                    plugin,
                    _("its entry point is named %(entry)r but its slug is %(slug)r.")
                    % {"entry": slug, "slug": plugin.slug},
                    _("Name the entry point after the slug in the distribution's pyproject.toml."),
                    6,
                )
            )
    return errors


def _class_path(plugin: RegionPlugin) -> str:
    return f"{type(plugin).__module__}.{type(plugin).__qualname__}"


def _check_hooks(registry: HubRegistry) -> list[CheckMessage]:
    spec_names = [name for name in hookspecs.__all__ if name.startswith("hub_")]
    errors: list[CheckMessage] = []
    for owner, name in unknown_hooks(registry.get_plugin_manager()):
        close = difflib.get_close_matches(name, spec_names, n=1)
        hint = (
            _("Did you mean %(name)s? Rename the function.") % {"name": close[0]}
            if close
            else _("Rename or remove it; hub/plugins/hookspecs.py lists every hook.")
        )
        errors.append(
            _error(
                owner,
                _("%(name)s matches no hook specification.") % {"name": name},
                hint,
                7,
            )
        )
    return errors


def _check_content(plugin: RegionPlugin, registry: HubRegistry) -> list[CheckMessage]:
    module = registry.get_resources(plugin.slug).content
    if module is None or isinstance(getattr(module, "content", None), RegionContent):
        return []
    return [
        _error(
            plugin,
            _("its content module %(module)s defines no 'content' RegionContent.")
            % {"module": module.__name__},
            _("Define content = RegionContent(...) in it (docs/plugins.md, 'Content')."),
            9,
        )
    ]


def validate_plugins(
    plugins: Sequence[RegionPlugin], registry: HubRegistry | None = None
) -> list[CheckMessage]:
    """Return every problem with these plugins (and the registry's load problems)."""
    errors: list[CheckMessage] = []
    for plugin in plugins:
        declaration = _check_declaration(plugin)
        errors += declaration
        if any(error.id == "hub.E001" for error in declaration):
            continue
        errors += _check_hub_version(plugin)
        errors += _check_codes(plugin)
        errors += _check_settings(plugin)
    errors += _check_uniqueness([p for p in plugins if p.declares("slug")])
    if registry is not None:
        for plugin in plugins:
            errors += _check_content(plugin, registry)
        errors += _check_hooks(registry)
        errors += [
            _error(problem.plugin, problem.message, problem.hint, 9)
            for problem in registry.get_problems()
        ]
    return errors


def check_plugins(app_configs: Iterable[Any] | None = None, **kwargs: Any) -> list[CheckMessage]:
    """Validate every enabled plugin (registered in ``HubConfig.ready()``, tag ``plugins``)."""
    plugins = [app for app in apps.get_app_configs() if isinstance(app, RegionPlugin)]
    return _check_entry_points(plugins) + validate_plugins(plugins, get_registry())


def check_shared_cache(
    app_configs: Iterable[Any] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    """Warn when production caches in process memory.

    Menus, search facet labels, the route finder's lists and map layers are cached and dropped
    by signals in the process that saw the edit, and API and form throttles count in the cache:
    with a per-process cache, other web processes serve stale content for minutes and each
    allows the full rate. The shipped gunicorn command starts several workers.
    """
    if settings.DEBUG:
        return []
    backend = settings.CACHES["default"]["BACKEND"]
    if backend != "django.core.cache.backends.locmem.LocMemCache":
        return []
    return [
        checks.Warning(
            _("The default cache lives in each web process's memory."),
            hint=_(
                "Set CACHE_URL to a cache every web process shares, e.g. "
                "redis://cache:6379/0 (docker-compose.yml runs one) or dbcache://hub_cache "
                "after 'manage.py createcachetable'."
            ),
            id="hub.W001",
        )
    ]


def raise_for_invalid_plugins() -> None:
    """Refuse to serve with an invalid plugin: gunicorn runs no system checks of its own.

    ``manage.py`` commands run the checks before they start; the WSGI entry point calls this
    so a web process stops at start-up too, with the same messages.
    """
    errors = [message for message in checks.run_checks(tags=["plugins"]) if message.is_serious()]
    if errors:
        raise ImproperlyConfigured("\n".join(str(error) for error in errors))
