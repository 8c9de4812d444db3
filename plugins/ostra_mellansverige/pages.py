"""Östra Mellansverige's section pages, seeded once and then kept by the region's editors.

Written from the project description *Regionala strukturer för validering i Östra
Mellansverige* (2022), in our own words, in Swedish and English.
"""

from __future__ import annotations

from hub.plugins import PageSpec, PageText

__all__ = ["SECTION"]

CHALLENGES = PageSpec(
    slug="fyra-utmaningar",
    texts={
        "sv": PageText(
            title="Fyra utmaningar",
            intro="Projektet arbetar med fyra utmaningar som regionerna har sett tillsammans.",
            body=(
                ("heading", "1. Validering i regionernas kompetensförsörjning"),
                (
                    "text",
                    "<p>De regionala utvecklingsansvariga (RUA) saknar en naturlig roll i "
                    "valideringen. Validering ska in i styrdokument och strategier, och "
                    "regionerna ska lära av varandra.</p>",
                ),
                ("heading", "2. Validering inom Komvux"),
                (
                    "text",
                    "<p>Hur Komvux validerar skiljer sig mellan kommunerna i tillgång, "
                    "genomförande och kvalitet. Projektet bygger nätverk för skolledare, lärare "
                    "och vägledare och fördjupar sig i några branscher där det saknas "
                    "arbetskraft.</p>",
                ),
                ("heading", "3. Branschvalidering och kompletterande utbildning"),
                (
                    "text",
                    "<p>Branschernas valideringsmodeller används för lite, och arbetsgivare "
                    "känner inte till dem. Efter en validering saknas ibland den utbildning som "
                    "fyller luckorna. Projektet kopplar ihop branschvalidering med yrkesvux.</p>",
                ),
                ("heading", "4. Information och kommunikation"),
                (
                    "text",
                    "<p>Informationen om validering är splittrad, och det saknas information "
                    "skriven för varje målgrupp. En kommunikatör tar fram material för "
                    "utbildningsaktörer, arbetsgivare, vägledare och beslutsfattare.</p>",
                ),
            ),
        ),
        "en": PageText(
            title="Four challenges",
            slug="four-challenges",
            intro="The project works on four challenges the regions found together.",
            body=(
                (
                    "text",
                    "<ol><li>Making validation part of regional skills supply.</li><li>"
                    "Validation in Komvux, which varies between municipalities.</li><li>"
                    "Industry validation, which is used too little, and complementary "
                    "training.</li><li>Information about validation written for each target "
                    "group.</li></ol>",
                ),
            ),
        ),
    },
)

SECTION = PageSpec(
    slug="ostra-mellansverige",
    texts={
        "sv": PageText(
            title="Östra Mellansverige",
            intro=(
                "Region Västmanland, Region Sörmland, Region Uppsala, Region Örebro län och "
                "Region Östergötland bygger tillsammans regionala strukturer för validering."
            ),
            body=(
                (
                    "text",
                    "<p>Målet är att fler ska få sin kompetens validerad och att arbetsgivare "
                    "lättare ska hitta den kompetens de behöver. Projektet pågår från november "
                    "2022 till november 2024, med Region Västmanland som projektägare och med "
                    "stöd från Tillväxtverket.</p>",
                ),
                (
                    "text",
                    "<p>Projektet bygger vidare på Valideringslyftet och på tidigare arbete i "
                    "Region Örebro län. Det samarbetar med bland andra Arbetsförmedlingen, "
                    "arbetsgivar- och arbetstagarorganisationer, omställningsorganisationerna "
                    "och College-strukturerna.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Validering som demokratisk faktor",
                        "text": "<p>Många vuxna som studerar är födda i ett annat land och "
                        "saknar dokumentation av vad de kan. Validering gör deras kunskaper "
                        "synliga.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="Östra Mellansverige",
            slug="ostra-mellansverige",
            intro=(
                "Five regions – Västmanland, Sörmland, Uppsala, Örebro and Östergötland – build "
                "regional structures for validation together."
            ),
            body=(
                (
                    "text",
                    "<p>The aim is that more people get their skills validated and that "
                    "employers find the skills they need more easily. The project runs from "
                    "November 2022 to November 2024, owned by Region Västmanland and supported "
                    "by Tillväxtverket.</p>",
                ),
            ),
        ),
    },
    children=(CHALLENGES,),
)
