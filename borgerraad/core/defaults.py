"""Københavns Kommune's Borgerrådgiver: the default configuration, as plain data.

The data migration ``0002_copenhagen_defaults`` and ``borgerraad load_defaults`` load it into the
database, where a municipality edits it in the admin; nothing else reads this module at run
time (the triage engine falls back to it only when no database is configured). Sources: the seed
document (``shared/seed/borgerraadgiveren.md``), kk.dk and the complaint bodies' own pages.

Keywords are written as a citizen would write them (lower case, Danish); the triage engine stems
them, so one form of a word is enough. A keyword of several words is matched as a phrase.
"""

from __future__ import annotations

OFFICE = {
    "name": "Borgerrådgiveren",
    "municipality": "Københavns Kommune",
    "street": "Tietgensgade 31A, 1. sal",
    "postcode": "1704",
    "city": "København V",
    "phone": "33 66 14 00",
    "email": "borgerraadgiveren@kk.dk",
    "web_form_url": "/klag/",
    "council_name": "Borgerrepræsentationen",
    "council_mailbox_name": "BR-mail",
    "accessibility_statement_url": "https://www.was.digst.dk/kk-dk",
    "digital_post_recipient": "Københavns Kommune",
    "digital_post_category": "Borgerrådgiver",
    "acknowledgement_working_days": 10,
    "complaint_time_limit_days": 365,
    "by_appointment": True,
}

# (channel, weekday 0=Monday, opens, closes). The phone is closed on Wednesdays (the seed).
OPENING_HOURS = [
    *[("phone", day, "10:00", "15:00") for day in (0, 1, 3, 4)],
    *[("in_person", day, "10:00", "15:00") for day in (0, 1, 2, 3, 4)],
]

DEPARTMENTS = [
    {
        "code": "OKF",
        "name": "Økonomiforvaltningen",
        "areas": "Central administration, lokaludvalg, kommunens ejendomme og byudvikling.",
        "email": "okf@kk.dk",
        "keywords": [
            "økonomiforvaltningen", "lokaludvalg", "kommunens ejendom", "byggeri kommunen",
            "københavns ejendomme", "udbud", "kommunal ejendom", "borgmesterens afdeling",
            "økonomiudvalget", "kommunal grund", "kommunens grund", "grundsalg", "byudvikling",
        ],
    },
    {
        "code": "KFF",
        "name": "Kultur- og Fritidsforvaltningen",
        "areas": "Borgerservice, folkeregister, pas og kørekort, valg, biblioteker, idræt og medborgerhuse.",
        "email": "kff@kk.dk",
        "keywords": [
            "borgerservice", "folkeregister", "folkeregistret", "adresseændring", "flytning", "pas",
            "kørekort", "sundhedskort", "sygesikringskort", "valg", "valgkort", "bibliotek",
            "biblioteket", "svømmehal", "idrætsanlæg", "citizen service", "passport", "library", "idrætshal", "medborgerhus", "kulturhus",
            "fritidsforvaltningen", "lægevalg", "mitid", "navneændring", "sportsklub", "foreningstilskud",
        ],
    },
    {
        "code": "BUF",
        "name": "Børne- og Ungdomsforvaltningen",
        "areas": "Dagtilbud, Pladsanvisningen, skoler, fritidshjem og klubber, PPR, børnetandpleje og Kørselskontoret.",
        "email": "buf@kk.dk",
        "keywords": [
            "vuggestue", "børnehave", "daginstitution", "institution", "dagpleje", "dagtilbud",
            "pladsanvisning", "pladsanvisningen", "skole", "folkeskole", "skolen", "skoleleder",
            "lærer", "klasselærer", "pædagog", "fritidshjem", "fritidsklub", "klub", "sfo", "ppr",
            "skolepsykolog", "børnetandpleje", "tandplejen", "skolekørsel", "kørselskontoret",
            "specialklasse", "specialskole", "undervisning", "skoleplads", "modtageklasse",
            "forældrebetaling", "friplads", "søskenderabat", "mobning", "elev", "sundhedsplejerske",
            "sundhedspleje", "skoletandlæge", "børne- og ungdomsforvaltningen",
            "school", "teacher", "daycare", "kindergarten", "nursery", "after-school club",
        ],
    },
    {
        "code": "SUF",
        "name": "Sundheds- og Omsorgsforvaltningen",
        "areas": "Hjemmepleje og hjemmehjælp, plejehjem, genoptræning, hjælpemidler til ældre og madservice.",
        "email": "suf@kk.dk",
        "keywords": [
            "hjemmepleje", "hjemmeplejen", "hjemmehjælp", "hjemmehjælper", "hjemmesygepleje",
            "plejehjem", "plejebolig", "ældrebolig", "genoptræning", "træning efter", "hjælpemiddel",
            "rollator", "kørestol", "madservice", "madordning", "mad udbringning", "ældrepleje",
            "visitator", "visitationen", "omsorg", "sundheds- og omsorgsforvaltningen", "rengøring",
            "bad", "demens", "aktivitetscenter", "plejecenter", "sosu", "social- og sundhedsassistent",
            "forebyggende hjemmebesøg", "træningscenter",
            "home care", "home help", "nursing home", "elderly care",
        ],
    },
    {
        "code": "SOF",
        "name": "Socialforvaltningen",
        "areas": "Udsatte børn og familier, handicap, psykiatri, misbrug og hjemløshed (Borgercenter Voksne, Handicap, Børn og Unge).",
        "email": "sof@kk.dk",
        "keywords": [
            "socialforvaltningen", "socialrådgiver", "underretning", "anbringelse", "anbragt",
            "børnefaglig undersøgelse", "børnesag", "familiebehandling", "aflastning", "handicap",
            "handicaptillæg", "merudgifter", "tabt arbejdsfortjeneste", "bpa", "borgerstyret personlig assistance",
            "ledsageordning", "bostøtte", "botilbud", "bosted", "psykiatri", "misbrug", "misbrugsbehandling",
            "hjemløs", "herberg", "forsorgshjem", "borgercenter voksne", "borgercenter handicap",
            "borgercenter børn og unge", "kontaktperson", "døgninstitution", "plejefamilie",
            "socialpædagogisk støtte", "støttekontaktperson", "autisme", "udviklingshæmning",
            "disability", "social services", "foster care",
        ],
    },
    {
        "code": "TMF",
        "name": "Teknik- og Miljøforvaltningen",
        "areas": "Byggetilladelser, trafik, gaderenholdelse, parker, Parkering København, affald og miljø.",
        "email": "tmf@kk.dk",
        "keywords": [
            "byggetilladelse", "byggesag", "byggeansøgning", "lokalplan", "altan", "tagterrasse",
            "trafik", "vejarbejde", "fortov", "cykelsti", "gade", "vej", "fejning", "fejet",
            "gaderenholdelse", "renholdelse", "snerydning", "sne", "glat", "saltning", "park",
            "legeplads", "træ", "træer", "parkering", "parkeringsafgift", "p-afgift", "parkeringsbøde",
            "parkeringslicens", "beboerlicens", "parkeringsvagt", "parkering københavn", "affald",
            "skrald", "skraldespand", "affaldsafhentning", "storskrald", "dagrenovation", "genbrug",
            "genbrugsstation", "skraldemand", "renovation", "miljø", "støj", "rotter", "kloak",
            "gadebelysning", "lygtepæl", "teknik- og miljøforvaltningen", "byrum", "cykelparkering",
            "parking", "parking permit", "garbage", "trash", "rubbish", "waste collection", "street cleaning",
            "building permit", "snow",
        ],
    },
    {
        "code": "BIF",
        "name": "Beskæftigelses- og Integrationsforvaltningen",
        "areas": "Jobcenter, Ydelsesservice (kontanthjælp, sygedagpenge), integration og Erhvervsservice.",
        "email": "bif@kk.dk",
        "keywords": [
            "jobcenter", "jobcentret", "jobcentre", "ydelsesservice", "kontanthjælp", "uddannelseshjælp",
            "sygedagpenge", "sygemeldt", "sygemelding", "lægeerklæring", "ressourceforløb",
            "jobafklaringsforløb", "fleksjob", "ledighedsydelse", "revalidering", "aktivering",
            "aktivitet", "praktik", "virksomhedspraktik", "jobsamtale", "samtale på jobcentret",
            "sanktion", "integration", "integrationsprogram", "selvforsørgelse", "danskuddannelse",
            "sprogskole", "enkeltydelse", "særlig støtte", "erhvervsservice", "jobkonsulent",
            "sagsbehandler på jobcentret", "førtidspension", "seniorpension", "job",
            "beskæftigelses- og integrationsforvaltningen", "mentor", "rehabiliteringsteam",
            "job centre", "job center", "unemployment", "sickness benefit", "social assistance", "cash benefit",
        ],
    },
]

# Codes as in shared/triage/CONTRACT.md. "keywords" are what leads the engine to the body.
COMPLAINT_BODIES = [
    {
        "code": "ankestyrelsen",
        "name": "Ankestyrelsen",
        "handles": "Klager over kommunens afgørelser på det sociale område og beskæftigelsesområdet, fx kontanthjælp, sygedagpenge, hjemmehjælp og hjælp til børn og voksne med handicap.",
        "deadline": "Som regel 4 uger fra du har fået afgørelsen",
        "how_to_complain": "Send klagen til den del af kommunen, der har truffet afgørelsen. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen, hvis den fastholder afgørelsen. Se klagevejledningen i afgørelsen.",
        "url": "https://ast.dk/klage",
        "keywords": [
            "kontanthjælp", "sygedagpenge", "uddannelseshjælp", "sanktion", "ydelse", "hjemmehjælp",
            "tilskud", "handicaptillæg", "merudgifter", "anbringelse", "fleksjob", "førtidspension",
            "enkeltydelse", "hjælpemiddel", "boligindretning", "ledsageordning", "ressourceforløb",
            "benefits", "sickness benefit", "social assistance", "home help",
        ],
    },
    {
        "code": "tilsynet",
        "name": "Ankestyrelsen, det kommunale tilsyn",
        "handles": "Om kommunen har overholdt lovgivningen i almindelighed (lovligheden, ikke rimeligheden).",
        "deadline": "Ingen klagefrist",
        "how_to_complain": "Skriv til Ankestyrelsen og forklar, hvilken regel du mener kommunen har overtrådt. Tilsynet beslutter selv, om det vil tage sagen op.",
        "url": "https://ast.dk/tilsyn",
        "keywords": ["kommunale tilsyn", "tilsynet", "det kommunale tilsyn", "ulovlig", "ulovligt", "lovligheden"],
    },
    {
        "code": "ombudsmanden",
        "name": "Folketingets Ombudsmand",
        "handles": "Klager over alle offentlige myndigheder, når alle andre klagemuligheder er brugt.",
        "deadline": "1 år fra forholdet",
        "how_to_complain": "Klag først til myndigheden selv og til en eventuel klageinstans. Derefter kan du klage på ombudsmandens hjemmeside.",
        "url": "https://www.ombudsmanden.dk/klag",
        "keywords": ["ombudsmand", "ombudsmanden", "folketingets ombudsmand"],
    },
    {
        "code": "domstolene",
        "name": "Domstolene",
        "handles": "Retssager, erstatningskrav og tvister, der skal afgøres af en domstol.",
        "deadline": "Afhænger af sagen",
        "how_to_complain": "Kontakt en advokat eller retshjælp. Læs om retssager på domstol.dk.",
        "url": "https://www.domstol.dk",
        "keywords": [
            "retten", "byretten", "landsretten", "højesteret", "retssag", "domstol", "domstolene",
            "sagsøge", "stævning", "erstatning", "advokat", "dom",
        ],
    },
    {
        "code": "patientklager",
        "name": "Styrelsen for Patientklager",
        "handles": "Klager over sundhedsfaglig behandling, også kommunal hjemmesygepleje, og over rettigheder som patient.",
        "deadline": "2 år fra du fik kendskab til forholdet (højst 5 år)",
        "how_to_complain": "Klag digitalt på stpk.dk eller kontakt Patientombuddet for hjælp.",
        "url": "https://stpk.dk",
        "keywords": [
            "sygeplejerske", "hjemmesygepleje", "medicin", "forkert medicin", "behandling", "læge",
            "lægen", "hospital", "sygehus", "patient", "fejlbehandling", "tandlæge", "operation",
            "psykiater", "diagnose",
        ],
    },
    {
        "code": "datatilsynet",
        "name": "Datatilsynet",
        "handles": "Klager over behandling af personoplysninger, fx videregivelse eller manglende sletning.",
        "deadline": "Ingen klagefrist",
        "how_to_complain": "Skriv først til kommunens databeskyttelsesrådgiver. Derefter kan du klage på datatilsynet.dk.",
        "url": "https://www.datatilsynet.dk",
        "keywords": [
            "personoplysninger", "persondata", "gdpr", "databeskyttelse", "datatilsynet",
            "videregivet mine oplysninger", "sletning", "slette mine oplysninger", "databrud",
            "registreret forkert", "oplysninger om mig",
        ],
    },
    {
        "code": "ligebehandlingsnaevnet",
        "name": "Ligebehandlingsnævnet",
        "handles": "Klager over forskelsbehandling på grund af fx køn, race, etnisk oprindelse, religion, handicap, alder eller seksuel orientering.",
        "deadline": "Ingen klagefrist",
        "how_to_complain": "Klag digitalt på ligebehandlingsnaevnet.dk. Det er gratis.",
        "url": "https://ligebehandlingsnaevnet.dk",
        "keywords": [
            "diskrimination", "diskrimineret", "forskelsbehandling", "forskelsbehandlet", "racisme",
            "race", "etnisk", "hudfarve", "religion", "tørklæde", "køn", "seksuel orientering",
            "ligebehandling", "ligeløn", "graviditet",
        ],
    },
    {
        "code": "menneskeret",
        "name": "Institut for Menneskerettigheder",
        "handles": "Rådgivning og hjælp til dig, der har oplevet forskelsbehandling på grund af køn, race eller etnisk oprindelse.",
        "deadline": "Ingen klagefrist",
        "how_to_complain": "Kontakt instituttets ligebehandlingsafdeling på menneskeret.dk.",
        "url": "https://menneskeret.dk",
        "keywords": ["menneskerettigheder", "institut for menneskerettigheder", "diskrimination", "racisme"],
    },
    {
        "code": "specialundervisning",
        "name": "Klagenævnet for Specialundervisning",
        "handles": "Klager over afgørelser om specialundervisning og specialpædagogisk bistand (ikke mobning eller ventetid).",
        "deadline": "4 uger fra du har fået afgørelsen",
        "how_to_complain": "Send klagen til kommunen, som genvurderer afgørelsen og sender den videre til klagenævnet.",
        "url": "https://naevneneshus.dk/start-din-klage/klagenaevnet-for-specialundervisning/",
        "keywords": [
            "specialundervisning", "specialklasse", "specialskole", "specialpædagogisk bistand",
            "støtte i skolen", "ppr", "visitation til specialskole",
        ],
    },
    {
        "code": "byggeklage",
        "name": "Nævnenes Hus, Byggeklageenheden",
        "handles": "Klager over kommunens afgørelser efter byggeloven, fx byggetilladelser og påbud.",
        "deadline": "4 uger fra afgørelsen er meddelt",
        "how_to_complain": "Klag gennem Klageportalen på naevneneshus.dk.",
        "url": "https://naevneneshus.dk",
        "keywords": [
            "byggetilladelse", "byggesag", "byggeloven", "påbud", "altan", "tilbygning", "carport",
            "tagterrasse", "bygge", "byggeri", "udestue", "skur", "kvist",
        ],
    },
    {
        "code": "planklage",
        "name": "Planklagenævnet",
        "handles": "Klager over retlige spørgsmål i kommunens afgørelser efter planloven, fx lokalplaner og landzonetilladelser.",
        "deadline": "4 uger fra afgørelsen er offentliggjort",
        "how_to_complain": "Klag gennem Klageportalen på naevneneshus.dk.",
        "url": "https://naevneneshus.dk",
        "keywords": ["lokalplan", "planloven", "landzonetilladelse", "dispensation fra lokalplan", "kommuneplan"],
    },
    {
        "code": "miljoeklage",
        "name": "Miljø- og Fødevareklagenævnet",
        "handles": "Klager over kommunens afgørelser om miljø, natur, affald og vand.",
        "deadline": "4 uger fra afgørelsen er meddelt",
        "how_to_complain": "Klag gennem Klageportalen på naevneneshus.dk.",
        "url": "https://naevneneshus.dk",
        "keywords": [
            "miljøgodkendelse", "miljøtilladelse", "affaldsgebyr", "affaldsordning", "jordforurening",
            "støjpåbud", "spildevand", "miljøafgørelse", "naturbeskyttelse",
        ],
    },
    {
        "code": "skatteankestyrelsen",
        "name": "Skatteankestyrelsen",
        "handles": "Klager over Skattestyrelsens og Vurderingsstyrelsens afgørelser, fx skat og ejendomsvurdering.",
        "deadline": "3 måneder fra afgørelsen",
        "how_to_complain": "Klag digitalt på skatteankestyrelsen.dk.",
        "url": "https://skatteankestyrelsen.dk",
        "keywords": [
            "skat", "skattestyrelsen", "skattekort", "forskudsopgørelse", "årsopgørelse",
            "restskat", "ejendomsvurdering", "vurderingsstyrelsen", "ejendomsskat", "grundskyld",
        ],
    },
    {
        "code": "huslejenaevn",
        "name": "Huslejenævnet / Beboerklagenævnet",
        "handles": "Uenighed mellem lejer og udlejer om fx husleje, depositum, vedligeholdelse og klager over naboer i almene boliger.",
        "deadline": "Ingen fast frist; nogle sager har frister efter lejeloven",
        "how_to_complain": "Kontakt huslejenævnet i din kommune. Det koster et gebyr at få en sag behandlet.",
        "url": "https://www.kk.dk/huslejenaevn",
        "keywords": [
            "udlejer", "udlejeren", "lejer", "husleje", "huslejen", "depositum", "lejemål",
            "lejekontrakt", "boligforening", "vicevært", "fraflytning", "istandsættelse",
            "beboerklagenævn", "huslejenævn", "nabo", "opsigelse af lejemål", "varmeregnskab",
        ],
    },
    {
        "code": "udbetaling_danmark",
        "name": "Udbetaling Danmark",
        "handles": "Boligstøtte, folkepension, børne- og ungeydelse, børnetilskud, barselsdagpenge og tilbagebetaling af ydelser.",
        "deadline": "4 uger fra afgørelsen; klag først til Udbetaling Danmark",
        "how_to_complain": "Skriv til Udbetaling Danmark via borger.dk. Fastholder de afgørelsen, sender de klagen videre til Ankestyrelsen.",
        "url": "https://www.borger.dk/udbetaling-danmark",
        "keywords": [
            "udbetaling danmark", "boligstøtte", "boligsikring", "boligydelse", "folkepension",
            "pension", "børneydelse", "børne- og ungeydelse", "børnecheck", "børnetilskud",
            "barselsdagpenge", "barsel", "udk", "atp", "tilbagebetaling af boligstøtte",
        ],
    },
    {
        "code": "familieretshuset",
        "name": "Familieretshuset",
        "handles": "Forældremyndighed, samvær, bopæl, børnebidrag, skilsmisse og separation.",
        "deadline": "4 uger fra afgørelsen",
        "how_to_complain": "Kontakt Familieretshuset på familieretshuset.dk; klager sendes gennem dem.",
        "url": "https://familieretshuset.dk",
        "keywords": [
            "familieretshuset", "samvær", "samværet", "forældremyndighed", "børnebidrag", "bidrag",
            "skilsmisse", "separation", "bopælsforælder", "statsforvaltningen",
        ],
    },
    {
        "code": "politiet",
        "name": "Politiet",
        "handles": "Politiets opgaver: anmeldelser, færdsel, tilladelser og politiets adfærd (Den Uafhængige Politiklagemyndighed).",
        "deadline": "6 måneder for klager over politiets adfærd",
        "how_to_complain": "Kontakt politiet på politi.dk eller 114. Klager over betjentes adfærd går til Den Uafhængige Politiklagemyndighed.",
        "url": "https://politi.dk",
        "keywords": [
            "politi", "politiet", "betjent", "betjente", "anmeldelse", "anmeldt", "politianmeldelse",
            "politistation", "fartbøde", "indbrud", "tyveri", "vold",
        ],
    },
    {
        "code": "region",
        "name": "Region Hovedstaden",
        "handles": "Hospitaler, psykiatrisk behandling, praktiserende læger, akuttelefonen 1813 og patientbefordring.",
        "deadline": "Se Styrelsen for Patientklager for klager over behandling",
        "how_to_complain": "Kontakt Patientkontoret i Region Hovedstaden; klager over behandling går til Styrelsen for Patientklager.",
        "url": "https://www.regionh.dk",
        "keywords": [
            "region", "regionen", "region hovedstaden", "hospital", "hospitalet", "sygehus",
            "rigshospitalet", "hvidovre hospital", "bispebjerg", "herlev", "akuttelefonen", "1813",
            "skadestue", "psykiatrisk afdeling", "patientbefordring", "egen læge", "praktiserende læge",
        ],
    },
]
