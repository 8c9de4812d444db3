"""The glossary (ordlista): words of the field explained in plain language.

Each term: slug, then per language (term, explanation, other forms found in text…). The words
used in the foundation course's lessons are also in Arabic, Somali and Tigrinya.
"""

from __future__ import annotations

from typing import Any

__all__ = ["TERMS"]

TERMS: list[dict[str, Any]] = [
    # --- Words of the foundation course (all five languages) ---------------------------------
    {
        "slug": "validering",
        "languages": {
            "sv": (
                "validering",
                "När någon bedömer det du redan kan och skriver ett intyg om det.",
                "valideringen",
                "validera",
            ),
            "en": (
                "validation",
                "When someone assesses what you already know and documents it.",
                "validate",
            ),
            "ar": ("التحقق من المهارات", "عندما يقيّم شخص ما ما تعرفه من قبل ويكتب شهادة بذلك."),
            "so": (
                "xaqiijinta aqoonta",
                "Marka qof qiimeeyo waxa aad horey u taqaan oo uu shahaado ka qoro.",
            ),
            "ti": ("ምርግጋጽ ክእለት", "ሓደ ሰብ ዝፈልጦ ክእለት ምስ ዝግምግሞን ምስክር ወረቐት ምስ ዝህቦን።"),
        },
    },
    {
        "slug": "kartlaggning",
        "languages": {
            "sv": (
                "kartläggning",
                "Första steget i en validering: ni tar reda på vad du kan.",
                "kartläggningen",
            ),
            "en": (
                "mapping",
                "The first step of a validation: finding out what you know.",
                "initial assessment",
            ),
            "ar": ("تحديد المهارات", "الخطوة الأولى في التحقق: معرفة ما تستطيع فعله."),
            "so": ("sahminta aqoonta", "Tallaabada koowaad: in la ogaado waxa aad taqaan."),
            "ti": ("ዳህሳስ ክእለት", "ቀዳማይ ስጉምቲ፡ እንታይ ከም ትኽእል ምፍላጥ።"),
        },
    },
    {
        "slug": "kompetensintyg",
        "languages": {
            "sv": (
                "kompetensintyg",
                "Ett papper som visar vad du kan. Du får det efter en validering.",
                "kompetensintyget",
                "intyg",
            ),
            "en": (
                "competence certificate",
                "A document that shows what you can do, given after a validation.",
                "certificate of competence",
            ),
            "ar": ("شهادة الكفاءة", "ورقة تبيّن ما تستطيع فعله. تحصل عليها بعد التحقق من المهارات."),
            "so": (
                "shahaadada xirfadda",
                "Warqad muujinaysa waxa aad qaban karto. Waxaa la siinayaa xaqiijinta kadib.",
            ),
            "ti": ("ምስክር ወረቐት ክእለት", "እንታይ ከም ትኽእል ዘርኢ ወረቐት። ድሕሪ ምርግጋጽ ክእለት ይወሃበካ።"),
        },
    },
    {
        "slug": "komvux",
        "languages": {
            "sv": ("Komvux", "Kommunens skola för vuxna. Där kan du läsa kurser och få betyg."),
            "en": (
                "Komvux",
                "The municipality's adult education. You can take courses and get grades there.",
            ),
            "ar": ("Komvux", "مدرسة البلدية للكبار. يمكنك أن تدرس فيها وتحصل على درجات."),
            "so": (
                "Komvux",
                "Dugsiga dadka waaweyn ee degmada. Halkaas waad ku baran kartaa koorsooyin.",
            ),
            "ti": ("Komvux", "ናይ ኮሙን ቤት ትምህርቲ ንዓበይቲ። ኣብኡ ኮርስታት ክትመሃርን ነጥቢ ክትረክብን ትኽእል።"),
        },
    },
    {
        "slug": "kommun",
        "languages": {
            "sv": (
                "kommun",
                "Den ort där du bor. Kommunen har skolor, omsorg och hjälp att hitta jobb.",
                "kommunen",
                "kommunens",
            ),
            "en": (
                "municipality",
                "The local authority where you live: schools, care and help to find work.",
                "municipalities",
            ),
            "ar": ("البلدية", "المكان الذي تسكن فيه. للبلدية مدارس ورعاية ومساعدة في إيجاد عمل."),
            "so": (
                "degmada",
                "Meesha aad ku nooshahay. Degmadu waxay leedahay iskuulo, daryeel iyo caawimaad shaqo.",
            ),
            "ti": ("ኮሙን", "ዝነብረሉ ቦታ። ኮሙን ኣብያተ ትምህርቲ፡ ክንክንን ስራሕ ንምርካብ ሓገዝን ኣለዎ።"),
        },
    },
    {
        "slug": "myndighet",
        "languages": {
            "sv": (
                "myndighet",
                "En del av staten som har ett visst ansvar, till exempel Skatteverket.",
                "myndigheter",
                "myndigheten",
            ),
            "en": (
                "government agency",
                "A part of the state with a certain task, for example the Tax Agency.",
                "agency",
                "agencies",
            ),
            "ar": ("الهيئة الحكومية", "جزء من الدولة له مهمة معيّنة، مثل مصلحة الضرائب."),
            "so": (
                "hay'adda dawladda",
                "Qayb ka mid ah dawladda oo hawl gaar ah leh, tusaale ahaan Skatteverket.",
            ),
            "ti": ("ትካል መንግስቲ", "ፍሉይ ሓላፍነት ዘለዎ ክፋል መንግስቲ፡ ንኣብነት Skatteverket።"),
        },
    },
    {
        "slug": "personnummer",
        "languages": {
            "sv": (
                "personnummer",
                "Ditt eget nummer i Sverige. Det behövs hos läkare, bank och arbetsgivare.",
                "personnumret",
            ),
            "en": (
                "personal identity number",
                "Your own number in Sweden, needed at the doctor's, the bank and at work.",
                "personal number",
            ),
            "ar": ("الرقم الشخصي", "رقمك الخاص في السويد. تحتاجه عند الطبيب والبنك وصاحب العمل."),
            "so": (
                "lambarka shakhsiga",
                "Lambarkaaga gaarka ah ee Iswiidhan. Waxaa loo baahan yahay dhakhtarka, bangiga iyo shaqada.",
            ),
            "ti": ("ናይ ውልቂ ቁጽሪ", "ኣብ ሽወደን ናትካ ቁጽሪ። ኣብ ሓኪም፡ ባንክን ወሃብ ስራሕን የድልየካ።"),
        },
    },
    {
        "slug": "skatt",
        "languages": {
            "sv": (
                "skatt",
                "Pengar som alla som arbetar betalar. De betalar skola, vård och vägar.",
                "skatten",
            ),
            "en": (
                "tax",
                "Money everyone who works pays; it pays for schools, health care and roads.",
                "taxes",
            ),
            "ar": (
                "الضريبة",
                "مال يدفعه كل من يعمل. تدفع الضريبة ثمن المدارس والرعاية الصحية والطرق.",
            ),
            "so": (
                "canshuurta",
                "Lacag uu bixiyo qof kasta oo shaqeeya. Waxay bixisaa iskuulada, caafimaadka iyo waddooyinka.",
            ),
            "ti": ("ግብሪ", "ኩሉ ዝሰርሕ ዝኸፍሎ ገንዘብ። ንኣብያተ ትምህርቲ፡ ክንክን ጥዕናን መገድታትን ይኸፍል።"),
        },
    },
    {
        "slug": "forsakringskassan",
        "languages": {
            "sv": (
                "Försäkringskassan",
                "Myndigheten som betalar ut pengar när du är sjuk eller har barn.",
            ),
            "en": (
                "Försäkringskassan",
                "The Social Insurance Agency: it pays you when you are ill or have children.",
            ),
            "ar": (
                "Försäkringskassan",
                "صندوق التأمينات الاجتماعية. يدفع لك المال عندما تمرض أو عندك أطفال.",
            ),
            "so": (
                "Försäkringskassan",
                "Hay'adda caymiska bulshada. Waxay lacag ku siisaa marka aad jirran tahay ama carruur leedahay.",
            ),
            "ti": ("Försäkringskassan", "ትካል መድሕን ማሕበራዊ። ምስ ሓመምካ ወይ ቆልዑ ምስ ዘለዉኻ ገንዘብ ይኸፍል።"),
        },
    },
    {
        "slug": "arbetsformedlingen",
        "languages": {
            "sv": (
                "Arbetsförmedlingen",
                "Myndigheten som hjälper dig att hitta jobb eller utbildning.",
            ),
            "en": (
                "Arbetsförmedlingen",
                "The Public Employment Service: it helps you find work or training.",
            ),
            "ar": ("Arbetsförmedlingen", "مكتب العمل. يساعدك في إيجاد عمل أو تدريب."),
            "so": (
                "Arbetsförmedlingen",
                "Xafiiska shaqada. Wuxuu kaa caawiyaa inaad hesho shaqo ama waxbarasho.",
            ),
            "ti": ("Arbetsförmedlingen", "ቤት ጽሕፈት ስራሕ። ስራሕ ወይ ትምህርቲ ንምርካብ ይሕግዘካ።"),
        },
    },
    {
        "slug": "praktik",
        "languages": {
            "sv": (
                "praktik",
                "När du provar på ett jobb en tid för att lära dig och visa vad du kan.",
                "praktiken",
                "praktikplats",
            ),
            "en": (
                "work placement",
                "Trying out a job for a while to learn and to show what you can do.",
                "placement",
                "internship",
            ),
            "ar": ("التدريب العملي", "عندما تجرّب عملاً لفترة لتتعلّم وتُظهر ما تستطيع."),
            "so": (
                "tababarka shaqada",
                "Marka aad muddo tijaabiso shaqo si aad wax u barato oo aad u muujiso waxa aad taqaan.",
            ),
            "ti": ("ልምምድ ስራሕ", "ንሓጺር እዋን ስራሕ ክትፍትን፡ ክትመሃርን ክእለትካ ከተርእን።"),
        },
    },
    {
        "slug": "cv",
        "languages": {
            "sv": (
                "CV",
                "En kort text om dig: vad du har jobbat med, vad du har läst och vad du kan.",
            ),
            "en": (
                "CV",
                "A short text about you: your work, your studies and your skills.",
                "résumé",
            ),
            "ar": ("السيرة الذاتية", "نص قصير عنك: أين عملت، وماذا درست، وماذا تستطيع."),
            "so": (
                "CV",
                "Qoraal gaaban oo adiga kugu saabsan: shaqooyinkaaga, waxbarashadaada iyo xirfadahaaga.",
            ),
            "ti": ("CV", "ብዛዕባኻ ሓጺር ጽሑፍ፡ ዝሰራሕካዮ፡ ዝተማሃርካዮን ትኽእሎን።"),
        },
    },
    {
        "slug": "anstallningsavtal",
        "languages": {
            "sv": (
                "anställningsavtal",
                "Ett avtal mellan dig och arbetsgivaren om jobb, lön och arbetstid.",
                "anställningsavtalet",
            ),
            "en": (
                "employment contract",
                "An agreement between you and the employer about the job, pay and hours.",
                "contract",
            ),
            "ar": ("عقد العمل", "اتفاق بينك وبين صاحب العمل حول العمل والراتب وساعات العمل."),
            "so": (
                "heshiiska shaqada",
                "Heshiis u dhexeeya adiga iyo loo-shaqeeyaha oo ku saabsan shaqada, mushaharka iyo saacadaha.",
            ),
            "ti": ("ውዕል ስራሕ", "ኣብ መንጎኻን ወሃብ ስራሕን ብዛዕባ ስራሕ፡ ደሞዝን ሰዓታት ስራሕን ዝግበር ስምምዕ።"),
        },
    },
    {
        "slug": "kollektivavtal",
        "languages": {
            "sv": (
                "kollektivavtal",
                "Regler om lön, semester och försäkringar som facket och arbetsgivarna har kommit överens om.",
                "kollektivavtalet",
            ),
            "en": (
                "collective agreement",
                "Rules on pay, holidays and insurance agreed by unions and employers.",
                "collective agreements",
            ),
            "ar": (
                "الاتفاقية الجماعية",
                "قواعد عن الراتب والإجازة والتأمين اتفقت عليها النقابة وأصحاب العمل.",
            ),
            "so": (
                "heshiiska wadareed",
                "Xeerar ku saabsan mushaharka, fasaxa iyo caymiska oo ururka shaqaalaha iyo loo-shaqeeyayaashu ku heshiiyeen.",
            ),
            "ti": ("ሓባራዊ ውዕል", "ማሕበር ሰራሕተኛታትን ወሃብቲ ስራሕን ብዛዕባ ደሞዝ፡ ዕረፍትን መድሕንን ዝሰማምዑሉ ሕግታት።"),
        },
    },
    {
        "slug": "arbetsmiljo",
        "languages": {
            "sv": (
                "arbetsmiljö",
                "Allt på jobbet som påverkar hur du mår: maskiner, ljud, stress och hur ni är mot varandra.",
                "arbetsmiljön",
            ),
            "en": (
                "work environment",
                "Everything at work that affects how you feel: machines, noise, stress and how people treat each other.",
            ),
            "ar": (
                "بيئة العمل",
                "كل ما في العمل يؤثر على حالك: الآلات والضجيج والضغط وتعامل الناس مع بعضهم.",
            ),
            "so": (
                "deegaanka shaqada",
                "Wax kasta oo shaqada ah oo saameeya sida aad dareemayso: mashiinada, sanqadha, walbahaarka iyo wada dhaqanka.",
            ),
            "ti": ("ሃዋህው ስራሕ", "ኣብ ስራሕ ኣብ ጥዕናኻ ጽልዋ ዘለዎ ኩሉ፡ መሳርሒታት፡ ድምጺ፡ ጸቕጥን ኣተሓሕዛ ሰባትን።"),
        },
    },
    {
        "slug": "skyddsombud",
        "languages": {
            "sv": (
                "skyddsombud",
                "En kollega som är vald för att bevaka att jobbet är säkert.",
                "skyddsombudet",
            ),
            "en": ("safety representative", "A colleague chosen to watch over safety at work."),
            "ar": ("ممثل السلامة", "زميل مُنتخب ليتأكد أن العمل آمن."),
            "so": (
                "wakiilka badbaadada",
                "Shaqaale la doortay si uu u hubiyo in shaqadu ammaan tahay.",
            ),
            "ti": ("ወኪል ድሕንነት", "ድሕንነት ስራሕ ንኽከታተል ዝተመርጸ መሳርሕቲ።"),
        },
    },
    # --- Words of the field (Swedish and English) --------------------------------------------
    {
        "slug": "bedomning",
        "languages": {
            "sv": (
                "bedömning",
                "När en bedömare jämför det du kan med en standard, i teori och praktik.",
                "bedömningen",
                "bedömare",
            ),
            "en": (
                "assessment",
                "When an assessor compares what you can do with a standard, in theory and practice.",
                "assessor",
            ),
        },
    },
    {
        "slug": "kompletterande-utbildning",
        "languages": {
            "sv": (
                "kompletterande utbildning",
                "Utbildning för det som saknas efter en bedömning, ofta en kurs på Komvux.",
            ),
            "en": (
                "complementary training",
                "Training for what is missing after an assessment, often a Komvux course.",
            ),
        },
    },
    {
        "slug": "branschvalideringsmodell",
        "languages": {
            "sv": (
                "branschvalideringsmodell",
                "En branschs egen metod för att validera yrkeskunnande, byggd av arbetsgivare och fack.",
                "branschvalidering",
                "branschvalideringsmodeller",
                "branschens valideringsmodell",
            ),
            "en": (
                "industry validation model",
                "An industry's own method for validating vocational skills, built by employers and unions.",
                "industry validation models",
                "industry model",
            ),
        },
    },
    {
        "slug": "ocn-metoden",
        "languages": {
            "sv": (
                "OCN-metoden",
                "En metod för att validera kunskaper från arbete och vardag, i moduler. Licensieras av Nordiskt Valideringsforum.",
                "OCN",
            ),
            "en": (
                "OCN method",
                "A method for validating skills learned at work and in daily life, in modules, licensed by Nordiskt Valideringsforum.",
                "OCN",
            ),
        },
    },
    {
        "slug": "yrkesbevis",
        "languages": {
            "sv": (
                "yrkesbevis",
                "Ett bevis från en bransch på att du är fullärd i ett yrke.",
                "yrkesbeviset",
            ),
            "en": (
                "trade certificate",
                "An industry's proof that you are fully qualified in a trade.",
                "trade certificates",
            ),
        },
    },
    {
        "slug": "certifikat",
        "languages": {
            "sv": (
                "certifikat",
                "Ett bevis på att du klarat prov i en viss uppgift, till exempel svetsning. Kan behöva förnyas.",
                "certifikatet",
            ),
            "en": (
                "certificate",
                "Proof that you passed tests in a certain task, for example welding; may need renewing.",
                "certificates",
            ),
        },
    },
    {
        "slug": "seqf",
        "languages": {
            "sv": (
                "SeQF",
                "Sveriges referensram för kvalifikationer: nivå 1–8 som visar hur avancerat ett kunnande är.",
                "SeQF-nivå",
            ),
            "en": (
                "SeQF",
                "The Swedish Qualifications Framework: levels 1–8 showing how advanced a qualification is.",
                "SeQF level",
            ),
        },
    },
    {
        "slug": "sfi",
        "languages": {
            "sv": ("SFI", "Svenska för invandrare: kommunens kurser i svenska för vuxna."),
            "en": ("SFI", "Swedish for immigrants: the municipality's Swedish courses for adults."),
        },
    },
    {
        "slug": "sokandelots",
        "languages": {
            "sv": (
                "sökandelots",
                "En person som stöttar både arbetsgivaren och den som söker jobb, före och efter starten.",
                "sökandelotsen",
            ),
            "en": (
                "job-seeker pilot",
                "One person who supports both the employer and the job seeker, before and after the start.",
            ),
        },
    },
    {
        "slug": "samverkan",
        "languages": {
            "sv": (
                "samverkan",
                "När kommuner, myndigheter och arbetsgivare arbetar tillsammans mot samma mål.",
                "samverka",
            ),
            "en": (
                "cooperation",
                "When municipalities, agencies and employers work together towards the same goal.",
            ),
        },
    },
]
