"""``RegionPlugin``: the ``AppConfig`` every regional plugin subclasses to declare itself.

As in NetBox, the plugin's configuration *is* its Django app configuration, and its optional
resources (content, hooks, mappings, map layers, URLs, API URLs, search indexes, fixtures) are
found by module convention, each overridable by an attribute. Validation lives in
``hub.plugins.checks``.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any, ClassVar

from django.apps import AppConfig
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from hub.plugins.contributions import Contact

__all__ = ["RESOURCES", "RegionPlugin", "get_plugin_setting"]

# Resource name -> module path relative to the plugin package (NetBox's DEFAULT_RESOURCE_PATHS).
RESOURCES: Mapping[str, str] = MappingProxyType(
    {
        "content": "content",
        "hooks": "hooks",
        "mappings": "mappings",
        "map_layers": "map_layers",
        "urls": "urls",
        "api_urls": "api.urls",
        "indexes": "indexes",
    }
)


class RegionPlugin(AppConfig):
    """Declare a regional plugin.

    Attributes:
        name: the plugin's package, as for any ``AppConfig``.
        slug: lower-case identifier (letters, digits, ``_``); the name in ``HUB_PLUGINS``, in
            ``HUB_<SLUG>_<KEY>`` settings and, with ``-`` for ``_``, in ``/regions/<slug>/``.
            It must equal the plugin's entry point name.
        verbose_name: the region's or cooperation's name as people know it.
        version: the plugin's own version (PEP 440).
        min_hub_version, max_hub_version: the hub versions it works with (max is optional and
            inclusive).
        region_codes: SCB county (län) codes it covers; the first is its home region.
        municipality_codes: SCB municipality codes it covers; empty means the whole counties.
        contact: who maintains the plugin (an organisation or role, not a private person).
        logo: static path of its logo, e.g. ``"norra_halland/logo.svg"``; empty for none.
        default_settings: settings with their defaults; the default's type is the setting's type.
        required_settings: settings that must come from the environment (``HUB_<SLUG>_<KEY>``).
        content, hooks, mappings, map_layers, urls, api_urls, indexes: override a resource's module
            path (relative to the package) when it does not follow the convention in
            ``RESOURCES``.

    The app label defaults to the package path with ``_`` for ``.`` so two plugins that claim
    the same slug still load and ``hub.plugins.checks`` can name both.
    """

    slug: ClassVar[str] = ""
    version: ClassVar[str] = ""
    min_hub_version: ClassVar[str] = ""
    max_hub_version: ClassVar[str] = ""
    region_codes: ClassVar[tuple[str, ...]] = ()
    municipality_codes: ClassVar[tuple[str, ...]] = ()
    contact: ClassVar[Contact | None] = None
    logo: ClassVar[str] = ""
    default_settings: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    required_settings: ClassVar[tuple[str, ...]] = ()

    content: ClassVar[str] = ""
    hooks: ClassVar[str] = ""
    mappings: ClassVar[str] = ""
    map_layers: ClassVar[str] = ""
    urls: ClassVar[str] = ""
    api_urls: ClassVar[str] = ""
    indexes: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "label" not in cls.__dict__ and isinstance(cls.__dict__.get("name"), str):
            cls.label = cls.__dict__["name"].replace(".", "_")

    @property
    def url_slug(self) -> str:
        """The slug as it appears in URLs (hyphens read better than underscores)."""
        return self.slug.replace("_", "-")

    @property
    def home_region_code(self) -> str:
        """The county that owns records the plugin writes when a row names no other."""
        return self.region_codes[0] if self.region_codes else ""

    @property
    def fixtures_dir(self) -> Path:
        """The folder of sample files the plugin ships (``fixtures/``)."""
        return Path(self.path) / "fixtures"

    def declares(self, attribute: str) -> bool:
        """Whether the plugin class itself (not ``RegionPlugin`` or ``AppConfig``) sets it."""
        return any(
            attribute in klass.__dict__
            for klass in type(self).__mro__
            if issubclass(klass, RegionPlugin) and klass is not RegionPlugin
        )

    def resource_module_name(self, resource: str) -> str:
        """Return the dotted module path of a resource, honouring the class's override."""
        relative = getattr(self, resource) or RESOURCES[resource]
        return f"{self.name}.{relative}"

    def load_resource(self, resource: str) -> ModuleType | None:
        """Import a resource module; None when the plugin has none (the module does not exist).

        Any other import error propagates: a plugin whose module is broken must fail the
        checks, not silently lose a feature.
        """
        module_name = self.resource_module_name(resource)
        try:
            return import_module(module_name)
        except ModuleNotFoundError as exc:
            missing = exc.name or ""
            if module_name == missing or module_name.startswith(f"{missing}."):
                return None
            raise

    def setting(self, key: str) -> Any:
        """Return one of this plugin's settings (see ``get_plugin_setting``)."""
        return get_plugin_setting(self, key)


def _convert(raw: str, default: Any) -> Any:
    """Read an environment string as the type of the setting's default."""
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, tuple | list):
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw


def get_plugin_setting(plugin: RegionPlugin, key: str) -> Any:
    """Return a plugin setting: ``HUB_<SLUG>_<KEY>`` from the environment, else the default.

    Raises ``ImproperlyConfigured`` for a required setting that is not set; ``hub.plugins.checks``
    reports that at start-up, so a running site never gets here.
    """
    configured = getattr(settings, "HUB_PLUGINS_CONFIG", {}).get(plugin.slug, {})
    default = plugin.default_settings.get(key)
    if key in configured:
        return _convert(configured[key], default)
    if key in plugin.default_settings:
        return default
    raise ImproperlyConfigured(
        f"Plugin {plugin.slug!r} has no value for setting {key!r}: set "
        f"HUB_{plugin.slug.upper()}_{key.upper()} in the environment."
    )
