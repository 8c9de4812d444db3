"""The foundation course (basprogram, seed 000): three parts, two lessons each, a self-test
after each part. Written plainly; every lesson also in Arabic, Somali and Tigrinya.
"""

from __future__ import annotations

from typing import Any

from communication.audiences import Audience
from communication.demo.sync import PageSpec
from communication.models import CoursePage, CourseSectionPage, LessonPage

__all__ = ["COURSE"]


def q(question: str, *answers: tuple[str, bool, str]) -> tuple[str, dict[str, Any]]:
    """A self-test question: answers are (text, correct, feedback)."""
    return (
        "question",
        {
            "question": question,
            "answers": [{"text": t, "correct": c, "feedback": f} for t, c, f in answers],
        },
    )


def lesson(slug: str, content: dict[str, tuple[str, str, list[str]]]) -> PageSpec:
    """A lesson: per language (title, intro, paragraphs)."""
    return PageSpec(
        LessonPage,
        slug,
        {
            code: {
                "title": title,
                "intro": intro,
                "body": [("text", "".join(f"<p>{p}</p>" for p in paragraphs))],
            }
            for code, (title, intro, paragraphs) in content.items()
        },
    )


SOCIETY = PageSpec(
    CourseSectionPage,
    "samhallsinformation",
    {
        "sv": {
            "title": "Samhällsinformation",
            "intro": "Hur Sverige fungerar: kommunen, staten och dina rättigheter.",
            "questions": [
                q(
                    "Vem ansvarar för skolor och hjälp att hitta jobb där du bor?",
                    ("Kommunen", True, "Rätt. Kommunen har skolor, omsorg och stöd till jobb."),
                    ("Banken", False, "Nej. Banken sköter pengar. Det är kommunen som har skolor."),
                    ("Grannen", False, "Nej. Det är kommunen som har det ansvaret."),
                ),
                q(
                    "Vad behöver du ofta hos läkare, bank och arbetsgivare?",
                    ("Ditt personnummer", True, "Rätt. Personnumret visar vem du är."),
                    ("Ditt körkort", False, "Inte alltid. Men personnumret behövs nästan alltid."),
                    ("Ett foto", False, "Nej. Det är personnumret som behövs."),
                ),
                q(
                    "Vad går skatten till?",
                    ("Skola, vård och vägar", True, "Rätt. Skatten betalar det vi delar på."),
                    (
                        "Bara till staten",
                        False,
                        "Inte bara. Skatten går också till kommun och region.",
                    ),
                    ("Till din arbetsgivare", False, "Nej. Skatten går till det gemensamma."),
                ),
            ],
        },
        "en": {
            "title": "Society",
            "slug": "society",
            "intro": "How Sweden works: the municipality, the state and your rights.",
            "questions": [
                q(
                    "Who is responsible for schools and help to find work where you live?",
                    (
                        "The municipality",
                        True,
                        "Right. The municipality runs schools, care and support to find work.",
                    ),
                    (
                        "The bank",
                        False,
                        "No. The bank handles money. The municipality runs the schools.",
                    ),
                    ("Your neighbour", False, "No. That is the municipality's job."),
                ),
                q(
                    "What do you often need at the doctor's, the bank and the employer?",
                    ("Your personal identity number", True, "Right. The number shows who you are."),
                    (
                        "Your driving licence",
                        False,
                        "Not always. But the personal number is almost always needed.",
                    ),
                    ("A photo", False, "No. It is the personal number that is needed."),
                ),
                q(
                    "What does tax pay for?",
                    ("Schools, health care and roads", True, "Right. Tax pays for what we share."),
                    (
                        "Only the state",
                        False,
                        "Not only. Tax also goes to municipalities and regions.",
                    ),
                    ("Your employer", False, "No. Tax goes to what we share."),
                ),
            ],
        },
        "ar": {
            "title": "معلومات عن المجتمع",
            "intro": "كيف تعمل السويد: البلدية والدولة وحقوقك.",
            "questions": [
                q(
                    "من المسؤول عن المدارس والمساعدة في إيجاد عمل حيث تسكن؟",
                    ("البلدية", True, "صحيح. البلدية لها مدارس ورعاية ودعم للعمل."),
                    ("البنك", False, "لا. البنك يهتم بالمال. البلدية هي التي لها المدارس."),
                    ("الجار", False, "لا. هذه مسؤولية البلدية."),
                ),
                q(
                    "ماذا تحتاج غالباً عند الطبيب والبنك وصاحب العمل؟",
                    ("الرقم الشخصي", True, "صحيح. الرقم الشخصي يبيّن من أنت."),
                    ("رخصة القيادة", False, "ليس دائماً. لكن الرقم الشخصي مطلوب تقريباً دائماً."),
                    ("صورة", False, "لا. المطلوب هو الرقم الشخصي."),
                ),
                q(
                    "لماذا تُدفع الضريبة؟",
                    ("للمدارس والرعاية الصحية والطرق", True, "صحيح. الضريبة تدفع ما نتشارك فيه."),
                    ("للدولة فقط", False, "ليس فقط. تذهب الضريبة أيضاً إلى البلدية والمنطقة."),
                    ("لصاحب العمل", False, "لا. الضريبة تذهب إلى ما نتشارك فيه."),
                ),
            ],
        },
        "so": {
            "title": "Macluumaad ku saabsan bulshada",
            "intro": "Sida Iswiidhan u shaqeyso: degmada, dawladda iyo xuquuqdaada.",
            "questions": [
                q(
                    "Yaa mas'uul ka ah iskuulada iyo caawimaadda shaqo raadinta meesha aad ku nooshahay?",
                    (
                        "Degmada",
                        True,
                        "Waa sax. Degmadu waxay leedahay iskuulo, daryeel iyo taageero shaqo.",
                    ),
                    (
                        "Bangiga",
                        False,
                        "Maya. Bangigu wuxuu maamulaa lacagta. Degmada ayaa leh iskuulada.",
                    ),
                    ("Deriskaaga", False, "Maya. Taasi waa mas'uuliyadda degmada."),
                ),
                q(
                    "Maxaa badanaa looga baahan yahay dhakhtarka, bangiga iyo loo-shaqeeyaha?",
                    (
                        "Lambarka shakhsiga",
                        True,
                        "Waa sax. Lambarku wuxuu muujiyaa cidda aad tahay.",
                    ),
                    (
                        "Shatiga baabuurka",
                        False,
                        "Mar walba maaha. Laakiin lambarka shakhsiga ayaa had iyo jeer loo baahan yahay.",
                    ),
                    ("Sawir", False, "Maya. Waxaa loo baahan yahay lambarka shakhsiga."),
                ),
                q(
                    "Maxay canshuurtu bixisaa?",
                    (
                        "Iskuulada, caafimaadka iyo waddooyinka",
                        True,
                        "Waa sax. Canshuurtu waxay bixisaa waxa aan wadaagno.",
                    ),
                    (
                        "Dawladda oo kaliya",
                        False,
                        "Kaliya maaha. Canshuurtu waxay sidoo kale aadaa degmada iyo gobolka.",
                    ),
                    ("Loo-shaqeeyahaaga", False, "Maya. Canshuurtu waxay aadaa waxa aan wadaagno."),
                ),
            ],
        },
        "ti": {
            "title": "ሓበሬታ ብዛዕባ ሕብረተሰብ",
            "intro": "ሽወደን ብኸመይ ትሰርሕ፡ ኮሙን፡ መንግስትን መሰላትካን።",
            "questions": [
                q(
                    "ኣብ ዝነብረሉ ቦታ ንኣብያተ ትምህርቲን ስራሕ ንምርካብ ሓገዝን ሓላፍነት ዘለዎ መን እዩ?",
                    ("ኮሙን", True, "ልክዕ። ኮሙን ኣብያተ ትምህርቲ፡ ክንክንን ሓገዝ ስራሕን ኣለዎ።"),
                    ("ባንክ", False, "ኣይፋል። ባንክ ገንዘብ ይሕዝ። ኣብያተ ትምህርቲ ዘለዎ ኮሙን እዩ።"),
                    ("ጎረቤት", False, "ኣይፋል። እዚ ሓላፍነት ኮሙን እዩ።"),
                ),
                q(
                    "ኣብ ሓኪም፡ ባንክን ወሃብ ስራሕን መብዛሕትኡ ግዜ እንታይ የድልየካ?",
                    ("ናይ ውልቂ ቁጽሪ", True, "ልክዕ። እቲ ቁጽሪ መን ምዃንካ የርኢ።"),
                    ("መንጃ ፍቓድ", False, "ኩሉ ግዜ ኣይኮነን። ናይ ውልቂ ቁጽሪ ግን ኣብ ኩሉ የድሊ።"),
                    ("ስእሊ", False, "ኣይፋል። ዘድሊ ናይ ውልቂ ቁጽሪ እዩ።"),
                ),
                q(
                    "ግብሪ ንምንታይ ይኸፈል?",
                    ("ንኣብያተ ትምህርቲ፡ ክንክን ጥዕናን መገድታትን", True, "ልክዕ። ግብሪ ንሓባራዊ ነገራት ይኸፍል።"),
                    ("ንመንግስቲ ጥራይ", False, "ጥራይ ኣይኮነን። ግብሪ ናብ ኮሙንን ዞባን እውን ይኸይድ።"),
                    ("ንወሃብ ስራሕ", False, "ኣይፋል። ግብሪ ናብ ሓባራዊ ነገራት ይኸይድ።"),
                ),
            ],
        },
    },
    children=[
        lesson(
            "sa-fungerar-sverige",
            {
                "sv": (
                    "Så fungerar Sverige",
                    "Kommunen, regionen och staten gör olika saker.",
                    [
                        "Sverige har tre nivåer. Staten gör lagar. Regionen har hand om vården. Din kommun har skolor, äldreomsorg och hjälp att hitta jobb.",
                        "En myndighet är en del av staten. Skatteverket ger dig ett personnummer när du är skriven i Sverige. Du behöver numret hos läkare, bank och arbetsgivare.",
                        "Du kan alltid fråga kommunen om du inte vet vart du ska vända dig.",
                    ],
                ),
                "en": (
                    "How Sweden works",
                    "The municipality, the region and the state do different things.",
                    [
                        "Sweden has three levels. The state makes laws. The region runs health care. Your municipality runs schools, elderly care and help to find work.",
                        "A government agency is part of the state. The Tax Agency gives you a personal identity number when you are registered in Sweden. You need it at the doctor's, the bank and at work.",
                        "You can always ask the municipality if you do not know where to turn.",
                    ],
                ),
                "ar": (
                    "كيف تعمل السويد",
                    "البلدية والمنطقة والدولة تقوم بأمور مختلفة.",
                    [
                        "في السويد ثلاثة مستويات. الدولة تضع القوانين. المنطقة مسؤولة عن الرعاية الصحية. البلدية عندها المدارس ورعاية المسنين والمساعدة في إيجاد عمل.",
                        "الهيئة الحكومية جزء من الدولة. مصلحة الضرائب تعطيك الرقم الشخصي عندما تُسجَّل في السويد. تحتاج هذا الرقم عند الطبيب والبنك وصاحب العمل.",
                        "يمكنك دائماً أن تسأل البلدية إذا لم تعرف إلى أين تتوجه.",
                    ],
                ),
                "so": (
                    "Sida Iswiidhan u shaqeyso",
                    "Degmada, gobolka iyo dawladdu waxay qabtaan hawlo kala duwan.",
                    [
                        "Iswiidhan waxay leedahay saddex heer. Dawladdu waxay samaysaa sharciyada. Gobolku wuxuu maamulaa caafimaadka. Degmada waxay leedahay iskuulo, daryeelka waayeelka iyo caawimaad shaqo.",
                        "Hay'adda dawladda waa qayb ka mid ah dawladda. Skatteverket ayaa ku siiya lambarka shakhsiga marka lagu diiwaangeliyo Iswiidhan. Waxaad ugu baahan tahay dhakhtarka, bangiga iyo shaqada.",
                        "Had iyo jeer waad weydiin kartaa degmada haddii aadan garanayn meel aad u jeesato.",
                    ],
                ),
                "ti": (
                    "ሽወደን ብኸመይ ትሰርሕ",
                    "ኮሙን፡ ዞባን መንግስትን ዝተፈላለየ ስራሕ ይሰርሑ።",
                    [
                        "ሽወደን ሰለስተ ደረጃታት ኣለዋ። መንግስቲ ሕጊ ይገብር። ዞባ ክንክን ጥዕና ይሕዝ። ኮሙን ኣብያተ ትምህርቲ፡ ክንክን ኣረጋውያንን ስራሕ ንምርካብ ሓገዝን ኣለዎ።",
                        "ትካል መንግስቲ ክፋል መንግስቲ እዩ። Skatteverket ኣብ ሽወደን ምስ ተመዝገብካ ናይ ውልቂ ቁጽሪ ይህበካ። እዚ ቁጽሪ ኣብ ሓኪም፡ ባንክን ስራሕን የድልየካ።",
                        "ናበይ ከም ትኸይድ እንተዘይፈሊጥካ ኩሉ ግዜ ንኮሙን ክትሓትት ትኽእል።",
                    ],
                ),
            },
        ),
        lesson(
            "rattigheter-och-skyldigheter",
            {
                "sv": (
                    "Rättigheter och skyldigheter",
                    "Alla har samma rätt. Alla gör också sin del.",
                    [
                        "I Sverige har kvinnor och män samma rätt. Ingen får behandla dig sämre för din religion, ditt ursprung eller ditt kön.",
                        "Den som arbetar betalar skatt. Skatten betalar skola, vård och vägar. Arbetsgivaren drar skatten från lönen.",
                        "Om du blir sjuk kan du få pengar från Försäkringskassan. Då måste du anmäla det i tid.",
                    ],
                ),
                "en": (
                    "Rights and duties",
                    "Everyone has the same rights. Everyone also does their part.",
                    [
                        "In Sweden women and men have the same rights. No one may treat you worse because of your religion, your origin or your sex.",
                        "Everyone who works pays tax. Tax pays for schools, health care and roads. The employer takes the tax from your pay.",
                        "If you fall ill you can get money from Försäkringskassan, the Social Insurance Agency. You must report it in time.",
                    ],
                ),
                "ar": (
                    "الحقوق والواجبات",
                    "للجميع نفس الحقوق. وكل شخص يقوم بدوره أيضاً.",
                    [
                        "في السويد للنساء والرجال نفس الحقوق. لا يجوز لأحد أن يعاملك بشكل أسوأ بسبب دينك أو أصلك أو جنسك.",
                        "كل من يعمل يدفع الضريبة. الضريبة تدفع ثمن المدارس والرعاية الصحية والطرق. صاحب العمل يقتطع الضريبة من راتبك.",
                        "إذا مرضت يمكنك أن تحصل على مال من Försäkringskassan. يجب أن تبلّغ عن ذلك في الوقت المحدد.",
                    ],
                ),
                "so": (
                    "Xuquuqda iyo waajibaadka",
                    "Qof walba wuxuu leeyahay xuquuq isku mid ah. Qof walbana qaybtiisa ayuu qabtaa.",
                    [
                        "Iswiidhan haweenka iyo ragga waxay leeyihiin xuquuq isku mid ah. Qofna kuma takoori karo diintaada, asalkaaga ama jinsigaaga.",
                        "Qof kasta oo shaqeeya wuxuu bixiyaa canshuurta. Canshuurta waxay bixisaa iskuulada, caafimaadka iyo waddooyinka. Loo-shaqeeyuhu wuxuu canshuurta ka jaraa mushaharka.",
                        "Haddii aad jirrato waxaad lacag ka heli kartaa Försäkringskassan. Waa inaad waqtigeeda ku sheegtaa.",
                    ],
                ),
                "ti": (
                    "መሰላትን ግቡኣትን",
                    "ኩሉ ሰብ ማዕረ መሰል ኣለዎ። ኩሉ ሰብ ድማ ግቡኡ ይገብር።",
                    [
                        "ኣብ ሽወደን ደቂ ኣንስትዮን ደቂ ተባዕትዮን ማዕረ መሰል ኣለዎም። ብሃይማኖትካ፡ ብመበቆልካ ወይ ብጾታኻ ዝኾነ ሰብ ክፈልየካ ኣይፍቀዶን።",
                        "ዝሰርሕ ኩሉ ግብሪ ይኸፍል። ግብሪ ንኣብያተ ትምህርቲ፡ ክንክን ጥዕናን መገድታትን ይኸፍል። ወሃብ ስራሕ ግብሪ ካብ ደሞዝካ ይቖርጾ።",
                        "እንተሓሚምካ ካብ Försäkringskassan ገንዘብ ክትረክብ ትኽእል። ብግዜኡ ክትሕብር ኣለካ።",
                    ],
                ),
            },
        ),
    ],
)

LABOUR_MARKET = PageSpec(
    CourseSectionPage,
    "arbetsmarknad",
    {
        "sv": {
            "title": "Arbetsmarknad",
            "intro": "Hur du hittar jobb i Sverige och hur du visar vad du kan.",
            "questions": [
                q(
                    "Vilken myndighet hjälper dig att hitta jobb?",
                    (
                        "Arbetsförmedlingen",
                        True,
                        "Rätt. Arbetsförmedlingen hjälper dig med jobb och utbildning.",
                    ),
                    (
                        "Försäkringskassan",
                        False,
                        "Nej. Försäkringskassan betalar när du är sjuk. Jobb får du hjälp med på Arbetsförmedlingen.",
                    ),
                    ("Skatteverket", False, "Nej. Skatteverket sköter skatt och personnummer."),
                ),
                q(
                    "Vad är en validering?",
                    (
                        "Någon bedömer det du redan kan",
                        True,
                        "Rätt. Sedan får du ett intyg på det du kan.",
                    ),
                    (
                        "En kurs i svenska",
                        False,
                        "Nej. Det är SFI. Validering visar det du redan kan.",
                    ),
                    (
                        "Ett test för att få bidrag",
                        False,
                        "Nej. Validering visar vad du kan, för jobb eller studier.",
                    ),
                ),
                q(
                    "Vad gör du först i en validering?",
                    (
                        "Kartläggning: ni tar reda på vad du kan",
                        True,
                        "Rätt. Sedan kommer bedömningen.",
                    ),
                    ("Du får ditt intyg", False, "Nej. Intyget kommer sist, efter bedömningen."),
                    ("Du börjar jobba", False, "Nej. Först tar ni reda på vad du kan."),
                ),
            ],
        },
        "en": {
            "title": "The labour market",
            "slug": "labour-market",
            "intro": "How you find work in Sweden and how you show what you can do.",
            "questions": [
                q(
                    "Which agency helps you find work?",
                    (
                        "Arbetsförmedlingen",
                        True,
                        "Right. The Public Employment Service helps with work and training.",
                    ),
                    (
                        "Försäkringskassan",
                        False,
                        "No. Försäkringskassan pays when you are ill. Arbetsförmedlingen helps with work.",
                    ),
                    (
                        "The Tax Agency",
                        False,
                        "No. The Tax Agency handles tax and personal numbers.",
                    ),
                ),
                q(
                    "What is a validation?",
                    (
                        "Someone assesses what you already know",
                        True,
                        "Right. Then you get a certificate for what you know.",
                    ),
                    (
                        "A Swedish course",
                        False,
                        "No. That is SFI. Validation shows what you already know.",
                    ),
                    (
                        "A test to get benefits",
                        False,
                        "No. Validation shows what you know, for work or studies.",
                    ),
                ),
                q(
                    "What comes first in a validation?",
                    (
                        "Mapping: finding out what you know",
                        True,
                        "Right. Then comes the assessment.",
                    ),
                    (
                        "You get your certificate",
                        False,
                        "No. The certificate comes last, after the assessment.",
                    ),
                    ("You start working", False, "No. First you find out what you know."),
                ),
            ],
        },
        "ar": {
            "title": "سوق العمل",
            "intro": "كيف تجد عملاً في السويد وكيف تُظهر ما تستطيع.",
            "questions": [
                q(
                    "أي هيئة تساعدك في إيجاد عمل؟",
                    ("Arbetsförmedlingen", True, "صحيح. مكتب العمل يساعدك في العمل والتدريب."),
                    (
                        "Försäkringskassan",
                        False,
                        "لا. Försäkringskassan يدفع عندما تمرض. مكتب العمل يساعدك في العمل.",
                    ),
                    ("مصلحة الضرائب", False, "لا. مصلحة الضرائب مسؤولة عن الضريبة والرقم الشخصي."),
                ),
                q(
                    "ما هو التحقق من المهارات؟",
                    ("شخص يقيّم ما تعرفه من قبل", True, "صحيح. بعدها تحصل على شهادة بما تعرفه."),
                    (
                        "دورة في اللغة السويدية",
                        False,
                        "لا. هذه هي SFI. التحقق يُظهر ما تعرفه من قبل.",
                    ),
                    (
                        "امتحان للحصول على مساعدة مالية",
                        False,
                        "لا. التحقق يُظهر ما تعرفه من أجل العمل أو الدراسة.",
                    ),
                ),
                q(
                    "ماذا يأتي أولاً في التحقق من المهارات؟",
                    ("تحديد المهارات: معرفة ما تستطيع", True, "صحيح. بعدها يأتي التقييم."),
                    ("تحصل على شهادتك", False, "لا. الشهادة تأتي في النهاية بعد التقييم."),
                    ("تبدأ العمل", False, "لا. أولاً تعرفون ما تستطيع."),
                ),
            ],
        },
        "so": {
            "title": "Suuqa shaqada",
            "intro": "Sida aad shaqo uga heli karto Iswiidhan iyo sida aad u muujin karto waxa aad taqaan.",
            "questions": [
                q(
                    "Hay'addee ayaa kaa caawisa inaad shaqo hesho?",
                    (
                        "Arbetsförmedlingen",
                        True,
                        "Waa sax. Xafiiska shaqada ayaa kaa caawiya shaqo iyo waxbarasho.",
                    ),
                    (
                        "Försäkringskassan",
                        False,
                        "Maya. Försäkringskassan waxay bixisaa marka aad jirran tahay. Arbetsförmedlingen ayaa shaqo kaa caawisa.",
                    ),
                    (
                        "Skatteverket",
                        False,
                        "Maya. Skatteverket waxay maamushaa canshuurta iyo lambarka shakhsiga.",
                    ),
                ),
                q(
                    "Waa maxay xaqiijinta aqoonta?",
                    (
                        "Qof qiimeeya waxa aad horey u taqaan",
                        True,
                        "Waa sax. Kadib waxaad heleysaa shahaado.",
                    ),
                    (
                        "Koorso luqadda Iswiidhishka",
                        False,
                        "Maya. Taasi waa SFI. Xaqiijintu waxay muujisaa waxa aad horey u taqaan.",
                    ),
                    (
                        "Imtixaan lagu helo gargaar",
                        False,
                        "Maya. Xaqiijintu waxay muujisaa waxa aad taqaan, shaqo ama waxbarasho.",
                    ),
                ),
                q(
                    "Maxaa ugu horreeya xaqiijinta aqoonta?",
                    (
                        "Sahminta aqoonta: in la ogaado waxa aad taqaan",
                        True,
                        "Waa sax. Kadib waxaa imanaya qiimaynta.",
                    ),
                    (
                        "Waxaad heleysaa shahaadadaada",
                        False,
                        "Maya. Shahaadadu waxay imanaysaa ugu dambeyn.",
                    ),
                    (
                        "Waxaad bilaabaysaa shaqo",
                        False,
                        "Maya. Marka hore waxaa la ogaanayaa waxa aad taqaan.",
                    ),
                ),
            ],
        },
        "ti": {
            "title": "ዕዳጋ ስራሕ",
            "intro": "ኣብ ሽወደን ብኸመይ ስራሕ ትረክብን ክእለትካ ብኸመይ ተርእን።",
            "questions": [
                q(
                    "ስራሕ ንምርካብ ዝሕግዘካ ኣየናይ ትካል እዩ?",
                    ("Arbetsförmedlingen", True, "ልክዕ። ቤት ጽሕፈት ስራሕ ንስራሕን ትምህርትን ይሕግዘካ።"),
                    (
                        "Försäkringskassan",
                        False,
                        "ኣይፋል። Försäkringskassan ምስ ሓመምካ ይኸፍል። ንስራሕ Arbetsförmedlingen ይሕግዘካ።",
                    ),
                    ("Skatteverket", False, "ኣይፋል። Skatteverket ግብርን ናይ ውልቂ ቁጽርን ይሕዝ።"),
                ),
                q(
                    "ምርግጋጽ ክእለት እንታይ እዩ?",
                    ("ሓደ ሰብ ዝፈልጦ ክእለትካ ይግምግም", True, "ልክዕ። ድሕሪኡ ምስክር ወረቐት ትረክብ።"),
                    ("ኮርስ ቋንቋ ሽወደን", False, "ኣይፋል። እዚ SFI እዩ። ምርግጋጽ ዝፈልጦ ክእለትካ የርኢ።"),
                    ("ሓገዝ ንምርካብ ፈተና", False, "ኣይፋል። ምርግጋጽ ንስራሕ ወይ ትምህርቲ ክእለትካ የርኢ።"),
                ),
                q(
                    "ኣብ ምርግጋጽ ክእለት ቀዳማይ እንታይ እዩ?",
                    ("ዳህሳስ ክእለት፡ እንታይ ከም ትኽእል ምፍላጥ", True, "ልክዕ። ድሕሪኡ ግምገማ ይመጽእ።"),
                    ("ምስክር ወረቐትካ ትረክብ", False, "ኣይፋል። ምስክር ወረቐት ኣብ መወዳእታ ይመጽእ።"),
                    ("ስራሕ ትጅምር", False, "ኣይፋል። ቅድም እንታይ ከም ትኽእል ትፈልጡ።"),
                ),
            ],
        },
    },
    children=[
        lesson(
            "sa-hittar-du-jobb",
            {
                "sv": (
                    "Så hittar du jobb",
                    "Det finns många vägar till ett jobb.",
                    [
                        "Arbetsförmedlingen hjälper dig att söka jobb och utbildning. Kommunen kan också hjälpa dig.",
                        "Skriv ett CV. Där står vad du har jobbat med, vad du har läst och vad du kan.",
                        "Många får jobb genom någon de känner. Berätta för vänner att du söker jobb. En praktik är ett bra sätt att visa vad du kan.",
                    ],
                ),
                "en": (
                    "How to find work",
                    "There are many roads to a job.",
                    [
                        "Arbetsförmedlingen, the Public Employment Service, helps you look for work and training. The municipality can help you too.",
                        "Write a CV. It says what work you have done, what you have studied and what you can do.",
                        "Many people get a job through someone they know. Tell your friends you are looking for work. A work placement is a good way to show what you can do.",
                    ],
                ),
                "ar": (
                    "كيف تجد عملاً",
                    "هناك طرق كثيرة للوصول إلى عمل.",
                    [
                        "Arbetsförmedlingen يساعدك في البحث عن عمل وتدريب. البلدية يمكن أن تساعدك أيضاً.",
                        "اكتب السيرة الذاتية. فيها ما عملت به، وما درسته، وما تستطيع فعله.",
                        "كثيرون يجدون عملاً عن طريق أشخاص يعرفونهم. أخبر أصدقاءك أنك تبحث عن عمل. التدريب العملي طريقة جيدة لتُظهر ما تستطيع.",
                    ],
                ),
                "so": (
                    "Sida aad shaqo u heli karto",
                    "Waddooyin badan ayaa shaqo loo maraa.",
                    [
                        "Arbetsförmedlingen ayaa kaa caawisa raadinta shaqo iyo waxbarasho. Degmada ayaa sidoo kale ku caawin karta.",
                        "Qor CV. Waxaa ku qoran shaqooyinka aad qabatay, waxa aad baratay iyo waxa aad qaban karto.",
                        "Dad badan waxay shaqo ku helaan qof ay yaqaaniin. U sheeg saaxiibadaa inaad shaqo raadinayso. Tababarka shaqada waa hab wanaagsan oo aad ku muujin karto waxa aad taqaan.",
                    ],
                ),
                "ti": (
                    "ብኸመይ ስራሕ ትረክብ",
                    "ናብ ስራሕ ዘብጽሑ ብዙሓት መገድታት ኣለዉ።",
                    [
                        "Arbetsförmedlingen ስራሕን ትምህርትን ንምድላይ ይሕግዘካ። ኮሙን እውን ክሕግዘካ ይኽእል።",
                        "CV ጸሓፍ። ኣብኡ ዝሰራሕካዮ፡ ዝተማሃርካዮን ትኽእሎን ይጸሓፍ።",
                        "ብዙሓት ሰባት ብዝፈልጥዎ ሰብ ስራሕ ይረኽቡ። ስራሕ ከም እትደሊ ንኣዕሩኽትኻ ንገሮም። ልምምድ ስራሕ ክእለትካ ንምርኣይ ጽቡቕ መገዲ እዩ።",
                    ],
                ),
            },
        ),
        lesson(
            "visa-vad-du-kan",
            {
                "sv": (
                    "Visa vad du kan",
                    "Det du har lärt dig på jobb, i ett annat land eller hemma räknas.",
                    [
                        "Validering betyder att någon bedömer det du redan kan. Du behöver inga betyg för att börja.",
                        "Först gör ni en kartläggning. Då tar ni reda på vad du kan. Sedan visar du det i en bedömning, ofta på en arbetsplats.",
                        "Efteråt får du ett kompetensintyg eller ett annat bevis. Saknas något kan du läsa det på Komvux.",
                    ],
                ),
                "en": (
                    "Show what you can do",
                    "What you learned at work, in another country or at home counts.",
                    [
                        "Validation means that someone assesses what you already know. You need no grades to start.",
                        "First comes the mapping, where you find out what you know. Then you show it in an assessment, often at a workplace.",
                        "Afterwards you get a competence certificate or another document. If something is missing, you can study it at Komvux.",
                    ],
                ),
                "ar": (
                    "أظهِر ما تستطيع",
                    "ما تعلّمته في العمل أو في بلد آخر أو في البيت له قيمة.",
                    [
                        "التحقق من المهارات يعني أن شخصاً ما يقيّم ما تعرفه من قبل. لا تحتاج إلى شهادات مدرسية لتبدأ.",
                        "أولاً يأتي تحديد المهارات، فتعرفون ما تستطيع. ثم تُظهر ذلك في تقييم، غالباً في مكان عمل.",
                        "بعد ذلك تحصل على شهادة الكفاءة أو وثيقة أخرى. إذا نقصك شيء يمكنك أن تدرسه في Komvux.",
                    ],
                ),
                "so": (
                    "Muuji waxa aad taqaan",
                    "Waxa aad ku baratay shaqo, waddan kale ama guriga way tirsan yihiin.",
                    [
                        "Xaqiijinta aqoonta waxay ka dhigan tahay in qof qiimeeyo waxa aad horey u taqaan. Uma baahnid shahaadooyin dugsi si aad u bilowdo.",
                        "Marka hore waxaa jira sahminta aqoonta, si loo ogaado waxa aad taqaan. Kadib waxaad ku muujinaysaa qiimayn, badanaa goob shaqo.",
                        "Kadib waxaad heleysaa shahaadada xirfadda ama warqad kale. Haddii wax kaa maqan yihiin waxaad ku baran kartaa Komvux.",
                    ],
                ),
                "ti": (
                    "ክእለትካ ኣርኢ",
                    "ኣብ ስራሕ፡ ኣብ ካልእ ሃገር ወይ ኣብ ገዛ ዝተማሃርካዮ ይቑጸር።",
                    [
                        "ምርግጋጽ ክእለት ማለት ሓደ ሰብ ዝፈልጦ ክእለትካ ይግምግም ማለት እዩ። ንምጅማር ናይ ቤት ትምህርቲ ነጥቢ ኣየድልየካን።",
                        "ቅድም ዳህሳስ ክእለት ይግበር፡ እንታይ ከም ትኽእል ትፈልጡ። ድሕሪኡ ኣብ ግምገማ ተርኢ፡ መብዛሕትኡ ግዜ ኣብ ቦታ ስራሕ።",
                        "ድሕሪኡ ምስክር ወረቐት ክእለት ወይ ካልእ ሰነድ ትረክብ። ዝጎደለ እንተሃልዩ ኣብ Komvux ክትመሃሮ ትኽእል።",
                    ],
                ),
            },
        ),
    ],
)

AT_WORK = PageSpec(
    CourseSectionPage,
    "pa-jobbet",
    {
        "sv": {
            "title": "På jobbet",
            "intro": "Vad som gäller på en arbetsplats i Sverige.",
            "questions": [
                q(
                    "Vad står i ett anställningsavtal?",
                    (
                        "Jobbet, lönen och arbetstiden",
                        True,
                        "Rätt. Spara avtalet. Fråga om något är oklart.",
                    ),
                    (
                        "Vad dina kollegor tjänar",
                        False,
                        "Nej. Avtalet gäller dig och din arbetsgivare.",
                    ),
                    (
                        "Dina betyg från skolan",
                        False,
                        "Nej. Avtalet handlar om jobbet, lönen och tiden.",
                    ),
                ),
                q(
                    "Du är sjuk och kan inte gå till jobbet. Vad gör du?",
                    ("Ringer chefen innan jobbet börjar", True, "Rätt. Säg till så tidigt du kan."),
                    (
                        "Stannar hemma utan att säga något",
                        False,
                        "Nej. Du måste alltid säga till att du är sjuk.",
                    ),
                    (
                        "Skickar en vän i ditt ställe",
                        False,
                        "Nej. Ring din chef och säg att du är sjuk.",
                    ),
                ),
                q(
                    "Vem kan du prata med om något på jobbet är farligt?",
                    (
                        "Skyddsombudet eller chefen",
                        True,
                        "Rätt. Det är bra att säga till. Då kan det bli säkrare.",
                    ),
                    (
                        "Ingen, det är bäst att vara tyst",
                        False,
                        "Nej. Du har rätt att säga till om något är farligt.",
                    ),
                    (
                        "Bara dina vänner",
                        False,
                        "Prata hellre med skyddsombudet eller chefen. De kan ändra det.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "At work",
            "slug": "at-work",
            "intro": "What applies at a workplace in Sweden.",
            "questions": [
                q(
                    "What does an employment contract say?",
                    (
                        "The job, the pay and the working hours",
                        True,
                        "Right. Keep the contract. Ask if something is unclear.",
                    ),
                    (
                        "What your colleagues earn",
                        False,
                        "No. The contract is between you and your employer.",
                    ),
                    (
                        "Your school grades",
                        False,
                        "No. The contract is about the job, the pay and the hours.",
                    ),
                ),
                q(
                    "You are ill and cannot go to work. What do you do?",
                    (
                        "Call your manager before work starts",
                        True,
                        "Right. Tell them as early as you can.",
                    ),
                    (
                        "Stay at home without saying anything",
                        False,
                        "No. You must always say that you are ill.",
                    ),
                    (
                        "Send a friend instead",
                        False,
                        "No. Call your manager and say that you are ill.",
                    ),
                ),
                q(
                    "Whom can you talk to if something at work is dangerous?",
                    (
                        "The safety representative or the manager",
                        True,
                        "Right. It is good to speak up. Then it can be made safer.",
                    ),
                    (
                        "No one, it is best to keep quiet",
                        False,
                        "No. You have the right to speak up about danger.",
                    ),
                    (
                        "Only your friends",
                        False,
                        "Better talk to the safety representative or the manager. They can change it.",
                    ),
                ),
            ],
        },
        "ar": {
            "title": "في العمل",
            "intro": "ما هي القواعد في مكان العمل في السويد.",
            "questions": [
                q(
                    "ماذا يُكتب في عقد العمل؟",
                    (
                        "العمل والراتب وساعات العمل",
                        True,
                        "صحيح. احتفظ بالعقد. اسأل إذا كان شيء غير واضح.",
                    ),
                    ("رواتب زملائك", False, "لا. العقد بينك وبين صاحب العمل."),
                    ("درجاتك المدرسية", False, "لا. العقد عن العمل والراتب والوقت."),
                ),
                q(
                    "أنت مريض ولا تستطيع الذهاب إلى العمل. ماذا تفعل؟",
                    ("تتصل بالمدير قبل بداية العمل", True, "صحيح. أخبرهم في أبكر وقت ممكن."),
                    ("تبقى في البيت دون أن تقول شيئاً", False, "لا. يجب دائماً أن تقول إنك مريض."),
                    ("ترسل صديقاً بدلاً منك", False, "لا. اتصل بمديرك وقل إنك مريض."),
                ),
                q(
                    "مع من تتكلم إذا كان شيء في العمل خطيراً؟",
                    (
                        "ممثل السلامة أو المدير",
                        True,
                        "صحيح. من الجيد أن تتكلم. هكذا يصبح العمل أكثر أماناً.",
                    ),
                    ("لا أحد، الأفضل أن تسكت", False, "لا. من حقك أن تتكلم إذا كان هناك خطر."),
                    (
                        "أصدقاؤك فقط",
                        False,
                        "الأفضل أن تتكلم مع ممثل السلامة أو المدير. هم يستطيعون تغيير ذلك.",
                    ),
                ),
            ],
        },
        "so": {
            "title": "Shaqada",
            "intro": "Waxa laga filayo goob shaqo oo Iswiidhan ah.",
            "questions": [
                q(
                    "Maxaa ku qoran heshiiska shaqada?",
                    (
                        "Shaqada, mushaharka iyo saacadaha shaqada",
                        True,
                        "Waa sax. Kaydi heshiiska. Weydii haddii wax kuu caddayn.",
                    ),
                    (
                        "Waxa ay shaqaalaha kale qaataan",
                        False,
                        "Maya. Heshiisku waa adiga iyo loo-shaqeeyahaaga.",
                    ),
                    (
                        "Shahaadooyinkaaga dugsiga",
                        False,
                        "Maya. Heshiisku wuxuu ku saabsan yahay shaqada, mushaharka iyo waqtiga.",
                    ),
                ),
                q(
                    "Waad jirran tahay oo shaqada ma tegi kartid. Maxaad samaynaysaa?",
                    (
                        "Waxaan wacayaa maamulaha ka hor inta shaqadu bilaaban",
                        True,
                        "Waa sax. U sheeg sida ugu dhakhsaha badan.",
                    ),
                    (
                        "Guriga ayaan joogayaa anigoon waxba oran",
                        False,
                        "Maya. Had iyo jeer waa inaad sheegtaa inaad jirran tahay.",
                    ),
                    (
                        "Saaxiib ayaan u dirayaa meeshayda",
                        False,
                        "Maya. Wac maamulahaaga oo u sheeg inaad jirran tahay.",
                    ),
                ),
                q(
                    "Yaad la hadli kartaa haddii shaqada wax khatar ah ka jiraan?",
                    (
                        "Wakiilka badbaadada ama maamulaha",
                        True,
                        "Waa sax. Waa wanaagsan tahay inaad sheegto. Markaas way ammaan noqon kartaa.",
                    ),
                    (
                        "Cidna, waxaa fiican inaad aamusto",
                        False,
                        "Maya. Waxaad xaq u leedahay inaad sheegto khatarta.",
                    ),
                    (
                        "Saaxiibadaa oo kaliya",
                        False,
                        "Waxaa fiican inaad la hadasho wakiilka badbaadada ama maamulaha.",
                    ),
                ),
            ],
        },
        "ti": {
            "title": "ኣብ ስራሕ",
            "intro": "ኣብ ሽወደን ኣብ ቦታ ስራሕ ዝሰርሑ ሕግታት።",
            "questions": [
                q(
                    "ኣብ ውዕል ስራሕ እንታይ ይጸሓፍ?",
                    ("ስራሕ፡ ደሞዝን ሰዓታት ስራሕን", True, "ልክዕ። ነቲ ውዕል ሓልዎ። ዘይንጹር እንተሃልዩ ሕተት።"),
                    ("መሳርሕትኻ ክንደይ ከም ዝረኽቡ", False, "ኣይፋል። እቲ ውዕል ኣብ መንጎኻን ወሃብ ስራሕካን እዩ።"),
                    ("ናይ ቤት ትምህርቲ ነጥብኻ", False, "ኣይፋል። እቲ ውዕል ብዛዕባ ስራሕ፡ ደሞዝን ግዜን እዩ።"),
                ),
                q(
                    "ሓሚምካ ናብ ስራሕ ክትከይድ ኣይትኽእልን። እንታይ ትገብር?",
                    ("ቅድሚ ስራሕ ምጅማሩ ንሓላፊኻ ትድውል", True, "ልክዕ። ብዝተኻእለ መጠን ቀልጢፍካ ሕበር።"),
                    ("ከይሓበርካ ኣብ ገዛ ትጸንሕ", False, "ኣይፋል። ከም ዝሓመምካ ኩሉ ግዜ ክትሕብር ኣለካ።"),
                    ("ኣብ ክንዳኻ ዓርኪ ትሰድድ", False, "ኣይፋል። ንሓላፊኻ ደዊልካ ከም ዝሓመምካ ንገሮ።"),
                ),
                q(
                    "ኣብ ስራሕ ሓደገኛ ነገር እንተሃልዩ ምስ መን ትዛረብ?",
                    ("ምስ ወኪል ድሕንነት ወይ ሓላፊ", True, "ልክዕ። ምዝራብ ጽቡቕ እዩ። ከምኡ ድማ ስራሕ ውሑስ ይኸውን።"),
                    ("ምስ ሓደ እኳ፡ ስቕ ምባል ይሓይሽ", False, "ኣይፋል። ሓደጋ እንተሃልዩ ክትዛረብ መሰልካ እዩ።"),
                    ("ምስ ኣዕሩኽትኻ ጥራይ", False, "ምስ ወኪል ድሕንነት ወይ ሓላፊ ምዝራብ ይሓይሽ። ንሳቶም ክቕይርዎ ይኽእሉ።"),
                ),
            ],
        },
    },
    children=[
        lesson(
            "regler-pa-jobbet",
            {
                "sv": (
                    "Regler på jobbet",
                    "Avtal, tider och vad du gör när du är sjuk.",
                    [
                        "När du får jobb skriver du ett anställningsavtal. Där står vad du ska göra, din lön och din arbetstid.",
                        "Många arbetsplatser har kollektivavtal. Då finns regler om lön, semester och försäkringar.",
                        "Kom i tid. Om du är sjuk ska du ringa din chef innan jobbet börjar.",
                    ],
                ),
                "en": (
                    "Rules at work",
                    "Contracts, hours and what to do when you are ill.",
                    [
                        "When you get a job you sign an employment contract. It says what you will do, your pay and your working hours.",
                        "Many workplaces have a collective agreement. It sets rules on pay, holidays and insurance.",
                        "Be on time. If you are ill, call your manager before work starts.",
                    ],
                ),
                "ar": (
                    "القواعد في العمل",
                    "العقود والأوقات وماذا تفعل عندما تمرض.",
                    [
                        "عندما تحصل على عمل توقّع عقد العمل. فيه ما ستفعله وراتبك وساعات عملك.",
                        "في أماكن عمل كثيرة توجد الاتفاقية الجماعية. فيها قواعد عن الراتب والإجازة والتأمين.",
                        "كن في الموعد. إذا كنت مريضاً اتصل بمديرك قبل بداية العمل.",
                    ],
                ),
                "so": (
                    "Xeerarka shaqada",
                    "Heshiisyada, waqtiga iyo waxa aad samayso marka aad jirran tahay.",
                    [
                        "Marka aad shaqo hesho waxaad saxiixaysaa heshiiska shaqada. Waxaa ku qoran waxa aad qabanayso, mushaharkaaga iyo saacadaha shaqada.",
                        "Goobo badan oo shaqo waxay leeyihiin heshiiska wadareed. Wuxuu leeyahay xeerar ku saabsan mushaharka, fasaxa iyo caymiska.",
                        "Waqtiga ku imow. Haddii aad jirran tahay, wac maamulahaaga ka hor inta shaqadu bilaaban.",
                    ],
                ),
                "ti": (
                    "ሕግታት ኣብ ስራሕ",
                    "ውዕላት፡ ግዜን ምስ ሓመምካ እንታይ ከም ትገብርን።",
                    [
                        "ስራሕ ምስ ረኸብካ ውዕል ስራሕ ትፍርም። ኣብኡ እትሰርሖ፡ ደሞዝካን ሰዓታት ስራሕካን ይጸሓፍ።",
                        "ብዙሓት ቦታታት ስራሕ ሓባራዊ ውዕል ኣለዎም። ብዛዕባ ደሞዝ፡ ዕረፍትን መድሕንን ሕግታት ኣለዎ።",
                        "ብግዜኻ ምጻእ። እንተሓሚምካ ቅድሚ ስራሕ ምጅማሩ ንሓላፊኻ ደውል።",
                    ],
                ),
            },
        ),
        lesson(
            "arbetsmiljo-och-sakerhet",
            {
                "sv": (
                    "Arbetsmiljö och säkerhet",
                    "Du ska kunna jobba utan att skada dig.",
                    [
                        "Arbetsmiljö är allt på jobbet som påverkar hur du mår. Det gäller maskiner, ljud, stress och hur ni är mot varandra.",
                        "Använd skyddskläder när det behövs. Fråga hellre en gång för mycket än en gång för lite.",
                        "På många jobb finns ett skyddsombud. Prata med skyddsombudet eller chefen om något är farligt.",
                    ],
                ),
                "en": (
                    "Work environment and safety",
                    "You should be able to work without getting hurt.",
                    [
                        "The work environment is everything at work that affects how you feel: machines, noise, stress and how people treat each other.",
                        "Wear protective clothing when needed. Better to ask once too often than once too little.",
                        "Many workplaces have a safety representative. Talk to the safety representative or your manager if something is dangerous.",
                    ],
                ),
                "ar": (
                    "بيئة العمل والسلامة",
                    "يجب أن تستطيع العمل دون أن تتأذى.",
                    [
                        "بيئة العمل هي كل ما في العمل يؤثر على حالك: الآلات والضجيج والضغط وتعامل الناس مع بعضهم.",
                        "البس ملابس الحماية عند الحاجة. من الأفضل أن تسأل كثيراً على أن تسأل قليلاً.",
                        "في أعمال كثيرة يوجد ممثل السلامة. تكلّم مع ممثل السلامة أو مع المدير إذا كان شيء خطيراً.",
                    ],
                ),
                "so": (
                    "Deegaanka shaqada iyo badbaadada",
                    "Waa inaad shaqayn kartaa adigoon dhaawacmin.",
                    [
                        "Deegaanka shaqada waa wax kasta oo shaqada ah oo saameeya sida aad dareemayso: mashiinada, sanqadha, walbahaarka iyo wada dhaqanka.",
                        "Xiro dharka ilaalinta marka loo baahdo. Waxaa fiican inaad weydiiso marar badan.",
                        "Shaqooyin badan waxaa ka jira wakiilka badbaadada. La hadal wakiilka badbaadada ama maamulaha haddii wax khatar ah jiraan.",
                    ],
                ),
                "ti": (
                    "ሃዋህው ስራሕን ድሕንነትን",
                    "ከይተጎዳእካ ክትሰርሕ ክትክእል ኣለካ።",
                    [
                        "ሃዋህው ስራሕ ኣብ ስራሕ ኣብ ጥዕናኻ ጽልዋ ዘለዎ ኩሉ እዩ፡ መሳርሒታት፡ ድምጺ፡ ጸቕጥን ኣተሓሕዛ ሰባትን።",
                        "ኣድላዪ ምስ ዝኸውን ክዳን ሓለዋ ልበስ። ብዙሕ ግዜ ምሕታት ይሓይሽ።",
                        "ኣብ ብዙሓት ስራሓት ወኪል ድሕንነት ኣሎ። ሓደገኛ ነገር እንተሃልዩ ምስ ወኪል ድሕንነት ወይ ሓላፊ ተዛረብ።",
                    ],
                ),
            },
        ),
    ],
)

COURSE = PageSpec(
    CoursePage,
    "basprogram",
    {
        "sv": {
            "title": "Basprogrammet",
            "intro": "En kurs på nätet om samhället, arbetsmarknaden och livet på jobbet. Efter varje del kan du testa dig själv.",
            "body": [
                (
                    "text",
                    "<p>Kursen har tre delar. Läs i din egen takt. Ord som kan vara svåra är understrukna: välj ordet så ser du vad det betyder. Allt finns också i ordlistan.</p>",
                )
            ],
        },
        "en": {
            "title": "The foundation course",
            "menu_title": "Foundation course",
            "slug": "foundation-course",
            "intro": "An online course about society, the labour market and life at work. After each part you can test yourself.",
            "body": [
                (
                    "text",
                    "<p>The course has three parts. Read at your own pace. Words that may be hard are underlined: choose the word to see what it means. They are all in the glossary too.</p>",
                )
            ],
        },
        "ar": {
            "title": "البرنامج الأساسي",
            "intro": "دورة على الإنترنت عن المجتمع وسوق العمل والحياة في العمل. بعد كل جزء يمكنك أن تختبر نفسك.",
            "body": [
                (
                    "text",
                    "<p>للدورة ثلاثة أجزاء. اقرأ على مهلك. الكلمات الصعبة تحتها خط: اختر الكلمة لترى معناها. كلها موجودة أيضاً في قائمة الكلمات.</p>",
                )
            ],
        },
        "so": {
            "title": "Barnaamijka aasaasiga ah",
            "intro": "Koorso internetka ah oo ku saabsan bulshada, suuqa shaqada iyo nolosha shaqada. Qayb kasta kadib waad is tijaabin kartaa.",
            "body": [
                (
                    "text",
                    "<p>Koorsadu waxay leedahay saddex qaybood. Ku akhri xawaarahaaga. Erayada adag waxaa hoosta laga xarriiqay: dooro erayga si aad u aragto macnihiisa. Dhammaan waxay ku jiraan liiska erayada.</p>",
                )
            ],
        },
        "ti": {
            "title": "መሰረታዊ መደብ",
            "intro": "ብዛዕባ ሕብረተሰብ፡ ዕዳጋ ስራሕን ህይወት ኣብ ስራሕን ኣብ ኢንተርነት ዝወሃብ ኮርስ። ድሕሪ ነፍሲ ወከፍ ክፋል ነፍስኻ ክትፍትን ትኽእል።",
            "body": [
                (
                    "text",
                    "<p>እቲ ኮርስ ሰለስተ ክፋላት ኣለዎ። ብናትካ ቅልጣፈ ኣንብብ። ከበድቲ ቃላት ኣብ ትሕቲኦም መስመር ኣለዎም፡ ትርጉሙ ንምርኣይ ነቲ ቃል ምረጽ። ኩሎም ኣብ መዝገበ ቃላት እውን ኣለዉ።</p>",
                )
            ],
        },
    },
    shared={"audiences": [Audience.INDIVIDUALS.value, Audience.COUNSELLORS.value]},
    children=[SOCIETY, LABOUR_MARKET, AT_WORK],
    in_menu=True,
)
