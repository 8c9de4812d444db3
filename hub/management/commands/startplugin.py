"""`manage.py startplugin <slug>`: scaffold a regional plugin that passes its own tests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.template import Context, Engine
from django.utils.translation import gettext as _

import hub
from hub.plugins.checks import reference_codes
from hub.plugins.discovery import ENTRY_POINT_GROUP

TEMPLATE_DIR = Path(hub.__file__).resolve().parent / "plugins" / "template"
PLACEHOLDER = "plugin_name"
SUFFIX = "-tpl"


def _tuple_literal(codes: list[str]) -> str:
    """Write a tuple of strings as ruff formats it: ``()``, ``("13",)``, ``("a", "b")``."""
    quoted = ", ".join(f'"{code}"' for code in codes)
    return f"({quoted},)" if len(codes) == 1 else f"({quoted})"


class Command(BaseCommand):
    """Write ``plugins/<slug>/`` and ``tests/plugins/<slug>/`` and register the entry point.

    The plugin declares its area, states its route and section page in ``content.py`` and maps
    a sample file of actors; its tests check all of that. Nothing is overwritten: an existing
    file or entry point stops the command before anything is written.
    """

    help = "Create a new regional plugin (package, sample data, tests) in this project."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="Lower-case identifier, e.g. vaxjo or norra_halland.")
        parser.add_argument("--name", help="The region's name as people know it.")
        parser.add_argument("--region", required=True, help="SCB county code, e.g. 07.")
        parser.add_argument(
            "--municipalities",
            default="",
            help="Comma-separated SCB municipality codes; leave out to cover the whole county.",
        )
        parser.add_argument(
            "--directory",
            type=Path,
            default=settings.BASE_DIR,
            help="The project root (with pyproject.toml and plugins/); default: this project.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        slug = str(options["slug"])
        root = Path(options["directory"]).resolve()
        context = self._context(slug, options)
        pyproject = root / "pyproject.toml"
        targets = self._targets(root, slug)
        existing = [path for path in targets.values() if path.exists()]
        if existing:
            raise CommandError(
                _("%(path)s already exists; choose another slug or remove it.")
                % {"path": existing[0]}
            )
        text = pyproject.read_text(encoding="utf-8") if pyproject.exists() else ""
        header = f'[project.entry-points."{ENTRY_POINT_GROUP}"]'
        if header not in text:
            raise CommandError(
                _("%(file)s has no %(header)s table; add it, then run this again.")
                % {"file": pyproject, "header": header}
            )
        if re.search(rf"^{slug}\s*=", text, flags=re.MULTILINE):
            raise CommandError(
                _("%(file)s already registers a plugin named %(slug)r.")
                % {"file": pyproject, "slug": slug}
            )
        engine = Engine()
        for source, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            template = engine.from_string(source.read_text(encoding="utf-8"))
            target.write_text(template.render(Context(context, autoescape=False)), encoding="utf-8")
        entry = f'{slug} = "plugins.{slug}.apps:{context["class_name"]}"'
        pyproject.write_text(text.replace(header, f"{header}\n{entry}", 1), encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(_("Created plugin %(slug)s.") % {"slug": slug}))
        self.stdout.write(
            _(
                "Next: `pip install --no-deps -e .` registers its entry point; then run "
                "`python -m pytest tests/plugins/%(slug)s` and read docs/plugins.md."
            )
            % {"slug": slug}
        )

    @staticmethod
    def _targets(root: Path, slug: str) -> dict[Path, Path]:
        targets = {}
        for source in sorted(TEMPLATE_DIR.rglob(f"*{SUFFIX}")):
            relative = str(source.relative_to(TEMPLATE_DIR)).replace(PLACEHOLDER, slug)
            targets[source] = root / relative.removesuffix(SUFFIX)
        return targets

    @staticmethod
    def _context(slug: str, options: dict[str, object]) -> dict[str, object]:
        if not slug.isidentifier() or slug != slug.lower():
            raise CommandError(
                _("%(slug)r is not a lower-case identifier; use e.g. 'norra_halland'.")
                % {"slug": slug}
            )
        name = str(options["name"] or slug.replace("_", " ").title())
        if any(character in name for character in '"\\{}'):
            raise CommandError(_("Write the name without quotes, backslashes or braces."))
        regions, municipalities = reference_codes()
        region = str(options["region"])
        if region not in regions:
            raise CommandError(
                _("%(code)r is not an SCB county code (see reference/data/regions.csv).")
                % {"code": region}
            )
        codes = [code.strip() for code in str(options["municipalities"]).split(",") if code]
        wrong = [code for code in codes if municipalities.get(code, (None,))[0] != region]
        if wrong:
            raise CommandError(
                _("Municipalities %(codes)s are not in county %(region)s.")
                % {"codes": ", ".join(wrong), "region": region}
            )
        in_region = [code for code, (county, _name) in municipalities.items() if county == region]
        declared = [{"code": code, "name": municipalities[code][1]} for code in codes]
        sample = declared or [
            {"code": code, "name": municipalities[code][1]} for code in in_region[:2]
        ]
        return {
            "slug": slug,
            "url_slug": slug.replace("_", "-"),
            "class_name": "".join(part.title() for part in slug.split("_")) + "Plugin",
            "verbose_name": name,
            "hub_version": hub.__version__,
            "region_codes_literal": _tuple_literal([region]),
            "municipality_codes_literal": _tuple_literal(codes),
            "sample_municipalities": sample,
        }
