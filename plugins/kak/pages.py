"""KAK's section pages, seeded once and then kept by the region's editors.

Written from the final report of *Validering och praktiksamordning i KAK* (2017-03-03), in our
own words, in Swedish and English.
"""

from __future__ import annotations

from hub.plugins import PageSpec, PageText

__all__ = ["SECTION"]

CHECKLISTS = PageSpec(
    slug="checklistor-pa-praktikplatsen",
    texts={
        "sv": PageText(
            title="Checklistor på praktikplatsen",
            intro=(
                "En checklista per bransch, som skrivs om för varje arbetsplats. Så blir det "
                "tydligt vad praktikanten lär sig och vad som återstår."
            ),
            body=(
                ("heading", "Så används checklistan"),
                (
                    "text",
                    "<ol><li>Praktiksamordnaren och chefen eller handledaren på arbetsplatsen "
                    "träffas och går igenom branschens checklista.</li><li>De skriver om den "
                    "tillsammans, så att den passar just den arbetsplatsens uppgifter.</li><li>"
                    "Under praktiken följer handledaren praktikanten med checklistan. Både "
                    "utveckling och förbättringsområden syns.</li><li>Praktikanten får en "
                    "dokumentation av sina kunskaper och en färsk referens.</li></ol>",
                ),
                ("heading", "Workshop med handledare"),
                (
                    "text",
                    "<p>Fem handledare från olika förskolor i Köping, som alla handleder "
                    "kulturtolkar, gjorde en checklista tillsammans under en förmiddag på "
                    "Jobbcenter. Det blev ett bra underlag eftersom många erfarenheter fanns i "
                    "rummet. Arbetssättet ska användas för fler branscher.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "För handledare",
                        "text": "<p>Handledare säger att checklistan är ett stöd: den ger "
                        "struktur och gör det lättare att ge återkoppling.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="Checklists at the work placement",
            slug="checklists-at-work",
            intro=(
                "One checklist per industry, rewritten for each workplace, so that what the "
                "intern learns and what remains is clear."
            ),
            body=(
                (
                    "text",
                    "<ol><li>The placement coordinator and the workplace's manager or supervisor "
                    "go through the industry's checklist.</li><li>They rewrite it together for "
                    "that workplace's tasks.</li><li>During the placement the supervisor follows "
                    "the intern with the checklist.</li><li>The intern gets written "
                    "documentation and a fresh reference.</li></ol>",
                ),
            ),
        ),
    },
)

LANGUAGE = PageSpec(
    slug="sprakpraktik-och-sprakvalidering",
    texts={
        "sv": PageText(
            title="Språkpraktik och språkvalidering",
            intro=(
                "Praktik för att lära sig svenska på en arbetsplats, för dig som läser SFI eller "
                "är i Arbetsförmedlingens etableringsuppdrag."
            ),
            body=(
                (
                    "text",
                    "<p>Din handläggare eller din SFI-lärare lämnar ditt namn till "
                    "praktiksamordnaren. Köpings kommun hittar en arbetsplats, ordnar praktiken "
                    "och följer upp. Köping har även platser för elever från SFI i Kungsör.</p>",
                ),
                ("heading", "Språkvalidering"),
                (
                    "text",
                    "<p>Språkvalideringen togs fram tillsammans med SFI-lärare. Den visar hur "
                    "din svenska utvecklas över tid på arbetsplatsen. SFI-läraren kan använda "
                    "den när du får betyg. Ofta pågår yrkesvalidering och språkvalidering "
                    "samtidigt.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Bra att veta",
                        "text": "<p>Många arbetsplatser i privat sektor kräver bättre svenska "
                        "eller till exempel truckkort. Språkpraktiken är ett sätt att komma "
                        "dit.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="Language internships and language validation",
            slug="language-internships",
            intro=(
                "Placements for learning Swedish at a workplace, for SFI students and people in "
                "Arbetsförmedlingen's establishment programme."
            ),
            body=(
                (
                    "text",
                    "<p>Your case officer or SFI teacher gives your name to the placement "
                    "coordinator. Köpings kommun finds a workplace and follows up. A language "
                    "checklist made with SFI teachers shows how your Swedish develops; your "
                    "teacher can use it for grading.</p>",
                ),
            ),
        ),
    },
)

SECTION = PageSpec(
    slug="kak",
    texts={
        "sv": PageText(
            title="Köping, Arboga och Kungsör",
            intro=(
                "I KAK valideras kunskaper där arbetet görs: på praktikplatsen, med en "
                "checklista som arbetsplatsen har varit med och skrivit."
            ),
            body=(
                ("heading", "Ett arbetsmarknadsområde"),
                (
                    "text",
                    "<p>Köping, Arboga och Kungsör ser sig som ett gemensamt "
                    "arbetsmarknadsområde. Kommunernas arbetsmarknadsenheter, SFI, "
                    "Arbetsförmedlingen och Försäkringskassan samarbetar kring praktikplatser, "
                    "validering och handledarutbildning.</p>",
                ),
                ("heading", "Vad validering ger"),
                (
                    "text",
                    "<p>Många som söker jobb har ett tunt CV. Valideringen ger en dokumentation "
                    "av vad personen kan och en färsk referens. Flera kulturtolkar i Köpings "
                    "förskolor fick erbjudande om fortsatt arbete efter sin validerade tid.</p>",
                ),
                ("heading", "Handledarutbildning"),
                (
                    "text",
                    "<p>Köpings kommun utbildar handledare på arbetsplatserna; när projektet "
                    "började var Köping ensamt om en handledarutbildning i KAK. En representant "
                    "från Kungsörs kommun gick Köpings utbildning för att använda upplägget i "
                    "Kungsör. Målet är en likvärdig utbildning i hela KAK.</p>",
                ),
            ),
        ),
        "en": PageText(
            title="Köping, Arboga and Kungsör",
            slug="kak",
            intro=(
                "In KAK, skills are validated where the work is done: at the work placement, "
                "with a checklist the workplace helped to write."
            ),
            body=(
                (
                    "text",
                    "<p>Köping, Arboga and Kungsör see themselves as one labour-market area. "
                    "The municipalities' labour-market units, SFI, Arbetsförmedlingen and "
                    "Försäkringskassan work together on placements, validation and supervisor "
                    "training.</p>",
                ),
            ),
        ),
    },
    children=(CHECKLISTS, LANGUAGE),
)
