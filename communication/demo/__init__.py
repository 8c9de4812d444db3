"""Demo content of the public site: pages for every audience, the foundation course, glossary,
events, news and a resource-request form, in Swedish and English, with the individuals' page,
the course and the glossary words of its lessons also in Arabic, Somali and Tigrinya.

The content lives in the data files in ``data/`` (format: docs/page-data-format.md): the home
page's tree in ``home.yaml`` and the files it includes, the glossary in ``glossary.yaml``. Pages
are matched by slug under their parent and translations by locale, and a page is only
republished when a field differs, so loading twice writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.db import transaction
from wagtail.models import Locale, Page, Site

from communication.demo.glossary import sync_glossary
from communication.models import HomePage
from communication.page_data import read_page_tree
from communication.seeding import PageTree, Tally, sync_page
from hub.models import Organisation

__all__ = ["load"]

LANGUAGES = ("sv", "en", "ar", "so", "ti")
ABOUT_SLUG = "om-valideringsnavet"
DATA_DIR = Path(__file__).resolve().parent / "data"


def _home(sv: Locale, spec: PageTree) -> HomePage:
    """Return the Swedish home page, replacing Wagtail's welcome page on a fresh site."""
    home = HomePage.objects.filter(locale=sv).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    # A draft until the sync publishes its first revision.
    home = root.add_child(
        instance=HomePage(slug=spec.slug, locale=sv, live=False, title=spec.content["sv"]["title"])
    )
    site_record = Site.objects.filter(is_default_site=True).first()
    welcome = site_record.root_page if site_record else None
    if site_record is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site_record.root_page = home
        site_record.save()
    if welcome is not None and welcome.specific_class is Page:
        welcome.delete()
    return home


def _link_about_page(home: HomePage) -> None:
    """Choose the demo's About page for the footer (Settings › Organisation), unless an
    editor has chosen one; the organisation's name and contact details stay empty, as the
    demo runs for no real organisation."""
    site = Site.objects.filter(root_page=home).first()
    about = home.get_children().filter(slug=ABOUT_SLUG).first()
    if site is None or about is None:
        return
    organisation = Organisation.for_site(site)
    if organisation.about_page_id is None:
        organisation.about_page = about
        organisation.save()


def load(log: Callable[[str], object]) -> None:
    """Create or update the demo pages and glossary in every language."""
    with transaction.atomic():
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        tally = Tally()
        tally.add(sync_glossary(DATA_DIR / "glossary.yaml", locales))
        tree = read_page_tree(DATA_DIR / "home.yaml")
        home = _home(locales["sv"], tree)
        sync_page(tree, home, locales, tally, existing=home)
        _link_about_page(home)
    log(f"  pages: {tally.pages} in {len(LANGUAGES)} languages, glossary ({tally.written} written)")
