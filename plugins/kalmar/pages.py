"""Kalmar's section pages, seeded once and then kept by the region's editors.

Written from Ramboll's final evaluation of *Samverkan leder till arbete*, in our own words, in
Swedish and English.
"""

from __future__ import annotations

from hub.plugins import PageSpec, PageText

__all__ = ["SECTION"]

JOB_SEEKER_PILOT = PageSpec(
    slug="sokandelots",
    texts={
        "sv": PageText(
            title="Sökandelots",
            intro=(
                "En sökandelots stöttar både arbetsgivaren och den som söker jobb, före och "
                "efter att praktiken eller jobbet börjar."
            ),
            body=(
                (
                    "text",
                    "<p>För arbetsgivaren är lotsen den som håller i handen: presenterar "
                    "personen, tar hand om administrationen och har kontakt med till exempel "
                    "Försäkringskassan. För den arbetssökande är lotsen ett nära stöd som håller "
                    "kontakten och besöker arbetsplatsen.</p>",
                ),
                (
                    "text",
                    "<p>Metoden utvecklades ur SIUS-konceptet (stöd vid introduktion och "
                    "uppföljning) och fungerade bäst i Västervik och Mörbylånga, där den nu är "
                    "en del av det vanliga arbetet. Lotsen behöver tid och behöver tala med "
                    "företagen på ett sätt som passar deras verklighet.</p>",
                ),
            ),
        ),
        "en": PageText(
            title="The job-seeker pilot",
            slug="job-seeker-pilot",
            intro=(
                "A job-seeker pilot supports both the employer and the job seeker, before and "
                "after a placement or job starts."
            ),
            body=(
                (
                    "text",
                    "<p>For the employer, the pilot introduces the person and takes care of the "
                    "paperwork; for the job seeker, the pilot keeps in touch and visits the "
                    "workplace. It works best in Västervik and Mörbylånga, where it is now part "
                    "of ordinary work.</p>",
                ),
            ),
        ),
    },
)

RESOURCE_REQUEST = PageSpec(
    slug="forfragan-om-resurs",
    texts={
        "sv": PageText(
            title="Förfrågan om resurs",
            intro=(
                "Så kan en kommun be om stöd som den inte kan ordna själv, till exempel en "
                "tematräff med en expert."
            ),
            body=(
                (
                    "text",
                    "<p>Kommunen fyller i ett formulär: vilken insats som behövs, i vilken "
                    "omfattning och för vilka personer. Samordnaren ordnar sedan en aktivitet "
                    "som möter behovet. Ofta håller en extern aktör, till exempel från en "
                    "myndighet, i en tematräff. Ibland är det en kollega från en annan kommun "
                    "som delar med sig.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Tips",
                        "text": "<p>En förfrågan fungerar bäst när syftet är tydligt. Skriv "
                        "vad deltagarna ska kunna efteråt.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="Resource request",
            slug="resource-request",
            intro=(
                "How a municipality asks for support it cannot arrange alone, for example a "
                "theme meeting with an expert."
            ),
            body=(
                (
                    "text",
                    "<p>The municipality fills in a form: which effort, in what scope and for "
                    "which persons. The coordinator then organises an activity that meets the "
                    "need.</p>",
                ),
            ),
        ),
    },
)

SECTION = PageSpec(
    slug="kalmar",
    texts={
        "sv": PageText(
            title="Kalmar län – Samverkan leder till arbete",
            intro=(
                "Åtta kommuner i Kalmar län samarbetar för att fler ska komma närmare arbete "
                "eller studier, med lokala verkstäder, OCN-validering och gemensamma resurser."
            ),
            body=(
                ("heading", "Fem lokala verkstäder"),
                (
                    "text",
                    "<p>Verkstäderna finns i Västervik, Mörbylånga och Nybro, och två delas av "
                    "flera kommuner: OHM (Oskarshamn, Högsby, Mönsterås) och ET (Emmaboda, "
                    "Torsås). En verkstadsledare ger coachning, vägledning, praktik och "
                    "rådgivning.</p>",
                ),
                ("heading", "Validering med OCN"),
                (
                    "text",
                    "<p>Verkstäderna i Västervik, Torsås, Emmaboda och Nybro validerar med "
                    "OCN-verktyget, i moduler som Kompetenser för arbetslivet, Butikshandel, "
                    "Återvinningscentral, Disk/kafé och Hygienarbete/kök. Den som klarar en "
                    "modul får ett kompetensintyg.</p>",
                ),
                ("heading", "Delaktighet och hälsa"),
                (
                    "text",
                    "<p>Deltagarna är med och formar aktiviteterna, bland annat i fokusgrupper. "
                    "Mobila teamet håller tematräffar om hälsa, ergonomi och arbetsmiljö. Med "
                    "livshjulet syns hela personens situation.</p>",
                ),
            ),
        ),
        "en": PageText(
            title="Kalmar län – Samverkan leder till arbete",
            slug="kalmar",
            intro=(
                "Eight municipalities in Kalmar län work together to bring more people closer "
                "to work or studies, with local workshops, OCN validation and shared resources."
            ),
            body=(
                (
                    "text",
                    "<p>There are workshops in Västervik, Mörbylånga and Nybro, and two shared "
                    "ones: OHM (Oskarshamn, Högsby, Mönsterås) and ET (Emmaboda, Torsås). The "
                    "workshops in Västervik, Torsås, Emmaboda and Nybro validate with the OCN "
                    "tool.</p>",
                ),
            ),
        ),
    },
    children=(JOB_SEEKER_PILOT, RESOURCE_REQUEST),
)
