"""Demo pages: a home page and a few information pages, in Swedish and English.

Pages are matched by slug under their parent and only republished when their content differs,
so loading twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from wagtail.models import Locale, Page, Site

from communication.models import ContentPage, HomePage

__all__ = ["load"]

HOME = {
    "sv": {
        "title": "Valideringsnavet",
        "intro": (
            "Här samlar regioner, kommuner och branscher information om validering: vad du redan "
            "kan ska synas och räknas, oavsett var du har lärt dig det."
        ),
    },
    "en": {
        "title": "Valideringsnavet",
        "intro": (
            "Regions, municipalities and industries gather information about validation here: "
            "what you already know should be seen and count, wherever you learned it."
        ),
    },
}

PAGES: list[dict[str, Any]] = [
    {
        "slug": "vad-ar-validering",
        "sv": {
            "title": "Vad är validering?",
            "intro": (
                "Validering är när någon bedömer det du redan kan, till exempel från jobb i ett "
                "annat land, och skriver ett intyg om det."
            ),
            "body": [
                ("heading", "Kunskap syns och räknas"),
                (
                    "text",
                    "<p>Många har lärt sig ett yrke på jobbet, utan betyg eller papper. Vid en "
                    "validering kartläggs vad du kan. Sedan bedöms det mot en standard som "
                    "arbetsgivare eller skolan känner igen. Det du saknar kan du läsa till, till "
                    "exempel på Komvux.</p>",
                ),
                ("heading", "Steg för steg"),
                (
                    "text",
                    "<ol><li>Kartläggning: vad kan du?</li><li>Bedömning: teori och praktik."
                    "</li><li>Komplettering: utbildning för det som saknas.</li><li>Dokumentation:"
                    " certifikat, yrkesbevis, kompetensintyg eller betyg.</li></ol>",
                ),
            ],
        },
        "en": {
            "title": "What is validation?",
            "slug": "what-is-validation",
            "intro": (
                "Validation means that someone assesses what you already know, for example from "
                "work in another country, and documents it."
            ),
            "body": [
                ("heading", "Knowledge that is seen and counts"),
                (
                    "text",
                    "<p>Many people learned their trade at work, without grades or papers. In a "
                    "validation, what you know is mapped and then assessed against a standard "
                    "that employers or the education system recognise. Gaps can be filled by "
                    "training, for example at Komvux.</p>",
                ),
                ("heading", "Step by step"),
                (
                    "text",
                    "<ol><li>Mapping: what do you know?</li><li>Assessment: theory and practice."
                    "</li><li>Complementary training for what is missing.</li><li>Documentation:"
                    " a certificate, trade certificate, competence certificate or grades."
                    "</li></ol>",
                ),
            ],
        },
    },
    {
        "slug": "for-arbetsgivare",
        "sv": {
            "title": "För arbetsgivare",
            "intro": (
                "Vad betyder ett yrkesbevis eller ett OCN-intyg? Här förklarar vi vad den som har "
                "intyget kan och hur du kontrollerar det."
            ),
            "body": [
                (
                    "text",
                    "<p>Branschernas valideringsmodeller är byggda av arbetsgivare och fack "
                    "tillsammans. Ett certifikat eller yrkesbevis visar att personen har bedömts "
                    "mot branschens egen standard.</p>",
                ),
            ],
        },
        "en": {
            "title": "For employers",
            "slug": "for-employers",
            "intro": (
                "What does a trade certificate or an OCN certificate mean? We explain what the "
                "holder can do and how you verify it."
            ),
            "body": [
                (
                    "text",
                    "<p>Industry validation models are built by employers and unions together. A "
                    "certificate shows that the person was assessed against the industry's own "
                    "standard.</p>",
                ),
            ],
        },
    },
    {
        "slug": "om-valideringsnavet",
        "sv": {
            "title": "Om Valideringsnavet",
            "intro": (
                "Valideringsnavet är en gemensam plats där regionerna samlar valideringsmodeller,"
                " aktörer, Komvux-utbud och vägledning."
            ),
            "body": [],
        },
        "en": {
            "title": "About Valideringsnavet",
            "slug": "about",
            "intro": (
                "Valideringsnavet is a shared place where the regions gather validation models, "
                "actors, Komvux offers and guidance."
            ),
            "body": [],
        },
    },
]


def _block_text(value: object) -> str:
    """Return a block's stored text: the source of rich text, the string of anything else."""
    return str(getattr(value, "source", value))


def _sync_fields(page: Page, fields: dict[str, Any]) -> bool:
    """Publish a new revision of a page only when a field differs; return whether it did."""
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if name == "body":
            current = [(block.block_type, _block_text(block.value)) for block in current]
        if current == value:
            continue
        setattr(page, name, value)
        changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return changed


def _sync_translation(page: Page, locale: Locale, fields: dict[str, Any]) -> bool:
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    return _sync_fields(translation.specific, fields)


def _home(sv: Locale) -> HomePage:
    """Return the Swedish home page, replacing Wagtail's welcome page on a fresh site."""
    home = HomePage.objects.filter(locale=sv).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(slug="hem", locale=sv, **HOME["sv"]))
    site = Site.objects.filter(is_default_site=True).first()
    welcome = site.root_page if site else None
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    if welcome is not None and welcome.specific_class is Page:
        welcome.delete()
    return home


def load(log: Callable[[str], object]) -> None:
    """Create or update the home page and information pages in Swedish and English."""
    with transaction.atomic():
        sv = Locale.objects.get_or_create(language_code="sv")[0]
        en = Locale.objects.get_or_create(language_code="en")[0]
        home = _home(sv)
        written = _sync_fields(home, HOME["sv"]) + _sync_translation(home, en, HOME["en"])
        for spec in PAGES:
            page = home.get_children().filter(slug=spec["slug"]).specific().first()
            if page is None:
                page = ContentPage(slug=spec["slug"], locale=sv, show_in_menus=True, **spec["sv"])
                home.add_child(instance=page)
                written += 1
            written += _sync_fields(page, spec["sv"]) + _sync_translation(page, en, spec["en"])
    log(f"  pages: home and {len(PAGES)} pages in sv and en ({written} written)")
