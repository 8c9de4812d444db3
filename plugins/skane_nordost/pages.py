"""Skåne Nordost's section pages, seeded once and then kept by the region's editors.

Written from the final report of *KompetensValidering* (Osby kommun, 2021-11-30), in our own
words, in Swedish and English; the section page also in Arabic.
"""

from __future__ import annotations

from hub.plugins import PageSpec, PageText

__all__ = ["SECTION"]

FOUNDATION_COURSE = PageSpec(
    slug="basprogrammet",
    texts={
        "sv": PageText(
            title="Basprogrammet",
            intro=(
                "Basprogrammet är en webbkurs som förbereder för validering och arbete. Den "
                "gjordes av kommunerna i Skåne Nordost tillsammans."
            ),
            body=(
                ("heading", "Tre kurser"),
                (
                    "text",
                    "<ul><li><b>Samhällsinformation</b> – hur det svenska samhället fungerar."
                    "</li><li><b>Arbetsmarknad</b> – hur arbetsmarknaden ser ut och hur du tar "
                    "dig dit.</li><li><b>På jobbet</b> – vad som gäller på en arbetsplats: "
                    "arbetstider, säkerhet, hur vi bemöter varandra.</li></ul>",
                ),
                (
                    "text",
                    "<p>Varje kurs har flera avsnitt. Efter varje avsnitt finns ett litet test. "
                    "Det finns en ordlista och en knapp som översätter texten. Personalen på "
                    "arbetsmarknadsenheten går igenom kursen tillsammans med dig.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Hittar du ett fel?",
                        "text": "<p>Säg till personalen på arbetsmarknadsenheten. De meddelar "
                        "Samordningsförbundet Skåne Nordost, som rättar texten.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="The foundation course",
            slug="foundation-course",
            intro=(
                "The foundation course (basprogrammet) is a web course that prepares people "
                "for validation and work. The municipalities of Skåne Nordost made it together."
            ),
            body=(
                ("heading", "Three courses"),
                (
                    "text",
                    "<ul><li><b>Society</b> – how Swedish society works.</li><li><b>The labour "
                    "market</b> – what it looks like and how to get there.</li><li><b>At work"
                    "</b> – what applies at a workplace: working hours, safety, how we treat "
                    "each other.</li></ul>",
                ),
                (
                    "text",
                    "<p>Each course has several sections, each ending with a short test. A "
                    "glossary and a translate button help. Staff at the labour-market unit go "
                    "through the course with you.</p>",
                ),
            ),
        ),
    },
)

OCN_VALIDATION = PageSpec(
    slug="validering-med-ocn",
    texts={
        "sv": PageText(
            title="Validering med OCN",
            intro=(
                "OCN är en metod för att visa vad du kan i ett riktigt jobb, även om du har lärt "
                "dig det utanför skolan."
            ),
            body=(
                ("heading", "Så går det till"),
                (
                    "text",
                    "<p>Du bedöms mot uppgifterna i ett jobb, inte mot en kurs. En bedömare på "
                    "arbetsmarknadsenheten samlar bevis på vad du kan tillsammans med dig. Det "
                    "du inte kan ännu får du lära dig under tiden. Valideringen är alltså en "
                    "process med lärande, kartläggning och bedömning. Hur lång tid den tar "
                    "beror på vad du redan kan och på din svenska.</p>",
                ),
                (
                    "text",
                    "<p>En intern kvalitetssäkrare (IK) kontrollerar att bedömningarna görs på "
                    "samma sätt. Bedömare och IK träffas regelbundet på samsynsmöten. "
                    "Licensen för OCN-systemet kommer från Nordiskt Valideringsforum.</p>",
                ),
                ("heading", "Vad du får"),
                (
                    "text",
                    "<p>Klarar du kraven får du ett kompetensintyg. Det visar en arbetsgivare "
                    "vad du kan göra på en arbetsplats, till exempel i ett lager, i ett kök "
                    "eller i utemiljö.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "För arbetsgivare",
                        "text": "<p>Ett OCN-kompetensintyg beskriver konkreta uppgifter som "
                        "personen har visat att hen klarar på en arbetsplats. Fråga "
                        "arbetsmarknadsenheten om du vill veta mer om vad intyget "
                        "innehåller.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="Validation with OCN",
            slug="validation-with-ocn",
            intro=(
                "OCN is a method for showing what you can do in a real job, even if you learned "
                "it outside school."
            ),
            body=(
                ("heading", "How it works"),
                (
                    "text",
                    "<p>You are assessed against the tasks of a job, not against a course. An "
                    "assessor at the labour-market unit gathers evidence of what you can do "
                    "together with you, and you learn what you cannot do yet along the way. How "
                    "long it takes depends on what you already know and on your Swedish.</p>",
                ),
                (
                    "text",
                    "<p>If you meet the requirements, you get a competence certificate that "
                    "shows an employer what you can do at a workplace.</p>",
                ),
            ),
        ),
    },
)

SECTION = PageSpec(
    slug="skane-nordost",
    texts={
        "sv": PageText(
            title="Skåne Nordost",
            intro=(
                "Bromölla, Hässleholm, Kristianstad, Osby och Östra Göinge arbetar tillsammans "
                "med validering. Den som står långt från arbetsmarknaden kan få sina kunskaper "
                "bedömda och ett intyg som arbetsgivare förstår."
            ),
            body=(
                ("heading", "Så går det till"),
                (
                    "text",
                    "<p>Först går deltagaren igenom basprogrammet, en webbkurs om samhället, "
                    "arbetsmarknaden och vad som gäller på jobbet. Sedan följer yrkesvalidering "
                    "i OCN-systemet på kommunens arbetsmarknadsenhet. Den som klarar kraven får "
                    "ett kompetensintyg. Målet är ett riktigt arbete, eller fortsatta studier.</p>"
                    "<p>Allt detta sker medan personen deltar i en kommunal "
                    "arbetsmarknadsinsats, till exempel en förberedande gruppverksamhet, en "
                    "praktik eller en extratjänst.</p>",
                ),
                ("heading", "Bakgrund"),
                (
                    "text",
                    "<p>Projektet KompetensValidering pågick 2018–2021 med Osby kommun som "
                    "projektägare och Samordningsförbundet Skåne Nordost som finansiär. "
                    "Drygt 200 personer skrevs in i OCN-systemet och ungefär hälften fick ett "
                    "kompetensintyg. Över 400 personer deltog i förberedande gruppverksamhet. "
                    "Arbetet fortsätter med fokus på yrkesvalidering.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Vad är ett intyg värt?",
                        "text": "<p>Kommunerna vill att fler arbetsgivare ska känna till "
                        "OCN-metoden och värdera kunskap som lärts in utanför skolan. Det "
                        "arbetet görs tillsammans med arbetsgivare, fackförbund och "
                        "HR-avdelningar.</p>",
                    },
                ),
            ),
        ),
        "en": PageText(
            title="Skåne Nordost",
            intro=(
                "Bromölla, Hässleholm, Kristianstad, Osby and Östra Göinge work together on "
                "validation. People far from the labour market can have their skills assessed "
                "and get a certificate employers understand."
            ),
            body=(
                ("heading", "How it works"),
                (
                    "text",
                    "<p>Participants first take the foundation course, a web course on society, "
                    "the labour market and what applies at work. Then comes vocational "
                    "validation in the OCN system at the municipal labour-market unit. Whoever "
                    "meets the requirements gets a competence certificate. The goal is a real "
                    "job, or further studies.</p>",
                ),
                ("heading", "Background"),
                (
                    "text",
                    "<p>The project KompetensValidering ran from 2018 to 2021, owned by Osby "
                    "kommun and financed by Samordningsförbundet Skåne Nordost. Just over 200 "
                    "people were registered in the OCN system and about half received a "
                    "certificate.</p>",
                ),
            ),
        ),
        # The section page only: its pages below fall back to Swedish with a notice.
        "ar": PageText(
            title="Skåne Nordost",
            intro=(
                "تعمل بلديات Bromölla وHässleholm وKristianstad وOsby وÖstra Göinge معاً في "
                "التحقق من المهارات. من هو بعيد عن سوق العمل يمكن أن تُقيَّم معارفه وأن يحصل "
                "على شهادة يفهمها أصحاب العمل."
            ),
            body=(
                ("heading", "كيف يتم ذلك"),
                (
                    "text",
                    "<p>يمرّ المشارك أولاً بالبرنامج الأساسي، وهو دورة على الإنترنت عن المجتمع "
                    "وسوق العمل وما هو متّبع في العمل. بعد ذلك يأتي التحقق المهني في نظام OCN "
                    "لدى وحدة سوق العمل في البلدية. من يستوفي المتطلبات يحصل على شهادة كفاءة. "
                    "والهدف عمل حقيقي، أو متابعة الدراسة.</p>",
                ),
                ("heading", "الخلفية"),
                (
                    "text",
                    "<p>استمر مشروع KompetensValidering من 2018 إلى 2021، وكانت بلدية Osby "
                    "مالكة المشروع، ومَوّله Samordningsförbundet Skåne Nordost. سُجّل أكثر من "
                    "200 شخص في نظام OCN، وحصل نحو نصفهم على شهادة كفاءة.</p>",
                ),
            ),
        ),
    },
    children=(FOUNDATION_COURSE, OCN_VALIDATION),
)
