"""Every invalid plugin declaration fails the system checks with a message naming the plugin.

Declarations are built as subclasses of the installed dummy plugin's class with one thing
wrong each; one case also runs ``manage.py check`` in a subprocess to show start-up stops.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.utils import translation

from hub.plugins.checks import check_plugins, validate_plugins
from hub.plugins.config import RegionPlugin
from hub.plugins.manager import build_plugin_manager
from hub.testing import register_hookimpl_temporarily
from tests.conftest import installed_distribution, run_python

ROOT = Path(__file__).resolve().parents[2]


def declare(**attributes) -> RegionPlugin:
    """Instantiate a variant of the dummy plugin's declaration."""
    from dummy_plugin.apps import DummyPlugin

    variant = type("Variant", (DummyPlugin,), {"name": "dummy_plugin", **attributes})
    return variant("dummy_plugin", import_module("dummy_plugin"))


def errors_for(*plugins: RegionPlugin) -> list:
    """Validate with the dummy's required setting configured for every plugin given."""
    configured = {plugin.slug: {"api_token": "secret"} for plugin in plugins}
    with translation.override("en"), override_settings(HUB_PLUGINS_CONFIG=configured):
        return validate_plugins(list(plugins))


def test_the_dummy_declaration_is_valid():
    assert errors_for(declare()) == []


def test_missing_fields_are_named():
    class Bare(RegionPlugin):
        name = "dummy_plugin"
        slug = "bare"

    (error,) = errors_for(Bare("dummy_plugin", import_module("dummy_plugin")))
    assert error.id == "hub.E001"
    assert "'bare'" in error.msg
    assert "verbose_name, version, min_hub_version, region_codes" in error.msg
    assert "Bare" in error.hint


@pytest.mark.parametrize(
    ("attributes", "error_id", "in_message"),
    [
        ({"slug": "Skåne-Nordost"}, "hub.E002", "not a lower-case identifier"),
        ({"slug": "plugins"}, "hub.E002", "reserved"),
        ({"version": "one"}, "hub.E002", "version 'one' is not a version number"),
        ({"logo": "dummy_plugin/missing.svg"}, "hub.E002", "missing.svg"),
        ({"min_hub_version": "99.0"}, "hub.E003", "supports hub >= 99.0"),
        ({"max_hub_version": "0.0.1"}, "hub.E003", "<= 0.0.1"),
        ({"region_codes": ("99",), "municipality_codes": ()}, "hub.E004", "99"),
        ({"municipality_codes": ("1380", "9999")}, "hub.E005", "9999"),
        ({"municipality_codes": ("1273",)}, "hub.E005", "outside its regions"),
        ({"required_settings": ("api_token", "secret_key")}, "hub.E008", "secret_key"),
    ],
)
def test_each_invalid_declaration_fails_with_its_message(attributes, error_id, in_message):
    (error,) = errors_for(declare(**attributes))
    assert error.id == error_id
    assert error.msg.startswith("Plugin ")
    assert in_message in error.msg
    assert error.hint


def test_missing_required_setting_names_the_environment_variable():
    (error,) = errors_for(declare(required_settings=("api_token", "secret_key")))
    assert "HUB_DUMMY_SECRET_KEY" in error.hint


def test_two_plugins_claiming_one_slug_are_both_named():
    errors = errors_for(declare(), declare())
    (duplicate,) = [error for error in errors if error.id == "hub.E006"]
    assert duplicate.msg.count("dummy_plugin") == 2


def test_two_plugins_claiming_one_municipality_conflict():
    errors = errors_for(declare(), declare(slug="dummy_two"))
    assert [error.id for error in errors] == ["hub.E011", "hub.E011"]
    assert "1380" in errors[0].msg and "'dummy'" in errors[0].msg


def test_a_local_plugin_may_lie_inside_a_county_another_covers_whole():
    county_wide = declare(slug="dummy_county", municipality_codes=())
    assert errors_for(declare(), county_wide) == []


@pytest.mark.django_db
def test_misspelt_hook_is_reported_with_a_suggestion():
    def hub_add_navigaton_items(region):
        return []

    with register_hookimpl_temporarily("kak", hub_add_navigaton_items=hub_add_navigaton_items):
        with translation.override("en"):
            errors = [e for e in check_plugins() if e.id == "hub.E007"]
    (error,) = errors
    assert "'kak'" in error.msg
    assert "hub_add_navigaton_items" in error.msg
    assert "hub_add_navigation_items" in error.hint


def test_hook_with_an_argument_the_spec_lacks_cannot_register():
    def hub_add_navigation_items(region, year):
        return []

    source = SimpleNamespace(hub_add_navigation_items=hub_add_navigation_items)
    _manager, problems = build_plugin_manager(SimpleNamespace(), [("dummy", source)])
    (problem,) = problems
    assert problem.owner == "dummy"
    assert "year" in problem.message


def test_wrapper_hooks_are_refused():
    from hub.plugins.manager import hookimpl

    @hookimpl(wrapper=True)
    def hub_add_navigation_items():
        return (yield)

    source = SimpleNamespace(hub_add_navigation_items=hub_add_navigation_items)
    _manager, problems = build_plugin_manager(SimpleNamespace(), [("dummy", source)])
    assert "wrapper" in problems[0].message


@pytest.mark.django_db
def test_entry_point_name_must_equal_the_slug():
    from hub.plugins.checks import _check_entry_points

    plugin = declare()
    type(plugin).__module__ = "dummy_plugin.apps"
    type(plugin).__qualname__ = "DummyPlugin"
    plugin.slug = "other"
    with override_settings(HUB_PLUGINS=["dummy"]), translation.override("en"):
        (error,) = _check_entry_points([plugin])
        (missing,) = _check_entry_points([])
    assert error.id == "hub.E006" and "'dummy'" in error.msg and "'other'" in error.msg
    assert missing.id == "hub.E010"


def installed(*names: str) -> list:
    return [installed_distribution(name) for name in names]


def test_startup_stops_when_an_enabled_plugin_lacks_a_required_setting():
    failing = run_python("manage.py", "check", paths=installed("dummy_plugin"), HUB_PLUGINS="dummy")
    assert failing.returncode != 0
    assert "hub.E008" in failing.stderr
    assert "HUB_DUMMY_API_TOKEN" in failing.stderr
    passing = run_python(
        "manage.py",
        "check",
        paths=installed("dummy_plugin"),
        HUB_PLUGINS="dummy",
        HUB_DUMMY_API_TOKEN="secret",
    )
    assert passing.returncode == 0, passing.stderr


def test_installed_invalid_plugins_stop_start_up_each_named_with_its_problem():
    """Real distributions (tests/fixtures/invalid_plugins), enabled by HUB_PLUGINS."""
    enabled = "kak,bare,future,nowhere,second_kak"
    result = run_python(
        "manage.py", "check", paths=installed("invalid_plugins"), HUB_PLUGINS=enabled
    )
    assert result.returncode != 0
    report = result.stderr
    # In the site's language (Swedish), as an operator sees them.
    for expected in (
        "(hub.E001) Plugin 'bare': deklarationen saknar verbose_name, version, "
        "min_hub_version, region_codes.",
        "HINT: Ange dem i BarePlugin (se docs/plugins.md, 'The declaration').",
        "(hub.E003) Plugin 'future': den stöder navet >= 99.0 men det här navet är 0.1.0.",
        "HINT: Installera en version av pluginen som är gjord för navet 0.1.0",
        "(hub.E005) Plugin 'nowhere': kommunkoderna 1399 är inga kommunkoder från SCB.",
        "HINT: Använd fyrsiffriga koder från reference/data/municipalities.csv",
        "(hub.E006) Plugin 'kak': plugins.kak (KakPlugin), invalid_plugins.second_kak "
        "(SecondKakPlugin) gör alla anspråk på den här slugen.",
        "(hub.E006) Plugin 'kak': dess ingångspunkt heter 'second_kak' men dess slug är 'kak'.",
        "(hub.E007) Plugin 'nowhere': hub_describe_regoin motsvarar ingen hookspecifikation.",
        "HINT: Menade du hub_describe_region? Byt namn på funktionen.",
    ):
        assert expected in report, report
    # Installed is not enabled: the same distributions stop nothing while they are not listed.
    passing = run_python(
        "manage.py", "check", paths=installed("invalid_plugins"), HUB_PLUGINS="kak"
    )
    assert passing.returncode == 0, passing.stderr


def test_the_web_process_refuses_to_start_with_an_invalid_plugin():
    """gunicorn runs no system checks, so the WSGI entry point runs the plugin checks."""
    failing = run_python(
        "-c", "import hub.wsgi", paths=installed("invalid_plugins"), HUB_PLUGINS="nowhere"
    )
    assert failing.returncode != 0
    assert "ImproperlyConfigured" in failing.stderr
    assert "Plugin 'nowhere': kommunkoderna 1399" in failing.stderr
    passing = run_python(
        "-c", "import hub.wsgi", paths=installed("invalid_plugins"), HUB_PLUGINS="kak"
    )
    assert passing.returncode == 0, passing.stderr


def test_two_distributions_claiming_one_entry_point_name_stop_start_up():
    result = run_python("manage.py", "check", paths=installed("twin_plugin"))
    assert result.returncode != 0
    assert (
        "Two installed plugins claim the slug 'kak': plugins.kak.apps.KakPlugin (distribution "
        "'valideringsnavet') and twin_plugin.apps.TwinPlugin (distribution "
        "'valideringsnavet-twin-plugin')."
    ) in result.stderr


def test_content_module_without_content_is_reported():
    from types import ModuleType

    from hub.plugins.registry import HubRegistry, PluginResources

    plugin = declare()
    registry = HubRegistry()
    registry.register_plugin(plugin)
    registry.register_resources(plugin.slug, PluginResources(content=ModuleType("dummy.content")))
    registry.register_plugin_manager(build_plugin_manager(SimpleNamespace(), [])[0])
    with (
        translation.override("en"),
        override_settings(HUB_PLUGINS_CONFIG={"dummy": {"api_token": "secret"}}),
    ):
        (error,) = validate_plugins([plugin], registry)
    assert error.id == "hub.E009"
    assert "'dummy'" in error.msg and "dummy.content" in error.msg
    assert "RegionContent" in error.hint
