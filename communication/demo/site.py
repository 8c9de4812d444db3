"""The demo site: home, one landing page per audience, guidance, credential explainers for
employers, glossary, events in the seed regions, news and seed 004's resource-request form.

Texts are our own words, built on the seeds (docs/seeds.md). Easy-to-read (lättläst) texts are
kept at LIX 30 or below (tested).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from branch_models.models import Actor, Credential, KomvuxOffer, Region, ValidationModel
from communication.audiences import Audience
from communication.demo.sync import PageSpec
from communication.models import (
    AudienceLandingPage,
    ContentPage,
    CredentialExplainerPage,
    EventIndexPage,
    EventKind,
    EventPage,
    GlossaryPage,
    GuidanceArticlePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ResourceRequestFormPage,
)

__all__ = ["tree"]

STOCKHOLM = ZoneInfo("Europe/Stockholm")
REVIEWED = date(2026, 10, 1)
A = Audience


def when(day: str, start: str, end: str) -> dict[str, datetime]:
    """Start and end of an event on one day, Swedish time."""
    on = date.fromisoformat(day)
    return {
        "start": datetime.combine(on, datetime.strptime(start, "%H:%M").time(), STOCKHOLM),
        "end": datetime.combine(on, datetime.strptime(end, "%H:%M").time(), STOCKHOLM),
    }


def p(*paragraphs: str) -> tuple[str, str]:
    return ("text", "".join(f"<p>{text}</p>" for text in paragraphs))


def steps(
    title: str, items: list[tuple[str, str]], layout: str = "list", caption: str = ""
) -> tuple:
    return (
        "steps",
        {
            "title": title,
            "layout": layout,
            "steps": [{"title": t, "text": x} for t, x in items],
            "caption": caption,
        },
    )


def faq(title: str, items: list[tuple[str, str]]) -> tuple:
    return (
        "accordion",
        {"title": title, "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items]},
    )


def callout(title: str, text: str) -> tuple:
    return ("callout", {"title": title, "text": f"<p>{text}</p>"})


STAIRCASE_SV = steps(
    "Vägen i en bild",
    [
        (
            "Förberedelse",
            "Basprogrammet och gruppaktiviteter: samhälle, arbetsmarknad och livet på jobbet.",
        ),
        (
            "Allmänna kompetenser",
            "Validering av det som behövs på alla jobb, till exempel att passa tider och samarbeta.",
        ),
        (
            "Yrkesvalidering",
            "Validering mot ett yrke, med branschens eller OCN:s standard. Du får ett intyg.",
        ),
        ("Jobb eller studier", "Ett riktigt jobb, eller studier på till exempel Komvux."),
    ],
    layout="staircase",
    caption="Trappan från projektet KompetensValidering i Skåne Nordost: varje steg bygger på det förra.",
)
STAIRCASE_EN = steps(
    "The route in a picture",
    [
        (
            "Preparation",
            "The foundation course and group activities: society, the labour market and life at work.",
        ),
        (
            "General competences",
            "Validation of what every job needs, such as keeping time and working with others.",
        ),
        (
            "Vocational validation",
            "Validation against an occupation, with the industry's or OCN's standard. You get a certificate.",
        ),
        ("Work or studies", "A real job, or studies, for example at Komvux."),
    ],
    layout="staircase",
    caption="The staircase from the KompetensValidering project in Skåne Nordost: each step builds on the one before.",
)


STAIRCASE_AR = steps(
    "الطريق في صورة",
    [
        (
            "التحضير",
            "البرنامج الأساسي والأنشطة الجماعية: المجتمع وسوق العمل والحياة في العمل.",
        ),
        (
            "الكفاءات العامة",
            "التحقق مما يحتاجه كل عمل، مثل الالتزام بالمواعيد والتعاون مع الآخرين.",
        ),
        (
            "التحقق المهني",
            "التحقق مقابل مهنة، وفق معيار قطاع العمل أو معيار OCN. تحصل على شهادة.",
        ),
        ("عمل أو دراسة", "عمل حقيقي، أو دراسة، مثلاً في Komvux."),
    ],
    layout="staircase",
    caption="الدرج من مشروع KompetensValidering في Skåne Nordost: كل خطوة تبني على الخطوة التي قبلها.",
)


def _audiences(records: dict[str, Any]) -> list[PageSpec]:
    """The five landing pages; the employers' page holds the credential explainers."""
    return [
        PageSpec(
            AudienceLandingPage,
            "for-dig",
            {
                "sv": {
                    "title": "För dig som vill visa vad du kan",
                    "menu_title": "För privatpersoner",
                    "intro": "Har du jobbat, i Sverige eller i ett annat land? Då kan du mer än det som står i dina papper. Här får du veta hur du visar det.",
                    "summary_easy": "Du kan mycket. Du har lärt dig på jobbet eller hemma. Det ska synas. Vi hjälper dig att visa vad du kan. Du kan få ett papper på det. Det hjälper dig att få jobb.",
                    "body": [
                        ("heading", "Så här börjar du"),
                        steps(
                            "",
                            [
                                (
                                    "Prata med någon",
                                    "Kontakta kommunens arbetsmarknadsenhet, Komvux eller Arbetsförmedlingen. Berätta vad du har jobbat med.",
                                ),
                                (
                                    "Gör basprogrammet",
                                    "En kurs på nätet om samhället, arbetsmarknaden och livet på jobbet. Finns på flera språk.",
                                ),
                                (
                                    "Visa vad du kan",
                                    "En bedömare ser dig arbeta och jämför med yrkets krav.",
                                ),
                                ("Få ett intyg", "Intyget visar en arbetsgivare vad du kan."),
                            ],
                        ),
                        callout(
                            "Det kostar inget",
                            "Validering genom kommunen eller Arbetsförmedlingen är oftast gratis för dig.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "For you who want to show what you can do",
                    "menu_title": "For individuals",
                    "slug": "for-you",
                    "intro": "Have you worked, in Sweden or in another country? Then you know more than your papers say. Here is how to show it.",
                    "summary_easy": "You know a lot. You learned it at work or at home. It should be seen. We help you show what you can do. You can get a paper that says so. It helps you get a job.",
                    "body": [
                        ("heading", "How to start"),
                        steps(
                            "",
                            [
                                (
                                    "Talk to someone",
                                    "Contact the municipality's labour-market unit, Komvux or Arbetsförmedlingen. Tell them what work you have done.",
                                ),
                                (
                                    "Take the foundation course",
                                    "An online course about society, the labour market and life at work, in several languages.",
                                ),
                                (
                                    "Show what you can do",
                                    "An assessor watches you work and compares with what the job requires.",
                                ),
                                (
                                    "Get a certificate",
                                    "The certificate shows an employer what you can do.",
                                ),
                            ],
                        ),
                        callout(
                            "It costs nothing",
                            "Validation through the municipality or Arbetsförmedlingen is usually free for you.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ar": {
                    "title": "لك إذا أردت أن تُظهر ما تستطيع",
                    "menu_title": "للأفراد",  # "For individuals"
                    "intro": "هل عملت في السويد أو في بلد آخر؟ إذن أنت تعرف أكثر مما في أوراقك. هنا تعرف كيف تُظهر ذلك.",
                    "summary_easy": "أنت تعرف الكثير. تعلمته في العمل أو في البيت. يجب أن يُرى ذلك. نحن نساعدك لتُظهر ما تستطيع. يمكنك أن تحصل على ورقة بذلك. هذا يساعدك في إيجاد عمل.",
                    "body": [
                        ("heading", "كيف تبدأ"),
                        steps(
                            "",
                            [
                                (
                                    "تكلّم مع شخص",
                                    "تواصل مع وحدة سوق العمل في البلدية أو Komvux أو Arbetsförmedlingen. أخبرهم بما عملت.",
                                ),
                                (
                                    "ادرس البرنامج الأساسي",
                                    "دورة على الإنترنت عن المجتمع وسوق العمل والحياة في العمل، بعدة لغات.",
                                ),
                                (
                                    "أظهِر ما تستطيع",
                                    "مقيّم يراك وأنت تعمل ويقارن ذلك بمتطلبات المهنة.",
                                ),
                                ("احصل على شهادة", "الشهادة تُظهر لصاحب العمل ما تستطيع."),
                            ],
                        ),
                        callout(
                            "لا يكلّف شيئاً",
                            "التحقق من المهارات عن طريق البلدية أو Arbetsförmedlingen مجاني لك في الغالب.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "so": {
                    "title": "Adiga oo doonaya inaad muujiso waxa aad taqaan",
                    "menu_title": "Shakhsiyaadka",  # "For individuals"
                    "intro": "Ma ka shaqaysay Iswiidhan ama waddan kale? Markaas waxaad taqaan wax ka badan waxa ku qoran waraaqahaaga. Halkan waxaad ka ogaanaysaa sida aad u muujin karto.",
                    "summary_easy": "Wax badan ayaad taqaan. Waxaad ku baratay shaqada ama guriga. Waa in la arkaa. Waxaan kaa caawinaynaa inaad muujiso waxa aad taqaan. Waxaad heli kartaa warqad. Waxay kaa caawinaysaa inaad shaqo hesho.",
                    "body": [
                        ("heading", "Sida aad u bilaabi karto"),
                        steps(
                            "",
                            [
                                (
                                    "La hadal qof",
                                    "La xiriir qaybta suuqa shaqada ee degmada, Komvux ama Arbetsförmedlingen. U sheeg shaqooyinka aad qabatay.",
                                ),
                                (
                                    "Qaado barnaamijka aasaasiga ah",
                                    "Koorso internetka ah oo ku saabsan bulshada, suuqa shaqada iyo nolosha shaqada, luqado badan.",
                                ),
                                (
                                    "Muuji waxa aad taqaan",
                                    "Qiimeeye ayaa ku arkaya adigoo shaqaynaya oo la barbar dhigaya shuruudaha shaqada.",
                                ),
                                (
                                    "Hel shahaado",
                                    "Shahaadadu waxay loo-shaqeeyaha tusinaysaa waxa aad qaban karto.",
                                ),
                            ],
                        ),
                        callout(
                            "Waa bilaash",
                            "Xaqiijinta aqoonta ee degmada ama Arbetsförmedlingen badanaa waa bilaash adiga.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ti": {
                    "title": "ንስኻ ክእለትካ ከተርኢ እንተደሊኻ",
                    "menu_title": "ንውልቀሰባት",  # "For individuals"
                    "intro": "ኣብ ሽወደን ወይ ኣብ ካልእ ሃገር ሰሪሕካ ዲኻ? እምበኣር ካብቲ ኣብ ወረቐትካ ዘሎ ንላዕሊ ትፈልጥ። ብኸመይ ከም ተርእዮ ኣብዚ ትፈልጥ።",
                    "summary_easy": "ብዙሕ ትፈልጥ ኢኻ። ኣብ ስራሕ ወይ ኣብ ገዛ ተማሂርካዮ። ክርአ ኣለዎ። ክእለትካ ንኸተርኢ ንሕግዘካ። ወረቐት ክትረክብ ትኽእል። ስራሕ ንምርካብ ይሕግዘካ።",
                    "body": [
                        ("heading", "ብኸመይ ትጅምር"),
                        steps(
                            "",
                            [
                                (
                                    "ምስ ሓደ ሰብ ተዛረብ",
                                    "ምስ ክፍሊ ዕዳጋ ስራሕ ናይ ኮሙን፡ Komvux ወይ Arbetsförmedlingen ርኸብ። ዝሰራሕካዮ ንገሮም።",
                                ),
                                (
                                    "መሰረታዊ መደብ ተማሃር",
                                    "ብዛዕባ ሕብረተሰብ፡ ዕዳጋ ስራሕን ህይወት ኣብ ስራሕን ኣብ ኢንተርነት ዝወሃብ ኮርስ፡ ብብዙሓት ቋንቋታት።",
                                ),
                                ("ክእለትካ ኣርኢ", "ገምጋሚ ክትሰርሕ ይርእየካ እሞ ምስ ጠለባት ሞያ የነጻጽሮ።"),
                                ("ምስክር ወረቐት ርኸብ", "እቲ ምስክር ወረቐት ንወሃብ ስራሕ እንታይ ከም ትኽእል የርኢ።"),
                            ],
                        ),
                        callout(
                            "ክፍሊት የብሉን",
                            "ብኮሙን ወይ Arbetsförmedlingen ዝግበር ምርግጋጽ ክእለት መብዛሕትኡ ግዜ ንዓኻ ብነጻ እዩ።",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"audience": A.INDIVIDUALS.value},
            in_menu=True,
        ),
        PageSpec(
            AudienceLandingPage,
            "arbetsgivare",
            {
                "sv": {
                    "title": "För arbetsgivare",
                    "intro": "Vad betyder ett yrkesbevis, ett certifikat eller ett OCN-intyg? Här ser du vad den som har intyget kan, vem som har utfärdat det och hur du kontrollerar det.",
                    "summary_easy": "Ett intyg visar vad en person kan. Branschen har bestämt vad som krävs. Här ser du vad intyget betyder. Du ser också hur du kan kolla att det är äkta.",
                    "body": [
                        p(
                            "Många som söker jobb hos dig har lärt sig yrket på jobbet, ofta i ett annat land. En validering gör det kunnandet synligt och jämförbart. Branschernas valideringsmodeller är byggda av arbetsgivare och fack tillsammans, så beviset mäter det som din bransch själv tycker är viktigt.",
                            "Du kan också bidra: ta emot en person för bedömning på arbetsplatsen, eller låt en handledare följa en checklista från branschen.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "For employers",
                    "slug": "employers",
                    "intro": "What does a trade certificate, a certificate or an OCN certificate mean? See what the holder can do, who issued it and how to verify it.",
                    "summary_easy": "A certificate shows what a person can do. The industry decided what is needed. Here you see what the certificate means, and how to check that it is real.",
                    "body": [
                        p(
                            "Many people who apply to you learned their trade at work, often in another country. A validation makes that knowledge visible and comparable. Industry validation models are built by employers and unions together, so the certificate measures what your own industry finds important.",
                            "You can also take part: host a person for assessment at your workplace, or let a supervisor follow the industry's checklist.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ar": {
                    "title": "لأصحاب العمل",
                    "intro": "ماذا تعني الشهادة المهنية أو الشهادة أو شهادة OCN؟ هنا ترى ما يستطيعه حامل الشهادة، ومن أصدرها، وكيف تتحقق منها.",
                    "summary_easy": "الشهادة تُظهر ما يستطيعه الشخص. قطاع العمل قرّر ما هو مطلوب. هنا ترى ماذا تعني الشهادة، وكيف تتأكد أنها حقيقية.",
                    "body": [
                        p(
                            "كثير ممن يتقدّمون للعمل لديك تعلّموا مهنتهم في العمل، وغالباً في بلد آخر. التحقق من المهارات يجعل هذه المعرفة مرئية وقابلة للمقارنة. نماذج التحقق في القطاعات بناها أصحاب العمل والنقابات معاً، لذلك تقيس الشهادة ما يراه قطاعك نفسه مهماً.",
                            "ويمكنك أيضاً أن تشارك: استقبل شخصاً ليُقيَّم في مكان عملك، أو دع مشرفاً يتبع قائمة التحقق الخاصة بالقطاع.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "so": {
                    "title": "Loogu talagalay loo-shaqeeyayaasha",
                    "menu_title": "Loo-shaqeeyayaasha",  # "Employers"
                    "intro": "Maxay ka dhigan tahay shahaado xirfadeed, shahaado ama shahaado OCN? Halkan waxaad ka arkaysaa waxa uu qaban karo qofka haysta, cidda bixisay iyo sida aad u hubin karto.",
                    "summary_easy": "Shahaadadu waxay muujisaa waxa qofku qaban karo. Warshadda ayaa go'aamisay waxa loo baahan yahay. Halkan waxaad ka arkaysaa waxa shahaadadu ka dhigan tahay iyo sida aad u hubin karto inay run tahay.",
                    "body": [
                        p(
                            "Dad badan oo shaqo kaa codsada waxay xirfaddooda ku barteen shaqada, inta badan waddan kale. Xaqiijinta aqoontu waxay ka dhigtaa aqoontaas mid la arki karo oo la isbarbar dhigi karo. Qaababka xaqiijinta ee warshadaha waxaa wada dhisay loo-shaqeeyayaasha iyo ururada shaqaalaha, sidaa darteed shahaadadu waxay cabbirtaa waxa warshaddaadu muhiim u aragto.",
                            "Adiguna waad ka qayb qaadan kartaa: qof ku qaabil goobtaada shaqo si loo qiimeeyo, ama u oggolow kormeere inuu raaco liiska hubinta ee warshadda.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ti": {
                    "title": "ንወሃብቲ ስራሕ",
                    "intro": "ምስክር ወረቐት ሞያ፡ ሰርቲፊኬት ወይ ምስክር ወረቐት OCN እንታይ ማለት እዩ? እቲ ዝሓዞ ሰብ እንታይ ክገብር ከም ዝኽእል፡ መን ከም ዝሃቦን ብኸመይ ከም እተረጋግጾን ኣብዚ ርአ።",
                    "summary_easy": "ምስክር ወረቐት እቲ ሰብ እንታይ ክገብር ከም ዝኽእል የርኢ። እቲ ዘርፊ እንታይ ከም ዘድሊ ወሲኑ። ኣብዚ እቲ ምስክር ወረቐት እንታይ ማለት ምዃኑን ሓቂ ምዃኑ ብኸመይ ከም እተረጋግጽን ትርኢ።",
                    "body": [
                        p(
                            "ብዙሓት ናባኻ ስራሕ ዝሓቱ ሰባት ሞያኦም ኣብ ስራሕ፡ መብዛሕትኡ ግዜ ኣብ ካልእ ሃገር፡ እዮም ተማሂሮምዎ። ምርግጋጽ ክእለት ነቲ ፍልጠት ዝርአን ዝነጻጸርን ይገብሮ። ሞዴላት ምርግጋጽ ናይ ዘርፍታት ብወሃብቲ ስራሕን ማሕበራት ሰራሕተኛታትን ብሓባር እዮም ተሃኒጾም፡ ስለዚ እቲ ምስክር ወረቐት ነቲ ዘርፍኻ ባዕሉ ኣገዳሲ ዝብሎ ይዕቅን።",
                            "ንስኻ እውን ክትሳተፍ ትኽእል፦ ንገምጋም ሓደ ሰብ ኣብ ቦታ ስራሕካ ተቐበል፡ ወይ ሓደ ተቖጻጻሪ ንዝርዝር ምፍታሽ ናይቲ ዘርፊ ክስዕብ ኣፍቅድ።",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"audience": A.EMPLOYERS.value},
            in_menu=True,
            children=_explainers(records),
        ),
        PageSpec(
            AudienceLandingPage,
            "vagledare",
            {
                "sv": {
                    "title": "För vägledare",
                    "intro": "Du som är studie- och yrkesvägledare, handläggare eller coach: hitta rätt valideringsväg för den du möter, och vem som gör vad i din region.",
                    "summary_easy": "Här finns stöd för dig som hjälper andra. Du hittar vägar till validering. Du ser vem som gör vad i din region.",
                    "body": [
                        p(
                            "Börja med personens erfarenhet, inte med papperen. Fråga vad hen har gjort i jobb, hemma och i föreningar. Kartläggningen visar sedan om en branschvalidering, OCN eller validering på Komvux passar bäst.",
                            "Tänk på språket: många modeller kan göras med tolk eller på enkel svenska, och Komvux kan kombinera yrkeskurser med SFI.",
                        ),
                        faq(
                            "Vanliga frågor",
                            [
                                (
                                    "Måste personen kunna svenska?",
                                    "Nej, inte alltid. Flera branscher har prov på andra språk eller med bildstöd. Fråga den som gör valideringen.",
                                ),
                                (
                                    "Vem betalar?",
                                    "Det beror på vägen. Kommunen, Arbetsförmedlingen eller arbetsgivaren betalar ofta. Se kostnaden i registret för varje modell.",
                                ),
                                (
                                    "Hur lång tid tar det?",
                                    "Från några dagar till flera månader. Det beror på hur mycket personen redan kan och på språket.",
                                ),
                            ],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "For counsellors",
                    "slug": "counsellors",
                    "intro": "For study and career counsellors, case officers and coaches: find the right validation route for the person you meet, and who does what in your region.",
                    "summary_easy": "Support for you who help others. Find routes to validation, and see who does what in your region.",
                    "body": [
                        p(
                            "Start with the person's experience, not with their papers. Ask what they have done at work, at home and in associations. The mapping then shows whether an industry validation, OCN or validation at Komvux fits best.",
                            "Think about language: many models can be done with an interpreter or in plain Swedish, and Komvux can combine vocational courses with SFI.",
                        ),
                        faq(
                            "Common questions",
                            [
                                (
                                    "Does the person have to speak Swedish?",
                                    "Not always. Several industries have tests in other languages or with picture support. Ask whoever runs the validation.",
                                ),
                                (
                                    "Who pays?",
                                    "It depends on the route. The municipality, Arbetsförmedlingen or the employer often pays. See the cost in the registry for each model.",
                                ),
                                (
                                    "How long does it take?",
                                    "From a few days to several months, depending on what the person already knows and on language.",
                                ),
                            ],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ar": {
                    "title": "للمرشدين",
                    "intro": "إذا كنت مرشداً للدراسة والمهنة أو موظفاً مسؤولاً عن الحالات أو مدرّباً: ابحث عن مسار التحقق المناسب للشخص الذي تقابله، واعرف من يفعل ماذا في منطقتك.",
                    "summary_easy": "هنا دعم لك إذا كنت تساعد الآخرين. تجد طرقاً إلى التحقق من المهارات، وترى من يفعل ماذا في منطقتك.",
                    "body": [
                        p(
                            "ابدأ بخبرة الشخص، لا بأوراقه. اسأله عمّا فعله في العمل وفي البيت وفي الجمعيات. ثم يُظهر رسم الخريطة الأولي هل يناسبه أكثر التحقق في قطاع العمل أو OCN أو التحقق في Komvux.",
                            "فكّر في اللغة: كثير من النماذج يمكن إجراؤها بمترجم أو بسويدية بسيطة، ويستطيع Komvux أن يجمع بين الدورات المهنية وSFI.",
                        ),
                        faq(
                            "أسئلة شائعة",
                            [
                                (
                                    "هل يجب أن يتكلّم الشخص السويدية؟",
                                    "ليس دائماً. عدة قطاعات لديها اختبارات بلغات أخرى أو بدعم بالصور. اسأل الجهة التي تُجري التحقق.",
                                ),
                                (
                                    "من يدفع؟",
                                    "يتوقف ذلك على المسار. غالباً تدفع البلدية أو Arbetsförmedlingen أو صاحب العمل. انظر التكلفة في السجل لكل نموذج.",
                                ),
                                (
                                    "كم يستغرق ذلك؟",
                                    "من بضعة أيام إلى عدة أشهر، بحسب ما يعرفه الشخص أصلاً وبحسب اللغة.",
                                ),
                            ],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "so": {
                    "title": "Loogu talagalay la-taliyayaasha",
                    "menu_title": "La-taliyayaasha",  # "Counsellors"
                    "intro": "Adiga oo ah la-taliye waxbarasho iyo shaqo, sarkaal kiisas ama tababare: hel waddada xaqiijinta ee ku habboon qofka aad la kulanto, oo ogow cidda waxa qabata gobolkaaga.",
                    "summary_easy": "Halkan waxaa ku jira taageero adiga oo caawiya dadka kale. Waxaad helaysaa waddooyinka xaqiijinta. Waxaad arkaysaa cidda waxa qabata gobolkaaga.",
                    "body": [
                        p(
                            "Ka bilow waayo-aragnimada qofka, ha ka bilaabin waraaqihiisa. Weydii waxa uu ka qabtay shaqada, guriga iyo ururada. Sahanka ayaa markaas muujinaya in xaqiijinta warshadda, OCN ama xaqiijinta Komvux ay ugu habboon tahay.",
                            "Ka fikir luqadda: qaabab badan waxaa lagu samayn karaa turjubaan ama af-Iswiidhish fudud, Komvux-na wuxuu isku dari karaa koorsooyin xirfadeed iyo SFI.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ti": {
                    "title": "ንኣማኸርቲ",
                    "intro": "ንስኻ ኣማኻሪ ትምህርትን ሞያን፡ ሰራሕተኛ ጉዳያት ወይ ኣሰልጣኒ እንተኾንካ፦ ነቲ እትራኸቦ ሰብ ዝሰማማዕ መንገዲ ምርግጋጽ ክእለት ድለ፡ ኣብ ዞባኻ መን እንታይ ከም ዝገብር ፍለጥ።",
                    "summary_easy": "ኣብዚ ንኻልኦት ንእትሕግዝ ሓገዝ ኣሎ። ናብ ምርግጋጽ ክእለት ዝወስዱ መንገድታት ትረክብ። ኣብ ዞባኻ መን እንታይ ከም ዝገብር ትርኢ።",
                    "body": [
                        p(
                            "ብተሞክሮ እቲ ሰብ ጀምር፡ ብወረቐቱ ኣይኮነን። ኣብ ስራሕ፡ ኣብ ገዛን ኣብ ማሕበራትን እንታይ ከም ዝገበረ ሕተቶ። ድሕሪኡ እቲ ምልላይ ምርግጋጽ ዘርፊ፡ OCN ወይ ምርግጋጽ ኣብ Komvux ዝበለጸ ከም ዝሰማማዕ የርኢ።",
                            "ብዛዕባ ቋንቋ ሕሰብ፦ ብዙሓት ሞዴላት ብተርጓሚ ወይ ብቐሊል ሽወደንኛ ክግበሩ ይኽእሉ፡ Komvux ድማ ሞያዊ ኮርስታት ምስ SFI ከጣምር ይኽእል።",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"audience": A.COUNSELLORS.value},
            in_menu=True,
        ),
        PageSpec(
            AudienceLandingPage,
            "utbildningsanordnare",
            {
                "sv": {
                    "title": "För utbildningsanordnare",
                    "intro": "Komvux, yrkesvux och andra som utbildar: så kortar validering utbildningen, och så kompletterar era kurser branschernas modeller.",
                    "summary_easy": "Validering kan göra en utbildning kortare. Eleven läser bara det som saknas. Här ser du hur.",
                    "body": [
                        p(
                            "När en elev redan kan delar av en kurs kan ni validera dem mot kursplanen och sätta betyg. Då läser eleven bara det som saknas. Det sparar tid för eleven och platser för andra.",
                            "Många branschmodeller pekar på en kurs som komplettering. Lägg in era kurser i registret och koppla dem till modellerna, så hittar vägledarna dem.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "For education providers",
                    "slug": "education-providers",
                    "intro": "Komvux, vocational adult education and other providers: how validation shortens training, and how your courses complete the industries' models.",
                    "summary_easy": "Validation can make training shorter. The student only studies what is missing.",
                    "body": [
                        p(
                            "When a student already knows parts of a course, you can validate them against the syllabus and set a grade. The student then studies only what is missing. That saves time for the student and places for others.",
                            "Many industry models name a course as complementary training. Add your courses to the registry and link them to the models, so counsellors find them.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"audience": A.EDUCATION_PROVIDERS.value},
        ),
        PageSpec(
            AudienceLandingPage,
            "beslutsfattare",
            {
                "sv": {
                    "title": "För beslutsfattare",
                    "intro": "Politiker och chefer i kommuner och regioner: vad finns i regionen, vad saknas och hur går det?",
                    "summary_easy": "Här ser du hur arbetet med validering går i regionen. Du ser vad som finns och vad som saknas.",
                    "body": [
                        p(
                            "Erfarenheten från projekten i Skåne Nordost, Köping–Arboga–Kungsör, Kalmar län och Östra Mellansverige är samstämmig: validering fungerar när kommunerna samverkar, när arbetet inte hänger på en enda person och när någon i regionen håller ihop det.",
                            "Ett gemensamt arbetssätt gör det lättare att jämföra och att hjälpa varandra: en arbetsplan och en rapport per halvår i varje kommun, och samma sätt att räkna deltagare och intyg.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "For decision makers",
                    "slug": "decision-makers",
                    "intro": "Politicians and managers in municipalities and regions: what exists in the region, what is missing and how is it going?",
                    "summary_easy": "See how validation work is going in the region: what exists and what is missing.",
                    "body": [
                        p(
                            "The projects in Skåne Nordost, Köping–Arboga–Kungsör, Kalmar län and Östra Mellansverige agree: validation works when municipalities cooperate, when the work does not hang on a single person, and when someone in the region holds it together.",
                            "A shared way of working makes comparison and mutual help easier: a work plan and a report every half-year in each municipality, and the same way of counting participants and certificates.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"audience": A.DECISION_MAKERS.value},
        ),
    ]


def _explainers(records: dict[str, Any]) -> list[PageSpec]:
    """Credential explainers for employers: the registry's facts plus the editor's words."""
    employers = [A.EMPLOYERS.value]
    return [
        PageSpec(
            CredentialExplainerPage,
            "ocn-kompetensintyg",
            {
                "sv": {
                    "title": "Vad betyder ett OCN-kompetensintyg?",
                    "intro": "Ett OCN-intyg räknar upp de moduler personen har klarat. Varje modul beskriver konkreta arbetsuppgifter.",
                    "summary_easy": "Intyget visar vad personen kan. Det står vilka delar som är klara. En bedömare har sett personen jobba.",
                    "body": [
                        p(
                            "Läs modulernas namn: ”Disk/kafé” eller ”Återvinningscentral” säger vilka uppgifter personen har visat att hen klarar i verkligt arbete. ”Kompetenser för arbetslivet” betyder att personen har visat det alla jobb kräver: att passa tider, följa instruktioner och samarbeta.",
                            "Intyget är inte ett yrkesbevis. Det är ett bevis på faktiska förmågor och ett bra underlag för en provanställning eller en praktik där du ser resten själv.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What does an OCN competence certificate mean?",
                    "slug": "ocn-competence-certificate",
                    "intro": "An OCN certificate lists the modules the person has passed. Each module describes concrete work tasks.",
                    "summary_easy": "The certificate shows what the person can do and which parts are done. An assessor has watched the person work.",
                    "body": [
                        p(
                            "Read the module names: “Dishwashing/café” or “Recycling centre” tell you which tasks the person has shown they can do in real work. “Competences for working life” means the person has shown what every job requires: keeping time, following instructions and working with others.",
                            "The certificate is not a trade certificate. It documents real abilities and is a good basis for a trial employment or a placement where you see the rest yourself.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ar": {
                    "title": "ماذا تعني شهادة الكفاءة من OCN؟",
                    "intro": "شهادة OCN تعدّد الوحدات التي اجتازها الشخص. كل وحدة تصف مهام عمل محدّدة.",
                    "summary_easy": "الشهادة تُظهر ما يستطيعه الشخص وأيّ الأجزاء أتمّها. رأى مقيّمٌ الشخصَ وهو يعمل.",
                    "body": [
                        p(
                            "اقرأ أسماء الوحدات: «غسل الصحون/مقهى» أو «مركز إعادة التدوير» تخبرك بالمهام التي أظهر الشخص أنه يستطيع القيام بها في عمل حقيقي. و«كفاءات الحياة العملية» تعني أن الشخص أظهر ما يحتاجه كل عمل: الالتزام بالمواعيد واتباع التعليمات والتعاون مع الآخرين.",
                            "الشهادة ليست شهادة مهنية. إنها توثّق قدرات حقيقية، وهي أساس جيد لتوظيف تجريبي أو لتدريب عملي ترى فيه الباقي بنفسك.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"credential": records["credential:ocn-kompetensintyg"], "audiences": employers},
        ),
        PageSpec(
            CredentialExplainerPage,
            "sry-yrkesbevis-stadservice",
            {
                "sv": {
                    "title": "Vad betyder SRY Yrkesbevis Städservice?",
                    "intro": "Yrkesbeviset visar att personen är yrkeskunnig städare enligt branschens egen standard, på SeQF-nivå 4.",
                    "summary_easy": "Du ser att personen kan städa bra. Hen har klarat ett prov. Det gäller hela livet.",
                    "body": [
                        p(
                            "Beviset är framtaget av Almega Serviceföretagen och Fastighetsanställdas Förbund tillsammans. Den som har det kan välja metod och kemikalier själv, arbeta efter hygienrutiner och förklara sitt arbete för kunden.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What does the SRY trade certificate in cleaning services mean?",
                    "slug": "sry-trade-certificate-cleaning",
                    "intro": "The trade certificate shows the person is a skilled cleaner by the industry's own standard, at SeQF level 4.",
                    "summary_easy": "The certificate shows the person cleans well and passed tests. It is valid for life.",
                    "body": [
                        p(
                            "The certificate was developed by Almega Serviceföretagen and the property workers' union together. Its holder can choose methods and chemicals, work to hygiene routines and explain the work to the customer.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "credential": records["credential:sry-yrkesbevis-stadservice"],
                "audiences": employers,
            },
        ),
        PageSpec(
            CredentialExplainerPage,
            "truckkort",
            {
                "sv": {
                    "title": "Vad betyder ett truckkort?",
                    "intro": "Utbildningsbeviset enligt TLP10 visar vilka trucktyper personen har utbildning för. Körtillståndet ger du som arbetsgivare.",
                    "summary_easy": "Kortet visar att personen kan köra truck. Det står vilka truckar. Du som chef ger lov att köra.",
                    "body": [
                        callout(
                            "Ditt ansvar",
                            "Beviset räcker inte ensamt. Du ska ge ett skriftligt körtillstånd för de truckar som används hos dig.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What does a forklift card mean?",
                    "slug": "forklift-card",
                    "intro": "The TLP10 training certificate shows which truck types the person is trained for. The driving permit is given by you, the employer.",
                    "summary_easy": "The card shows the person can drive a forklift, and which kinds. You as manager give permission to drive.",
                    "body": [
                        callout(
                            "Your responsibility",
                            "The certificate is not enough on its own. You must give a written driving permit for the trucks used at your workplace.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "credential": records["credential:truck-utbildningsbevis"],
                "audiences": employers,
            },
        ),
    ]


def _articles(records: dict[str, Any]) -> list[PageSpec]:
    """Guidance articles, each tagged with its audiences (and regions where local)."""
    return [
        PageSpec(
            GuidanceArticlePage,
            "vad-ar-validering",
            {
                "sv": {
                    "title": "Vad är validering?",
                    "intro": "Validering är när någon bedömer det du redan kan, till exempel från jobb i ett annat land, och skriver ett intyg om det.",
                    "summary_easy": "Du kan mycket från jobb och liv. Vid en validering visar du vad du kan. En bedömare ser på det. Sedan får du ett papper. Där står vad du kan.",
                    "body": [
                        ("heading", "Kunskap som syns och räknas"),
                        p(
                            "Många har lärt sig ett yrke på jobbet, utan betyg eller papper. Vid en validering kartläggs vad du kan. Sedan bedöms det mot en standard som arbetsgivare eller skolan känner igen. Det du saknar kan du läsa till, till exempel på Komvux.",
                        ),
                        STAIRCASE_SV,
                        ("heading", "Steg för steg"),
                        steps(
                            "",
                            [
                                (
                                    "Kartläggning",
                                    "Vad kan du? Ni går igenom jobb, utbildning och erfarenheter.",
                                ),
                                ("Bedömning", "Du visar ditt kunnande i teori och praktik."),
                                ("Kompletterande utbildning", "Du läser det som saknas."),
                                (
                                    "Dokumentation",
                                    "Certifikat, yrkesbevis, kompetensintyg eller betyg.",
                                ),
                            ],
                        ),
                        faq(
                            "Frågor och svar",
                            [
                                (
                                    "Måste jag ha betyg för att börja?",
                                    "Nej. Valideringen handlar om det du kan, inte om papper du redan har.",
                                ),
                                (
                                    "Kan jag göra det på mitt språk?",
                                    "Ofta ja. Fråga om tolk, bildstöd eller prov på ditt språk.",
                                ),
                            ],
                        ),
                    ],
                    "related_records": [
                        ("credential", records["credential:ocn-kompetensintyg"]),
                        (
                            "validation_model",
                            records["validation_model:komvux-validering-kursplan"],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What is validation?",
                    "slug": "what-is-validation",
                    "intro": "Validation means that someone assesses what you already know, for example from work in another country, and documents it.",
                    "summary_easy": "You know a lot from work and life. In a validation you show what you can do. An assessor looks at it. Then you get a paper that says what you can do.",
                    "body": [
                        ("heading", "Knowledge that is seen and counts"),
                        p(
                            "Many people learned their trade at work, without grades or papers. In a validation, what you know is mapped and then assessed against a standard that employers or the education system recognise. Gaps can be filled by training, for example at Komvux.",
                        ),
                        STAIRCASE_EN,
                        ("heading", "Step by step"),
                        steps(
                            "",
                            [
                                (
                                    "Mapping",
                                    "What do you know? You go through work, education and experience.",
                                ),
                                ("Assessment", "You show your knowledge in theory and practice."),
                                ("Complementary training", "You study what is missing."),
                                (
                                    "Documentation",
                                    "A certificate, trade certificate, competence certificate or grades.",
                                ),
                            ],
                        ),
                        faq(
                            "Questions and answers",
                            [
                                (
                                    "Do I need grades to start?",
                                    "No. Validation is about what you can do, not about papers you already have.",
                                ),
                                (
                                    "Can I do it in my language?",
                                    "Often yes. Ask about an interpreter, picture support or tests in your language.",
                                ),
                            ],
                        ),
                    ],
                    "related_records": [
                        ("credential", records["credential:ocn-kompetensintyg"]),
                        (
                            "validation_model",
                            records["validation_model:komvux-validering-kursplan"],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "ar": {
                    "title": "ما هو التحقق من المهارات؟",
                    "intro": "التحقق من المهارات يعني أن يقيّم شخصٌ ما تعرفه من قبل، مثلاً من عملك في بلد آخر، ويكتب شهادة بذلك.",
                    "summary_easy": "أنت تعرف الكثير من العمل والحياة. في التحقق تُظهر ما تستطيع. ينظر مقيّم إلى ذلك. بعدها تحصل على ورقة فيها ما تستطيع فعله.",
                    "body": [
                        ("heading", "معرفة تُرى وتُحسب"),
                        p(
                            "كثير من الناس تعلّموا مهنة في العمل، بلا درجات أو أوراق. في التحقق تُحدَّد أولاً معارفك ومهاراتك، ثم تُقيَّم مقابل معيار يعرفه أصحاب العمل أو المدرسة. وما ينقصك يمكنك أن تدرسه، مثلاً في Komvux.",
                        ),
                        STAIRCASE_AR,
                        ("heading", "خطوة بخطوة"),
                        steps(
                            "",
                            [
                                (
                                    "تحديد المهارات",
                                    "ماذا تستطيع؟ تراجعون معاً عملك وتعليمك وخبراتك.",
                                ),
                                ("التقييم", "تُظهر معرفتك نظرياً وعملياً."),
                                ("التعليم التكميلي", "تدرس ما ينقصك."),
                                (
                                    "التوثيق",
                                    "شهادة، أو شهادة مهنية، أو شهادة كفاءة، أو درجات.",
                                ),
                            ],
                        ),
                        faq(
                            "أسئلة وأجوبة",
                            [
                                (
                                    "هل أحتاج إلى درجات مدرسية لأبدأ؟",
                                    "لا. التحقق يدور حول ما تستطيع فعله، لا حول الأوراق التي لديك.",
                                ),
                                (
                                    "هل يمكنني القيام به بلغتي؟",
                                    "غالباً نعم. اسأل عن مترجم، أو دعم بالصور، أو اختبار بلغتك.",
                                ),
                            ],
                        ),
                    ],
                    "related_records": [
                        ("credential", records["credential:ocn-kompetensintyg"]),
                        (
                            "validation_model",
                            records["validation_model:komvux-validering-kursplan"],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "audiences": [A.INDIVIDUALS.value, A.COUNSELLORS.value, A.EDUCATION_PROVIDERS.value]
            },
        ),
        PageSpec(
            GuidanceArticlePage,
            "vad-ar-ocn",
            {
                "sv": {
                    "title": "Vad är OCN-metoden?",
                    "intro": "OCN är ett sätt att validera det man lärt sig i arbete och vardag, i små moduler med konkreta arbetsuppgifter.",
                    "summary_easy": "OCN är ett sätt att visa vad du kan. Du visar det i riktigt arbete. En bedömare ser på. Du får ett intyg för varje del du klarar.",
                    "body": [
                        p(
                            "OCN står för Open College Network. I Sverige licensieras metoden av Nordiskt Valideringsforum. Bedömningen görs mot uppgifter i ett jobb, inte mot en kurs. Det finns program för allmänna kompetenser, som ”Kompetenser för arbetslivet”, och för yrken, som lager, kök, butik och återvinning.",
                            "I varje kommun finns utbildade bedömare som samlar belägg tillsammans med personen, och interna kvalitetssäkrare som kontrollerar att bedömningen görs lika överallt. I Skåne Nordost blev valideringen ett lärande i sig: lära, kartlägga, bedöma – tills intyget är klart.",
                        ),
                        callout(
                            "Från projekten",
                            "I Skåne Nordost skrevs 227 personer in i OCN-systemet och 117 fick ett kompetensintyg. I Kalmar län påbörjade 21 personer validering i moduler som Butikshandel och Disk/kafé, och i april 2020 hade fyra av dem fått ett kompetensintyg.",
                        ),
                    ],
                    "related_records": [
                        (
                            "validation_model",
                            records["validation_model:ocn-kompetenser-for-arbetslivet"],
                        ),
                        ("credential", records["credential:ocn-kompetensintyg"]),
                        ("actor", records["actor:nordiskt-valideringsforum"]),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What is the OCN method?",
                    "slug": "what-is-ocn",
                    "intro": "OCN is a way of validating what people learned at work and in daily life, in small modules with concrete work tasks.",
                    "summary_easy": "OCN is a way to show what you can do, in real work. An assessor watches. You get a certificate for every part you pass.",
                    "body": [
                        p(
                            "OCN stands for Open College Network. In Sweden the method is licensed by Nordiskt Valideringsforum. Assessment is against tasks in a job, not against a course. There are programmes for general competences, such as “Competences for working life”, and for occupations such as warehouse, kitchen, retail and recycling.",
                            "Each municipality has trained assessors who gather evidence with the person, and internal quality assurers who check that assessment is the same everywhere. In Skåne Nordost validation became learning in itself: learn, map, assess – until the certificate is ready.",
                        ),
                        callout(
                            "From the projects",
                            "In Skåne Nordost 227 people were enrolled in the OCN system and 117 got a competence certificate. In Kalmar län 21 people started validation in modules such as Retail and Dishwashing/café, and by April 2020 four of them had a competence certificate.",
                        ),
                    ],
                    "related_records": [
                        (
                            "validation_model",
                            records["validation_model:ocn-kompetenser-for-arbetslivet"],
                        ),
                        ("credential", records["credential:ocn-kompetensintyg"]),
                        ("actor", records["actor:nordiskt-valideringsforum"]),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "audiences": [A.INDIVIDUALS.value, A.COUNSELLORS.value, A.EMPLOYERS.value],
                "regions": [records["region:12"], records["region:08"]],
            },
        ),
        PageSpec(
            GuidanceArticlePage,
            "vad-ar-en-branschvalideringsmodell",
            {
                "sv": {
                    "title": "Vad är en branschvalideringsmodell?",
                    "intro": "En bransch – till exempel bygg, vård, handel eller svets – har själv bestämt vad en yrkesperson ska kunna och hur det prövas.",
                    "summary_easy": "Varje bransch har egna regler. De säger vad du ska kunna i yrket. Klarar du provet får du ett bevis. Arbetsgivare i branschen litar på det.",
                    "body": [
                        p(
                            "Branschens valideringsmodell är byggd av arbetsgivare och fack tillsammans. Den beskriver kompetenskraven för ett yrke, hur de bedöms och vilket bevis personen får: ett certifikat, ett yrkesbevis eller ett branschintyg. Många modeller är placerade på en SeQF-nivå, så att du kan jämföra dem med utbildningar.",
                            "Modellerna är en underanvänd resurs: många arbetsgivare känner inte till dem. Registret här samlar modellerna, stegen och var de görs i din region.",
                        ),
                    ],
                    "related_records": [
                        ("validation_model", records["validation_model:svets"]),
                        ("validation_model", records["validation_model:bygg"]),
                        ("validation_model", records["validation_model:handel"]),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What is an industry validation model?",
                    "slug": "what-is-an-industry-validation-model",
                    "intro": "An industry – such as construction, care, retail or welding – has itself decided what a skilled worker must know and how it is tested.",
                    "summary_easy": "Each industry has its own rules about what you must know in the job. Pass the test and you get a certificate that employers in the industry trust.",
                    "body": [
                        p(
                            "An industry validation model is built by employers and unions together. It describes the competence requirements of an occupation, how they are assessed and which document the person gets: a certificate, a trade certificate or an industry certificate. Many models are placed at a SeQF level, so you can compare them with education.",
                            "The models are an under-used resource: many employers do not know them. The registry here gathers the models, their steps and where they are done in your region.",
                        ),
                    ],
                    "related_records": [
                        ("validation_model", records["validation_model:svets"]),
                        ("validation_model", records["validation_model:bygg"]),
                        ("validation_model", records["validation_model:handel"]),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "audiences": [A.COUNSELLORS.value, A.EMPLOYERS.value, A.EDUCATION_PROVIDERS.value]
            },
        ),
        PageSpec(
            GuidanceArticlePage,
            "vad-vinner-arbetsgivaren",
            {
                "sv": {
                    "title": "Vad vinner du som arbetsgivare?",
                    "intro": "Validering hjälper dig att hitta och behålla rätt kompetens, och att se vad en sökande kan innan du anställer.",
                    "summary_easy": "Du hittar folk som kan jobbet. Du ser vad de kan innan de börjar. Det sparar tid och pengar.",
                    "body": [
                        steps(
                            "Fem vinster",
                            [
                                (
                                    "Fler sökande",
                                    "Du kan anställa personer med erfarenhet men utan svenska papper.",
                                ),
                                (
                                    "Säkrare rekrytering",
                                    "Intyget visar vad personen kan, bedömt mot branschens egen standard.",
                                ),
                                (
                                    "Kortare upplärning",
                                    "Ni vet vad som redan sitter och lägger tiden på det som saknas.",
                                ),
                                (
                                    "Kompetensutveckling",
                                    "Validera dina anställda och se vem som kan ta nästa steg.",
                                ),
                                (
                                    "Stöd på vägen",
                                    "En sökandelots kan hjälpa både dig och den nya medarbetaren, före och efter starten.",
                                ),
                            ],
                        ),
                        p(
                            "I Kalmar län fick sökandelotsar personer i praktik och jobb genom att ta hand om kontakten med arbetsgivaren och det administrativa. Arbetsgivarna beskrev det som att någon ”håller dem i handen”.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "What do you gain as an employer?",
                    "slug": "what-employers-gain",
                    "intro": "Validation helps you find and keep the right skills, and see what an applicant can do before you hire.",
                    "summary_easy": "You find people who can do the job, and see what they can do before they start. It saves time and money.",
                    "body": [
                        steps(
                            "Five gains",
                            [
                                (
                                    "More applicants",
                                    "You can hire people with experience but without Swedish papers.",
                                ),
                                (
                                    "Safer recruitment",
                                    "The certificate shows what the person can do, assessed against the industry's own standard.",
                                ),
                                (
                                    "Shorter induction",
                                    "You know what is already there and spend the time on what is missing.",
                                ),
                                (
                                    "Staff development",
                                    "Validate your staff and see who can take the next step.",
                                ),
                                (
                                    "Support along the way",
                                    "A job-seeker pilot can help both you and the new employee, before and after the start.",
                                ),
                            ],
                        ),
                        p(
                            "In Kalmar län job-seeker pilots got people into placements and jobs by handling the contact with the employer and the paperwork. Employers described it as someone “holding their hand”.",
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={"audiences": [A.EMPLOYERS.value], "regions": [records["region:08"]]},
        ),
        PageSpec(
            GuidanceArticlePage,
            "validering-pa-komvux",
            {
                "sv": {
                    "title": "Validering på Komvux",
                    "intro": "Komvux kan validera det du kan mot en kursplan och sätta betyg, så att du bara läser det som saknas.",
                    "summary_easy": "Komvux kan se vad du redan kan. Då får du betyg på det. Du läser bara det du inte kan.",
                    "body": [
                        p(
                            "Validering på Komvux ser olika ut i olika kommuner. Fråga din kommuns Komvux eller studie- och yrkesvägledare. Många yrkeskurser kan kombineras med SFI och studiehandledning på modersmålet.",
                        ),
                    ],
                    "related_records": [
                        (
                            "komvux_offer",
                            records["komvux_offer:komvux-hassleholm-validering-vard-och-omsorg"],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "Validation at Komvux",
                    "slug": "validation-at-komvux",
                    "intro": "Komvux can validate what you know against a syllabus and set grades, so you only study what is missing.",
                    "summary_easy": "Komvux can see what you already know and give you grades for it. You only study what you do not know.",
                    "body": [
                        p(
                            "Validation at Komvux differs between municipalities. Ask your municipality's Komvux or a study and career counsellor. Many vocational courses can be combined with SFI and study guidance in your mother tongue.",
                        ),
                    ],
                    "related_records": [
                        (
                            "komvux_offer",
                            records["komvux_offer:komvux-hassleholm-validering-vard-och-omsorg"],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "audiences": [A.INDIVIDUALS.value, A.EDUCATION_PROVIDERS.value, A.COUNSELLORS.value]
            },
        ),
        PageSpec(
            GuidanceArticlePage,
            "regionala-strukturer",
            {
                "sv": {
                    "title": "Regionala strukturer för validering",
                    "intro": "Så kan en region hålla ihop valideringen: en gemensam process, halvårsplaner och samverkan som inte hänger på en person.",
                    "summary_easy": "Kommunerna i en region kan arbeta ihop. De gör en plan varje halvår. De skriver vad som hände. Då kan de lära av varandra.",
                    "body": [
                        p(
                            "I Östra Mellansverige samarbetar fem regioner om validering. I Skåne Nordost körs valideringen i halvårscykler: varje kommun skriver en arbetsplan i början och en rapport i slutet, och bedömarna träffas regelbundet för att bedöma lika.",
                        ),
                        steps(
                            "Ett halvår",
                            [
                                (
                                    "Arbetsplan",
                                    "Vilka program, vilka bedömare och hur många valideringar.",
                                ),
                                (
                                    "Samsynsmöten",
                                    "Bedömare och kvalitetssäkrare jämför sina bedömningar.",
                                ),
                                ("Rapport", "Hur gick det? Vad gör vi annorlunda nästa halvår?"),
                            ],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
                "en": {
                    "title": "Regional structures for validation",
                    "slug": "regional-structures",
                    "intro": "How a region can hold validation together: a shared process, half-year plans and cooperation that does not depend on one person.",
                    "summary_easy": "The municipalities in a region can work together. They make a plan every half-year and write down what happened, so they learn from each other.",
                    "body": [
                        p(
                            "In Östra Mellansverige five regions cooperate on validation. In Skåne Nordost validation runs in half-year cycles: each municipality writes a work plan at the start and a report at the end, and assessors meet regularly to assess consistently.",
                        ),
                        steps(
                            "A half-year",
                            [
                                (
                                    "Work plan",
                                    "Which programmes, which assessors and how many validations.",
                                ),
                                (
                                    "Consensus meetings",
                                    "Assessors and quality assurers compare their assessments.",
                                ),
                                ("Report", "How did it go? What do we change next half-year?"),
                            ],
                        ),
                    ],
                    "last_reviewed": REVIEWED,
                },
            },
            shared={
                "audiences": [A.DECISION_MAKERS.value],
                "regions": [
                    records[f"region:{code}"] for code in ("03", "04", "05", "12", "18", "19")
                ],
            },
        ),
    ]


def _events(records: dict[str, Any]) -> PageSpec:
    return PageSpec(
        EventIndexPage,
        "evenemang",
        {
            "sv": {
                "title": "Evenemang",
                "intro": "Workshoppar, kunskapsutbyten och utbildningar för bedömare i regionerna.",
            },
            "en": {
                "title": "Events",
                "slug": "events",
                "intro": "Workshops, knowledge exchanges and training for assessors in the regions.",
            },
            "ar": {
                "title": "الفعاليات",
                "intro": "ورش عمل وتبادل للمعرفة ودورات للمقيّمين في المناطق.",
            },
        },
        in_menu=True,
        children=[
            PageSpec(
                EventPage,
                "workshop-basprogrammet-hassleholm",
                {
                    "sv": {
                        "title": "Workshop: så använder ni basprogrammet",
                        "intro": "För personal på arbetsmarknadsenheterna i Skåne Nordost: hur deltagarna går igenom basprogrammet före OCN-valideringen.",
                    },
                    "en": {
                        "title": "Workshop: using the foundation course",
                        "slug": "workshop-foundation-course-hassleholm",
                        "intro": "For staff at the labour-market units in Skåne Nordost: how participants take the foundation course before OCN validation.",
                    },
                    "ar": {
                        "title": "ورشة عمل: كيف تستخدمون البرنامج الأساسي",
                        "intro": "للعاملين في وحدات سوق العمل في Skåne Nordost: كيف يمرّ المشاركون بالبرنامج الأساسي قبل التحقق بطريقة OCN.",
                    },
                },
                shared={
                    "kind": EventKind.WORKSHOP.value,
                    "region": records["region:12"],
                    "place": "Arbetsmarknadsenheten, Hässleholm",
                    "audiences": [A.COUNSELLORS.value],
                    **when("2027-03-10", "09:00", "12:00"),
                },
            ),
            PageSpec(
                EventPage,
                "kunskapsutbyte-praktiksamordning-koping",
                {
                    "sv": {
                        "title": "Kunskapsutbyte om praktiksamordning i KAK",
                        "intro": "Kommunerna Köping, Arboga och Kungsör delar erfarenheter av praktiksamordning och språkvalidering med arbetsgivare.",
                    },
                    "en": {
                        "title": "Knowledge exchange on placement coordination in KAK",
                        "slug": "knowledge-exchange-placements-koping",
                        "intro": "Köping, Arboga and Kungsör share experience of placement coordination and language validation with employers.",
                    },
                },
                shared={
                    "kind": EventKind.KNOWLEDGE_EXCHANGE.value,
                    "region": records["region:19"],
                    "place": "Köpings kommunhus, Köping",
                    "online_url": "https://meet.example.se/kak-kunskapsutbyte",
                    "audiences": [A.EMPLOYERS.value, A.COUNSELLORS.value],
                    **when("2027-04-14", "13:00", "16:00"),
                },
            ),
            PageSpec(
                EventPage,
                "ocn-bedomarutbildning-kalmar",
                {
                    "sv": {
                        "title": "Utbildning för OCN-bedömare i Kalmar län",
                        "intro": "Grundutbildning för nya bedömare och interna kvalitetssäkrare i OCN-metoden, för kommunerna i Kalmar län.",
                    },
                    "en": {
                        "title": "Training for OCN assessors in Kalmar län",
                        "slug": "ocn-assessor-training-kalmar",
                        "intro": "Basic training for new assessors and internal quality assurers in the OCN method, for the municipalities of Kalmar län.",
                    },
                },
                shared={
                    "kind": EventKind.ASSESSOR_TRAINING.value,
                    "region": records["region:08"],
                    "online_url": "https://meet.example.se/ocn-bedomare",
                    "audiences": [A.EDUCATION_PROVIDERS.value, A.COUNSELLORS.value],
                    **when("2027-05-05", "09:00", "15:00"),
                },
            ),
            PageSpec(
                EventPage,
                "natverksmote-validering-oms",
                {
                    "sv": {
                        "title": "Nätverksmöte: regionala strukturer i Östra Mellansverige",
                        "intro": "Regionerna i ÖMS stämmer av läget för validering: vad finns, vad saknas och vad gör vi nästa halvår.",
                    },
                    "en": {
                        "title": "Network meeting: regional structures in Östra Mellansverige",
                        "slug": "network-meeting-validation-oms",
                        "intro": "The ÖMS regions take stock of validation: what exists, what is missing and what we do next half-year.",
                    },
                },
                shared={
                    "kind": EventKind.INFORMATION_MEETING.value,
                    "region": records["region:19"],
                    "online_url": "https://meet.example.se/oms-validering",
                    "audiences": [A.DECISION_MAKERS.value],
                    **when("2027-06-02", "10:00", "11:30"),
                },
            ),
        ],
    )


def _news(records: dict[str, Any]) -> PageSpec:
    return PageSpec(
        NewsIndexPage,
        "nyheter",
        {
            "sv": {"title": "Nyheter", "intro": "Nytt om validering i regionerna."},
            "en": {
                "title": "News",
                "slug": "news",
                "intro": "News about validation in the regions.",
            },
            "ar": {
                "title": "الأخبار",
                "intro": "جديد التحقق من المهارات في المناطق.",
            },
        },
        in_menu=True,
        children=[
            PageSpec(
                NewsPage,
                "basprogrammet-testas",
                {
                    "sv": {
                        "title": "Basprogrammet testas bland deltagare",
                        "intro": "Webbkursen som förbereder för validering i Skåne Nordost blev klar efter projektets slut och testas nu.",
                        "body": [
                            p(
                                "Enligt slutrapporten från projektet KompetensValidering fortsatte arbetet med basprogrammet ett par månader efter projekttiden. När rapporten skrevs hade över 50 personer gått hela eller delar av programmet. De första rapporterna från personalen är positiva, och utvärderare intervjuar deltagare om vad som behöver utvecklas."
                            )
                        ],
                    },
                    "en": {
                        "title": "The foundation course is being tested with participants",
                        "slug": "foundation-course-being-tested",
                        "intro": "The web course that prepares for validation in Skåne Nordost was finished after the project ended and is now being tested.",
                        "body": [
                            p(
                                "According to the final report of the project KompetensValidering, work on the foundation course went on for a couple of months after the project period. When the report was written, more than 50 people had taken all or part of the course. The first reports from staff are positive, and evaluators are interviewing participants about what needs to be developed."
                            )
                        ],
                    },
                    "ar": {
                        "title": "تجربة البرنامج الأساسي مع المشاركين",
                        "intro": "اكتملت الدورة الإلكترونية التي تُعِدّ للتحقق من المهارات في Skåne Nordost بعد انتهاء المشروع، وتجري تجربتها الآن.",
                        "body": [
                            p(
                                "وفقًا للتقرير الختامي لمشروع KompetensValidering، استمر العمل على البرنامج الأساسي بضعة أشهر بعد انتهاء مدة المشروع. وعند كتابة التقرير كان أكثر من 50 شخصًا قد أتمّوا البرنامج كله أو جزءًا منه. التقارير الأولى من العاملين إيجابية، ويجري المقيّمون مقابلات مع المشاركين حول ما يحتاج إلى تطوير."
                            )
                        ],
                    },
                },
                shared={
                    "date": date(2026, 10, 15),
                    "audiences": [A.INDIVIDUALS.value, A.COUNSELLORS.value],
                },
            ),
            PageSpec(
                NewsPage,
                "yrkesvalidering-skane-nordost",
                {
                    "sv": {
                        "title": "Skåne Nordost satsar på yrkesvalidering",
                        "intro": "Efter projektet KompetensValidering går kommunerna vidare med validering mot yrken i OCN-systemet.",
                        "body": [
                            p(
                                "Basprogrammet ersätter i stor del valideringen av allmänna kompetenser. Fokus blir nu yrkesvalidering, till exempel lager och kök, så att fler får ett intyg som räknas på ett riktigt jobb."
                            )
                        ],
                    },
                    "en": {
                        "title": "Skåne Nordost invests in vocational validation",
                        "slug": "vocational-validation-skane-nordost",
                        "intro": "After the KompetensValidering project the municipalities move on to validation against occupations in the OCN system.",
                        "body": [
                            p(
                                "The foundation course largely replaces validation of general competences. The focus is now vocational validation, for example warehouse and kitchen, so that more people get a certificate that counts in a real job."
                            )
                        ],
                    },
                },
                shared={
                    "date": date(2026, 9, 1),
                    "audiences": [A.DECISION_MAKERS.value, A.EMPLOYERS.value],
                    "regions": [records["region:12"]],
                },
            ),
        ],
    )


RESOURCE_FORM_FIELDS = {
    "sv": [
        {
            "label": "Vilken insats behövs?",
            "field_type": "multiline",
            "help_text": "Till exempel en tematräff om arbetsmiljö eller stöd i att starta OCN-validering.",
        },
        {
            "label": "Omfattning",
            "field_type": "singleline",
            "help_text": "Hur många tillfällen och hur länge?",
        },
        {
            "label": "Vilka ska ta del av insatsen?",
            "field_type": "multiline",
            "help_text": "Beskriv gruppen och ungefär hur många, inga namn.",
        },
        {"label": "Kontaktperson", "field_type": "singleline"},
        {"label": "E-post", "field_type": "email"},
    ],
    "en": [
        {
            "label": "What support is needed?",
            "field_type": "multiline",
            "help_text": "For example a theme meeting on the work environment or help to start OCN validation.",
        },
        {
            "label": "Scope",
            "field_type": "singleline",
            "help_text": "How many sessions and how long?",
        },
        {
            "label": "Who will take part?",
            "field_type": "multiline",
            "help_text": "Describe the group and roughly how many, no names.",
        },
        {"label": "Contact person", "field_type": "singleline"},
        {"label": "Email", "field_type": "email"},
    ],
    "ar": [
        {
            "label": "ما الدعم المطلوب؟",
            "field_type": "multiline",
            "help_text": "مثلاً لقاء موضوعي عن بيئة العمل أو مساعدة في بدء التحقق بطريقة OCN.",
        },
        {
            "label": "الحجم",
            "field_type": "singleline",
            "help_text": "كم لقاءً، وكم من الوقت؟",
        },
        {
            "label": "من سيشارك في الدعم؟",
            "field_type": "multiline",
            "help_text": "صِفوا المجموعة وعددها تقريباً، بلا أسماء.",
        },
        {"label": "جهة الاتصال", "field_type": "singleline"},
        {"label": "البريد الإلكتروني", "field_type": "email"},
    ],
}


def _demo(index: PageSpec) -> PageSpec:
    """Mark an index's pages as invented for the demo (events, news): they say so."""
    for child in index.children:
        child.shared = {**child.shared, "is_demo": True}
    return index


def tree(course: PageSpec) -> PageSpec:
    """Return the whole demo site, resolving the registry records it links to."""
    records: dict[str, Any] = {}
    for prefix, model in (
        ("credential", Credential),
        ("validation_model", ValidationModel),
        ("komvux_offer", KomvuxOffer),
        ("actor", Actor),
    ):
        records.update({f"{prefix}:{r.slug}": r for r in model.objects.all()})
    records.update({f"region:{r.code}": r for r in Region.objects.all()})
    return PageSpec(
        HomePage,
        "hem",
        {
            "sv": {
                "title": "Valideringsnavet",
                "intro": "Här samlar regioner, kommuner och branscher information om validering: vad du redan kan ska synas och räknas, oavsett var du har lärt dig det.",
            },
            "en": {
                "title": "Valideringsnavet",
                "intro": "Regions, municipalities and industries gather information about validation here: what you already know should be seen and count, wherever you learned it.",
            },
            "ar": {
                "title": "Valideringsnavet",
                "intro": "هنا تجمع المناطق والبلديات وقطاعات العمل معلومات عن التحقق من المهارات: ما تعرفه يجب أن يُرى ويُحسب، أينما تعلّمته.",
            },
            "so": {
                "title": "Valideringsnavet",
                "intro": "Halkan gobollada, degmooyinka iyo warshadaha waxay ku ururiyaan macluumaad ku saabsan xaqiijinta aqoonta: waxa aad taqaan waa in la arkaa oo la tiriyaa, meel kasta oo aad ku baratay.",
            },
            "ti": {
                "title": "Valideringsnavet",
                "intro": "ኣብዚ ዞባታት፡ ኮሙናትን ዘርፍታት ስራሕን ብዛዕባ ምርግጋጽ ክእለት ሓበሬታ ይእክቡ፡ ዝፈልጦ ክእለትካ፡ ኣበይ ዝተማሃርካዮ ብዘየገድስ፡ ክርአን ክቑጸርን ኣለዎ።",
            },
        },
        children=[
            *_audiences(records),
            *_articles(records),
            course,
            PageSpec(
                GlossaryPage,
                "ordlista",
                {
                    "sv": {
                        "title": "Ordlista",
                        "intro": "Ord om validering och arbetsliv, förklarade med enkla ord.",
                    },
                    "en": {
                        "title": "Glossary",
                        "slug": "glossary",
                        "intro": "Words about validation and working life, explained in plain words.",
                    },
                    "ar": {
                        "title": "قائمة الكلمات",
                        "intro": "كلمات عن التحقق من المهارات والعمل، مشروحة بكلمات بسيطة.",
                    },
                    "so": {
                        "title": "Liiska erayada",
                        "intro": "Erayo ku saabsan xaqiijinta aqoonta iyo shaqada, oo si fudud loo sharxay.",
                    },
                    "ti": {
                        "title": "መዝገበ ቃላት",
                        "intro": "ብዛዕባ ምርግጋጽ ክእለትን ስራሕን ዝኾኑ ቃላት፡ ብቐሊል ቃላት ዝተገልጹ።",
                    },
                },
                in_menu=True,
            ),
            _demo(_events(records)),
            _demo(_news(records)),
            PageSpec(
                ResourceRequestFormPage,
                "forfragan-om-resurs",
                {
                    "sv": {
                        "title": "Förfrågan om resurs",
                        "intro": "För kommunernas arbetsmarknadsenheter i alla regioner: be den regionala samordnaren om en tematräff, en workshop eller annat stöd. Beskriv vad ni behöver, hur mycket och för vilka.",
                        "thank_you_text": "<p>Samordnaren hör av sig inom en vecka för att planera insatsen med er.</p>",
                        "subject": "Förfrågan om resurs",
                    },
                    "en": {
                        "title": "Resource request",
                        "slug": "resource-request",
                        "intro": "For the municipal labour-market units in every region: ask the regional coordinator for a theme meeting, a workshop or other support. Describe what you need, how much and for whom.",
                        "thank_you_text": "<p>The coordinator will be in touch within a week to plan the support with you.</p>",
                        "subject": "Resource request",
                    },
                    "ar": {
                        "title": "طلب دعم",
                        "intro": "لوحدات سوق العمل في بلديات كل المناطق: اطلبوا من المنسّق الإقليمي لقاءً موضوعياً أو ورشة عمل أو دعماً آخر. صِفوا ما تحتاجونه، وحجمه، ولمن.",
                        "thank_you_text": "<p>سيتواصل المنسّق معكم خلال أسبوع ليخطّط الدعم معكم.</p>",
                        "subject": "طلب دعم",
                    },
                },
                shared={
                    "region": None,
                    "to_address": "samordnare@kalmar.example.se",
                    "from_address": "valideringsnavet@example.se",
                },
                form_fields=RESOURCE_FORM_FIELDS,
            ),
            PageSpec(
                ContentPage,
                "om-valideringsnavet",
                {
                    "sv": {
                        "title": "Om Valideringsnavet",
                        "menu_title": "Om oss",
                        "intro": "Valideringsnavet är en gemensam plats där regionerna samlar valideringsmodeller, aktörer, Komvux-utbud och vägledning.",
                        "body": [
                            ("heading", "Varför Valideringsnavet finns"),
                            p(
                                "Validering betyder att det du redan kan blir synligt och räknas, var du än har lärt dig det. Projekten bakom sidan såg samma sak om och om igen: informationen om validering är utspridd, branschernas egna valideringsmodeller används för lite, och arbetsgivare vet inte alltid vad ett intyg är värt.",
                            ),
                            ("heading", "Vad du hittar här"),
                            p(
                                "Ett register över branschvalideringsmodeller, intyg, Komvux-utbud och aktörer i regionerna. Vägledning skriven för privatpersoner, arbetsgivare, vägledare, utbildningsanordnare och beslutsfattare, på svenska, engelska och fler språk. En vägvisare där vägledare hittar en valideringsväg för en person, en sökning över allt och ett öppet API för den som vill använda uppgifterna.",
                            ),
                            ("heading", "Vem som står bakom"),
                            p(
                                "Sidan bygger på erfarenheterna från projekten i Skåne Nordost, Köping–Arboga–Kungsör, Kalmar län och Östra Mellansverige. Varje region ansvarar för sina egna uppgifter i registret. Varje post visar sin källa och när den senast granskades.",
                                "Evenemang, nyheter och en del poster är demodata som visar hur sidan fungerar. De är märkta som demo.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "About Valideringsnavet",
                        "menu_title": "About us",
                        "slug": "about",
                        "intro": "Valideringsnavet is a shared place where the regions gather validation models, actors, Komvux offers and guidance.",
                        "body": [
                            ("heading", "Why Valideringsnavet exists"),
                            p(
                                "Validation means that what you already know is seen and counts, wherever you learned it. The projects behind the site saw the same things again and again: information about validation is scattered, the industries' own validation models are under-used, and employers do not always know what a certificate is worth.",
                            ),
                            ("heading", "What you find here"),
                            p(
                                "A registry of industry validation models, credentials, Komvux offers and actors in the regions. Guidance written for individuals, employers, counsellors, education providers and decision makers, in Swedish, English and more languages. A route finder where counsellors find a validation route for one person, one search over everything, and an open API for anyone who wants to use the data.",
                            ),
                            ("heading", "Who is behind it"),
                            p(
                                "The site builds on the experience of the projects in Skåne Nordost, Köping–Arboga–Kungsör, Kalmar län and Östra Mellansverige. Each region is responsible for its own records in the registry. Every record shows its source and when it was last reviewed.",
                                "Events, news and some records are demo data that show how the site works. They are marked as demo.",
                            ),
                        ],
                    },
                    "ar": {
                        "title": "عن Valideringsnavet",
                        "menu_title": "من نحن",  # "About us"
                        "intro": "Valideringsnavet مكان مشترك تجمع فيه المناطق نماذج التحقق من المهارات والجهات الفاعلة وعروض Komvux والإرشاد.",
                        "body": [
                            ("heading", "لماذا يوجد Valideringsnavet"),
                            p(
                                "التحقق من المهارات يعني أن ما تعرفه يُرى ويُحسب، أينما تعلّمته. رأت المشاريع التي يقوم عليها الموقع الأمور نفسها مراراً: المعلومات عن التحقق متفرّقة، ونماذج التحقق الخاصة بقطاعات العمل قليلة الاستخدام، وأصحاب العمل لا يعرفون دائماً قيمة الشهادة.",
                            ),
                            ("heading", "ماذا تجد هنا"),
                            p(
                                "سجلّاً لنماذج التحقق في قطاعات العمل والشهادات وعروض Komvux والجهات الفاعلة في المناطق. وإرشاداً مكتوباً للأفراد وأصحاب العمل والمرشدين ومقدّمي التعليم وصنّاع القرار، بالسويدية والإنجليزية ولغات أخرى. وأداة يجد بها المرشدون مسار تحقق لشخص ما، وبحثاً واحداً في كل شيء، وواجهة برمجية مفتوحة لمن يريد استخدام البيانات.",
                            ),
                            ("heading", "من يقف وراءه"),
                            p(
                                "يقوم الموقع على خبرة المشاريع في Skåne Nordost وKöping–Arboga–Kungsör وKalmar län وÖstra Mellansverige. كل منطقة مسؤولة عن سجلّاتها في السجل. كل سجلّ يذكر مصدره ومتى رُوجع آخر مرة.",
                                "الفعاليات والأخبار وبعض السجلّات بيانات تجريبية تُظهر كيف يعمل الموقع، وهي معلَّمة بأنها تجريبية.",
                            ),
                        ],
                    },
                    "so": {
                        "title": "Ku saabsan Valideringsnavet",
                        "menu_title": "Annaga",  # "About us"
                        "intro": "Valideringsnavet waa meel la wadaago oo gobolladu ku ururiyaan qaababka xaqiijinta, hay'adaha, fursadaha Komvux iyo hagitaanka.",
                        "body": [
                            ("heading", "Sababta Valideringsnavet u jiro"),
                            p(
                                "Xaqiijinta aqoontu waxay ka dhigan tahay in waxa aad taqaan la arko oo la tiriyo, meel kasta oo aad ku baratay. Mashaariicda ka dambeeya boggu waxay mar kasta arkeen isla waxyaabahan: macluumaadka xaqiijintu waa kala firdhisan yahay, qaababka xaqiijinta ee warshaduhu si yar ayaa loo isticmaalaa, loo-shaqeeyayaashuna had iyo jeer ma oga qiimaha shahaadada.",
                            ),
                            ("heading", "Waxa aad halkan ka helayso"),
                            p(
                                "Diiwaan ka kooban qaababka xaqiijinta warshadaha, shahaadooyinka, fursadaha Komvux iyo hay'adaha gobollada. Hagitaan loo qoray shakhsiyaadka, loo-shaqeeyayaasha, la-taliyayaasha, bixiyeyaasha waxbarashada iyo go'aan-qaadayaasha. Raadiye waddo oo la-taliyayaashu ugu helaan waddo xaqiijin qof, raadin ku saabsan wax walba iyo API furan.",
                            ),
                            ("heading", "Cidda ka dambaysa"),
                            p(
                                "Boggu wuxuu ku dhisan yahay waayo-aragnimada mashaariicda Skåne Nordost, Köping–Arboga–Kungsör, Kalmar län iyo Östra Mellansverige. Gobol kasta wuxuu mas'uul ka yahay xogtiisa diiwaanka. Xog kasta waxay muujisaa isheeda iyo goorta ugu dambeysay ee dib loo eegay.",
                                "Dhacdooyinka, wararka iyo qaar ka mid ah xogta waa xog tijaabo ah oo muujinaysa sida boggu u shaqeeyo. Waxaa loo calaamadeeyay tijaabo.",
                            ),
                        ],
                    },
                    "ti": {
                        "title": "ብዛዕባ Valideringsnavet",
                        "menu_title": "ብዛዕባና",  # "About us"
                        "intro": "Valideringsnavet ዞባታት ሞዴላት ምርግጋጽ ክእለት፡ ተዋሳእቲ፡ ዕድላት Komvuxን መምርሕን ዝእክባሉ ሓባራዊ ቦታ እዩ።",
                        "body": [
                            ("heading", "ስለምንታይ Valideringsnavet ኣሎ"),
                            p(
                                "ምርግጋጽ ክእለት ማለት ዝፈልጦ ክእለትካ፡ ኣበይ ዝተማሃርካዮ ብዘየገድስ፡ ክርአን ክቑጸርን እዩ። እቶም ድሕሪ እዚ መርበብ ዘለዉ ፕሮጀክትታት ሓደ ዓይነት ነገር ብተደጋጋሚ ርእዮም፦ ሓበሬታ ብዛዕባ ምርግጋጽ ዝተበታተነ እዩ፡ ናይ ዘርፍታት ሞዴላት ምርግጋጽ ብዙሕ ኣይጥቀሙሉን፡ ወሃብቲ ስራሕ ድማ ዋጋ ምስክር ወረቐት ኩሉ ግዜ ኣይፈልጡን።",
                            ),
                            ("heading", "ኣብዚ እንታይ ትረክብ"),
                            p(
                                "መዝገብ ሞዴላት ምርግጋጽ ዘርፍታት፡ ምስክር ወረቐታት፡ ዕድላት Komvuxን ተዋሳእቲ ኣብ ዞባታትን። ንውልቀሰባት፡ ወሃብቲ ስራሕ፡ ኣማኸርቲ፡ ኣቕረብቲ ትምህርትን ወሰንቲ ውሳነን ዝተጻሕፈ መምርሒ። ኣማኸርቲ ንሓደ ሰብ መንገዲ ምርግጋጽ ዝረኽቡሉ መድለዪ መንገዲ፡ ኣብ ኩሉ ሓደ ምድላይን ክፉት API ን።",
                            ),
                            ("heading", "መን ኣሎ ድሕሪኡ"),
                            p(
                                "እዚ መርበብ ኣብ ተሞክሮ ፕሮጀክትታት Skåne Nordost፡ Köping–Arboga–Kungsör፡ Kalmar län ን Östra Mellansverige ን ዝተመስረተ እዩ። ነፍሲ ወከፍ ዞባ ንመዝገባቱ ሓላፍነት ይወስድ። ነፍሲ ወከፍ መዝገብ ምንጩን መዓስ ንመወዳእታ ከም ዝተመርመረን የርኢ።",
                                "ፍጻመታት፡ ዜናታትን ገለ መዝገባትን ከመይ ከም ዝሰርሕ ዘርኢ ናይ ፈተነ ሓበሬታ እዮም። ከም ፈተነ ተመልኪቶም ኣለዉ።",
                            ),
                        ],
                    },
                },
                in_menu=True,
            ),
        ],
    )
