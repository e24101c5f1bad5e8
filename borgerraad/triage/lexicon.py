"""The words and phrases the triage engine looks for, grouped by what they signal.

Everything here is a regular expression matched against the normalised text (lower case, plain
punctuation, see ``text.normalise``). Conventions, so that a new phrase is easy to add:

- ``\\w*`` after a stem catches Danish endings (``klag\\w*``: klage, klager, klagede, klagen).
- ``(\\w+ ){0,3}`` allows up to three filler words (``ikke fået (noget|et eneste) svar``).
- Each group lists Danish first, then a small English lexicon for citizens who write in English.
- Start every pattern with ``\\b`` (or ``^``): a single alternative without it (a bare ``lærer\\w*``, or a
  lookbehind before the ``\\b``) makes the whole compiled group several times slower. For a word
  that may end a compound, write ``\\b\\w*lærer\\w*``.

Municipal departments and complaint bodies are NOT listed here: they are data in the admin
(``core.Department``/``core.ComplaintBody`` keywords). What lives here is the language of the
seed's rules, which does not change between municipalities: what a complaint about case handling,
behaviour or a practical task sounds like; what a wish to change a decision, a political
wish or an employment matter sounds like; and the few bodies whose names say "not the
municipality" or "already with another complaint body".
"""

from __future__ import annotations

import re

# Every pattern enters with at least two examples in different wording (issue 12: no entry for a single
# sentence). ``ex(pattern, example, example, ...)`` returns the pattern and records its examples here;
# tests/triage/test_lexicon_examples.py checks that each top-level alternative of each pattern is matched
# by two different examples of its own, so an alternative without them cannot stay.
EXAMPLES: dict[str, tuple[str, ...]] = {}


def ex(pattern: str, *examples: str) -> str:
    """``pattern``, with ``examples`` (real sentences in different wording) recorded beside it."""
    EXAMPLES[pattern] = EXAMPLES.get(pattern, ()) + examples
    return pattern


W = r"(?:\w+ )"  # one filler word
WH = r"(?:[\w-]+ )"  # one filler word that may hold a hyphen (bpa-timer)


def compile_group(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern that matches any of ``patterns``, exactly where ``(?:p1)|(?:p2)|...`` would.

    For speed the alternatives share one ``\\b`` in front, so Python's matcher tests the word boundary
    once per position and can reject an alternative by its first letter. The few alternatives without
    ``\\b`` (``§``, ``^forslag``) keep their place in that order, and are tried again on their own where
    there is no word boundary (``\\B``). Same matches, same preference between alternatives (tested in
    tests/triage/test_lexicon.py); a group with one alternative without ``\\b`` became several times faster.
    """
    alternatives = [alternative for pattern in patterns for alternative in _top_level_alternatives(pattern)]
    unbounded = [alternative for alternative in alternatives if not alternative.startswith(r"\b")]
    if any(_NAMED_OR_BACKREFERENCE.search(alternative) for alternative in unbounded):
        # Written twice, a named group or a back-reference would break: keep the plain form.
        return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    stripped = [alternative.removeprefix(r"\b") for alternative in alternatives]
    source = r"\b(?:" + (_by_first_letter(stripped, flags) or "|".join(stripped)) + ")"
    if unbounded:
        source += r"|\B(?:" + "|".join(unbounded) + ")"
    return re.compile(source, flags)


_NAMED_OR_BACKREFERENCE = re.compile(r"\(\?P|\\[1-9]")
DISPATCH_MIN_ALTERNATIVES = 20


def _by_first_letter(alternatives: list[str], flags: int) -> str | None:
    """The alternatives grouped by the letter they can start with, each group behind a look-ahead.

    Python's matcher rejects an alternative that starts with a letter at once, but must enter one that
    starts with a group (``(ikke|aldrig|ingen) ...``) at every word. When a third or more of a large
    group's alternatives start so, ``(?=a)(?:<those that can start with a>)|(?=b)(?:...)`` tries only the
    alternatives that can match at a position, still in their order (the groups exclude each other:
    a position has one letter). None when an alternative's first letters cannot be known (``\\w*``).
    """
    if len(alternatives) < DISPATCH_MIN_ALTERNATIVES or flags & re.IGNORECASE:
        return None
    if 3 * sum(alternative.startswith("(") for alternative in alternatives) < len(alternatives):
        return None
    firsts = [_first_letters(alternative, flags) for alternative in alternatives]
    if None in firsts:
        return None
    letters = sorted(set().union(*firsts))
    return "|".join(
        f"(?={re.escape(letter)})(?:"
        + "|".join(alternative for alternative, first in zip(alternatives, firsts, strict=True) if letter in first)
        + ")"
        for letter in letters
    )


def _first_letters(pattern: str, flags: int) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when not a small known set."""
    try:
        from re import _constants, _parser
    except ImportError:  # another Python: go without the speed-up
        return None
    try:
        return _first_of(list(_parser.parse(pattern, flags)), _constants)
    except (AttributeError, TypeError, ValueError, re.error):
        return None


def _first_of(items: list, sre) -> frozenset[str] | None:
    for op, value in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item consumes the first character
        if op is sre.LITERAL:
            return frozenset(chr(value))
        if op is sre.IN:
            return _class_letters(value, sre)
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = value
            if add_flags or del_flags or sub.getwidth()[0] == 0:
                return None
            return _first_of(sub.data, sre)
        if op is sre.BRANCH:
            branches = [_first_of(branch.data, sre) if branch.getwidth()[0] else None for branch in value[1]]
            return None if None in branches else frozenset().union(*branches)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
            return _first_of(value[2].data, sre)
        return None
    return None


def _class_letters(items: list, sre) -> frozenset[str] | None:
    letters: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            letters.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < 64:
            letters.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(letters)


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at each ``|`` outside parentheses and character classes."""
    parts: list[str] = []
    depth, start, position, in_class = 0, 0, 0, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 1  # the escaped character is skipped with it
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            position += pattern.startswith("^", position + 1)
            position += pattern.startswith("]", position + 1)  # "[]...]" and "[^]...]": a literal "]"
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:position])
            start = position + 1
        position += 1
    parts.append(pattern[start:])
    return parts


# --- Grounds -----------------------------------------------------------------------------------

SAGSBEHANDLING = [
    ex(r"\bsagsbehandlingstid\w*",
       "Sagsbehandlingstiden er alt for lang.", "Hvorfor er sagsbehandlingstiden over et år?"),
    ex(r"\bsagsbehandlingen (er|var|tager|har)",
       "Sagsbehandlingen tager alt for lang tid.", "Sagsbehandlingen har været kaotisk fra start."),
    ex(rf"\b(ikke|aldrig|ingen|intet) {W}{{0,3}}(fået|modtaget|hørt|set|fik|modtog|hørte) {W}{{0,5}}"
       r"(svar\w*|afgørelse\w*|besked|tilbagemelding\w*|reaktion|et ord|noget|fra (dem|jer|kommunen|\w+))",
       "Vi har endnu ikke fået svar.", "Jeg har ikke modtaget noget."),
    ex(rf"\b(intet|ingen|uden|manglende|ikke noget) {W}{{0,2}}(svar\w*|tilbagemelding\w*|reaktion\w*|besked)\b",
       "Ingen svarer på noget.", "Mail 3 gange, intet svar."),
    ex(r"\b(intet|ikke noget|ingenting) (\w+ )?hørt\b",
       "Vi har intet hørt.", "Jeg har ikke noget hørt fra dem siden maj."),
    ex(r"\bikke (blevet )?(besvaret|svaret|behandlet|færdigbehandlet|svarede|besvarede|reagerede)",
       "Min ansøgning er stadig ikke behandlet.", "Borgerservice har i fem uger ikke besvaret hendes mails."),
    ex(rf"\bsvarer {W}{{0,2}}ikke\b",
       "Hun svarer ikke mere på mine sms'er.", "Min sagsbehandler svarer bare ikke på mails."),
    ex(r"\bingen (\w+ ){0,2}(har )?(besvaret|reageret|bekræftet|vendt tilbage)\b",
       "Ingen har vendt tilbage.", "Ingen har bekræftet at de har fået den"),
    ex(r"\b(ingen|ikke|aldrig)\b[^.!?\n]{0,40}\bsvaret på (mine|vores|min|mit|hans|hendes) (\w+ )?"
       r"(beskeder|mails?|e-mails?|breve?|henvendelser?|spørgsmål|rykkere?|opkald)\b",
       "Borgerservice har ikke svaret på hendes mails i fem uger.",
       "Min sagsbehandler har ikke svaret på mine beskeder i seks uger"),
    ex(r"\bbrugte (over |næsten |mere end )?(\w+ ){0,2}(år|måneder|uger) på at (behandle|svare|færdigbehandle)\b",
       "Kommunen brugte næsten et år på at behandle min ansøgning.",
       "De brugte tre måneder på at svare på en enkel mail."),
    ex(rf"\b(gider|vil) {W}?(ikke )?svare\b",
       "Ingen gider svare mig på noget", "Det er så frustrerende at ingen gider svare."),
    ex(rf"\b(venter|ventet|vente|ventede) {W}{{0,4}}på (et |en |at |min |mit |deres )?(svar\w*|afgørelse\w*|"
       rf"behandling|sagen|at få)",
       "Vi venter stadig på svar.", "I fem uger har jeg ventet på at få et møde."),
    ex(rf"\b(fik|fået|modtog|modtaget) {W}?(aldrig|ikke|intet|ingen) {W}{{0,2}}"
       r"(svar|tilbagemelding\w*|besked|reaktion)\b",
       "Hans breve fik aldrig svar.", "Vi klagede dengang, men fik aldrig svar."),
    ex(r"\blang (ventetid|behandlingstid)",
       "Der er lang ventetid", "Ingen har givet besked om hvor lang ventetiden er."),
    ex(r"\b(?<!bussen )(?<!toget )(?<!bussen var )(?<!toget var )(?<!bus var )(?<!tog var )forsink\w*",
       "Sagen blev forsinket.", "Afgørelsen er forsinket med tre måneder."),
    ex(r"\btrækker ud\b", "Sagen trækker ud måned efter måned.", "Det trækker ud, og ingen kan sige hvorfor."),
    ex(rf"\b(kun|siden|bortset fra|andet end) {W}{{0,2}}(automatisk\w* )?kvittering\w*",
       "Jeg har ikke fået andet end en automatisk kvittering.", "Jeg har kun fået en automatisk kvittering."),
    ex(r"\brykke(t|de|r for|r igen)\b", "Jeg har rykket to gange.", "Vi rykkede for svar i september."),
    ex(r"\b(uger|måneder|mdr\.?) uden\b",
       "Der er gået tre uger uden svar fra dem.", "Nu har vi været fem måneder uden hjælp."),
    ex(r"\b(forkert|ingen|manglende|dårlig|mangelfuld|misvisende) (\w+ )?vejledning",
       "Det er for dårlig vejledning.", "Det var forkert vejledning, og fristen er nu overskredet."),
    ex(r"\b(ikke|forkert) (blevet )?vejledt",
       "Jeg er ikke blevet vejledt om mine muligheder.", "Vi blev forkert vejledt af borgerservice."),
    ex(r"\bfik (jeg )?ikke at vide\b",
       "Jeg fik ikke at vide, at jeg skulle sende en lægeerklæring.",
       "Hvorfor fik jeg ikke at vide, at fristen var så kort?"),
    ex(r"\bpartshør\w*",
       "Ingen partshøring, ingen begrundelse, ingenting.", "Jeg blev aldrig partshørt, før de traf afgørelsen."),
    ex(r"\buden at (\w+ ){0,2}(blev|er blevet|var blevet|havde været|bliver) (spurgt|hørt|inddraget|orienteret)\b",
       "De traf beslutningen, uden at vi blev spurgt først.", "Han blev flyttet, uden at jeg blev hørt først."),
    ex(r"\buden at (nogen )?(spurgte|hørte|inddrog|orienterede) (os|mig|hende|ham|dem)\b",
       "Sagen blev lukket, uden at nogen spurgte mig.", "De flyttede hans skema, uden at nogen orienterede os."),
    ex(r"\bikke (blevet )?(hørt|spurgt) (om noget )?(inden|før)",
       "Moren blev ikke spurgt først.", "Jeg er heller ikke blevet spurgt om noget inden."),
    ex(r"\b(ingen|manglende|mangelfuld|uden) begrundelse",
       "Der står ingen begrundelse", "Ingen partshøring, ingen begrundelse, ingenting."),
    ex(rf"\bikke {W}{{0,2}}(nogen )?begrundelse",
       "Der står ikke rigtig nogen begrundelse i brevet.",
       "Vi kan ikke forstå begrundelsen, og brevet er fyldt med paragraffer."),
    ex(r"\bikke begrundet", "Afslaget er ikke begrundet.", "Beslutningen var slet ikke begrundet."),
    ex(r"\b(ingen|manglende|uden) klagevejledning",
       "Afgørelsen kom uden klagevejledning.", "Der var ingen klagevejledning i brevet."),
    ex(r"\bnotatpligt", "Har kommunen ikke notatpligt?", "De har overtrådt notatpligten."),
    ex(r"\bikke (blevet )?noteret",
       "Det, jeg sagde på mødet, er ikke blevet noteret.", "Min opringning er ikke noteret nogen steder."),
    ex(r"\b(ikke|intet|ingen) (\w+ )?notat\w*",
       "Der findes intet notat fra mødet.", "Der er ikke skrevet notater fra samtalen."),
    ex(r"\b(ikke|aldrig|intet) (\w+ ){0,2}(skrevet|skrive|noteret) (\w+ )?ned\b",
       "De har ikke skrevet noget ned fra mødet.", "De gad ikke skrive det ned."),
    # Time passing and nobody taking over: "nu er der gået syv uger", "er på ferie og ingen overtager".
    ex(r"\bgået (\w+ ){0,2}(uger|måneder|mdr)\b", "Nu er der gået syv uger", "Selv om der er gået fem uger."),
    ex(r"\bingen (der )?(overtager|overtog|har overtaget|tager over)\b",
       "Min sagsbehandler er sygemeldt, og ingen overtager sagen.",
       "Hun er stoppet, og der er ingen der har overtaget min sag."),
    # Consent is a case-handling matter when information is gathered (not a placement; passing data
    # on is Datatilsynet's, see OTHER_BODY_BY_NATURE).
    ex(r"\b(indhent\w*|oplysninger fra|journal\w*)\b[^.!?\n]{0,80}"
       r"\buden (at spørge (mig|os|hende|ham)|(mit|vores|hans|hendes|deres) samtykke)",
       "De har indhentet oplysninger fra min læge uden mit samtykke.",
       "Kommunen læste min journal uden at spørge mig."),
    ex(r"\buden (mit|vores|hans|hendes|deres) samtykke[^.!?\n]{0,60}\b(indhent\w*)",
       "Uden mit samtykke har de indhentet min journal.",
       "Uden vores samtykke blev der indhentet oplysninger fra skolen."),
    ex(r"\b(aldrig|ikke) (\w+ )?(givet|gav|give) (\w+ )?samtykke",
       "Jeg har aldrig givet samtykke til det.", "Min mor har ikke givet sit samtykke."),
    ex(r"\baktindsigt\w*", "Jeg har bedt om aktindsigt i min sag.", "Min anmodning om aktindsigt er ikke besvaret."),
    ex(r"\b(blevet|blev|er|var) (\w+ )?(væk|bortkommet|forsvundet)\b",
       "Min lægeerklæring er blevet væk.", "Papirerne var bortkommet hos dem."),
    ex(r"\b(mistet|tabt|glemt|smidt ud|mistede|tabte|glemte) (\w+ ){0,3}"
       r"(papirer\w*|dokument\w*|ansøgning\w*|lægeerklæring\w*|bilag\w*)",
       "For tre år siden mistede kommunen mine papirer om min søns handicap",
       "For tre år siden mistede skolen alle papirerne om min søns ordblindhed"),
    ex(r"\bsagen (ligger|har ligget) stille", "Sagen ligger stille hos jer.", "Sagen har ligget stille siden sommer."),
    ex(rf"\b(modtog|fik) {W}{{0,4}}(for sent|efter mødet|dagen efter mødet)",
       "Jeg fik indkaldelsen for sent.", "Vi modtog brevet dagen efter mødet."),
    ex(rf"\b(brev\w*|indkaldelse\w*|post\w*|besked\w*|svar\w*|den|det) {W}{{0,3}}(kom|ankom) {W}{{0,3}}"
       r"(for sent|efter mødet|dagen efter)",
       "Brevet kom først dagen efter mødet.", "Indkaldelsen ankom for sent."),
    ex(r"\bingen (tager|tog) (telefonen|den)\b",
       "5 opkald til pladsanvisningen om vuggestuepladsen og ingen tager den og ingen ringer op.",
       "Jeg ringer og ringer, men ingen tager telefonen."),
    ex(r"\bkan ikke komme igennem",
       "Hun kan ikke komme igennem til ATP på telefonen.", "Man kan ikke komme igennem på telefonen."),
    ex(r"\bstadig (den )?gamle\b",
       "I systemet står stadig den gamle adresse.", "De bruger stadig gamle oplysninger om min indkomst."),
    ex(r"\b(har|er) ikke (blevet )?(opdateret|rettet|registreret|ændret)\b",
       "Min adresse er ikke blevet opdateret.", "Fejlen i min sag er ikke rettet."),
    # English
    ex(r"\b(no|never got an?|without an?|without any|haven't (got|received|heard)|have not (got|received|heard)|"
       rf"did not (get|receive|hear)|didn't (get|receive|hear)|not (received|heard)) {W}{{0,2}}"
       r"(answer|reply|replies|response|decision|word|back)",
       "Still have no answer.", "Have not received any answer"),
    ex(r"\bonly (received |got )?(an? )?automatic\w* (replies|reply|answers?|receipt)",
       "I only received an automatic reply.", "We have only got automatic replies."),
    ex(r"\bstill (waiting|the old)",
       "I am still waiting for an answer.", "It is still the old amount that is paid out."),
    ex(r"\b(weeks|months) (without|and no|later)",
       "It has been six weeks without a reply.", "Three months later nothing has happened."),
    ex(r"\b(lost|misplaced) (my |the |our )?(documents|papers|application|file)",
       "They lost my documents.", "The jobcentre has misplaced my application."),
    ex(rf"\b(arrived|came) {W}{{0,4}}(after|too late)",
       "The letter arrived after the meeting.", "The answer came far too late."),
    ex(r"\baccess to (my |the )?(file|documents|records)",
       "I requested access to documents", "I asked the job centre for access to my file"),
    ex(r"\bnobody (answers|replies|has answered)", "Nobody answers the phone.", "Nobody has answered my emails."),
    ex(r"\b(has|have|had) not (answered|replied|responded)|\b(hasn't|haven't|hadn't) (answered|replied|responded)",
       "They have not replied, even after my two reminders.",
       "My caseworker at Jobcenter has not answered my emails for six weeks",
       "Pladsanvisningen still hasn't answered the application for a sibling",
       "The Jobcenter hasn't replied to any of my emails."),
    ex(r"\bhas not been (updated|processed|handled|changed)",
       "My address has not been updated.", "The application has not been processed yet."),
]

ADFAERD = [
    ex(r"\buhøflig\w*", "Medarbejderen bag skranken var utroligt uhøflig.", "Hun opførte sig uhøfligt over for mig."),
    ex(r"\buvenlig\w*",
       "Personalet i skadestuen på Hvidovre Hospital var meget uvenlige",
       "Var personalet i akutmodtagelsen vildt uvenlige og lod ham vente 9 timer på en båre."),
    ex(r"\bsmæk\w* med\b", "Hun smækkede med døren.", "Han smækker med røret, når jeg ringer."),
    ex(r"\buforskammet\w*", "Hun var totalt uforskammet.", "Vagt var bare uforskammet!!!"),
    ex(r"\bubehøvle\w*",
       "Min sagsbehandler var direkte ubehøvlet.", "Han var meget ubehøvlet over for mig under en samtale."),
    ex(r"\bhårdhændet\w*", "Hun er sur og hårdhændet.", "En af natvagterne har været meget hårdhændet"),
    ex(r"\bbrysk\w*", "Sagsbehandleren var meget brysk.", "Han svarede mig bryskt."),
    ex(r"\b(er|var) (\w+ )?(sur|sure|vrisne?|mopset) (og|over|på|i)\b",
       "Hun er sur og hård i hænderne.", "Pædagogen er virkelig sur over for os forældre."),
    ex(r"\bband(er|ede|e) (ad|af)\b", "Chaufføren bandede ad mig.", "Hun bander af os, når vi spørger."),
    ex(r"\bskrid\b", "Han sagde bare: skrid!", "Skrid med dig, råbte hun."),
    ex(r"\b(hans|hendes|deres|medarbejderens) opførsel\b",
       "Vil klage over hans opførsel", "Afgiften har jeg betalt, det er hans opførsel jeg klager over."),
    ex(r"\bkald(te|er|e|t)? (\w+ ){0,2}(for )?(en |et )?'\w+",
       "I går kaldte han mig 'håbløs'.", "Hun kaldte min far for 'en besværlig gammel mand'."),
    ex(r"\bsmed (\w+ ){0,3}ud (af|fra)\b", "Han smed mig ud af kontoret.", "Vagten smed os ud fra borgerservice."),
    ex(r"\bnedladende", "Hun var meget nedladende.", "Sagsbehandleren talte meget nedladende til mig."),
    ex(r"\barrogan\w*", "Sagsbehandleren var arrogant.", "Hans arrogance var til at tage at føle på."),
    ex(r"\bgrov\w* i (tonen|munden)", "Hun var grov i munden.", "Medarbejderen blev grov i tonen."),
    ex(r"\b(hård|grim|hånlig|nedsættende|truende|ubehagelig|vred) (tone|måde|kommentar\w*|bemærkning\w*)\b",
       "Hun talte til mig i en hård tone.", "Han kom med en nedsættende kommentar om min søn."),
    ex(r"\bråb(te|er|t|e)\b", "Livredderen råbte af mig.", "Min sagsbehandler råber, når jeg spørger."),
    ex(r"\bhævede stemmen", "Sagsbehandleren hævede stemmen over for mig.", "Hun hævede stemmen, da jeg spurgte igen."),
    ex(r"\bkald(t|te|er)? (mig|ham|hende|os|dem|min \w+|hans \w+|hendes \w+)\b",
       "Han kaldte mig en idiot.", "Hun kaldte min søn doven."),
    ex(r"\bhimle\w* (med )?øjne", "Hun himlede med øjnene, når jeg svarede.", "Pædagogen himler med øjnene ad os."),
    ex(r"\bydmyg\w*", "Det var ydmygende.", "Hun var meget ydmyget."),
    ex(r"\brespektløs\w*", "Det var respektløst at tale sådan til os.", "Han var respektløs over for min mor."),
    ex(r"\buprofessionel\w*", "Medarbejderen var helt uprofessionel.", "Det er uprofessionelt at grine af en borger."),
    ex(r"\bkort for hovedet",
       "Hun er sur og kort for hovedet over for os forældre.", "Medarbejderen var kort for hovedet i telefonen."),
    ex(r"\bhånlig\w*|\bhånede\b",
       "Hun var hånlig over for mig.", "Han svarede hånligt.", "Han hånede mig foran de andre.",
       "Pædagogen hånede vores søn."),
    ex(r"\bgjor(de|t) grin med\b|\blatterliggj\w*",
       "Han gjorde grin med mit handicap.", "De har gjort grin med hende.", "Hun latterliggjorde mig på mødet.",
       "Jeg følte mig latterliggjort."),
    ex(r"\bgrin(te|ede|er|et) (ad|af)\b", "Hun grinede af mig.", "Konsulenten grinte ad mit dårlige dansk."),
    ex(r"\bskæld\w* (\w+ )?ud\b", "Pædagogen skældte ham ud foran de andre.", "Jeg er blevet skældt ud i telefonen."),
    ex(rf"\btal(te|er|t) {W}{{0,3}}(grimt|nedsættende|nedladende|hånligt|respektløst|vredt|hårdt)",
       "Han talte meget hårdt til min søn.", "Hun har talt nedladende til mig flere gange."),
    ex(r"\b(dårlig|ubehagelig|grov|uacceptabel|uordentlig) (opførsel|adfærd|betjening|behandling)",
       "Det er uacceptabel opførsel fra en ansat.", "Vi har fået en dårlig behandling i borgerservice."),
    ex(r"\b(personalets|medarbejderens|medarbejdernes|sagsbehandlerens|lærerens|pædagogens) (adfærd|opførsel|tone)",
       "Jeg vil klage over medarbejderens opførsel.", "Personalets tone over for beboerne er grim."),
    ex(rf"\b(utilfreds|vred|sur) {W}{{0,2}}(over|med) {W}{{0,2}}betjening\w*",
       "Jeg er utilfreds med betjeningen i borgerservice.", "Jeg er vred over den betjening, jeg fik."),
    ex(r"\bmed (\w+ )?suk\b", "Jeg blev mødt med et suk.", "Hun svarede med et suk, hver gang jeg spurgte."),
    ex(r"\bsukkede\b",
       "Hun sukkede højt, da jeg spurgte igen.", "Manden ved skranken sukkede højlydt over mine spørgsmål."),
    ex(r"\bafbrød (\w+ ){0,4}(mig|hende|ham|os)\b",
       "Hun afbrød mig hele tiden", "Medarbejderen ved skranken afbrød hende flere gange"),
    ex(r"\bholde? (din |jeres )?(kæft|mund)\b",
       "Jeg skulle 'holde mund og sætte mig'!!", "Han svarede 'hold din kæft og lær at læse skilte'"),
    ex(r"\bidiot\w*|\bsnylter\w*|\btage? (dig|jer) sammen\b|\bkoster samfundet\b",
       "Han kaldte mig en idiot.", "Hun sagde, jeg var en idiot.", "Han kaldte mig en snylter.",
       "Hun sagde, at vi var snyltere.", "Du må tage dig sammen, sagde hun.", "Han råbte: tag jer sammen!",
       "Han sagde, at folk som mig koster samfundet en formue.", "Hun sagde, at jeg bare koster samfundet penge."),
    ex(r"\btrue(de|t|r) (mig|hende|ham|os|med)\b",
       "Medarbejderen truede mig med politiet.", "Hun har truet med at stoppe min hjælp."),
    ex(r"\bbandede\b", "Han bandede og råbte i telefonen.", "Chaufføren bandede, da jeg spurgte."),
    ex(r"\bbehandlet (som en|nedværdigende|respektløst|dårligt|som et)",
       "Jeg følte mig behandlet som en andenrangsborger på grund af mit handicap.",
       "Jeg oplevede at blive behandlet dårligt i Borgerservice på grund af min hudfarve."),
    # English
    ex(r"\brude\w*", "The caseworker was rude to me.", "The man at the desk was very rude."),
    ex(r"\b(yell|shout|scream)\w*",
       "She shouted at me in the corridor.", "The teacher yelled at her in front of the whole class."),
    ex(r"\bdisrespect\w*", "She was disrespectful to my mother.", "I was treated with disrespect."),
    ex(r"\bcondescending", "He was condescending the whole meeting.", "Her tone was condescending."),
    ex(r"\binsult\w*", "He insulted me in front of my children.", "It was an insult."),
    ex(r"\bhumiliat\w*",
       "It was very humiliating for him.", "I was humiliated and felt I was treated worse because of my origin."),
    ex(r"\blaughed at\b", "The staff laughed at my son.", "She laughed at my question."),
    ex(r"\brolled (her|his|their) eyes", "She rolled her eyes when I asked.", "The teacher rolled his eyes at us."),
    ex(r"\bunprofessional", "The caseworker was unprofessional.", "This is unprofessional behaviour."),
    ex(r"\btalked down to", "He talked down to me.", "The staff talked down to my father."),
    ex(r"\bunfriendly",
       "The staff at the emergency department at Hvidovre Hospital were very unfriendly", "The staff were unfriendly."),
    ex(r"\bmade fun of\b|\bmock(ed|s|ing)\b|\bridicul\w*",
       "The teacher mocked my daughter.", "They keep mocking him.", "She ridiculed my application.",
       "I felt ridiculed at the meeting.", "The caseworker made fun of me when I switched to Danish.",
       "The teacher has made fun of his stutter in front of the class."),
    ex(r"\bthreaten\w*", "The guard threatened to throw me out.", "He threatened me in the waiting room."),
    ex(r"\bcalled me\b", "He called me lazy.", "She called me a liar in front of everyone."),
]

# Practical tasks are recognised as a service (topic) and a problem in the same sentence.
PRAKTISK_TOPIC = [
    ex(r"\bhjemmehjælp\w*", "Jeg er 84 år og får hjemmehjælp.", "Hjemmehjælperen kommer aldrig til tiden."),
    ex(r"\bhjemmepleje\w*", "Jeg har ikke klaget til hjemmeplejen.", "Hjemmeplejen siger det er depotets skyld."),
    ex(r"\bhjælper(en|ne|e)?\b",
       "Hun har ikke sagt det til hjælperne endnu", "Når hjælperen er forsinket mere end en halv time."),
    ex(r"\bhjælpen\b", "Kommunen har sat hjælpen ned!!!", "Jeg vil klage over, hvordan hjælpen udføres."),
    ex(r"\brengøring\w*", "Rengøringen bliver ikke gjort ordentligt.", "Min mor får kun rengøring hver 14. dag."),
    ex(r"\bgjort rent\b", "Hun får kun gjort rent hver anden uge.", "Badeværelset bliver aldrig gjort rent."),
    ex(r"\bgør(e)? rent\b",
       "Et privat firma skal fremover gøre rent hos hende.", "De skulle gøre rent hver anden uge.",
       "Hjælperen gør rent på en halv time."),
    ex(r"\bstøvsug\w*", "Der bliver bare støvsuget lidt i stuen.", "Fordi kommunen mener hun selv kan støvsuge."),
    ex(r"\bbad(et)?\b", "Hun har ikke fået sit bad i en uge.", "Badet bliver sprunget over."),
    ex(r"\bmorgenmad\w*", "Flere gange om ugen står hun uden morgenmad.", "Han får morgenmad alt for sent."),
    ex(r"\baftensmad\w*",
       "Hvorfor mor ikke var blevet serveret aftensmad.",
       "Personalet glemmer ofte hendes aftensmad, og hun har tabt 6 kg på to måneder."),
    ex(r"\bmad(en)?\b", "Hun sad uden mad en hel dag.", "Maden fra madservice er kold."),
    ex(r"\bmadservice\w*", "Maden fra madservice er kold.", "Vi har ikke ringet til madservice endnu."),
    ex(r"\b\w*undervisning\w*", "Mor er utilfreds med undervisningen.", "PPR har anbefalet støtte i undervisningen"),
    ex(r"\btimer(ne)?\b", "Jeg vil have timerne tilbage.", "Min søn har mistet to timer om ugen."),
    ex(r"\blektion\w*",
       "Så han går glip af første lektion og er urolig resten af dagen.", "Lektionerne bliver aflyst hele tiden."),
    ex(r"\bidræt\w*", "Klassen har ikke haft idræt i en måned.", "Idrætstimerne bliver aflyst hver uge."),
    ex(r"\bvikar\w*", "Der er næsten kun vikarer.", "Klassen har haft en vikar i dansk hele året."),
    ex(r"\bskole\w*", "Min søn går i 3. klasse på en skole i Valby.", "Skolen har ikke svaret på vores mails."),
    ex(r"\bklasse\w*", "Min datters klasse har ikke haft dansk i to uger.", "Hele klassen blev sendt hjem."),
    ex(r"\blærer\w*", "Lærerne gør ingenting.", "Læreren kom ikke i dag."),
    ex(r"\bpædagog\w*",
       "En af pædagogerne i vuggestuen på Vesterbro", "Jeg er pædagog og ansat i en af kommunens børnehaver."),
    ex(r"\bvuggestue\w*",
       "En af pædagogerne i vuggestuen på Vesterbro", "Vi har fået nej til økonomisk friplads i vuggestuen"),
    ex(r"\bbørnehave\w*", "Min datter i børnehaven!!!", "Vores datter går i børnehave på Amager."),
    ex(r"\binstitution\w*",
       "Vi har ikke sagt noget til institutionen om det.", "Institutionen har for lidt personale."),
    ex(r"\bdagpleje\w*",
       "Vores toårige datter er i dagpleje.", "Det meste af formiddagen sidder børnene foran tv'et hos dagplejeren."),
    ex(r"\bfritidshjem\w*", "Vores søn går i fritidshjem.", "Få plads i fritidshjemmet tæt på hvor vi bor."),
    ex(r"\bsfo\w*", "Vi betaler for vores søns SFO, selvom han har været syg.", "I've spoken to the SFO leader twice."),
    ex(r"\bklub\w*", "Klubben (40 medlemmer) står uden lokale.", "Jeg har ikke sagt noget til klubben endnu"),
    ex(r"\bopsyn\b", "Børnene var uden opsyn på legepladsen.", "Der var intet opsyn i frikvarteret."),
    ex(r"\bpasning\b", "Vi mangler pasning til vores søn.", "Der er ingen pasning i ferien."),
    ex(r"\bskrald\w*",
       "Skraldet i gården her i valby er ikk tømt i over 2 uger!!!",
       "Skraldebilen har ikke taget vores affald de sidste tre tømningsdage."),
    ex(r"\baffald\w*", "Affaldet i gården bliver ikke hentet.", "Der ligger affald overalt på vejen."),
    ex(r"\bstorskrald\w*",
       "Storskraldet blev ikke hentet i torsdags, selvom jeg havde bestilt det.",
       "Mange naboer her i Vanløse aner ikke, hvilken dag storskraldet afhentes."),
    ex(r"\bcontainer\w*",
       "Containeren til pap bliver aldrig tømt.", "Jeg fik en bøde, fordi jeg havde lagt en træplade i en container."),
    ex(r"\bskraldespand\w*",
       "Skraldespandene ved legepladsen i fælledparken er fyldt",
       "Hej vores skraldespande i valby flyder over og har gjort det i ugevis."),
    ex(r"\bskraldebil\w*",
       "Skraldebilen har ikke taget vores affald de sidste tre tømningsdage.",
       "Skraldebilen har ikke tømt vores affaldsspande i tre uger, og det lugter forfærdeligt."),
    ex(r"\brenovation\w*",
       "Renovationen smider vores skraldespande midt på fortovet efter hver tømning",
       "Renovationen har ikke tømt vores spand."),
    ex(r"\bfej\w*", "Vores gade bliver aldrig fejet.", "Fortovet er ikke blevet fejet i månedsvis."),
    ex(r"\bfortov\w*", "Nu står et gammelt køleskab på fortovet.", "Fortovet er ikke ryddet for sne."),
    ex(r"\bcykelsti\w*", "Cykelstien er hverken saltet eller ryddet.", "Der er et stort hul i cykelstien."),
    ex(r"\bgade(n|rne)?\b", "Min gade på Nørrebro bliver aldrig fejet.", "Gaderne ligger fulde af skrald."),
    ex(r"\bvej(en)?\b", "Der er et hul i vejen.", "Vores vej bliver aldrig ryddet for sne."),
    ex(r"\bsne\w*", "Tre dage er gået siden snefaldet.", "Vejen har ikke været ryddet for sne i en uge."),
    ex(r"\bglat\w*", "Fortovet er glat som is.", "Der er glatte stier ved skolen."),
    ex(r"\bsaltet\b", "Cykelstien er hverken saltet eller ryddet.", "Vejen er ikke saltet i over en uge."),
    ex(r"\bpark(en)?\b", "Affaldet i parken bliver aldrig samlet op.", "Der er ingen lys i den park."),
    ex(r"\blegeplads\w*", "Legepladsen i parken er farlig.", "Affaldsspandene ved legepladsen løber over."),
    ex(r"\blygte\w*", "Lygten på vores vej har været slukket i en måned.", "Lygterne ved skolen virker ikke."),
    ex(r"\bbelysning\w*", "Belysningen på stien er gået.", "Der er ingen belysning på cykelstien."),
    ex(r"\bgræs\w*", "Græsset i parken bliver ikke slået.", "Græsplænen er ikke blevet klippet."),
    ex(r"\bplejehjem\w*", "Min mor er plejehjemsbeboer.", "Har ik klaget til plejehjemmet endnu"),
    ex(r"\bplejecenter\w*", "Min far bor på et plejecenter.", "Personalet på plejecenteret har travlt."),
    ex(r"\bhjælpemiddel\w*",
       "Jeg har rykket Hjælpemiddelenheden 3 gange og de svarer bare ikke.",
       "Desuden har hun sendt to breve til hjælpemiddelafdelingen uden at få svar."),
    ex(r"\bgenoptræning\w*",
       "Han har ikke fået en plan for genoptræning.", "Jeg har ikke rykket genoptræningscentret."),
    ex(r"\bbus(sen)?\b",
       "Smed mig af bussen i går fordi jeg havde barnevogn med",
       "I sanktion fordi hun kom for sent til jobcentermøde – bussen var forsinket."),
    ex(r"\bkørsel\w*",
       "Jeg har ikke kontaktet Kørselskontoret endnu.", "Jeg har ikke klaget til Kørselskontoret endnu."),
    ex(r"\bskolebus\w*", "Skolebussen kom ikke i morges.", "Skolebussen kommer tit 30 minutter for sent."),
    # compounds: matematiklærer, gadelygterne, bostøttemedarbejder
    ex(r"\b\w*lærer\w*", "Matematiklæreren er syg hele tiden.", "Større klasser, færre lærere."),
    ex(r"\b\w*lygte\w*", "Gadelygten uden for vores hus er gået.", "Vejlygterne har været slukket i to uger."),
    ex(r"\bgadelys\w*", "Gadelyset på vores vej er gået.", "Der har ikke været gadelys i to uger."),
    ex(r"\btaxa\w*",
       "Min dreng bliver kørt i taxa til sin specialskole.",
       "Min søn er 8 og skal køres i taxa fra kørselskontoret til specialskolen."),
    ex(r"\bfrokost\w*", "Han har ikke fået frokost fra frokostordningen.", "Frokosten kommer først klokken to."),
    ex(r"\bble(en|r|rne)?\b", "Han går med den samme ble hele dagen.", "Min mor får ikke skiftet ble ofte nok."),
    ex(r"\btøj(et)?\b", "Hans tøj bliver ikke vasket.", "Tøjet ligger beskidt i dagevis."),
    ex(r"\bvaskeri\w*", "Vaskeriet har mistet næsten alt hans tøj", "Vaskeriet har mistet min mors tøj."),
    ex(r"\bgynge\w*", "Gyngen på legepladsen er knækket.", "Gyngen på legepladsen har været ødelagt i et år."),
    ex(r"\b\w*vejarbejde\w*",
       "På vores gade i Brønshøj har der været vejarbejde i to måneder.",
       "Efter kommunens vejarbejde er der et stort hul i fortovet foran nr."),
    ex(r"\bgangsti\w*",
       "Hvor fortovet er spærret og der ikke er lavet nogen midlertidig gangsti.",
       "Gangstien er ikke blevet ryddet for sne."),
    ex(r"\bbostøtte\w*", "Imens er min bostøtte ophørt.", "Jeg er 19, har ADHD og bor i en ungdomsbolig med bostøtte."),
    ex(r"\bkursus\w*|\bkurset\b|\bholdet\b",
       "Jeg meldte mig til et kursus i dansk.", "Kursusstedet var lukket.", "Kurset blev aflyst uden varsel.",
       "Kurset startede aldrig.", "Holdet blev nedlagt midt i sæsonen.", "Instruktøren på holdet mødte ikke op."),
    ex(r"\bsvømmehal\w*|\blivredde\w*|\bbibliotek\w*",
       "Jeg har ikke sagt det til svømmehallen.", "Skrev til svømmehallen og fik et standardsvar.",
       "En livredder råbte 'skrid så med jer' til mine børn", "Livredderen skældte mig ud og kaldte mig 'gammel tøs'",
       "På mit lokale bibliotek i Valby.", "Vi har ikke klaget til biblioteket."),
    # English
    ex(r"\bhome (help|care)\b",
       "I have not raised this with the home care yet.", "We haven't complained to the home care unit yet."),
    ex(r"\bcarers?\b",
       "The carers turn up at all sorts of times.", "The home carer who comes to my grandmother is always late."),
    ex(r"\bcleaning\b",
       "I'm writing for my mum, who is 87 and gets home help for cleaning.",
       "Jobcenter decided that I must take part in a 'nytteindsats' job cleaning parks"),
    ex(r"\bteach\w*", "A teacher at my daughter's school shouted at her.", "We've spoken to the head teacher twice."),
    ex(r"\blessons?\b",
       "So he misses the first lesson and is unsettled for the rest of the day.",
       "The lessons are cancelled every week."),
    ex(r"\bschool\b", "Now my son won't go to school.", "I have not contacted the school yet."),
    ex(r"\bdaycare\b", "Our son's daycare closes early.", "The daycare staff forgot to give her lunch."),
    ex(r"\bkindergarten\b",
       "Our son goes to a municipal kindergarten.", "Our son fell and hit his head at his kindergarten."),
    ex(r"\bnursery\b", "Our daughter has come home from nursery with bruises.", "The nursery is closed again."),
    ex(r"\bgarbage\b", "The garbage has not been collected.", "Nobody picks up our garbage."),
    ex(r"\btrash\b", "The trash was left on the street.", "Our trash is never picked up."),
    ex(r"\brubbish\b", "The rubbish is piling up.", "Rubbish is everywhere in the park."),
    ex(r"\bwaste\b", "I had booked a bulky waste collection", "Hi, nobody has collected the bulky waste"),
    ex(r"\bbins?\b",
       "Our bins haven't been emptied for weeks.", "Our street has had overflowing trash bins for weeks."),
    ex(r"\bstreets?\b", "The street lights along our whole road are off.", "Our street has not been swept for months."),
    ex(r"\bsnow\b", "The snow has not been cleared on our road.", "Our road was not cleared of snow for a week."),
    ex(r"\bpavement\b",
       "There is a hole in the pavement outside our house.", "Now there's an old fridge standing on the pavement."),
    ex(r"\bsidewalk\b", "The sidewalk is full of ice.", "Nobody clears the sidewalk."),
    ex(r"\bnursing home\b",
       "Our father lives in a nursing home in Vanløse.",
       "Phone note: The caller's father lives in a nursing home in Nørrebro."),
    ex(r"\bmeals?\b", "His meals arrive cold.", "She never had her evening meal."),
    ex(r"\bfood\b",
       "My dad is 82 and gets food from Københavns Madservice..",
       "They clear away the plate even if he hasn't touched the food."),
    ex(r"\bplayground\b", "The playground in our park is dangerous.", "The playground is broken."),
    ex(r"\bstreet ?lights?\b", "The street light has been off for weeks.", "The streetlights on our road are broken."),
    ex(r"\bcare home\b",
       "The staff at the care home treated my father with disrespect.", "My mother lived at a care home in Valby."),
    ex(r"\bnødkald\w*|\bnødopkald\w*|\bnødalarm\w*",
       "Min mor trykkede på nødkaldet, men ingen kom.", "Nødkaldet virker ikke.", "Ingen svarede på hans nødopkald.",
       "Hun foretog et nødopkald om natten.", "Nødalarmen har været i stykker i en uge.",
       "Min fars nødalarm blev ikke besvaret."),
]
PRAKTISK_PROBLEM = [
    ex(r"\bikke (har været |været |blevet )?(fejet|ryddet|saltet|tømt|hentet|gjort rent|slået|repareret|udført|lavet|"
       r"gjort ordentligt)",
       "Skraldet i gården er ikke tømt i over 2 uger.", "Vores vej er ikke blevet ryddet for sne."),
    ex(rf"\bikke (haft|fået) (rigtig )?{W}{{0,2}}"
       r"(undervisning|idræt|timer|mad|morgenmad|aftensmad|frokost|bad|hjælp\w*|"
       r"rengøring|\w*lærer\w*)\b",
       "Min søn har ikke fået den ekstra hjælp i dansk", "Klasse har ikke haft rigtig idræt i over en måned."),
    ex(r"\bikke (har været |været |blevet )?(skiftet|vasket|tømt|fejet)",
       "Hans ble er ikke blevet skiftet hele dagen.", "Fortovet har ikke været fejet i månedsvis."),
    ex(r"\bspærret\b",
       "Vejarbejdet på Jagtvej har spærret fortovet i tre måneder uden skiltning",
       "Hvor fortovet er spærret og der ikke er lavet nogen midlertidig gangsti."),
    ex(r"\bknækket\b", "Har haft en knækket gynge og en rådden klatreborg", "Gyngen er knækket."),
    ex(r"\bødelagt\w*|\bi stykker\b|\brådden\w*",
       "Gyngen på legepladsen er ødelagt.", "Hans kørestol er i stykker.",
       "Min mors kaffestel blev slået i stykker af hjælperen.", "Klatreborgen er rådden.",
       "Bænken på legepladsen er helt rådden.", "Elevatoren har været ødelagt i en måned."),
    ex(r"\bslukket\b",
       "Gadelygterne på hele vores vej i Bellahøj har været slukket i over to måneder",
       "Gadelyset har været slukket i to uger."),
    ex(r"\bmistet\b", "Vaskeriet har mistet næsten alt hans tøj.", "Hjemmeplejen har mistet hendes nøgle."),
    ex(r"\buden at have fået\b",
       "Hun blev sendt hjem uden at have fået mad.", "Han gik i seng uden at have fået sit bad."),
    ex(r"\bhaft vikar\w*",
       "Klasse har haft vikar i dansk siden sommerferien.", "De har haft vikar næsten hver time eller fået fri."),
    ex(r"\bfået fri\b",
       "Eleverne har fået fri, fordi der ikke var en lærer.", "Min søn har fået fri tre gange i denne måned."),
    ex(r"\bingen (\w+ )?(hjælper|hjælp|hjælpe)\b",
       "Der kom ingen hjælper i går.", "Hun har ingen hjælp fået i en uge."),
    ex(r"\btabt sig\b", "Min mor har tabt sig fem kilo.", "Han har tabt sig meget, siden madservicen startede."),
    ex(r"\baldrig\b", "Hjælperen kom aldrig.", "Rengøringen bliver aldrig gjort."),
    ex(r"\bfor sent\b", "Taxaen kommer tit 30 minutter for sent.", "Hjælperen kommer altid for sent."),
    ex(r"\bforskellige tidspunkter",
       "Hjælperne kommer på meget forskellige tidspunkter.",
       "Hjemmeplejen kommer på vidt forskellige tidspunkter hos min mand."),
    ex(r"\bsprunget over", "Hans bad er blevet sprunget over tre gange.", "Rengøringen bliver sprunget over."),
    ex(r"\bspringer \w+ over", "De springer badet over, når de har travlt.", "Hjælperen springer rengøringen over."),
    ex(r"\bglem(t|mer|te)\b", "Personalet har glemt hendes aftensmad.", "De glemmer ofte at give ham medicin."),
    ex(r"\baflys\w*", "To gange blev kurset aflyst", "De har aflyst to gange med en dags varsel."),
    ex(r"\bs(e|er|å) film\b", "Når læreren er syg, skal de bare se film.", "Eleverne ser film hele dagen."),
    ex(r"\bkun (et kvarter|\d+ minutter|en halv time|få minutter)",
       "Hjælperen var her kun et kvarter.", "De bliver kun 10 minutter."),
    ex(r"\bi stedet\b", "Hjælperen kom kl. 13 i stedet for kl. 8.", "De så film i stedet for at have dansk."),
    ex(r"\bholder ikke (\w+ )?øje\b",
       "Livredderne i svømmehallen på Nørrebro holder ikke øje med bassinet",
       "Pædagogerne holder ikke øje med børnene."),
    ex(r"\b(får|fik) ikke (\w+ ){0,3}(timer|\w*undervisning|hjælp\w*|mad|bad|støtte)\b",
       "Han fik ikke den hjælp han skulle i 6.", "Min datter får ikke de fem timers specialundervisning om ugen"),
    ex(r"\bbeskidt\w*", "Badeværelset er beskidt.", "Han sidder i beskidt tøj."),
    ex(r"\bsnavs\w*", "Der ligger snavs under sengen og i hjørnerne i ugevis.", "Der er snavs overalt i køkkenet."),
    ex(r"\blugt\w*", "Der er lugtgener og rotter i gården.", "Det lugter forfærdeligt fra skraldespandene."),
    ex(r"\brotter\b",
       "Der er lugtgener og rotter i gården.", "Jeg anmeldte rotter i gården til kommunen for seks uger siden"),
    ex(r"\bikke godt nok", "Det er ikke godt nok.", "Det er simpelthen ikke godt nok."),
    ex(r"\bdårlig\w*", "Maden er dårlig og kold.", "Rengøringen er dårligt udført."),
    ex(r"\bmangelfuld\w*", "Rengøringen er mangelfuld.", "Hjælpen har været mangelfuld hele måneden."),
    ex(r"\bikke ordentlig\w*", "Rengøringen bliver ikke ordentligt udført.", "Han bliver ikke ordentligt vasket."),
    ex(r"\balene hjem",
       "Min datter på 7 år gik alene hjem fra fritidshjemmet i tirsdags", "Min datter gik alene hjem fra SFO."),
    ex(r"\buden at nogen (opdagede|så|lagde mærke)",
       "Uden at nogen opdagede det.", "Han forlod skolen, uden at nogen opdagede det."),
    ex(r"\bingen (voksne|opsyn|pædagoger|lærere)",
       "Der var ingen voksne på legepladsen.", "I frikvarteret var der ingen lærere i gården."),
    ex(rf"\bikke {W}{{0,2}}(kommet|kommer|dukket op|mødt op)\b",
       "Hjælperen er ikke kommet i dag.", "Chaufføren er ikke dukket op to gange."),
    ex(r"\budført\w*|\budførelse\w*",
       "Vi vil gerne klage over den måde plejen bliver udført på.",
       "Borger ønsker at klage over måden hjælpen bliver udført på.", "Udførelsen af rengøringen er elendig.",
       "Jeg klager over udførelsen af arbejdet."),
    ex(r"\butilfreds\w*", "Jeg er utilfreds med kommunen.", "Det svar er jeg utilfreds med."),
    ex(r"\b(lærer|lærte|gjorde|gør|sker) ingenting", "Han lærer ingenting.", "Men der sker ingenting."),
    ex(r"\bkun vikarer|\budskift\w*|\bskiftende\b",
       "Klassen har kun vikarer i dansk.", "Det er kun vikarer, der kommer.", "Der er stor udskiftning i personalet.",
       "Hjælperne bliver udskiftet hele tiden.", "Hun får hjælp af skiftende hjælpere.",
       "Der kommer skiftende vikarer hver dag."),
    ex(r"\bfarlig\w*", "Legepladsen er direkte farlig.", "Der er farlige huller i cykelstien."),
    ex(r"\bvæltet\b", "Flere cyklister er væltet på den glatte sti.", "Min mor er væltet to gange i badet."),
    ex(r"\bhul(ler|let|lerne)?\b",
       "Der er store huller i vejen.", "Et hul i cykelstien har stået i et år.",
       "Hullet i fortovet er ikke blevet lappet."),
    ex(r"\bi (\d+|flere|mange) (uger|måneder)\b",
       "Skraldet har ikke været hentet i 3 uger.", "Lyset har været slukket i flere måneder."),
    ex(r"\b(gik|gået|varede|tog) (der )?(\w+ )?(\d+|over en|en halv|en hel|flere) (minutter|timer|time)\b",
       "Det varede over en time, før nogen kom.", "Der gik 40 minutter, før hjælperen kom."),
    ex(r"\bikke (blevet )?(hentet|tømt)",
       "Skraldet i borgers gade er ikke hentet i tre uger.",
       "Papcontaineren ikke blevet tømt siden midten af oktober."),
    # English
    ex(r"\bnot (been )?(collected|cleaned|cleared|emptied|picked up|taught|done)",
       "Our bins have not been emptied.", "The street has not been cleared."),
    ex(r"\b(late|skipped|cancelled|canceled)\b", "The taxi is often 30 minutes late.", "Her bath was skipped again."),
    ex(r"\bnever (came|come|comes|shows?|showed)\b", "The carer never came.", "The helper never shows up on time."),
    ex(r"\bdirty\b", "The bathroom was dirty.", "He was left in dirty clothes."),
    ex(r"\brats\b", "There are rats near the bins.", "We have seen rats in the yard."),
    ex(r"\bsmell\w*", "The yard smells terribly.", "The smell from the bins is terrible."),
    ex(r"\b(arrived|was|were|is) cold\b", "Several times this month the food arrived cold", "The food arrived cold."),
    ex(r"\bwrong (food|meals?)\b", "She got the wrong food again.", "They delivered the wrong meal."),
    ex(r"\bbroken\b", "The swing has been broken for months.", "The playground has had a broken swing for months."),
    ex(r"\bforg[eo]t\w*", "The carers forgot her medicine again.", "They have forgotten to bring his meals."),
    ex(r"\b(keeps? )?(losing|loses)\b",
       "83) has dementia and the care home keeps losing his hearing aids and glasses.",
       "The laundry keeps losing his clothes."),
]

DISKRIMINATION = [
    ex(r"\bdiskrimin\w*", "Det er diskrimination.", "Vi følte os diskrimineret."),
    ex(r"\bforskelsbehandl\w*",
       "Det er forskelsbehandling.", "Jeg mener, det er forskelsbehandling af handicappede børn."),
    ex(r"\bracis\w*", "Det var racisme, rent og skært.", "Han kom med racistiske bemærkninger."),
    ex(rf"\bbehandl\w* {W}{{0,2}}(anderledes|ringere|dårligere)\b.{{0,60}}\b(på grund af|pga\.?|fordi)",
       "Føler sig behandlet anderledes på grund af hvor hun kommer fra.",
       "Vi oplever at vi bliver behandlet anderledes fordi vi er to mænd."),
    ex(r"\bjeres slags\b|\bfolk som (dig|jer)\b",
       "Hun sagde, at jeres slags altid klager.", "Vi har ikke brug for jeres slags her.",
       "Folk som dig skal ikke have noget.", "Han sagde, at folk som jer ikke vil arbejde."),
    ex(r"\b(på grund af|pga\.?) (min|mit|mine|sin|sit|sine|hendes|hans|vores|deres) (\w+ )?"
       r"(baggrund|hudfarve|religion|tørklæde|etnicitet|"
       r"oprindelse|køn|alder|handicap|seksualitet|accent|navn)",
       "Det er pga vores religion det ved vi godt", "Vi tror det er på grund af hans udenlandske navn."),
    ex(r"\bdiscriminat\w*", "This is discrimination.", "I feel that I am discriminated because of my religion."),
    ex(r"\bracist\w*", "The comment was racist.", "She made racist remarks."),
    ex(r"\btreated (me |us |her |him )?differently",
       "I feel I am treated differently because of where I come from.",
       "I felt humiliated and treated differently because of where I am from."),
    ex(r"\bbecause of (my|her|his|our) (\w+ )?(race|religion|skin|background|accent|origin|gender|age|disability|name)",
       "I believe it is because of my foreign name.", "I think I was turned down because of my religion."),
    ex(r"\bbecause of where (i|she|he|we) (come|comes) from",
       "I feel I am treated differently because of where I come from.",
       "They treat me badly because of where I come from."),
    ex(r"\bgo back to (your|his|her|their|my) (own )?country",
       "He told me to go back to my own country.", "He shouted that she should go back to her country."),
    ex(r"\b(rejse|rejs|tage|tag) hjem til (dit|sit|jeres|deres) (eget )?land",
       "Hun sagde: rejs hjem til dit eget land.", "De kan bare tage hjem til deres eget land, sagde han."),
    ex(r"\bpeople (like you|from your (\w+ ){0,3}(world|country))\b",
       "He said people like you never want to work.", "She told me people from your country always lie."),
]

# Understanding a decision needs a decision in sight (see DECISION_CONTEXT), so that
# "jeg forstår ikke hvorfor de ikke svarer" stays a complaint about case handling.
FORSTAA_AFGOERELSE = [
    ex(rf"\bforstå\w* {W}{{0,2}}(afgørelse\w*|brev\w*|beslutning\w*|begrundelse\w*|svaret|afslaget|beregning\w*|"
       r"hvad (det|den|der|de|brevet|afgørelsen)|"
       r"hvorfor (jeg|vi|min|mit|de har|han|hun))",
       "Jeg forstår ikke afgørelsen.", "Hun kan ikke forstå hvorfor hun har fået afslag."),
    ex(rf"\b(forstår|forstod|kan) ikke {W}{{0,2}}(forstå )?(afgørelse\w*|brev\w*|"
       r"hvad (det|den|der|de|brevet|afgørelsen)|hvilken|hvilke|"
       r"hvorfor (jeg|vi|min|mit|de har|han|hun)|begrundelse\w*)",
       "Jeg forstår ikke brevet.", "Vi kan ikke forstå hvad afgørelsen betyder."),
    ex(r"\bhoved eller hale",
       "Jeg kan ikke finde hoved eller hale i det.", "Jeg kan ikke finde hoved eller hale i brevet."),
    ex(rf"\bhvad (betyder|indebærer) {W}{{0,3}}(afgørelse\w*|brev\w*|det|den)",
       "Hvad betyder afgørelsen for min søn?", "Hvad indebærer det for os?"),
    ex(rf"\bforklare {W}{{0,2}}(afgørelse\w*|brev\w*|hvad|hvorfor|beslutning\w*)",
       "Kan i forklare os hvad den betyder", "Jeg bad parkeringsvagten forklare hvorfor"),
    ex(rf"\bgennemgå {W}{{0,2}}(afgørelse\w*|brev\w*)",
       "Kan I gennemgå afgørelsen med mig?", "Vil du gennemgå brevet med min mor?"),
    ex(r"\bhjælpe? (mig|os|hende|ham) (med at|til at) forstå\b",
       "Kan I hjælpe os med at forstå den?", "Kan I hjælpe mig med at forstå den?"),
    ex(r"\bom (det|den|afgørelsen|beslutningen|brevet|sagen|alt|beløbet) er "
       r"(lavet|gjort|truffet|behandlet|foregået|gået|sket|"
       r"regnet|beregnet) "
       r"(\w+ )?(rigtigt|korrekt|efter reglerne|rigtig)",
       "Om det er gjort rigtigt?", "Om den er lavet korrekt."),
    ex(r"\bja eller (et )?nej\b", "Jeg kan ikke se, om det er et ja eller et nej.", "Har jeg fået ja eller nej?"),
    ex(r"\b(do not|don't|dont|cannot|can't|can not) understand",
       "I don't understand why", "I don't understand the reason or what I can do."),
    ex(rf"\bexplain {W}{{0,2}}(decision|letter)", "Can you explain the decision to me?", "Please explain this letter."),
    ex(r"\bhelp (me |us |her |him )?(to )?understand\b",
       "Can you help me understand the decision?", "Could you help me understand the letter?"),
    ex(r"\bwhether (it|the decision|this|the letter) (is|was) (made )?(correct|right|lawful)",
       "Can you help me understand what the decision means and whether it is right?",
       "She would like help understanding the decision and checking whether it was made correctly."),
    ex(rf"\bwhat (does|do) {W}{{0,3}}mean", "What does this letter mean?", "What does the decision mean for us?"),
    ex(r"\bif (it|the decision) (was|is) (made )?(correctly|right)",
       "I want to know if the decision was made correctly.", "Can you check if it is right?"),
]

VEJLEDNING_OM_KLAGE = [
    ex(rf"\bhvordan {W}{{0,2}}(klager|anker|påklager) (jeg|vi|man)",
       "Hvordan klager jeg over afslaget?", "Hvordan påklager man en afgørelse fra jobcentret?"),
    ex(rf"\bhvordan (kan|skal) (jeg|vi|man) {W}{{0,2}}(klage|anke|påklage)",
       "Hvordan kan jeg klage?", "Hvordan kan jeg klage over den?"),
    ex(rf"\bhvor (skal|kan) (jeg|vi|man) {W}{{0,3}}(klage|sende {W}?klage\w*|anke)",
       "Hvor kan vi klage?", "Hvor skal jeg sende min klage hen?"),
    ex(r"\bhvor skal klagen",
       "Hvordan klager jeg over afslaget, og hvor skal klagen sendes?",
       "Vi ønsker at klage over tilladelsen hvor skal klagen sendes hen"),
    ex(rf"\bhvem (skal|kan) (jeg|vi|man) {W}{{0,2}}klage til", "Hvem kan jeg klage til?", "Hvem skal vi så klage til?"),
    ex(rf"\bhvem (behandler|tager sig af) {W}{{0,2}}klage",
       "Hvem tager sig af klager over det?",
       "Hvordan klager vi over påbuddet, hvem behandler klagen, og hvad er fristen?"),
    ex(rf"\bhvordan (jeg|vi|man) {W}{{0,2}}(kan |skal )?(klager|klage|anker|anke|påklager|påklage)\b",
       "Vil I vise mig, hvordan jeg klager?", "Borger spørger, hvordan man klager."),
    ex(rf"\bhvem (jeg|vi|man) (skal|kan) {W}{{0,2}}(klage|sende {W}?klage\w*) til",
       "Borger spørger, hvem man kan klage til.", "Jeg vil gerne klage, men jeg ved ikke hvem jeg skal klage til"),
    ex(rf"\bhvor (jeg|vi|man) (skal|kan) {W}{{0,2}}(klage|sende {W}?klage\w*|anke)",
       "Jeg ved ikke, hvor jeg skal klage.", "Kan du sige, hvor man kan anke afgørelsen?"),
    ex(rf"\bhvor (sender|skal|kan) (jeg|vi|man) {W}{{0,2}}(en |min |vores |sin )?(klage\w*|anke\w*)",
       "Hvor sender jeg min klage hen?", "Hvor kan man sende en klage?"),
    ex(r"\bhvor (\w+ )?klagen skal (sendes|hen)",
       "Hvor klagen skal sendes hen", "Vi ved ikke hvor klagen skal sendes hen eller hvordan den skal skrives."),
    ex(rf"\bhvem der (behandler|tager sig af) {W}{{0,2}}(klage\w*|det|den|sagen)",
       "Eller hvem der tager sig af klagen.",
       "Beboerne vil klage over tilladelsen og spørger, hvem der behandler klagen."),
    ex(r"\bhvilken (klage)?instans\b",
       "Hvilken instans tager sig af klagen, og hvor lang tid har vi?",
       "Spørger hvordan der klages over påbuddet, hvilken klageinstans der behandler det"),
    ex(r"\bhvem (tager sig af|behandler|håndterer) (det|den|sådan\w*|sagen|klage\w*)\b",
       "Hvem tager sig af klager over det?", "Kan vi klage over det, og hvem behandler det?"),
    ex(r"\bhvem (\w+ )?(er det )?der (behandler|tager sig af) (klage\w*|det|den|sagen)",
       "Eller hvem der tager sig af klagen.", "Hvordan klager vi over afslaget, hvem er det der behandler klagen"),
    ex(r"\b(hvor|hvordan|hvem) klager (jeg|vi|man)\b",
       "Hvor klager jeg over det?", "Hvem klager man til, når hjemmeplejen ikke kommer?"),
    ex(r"\bklagefrist\w*", "Hvad er klagefristen?", "De har hørt, at klagefristen er fire uger."),
    ex(r"\bfrist(en)? (på|for at klage|til at klage|er)\b",
       "Hvad er fristen for at klage?", "Jeg vil gerne vide, hvad fristen er."),
    ex(r"\bhvor lang tid (har (jeg|vi|man)|(jeg|vi|man) har)\b",
       "Hvor lang tid har vi?", "Hvor lang tid har jeg til det?"),
    ex(r"\b(mulighed for|ret til) at (klage|anke)",
       "Har jeg ret til at klage over det?", "Er der mulighed for at anke afgørelsen?"),
    ex(r"\bkan (jeg|vi|man) (\w+ )?(klage|anke)\b",
       "Kan jeg klage over det?", "Kan man overhovedet anke sådan en afgørelse?"),
    ex(r"\bhow (do|can|should) (i|we) (complain|appeal)",
       "How do we appeal the refusal?", "How can I complain about my caseworker?"),
    ex(r"\bwhere (do|can|should) (i|we) (complain|appeal|send)", "Where do I appeal?", "Where do I complain?"),
    ex(rf"\bwho (handles|deals with) {W}{{0,2}}(complaints?|appeals?)",
       "Who deals with complaints about that?", "Who handles complaints about the jobcentre?"),
    ex(r"\bdeadline (for|to) (complain|appeal)",
       "What is the deadline for appealing?", "Is there a deadline to complain?"),
    ex(r"\bcan (i|we) (complain|appeal)", "Where can I appeal this?", "Who can we complain to and how?"),
    ex(r"\bwho can (i|we) complain to", "Who can we complain to and how?", "Who can I complain to about this?"),
    ex(r"\bwhere to (complain|appeal)", "I don't know where to complain.", "Please tell us where to appeal."),
    ex(r"\bhow to (complain|appeal)",
       "We disagree and want to know how to appeal.", "I'd like to know how to complain about this."),
]

FORSLAG = [
    ex(r"\b(et|mit|vores|lille|konkret|godt|følgende) forslag\b",
       "Et forslag til Jobcentret", "Et forslag til bedre service"),
    ex(r"\b(mit|vores) \w+ forslag\b", "Her er mit konkrete forslag.", "Vores eneste forslag er en bedre hjemmeside."),
    ex(r"^forslag\b|\bforslag ?:|\bid[eé] ?:",
       "Forslag til parkering københavn", "Forslag: Det ville være en stor hjælp", "Et forslag: Det ville hjælpe",
       "Idé: Hjemmeplejen kunne sende en tekstbesked", "En lille idé: et kort over storskraldsdage på kk.dk"),
    ex(r"\b(kommunen|i|man|jobcent\w*|borgerservice|forvaltningen) (burde|kunne|bør|skulle) (også )?"
       r"(lave|indføre|oprette|tilbyde|sende|vise|åbne) (?!(det|den|sagen|klagen|henvendelsen|min \w+) videre)",
       "Et lille forslag: Kommunen kunne lave et kort på kk.dk",
       "Ikke en klage, men jeg synes at kommunen burde lave en side"),
    ex(rf"\bforslag til {W}{{0,2}}(forbedring\w*|kommunen|jer|borgerservice|hvordan)",
       "Forslag til forbedring af betjeningen: en direkte telefonlinje.",
       "Her er et forslag til kommunen om åbningstider."),
    ex(rf"\b(jeg|vi) {W}{{0,2}}foreslå\w*",
       "Det, jeg egentlig vil foreslå",
       "Jeg vil gerne foreslå, at jobcentret sender mødeindkaldelser både i e-Boks og som sms."),
    ex(r"\b(en|min|vores|lille|god) id[eé]\b",
       "Det er ikke en klage, bare en idé til at gøre det nemmere.", "Jeg har en idé"),
    ex(r"\bid[eé] til\b", "Idé til Parkering København", "Jeg har en idé til, hvordan I kan gøre det nemmere."),
    ex(r"\bville (det )?være (en )?(stor )?(hjælp|rart|godt|smart|nemmere|bedre|fint|en fordel)\w* (hvis|at)",
       "Det ville være en stor hjælp hvis I åbnede om lørdagen.", "Det ville være rart at kunne booke tid online."),
    ex(r"\b(i|we) (would like to |want to )?suggest\w*",
       "I would like to suggest longer opening hours.", "We suggest that the forms are put online."),
    ex(r"\bsuggestion\w*", "Suggestion: it would be great if you", "Suggestion: it would really help if Borgerservice"),
    ex(r"\b(an|my|one|small) idea\b", "Hi, just an idea for the library.", "My idea is simple: longer opening hours."),
    ex(r"\bit would be (\w+ )?(great|nice|better|helpful|easier|good) if",
       "It would be great if you could book study booths", "It would be great if you had evening hours."),
]

# "Det er ikke en klage, men ...": with a wish for the service (SUGGESTS) it is a suggestion.
NOT_A_COMPLAINT = [
    ex(r"\b(ikke|ingen) (en |nogen )?klage,? men\b",
       "Ik en klage men lav dog en side hvor", "Det er ikke en klage, men et forslag."),
    ex(r"\bnot a complaint\b", "This is not a complaint, just an idea.", "It's not a complaint, but a suggestion."),
]
SUGGESTS = [
    ex(r"\b(burde|bør|kunne|skulle) (\w+ ){0,2}(lave|indføre|oprette|tilbyde|sende|vise|åbne|gøre|have)\b",
       "Kommunen burde lave en app til det.", "I kunne godt tilbyde tider om aftenen."),
    ex(r"\b(should|could) (\w+ )?(make|offer|send|show|introduce|have)\b",
       "The library should offer evening hours.", "You could send a text message before the visit."),
]

# A decision (in this text) that the citizen may want to understand, contest or complain about.
DECISION_CONTEXT = [
    ex(r"\bafslag\w*", "Jeg fik afslag.", "Afslaget skal laves om."),
    ex(r"\bafslå\w*|\bafslog\b",
       "Kommunen har afslået at give min mor på 81 en plads i et daghjem",
       "Jobcentret har afslået at betale tolk til mine møder med min mentor.", "Kommunen afslog min ansøgning.",
       "De afslog at betale for briller."),
    ex(r"\bafvis\w*|\bafvist\b|\bnægte[dt]\b",
       "Borger afviser dette og ønsker kravet ændret.", "Vi har talt med lederen men hun afviste det bare.",
       "Min ansøgning om handicaptillæg er blevet afvist.", "Kommunen har afvist at visitere hende til specialskole.",
       "Min chef har nægtet mig ferie i juli.", "Kommunen har nægtet vores søn på 6 at starte på den skole"),
    ex(r"\bafgørelse\w*", "Den afgørelse skal laves om", "Vi ønsker afgørelsen ændret."),
    ex(r"\bsanktion\w*", "En sanktion i sin kontanthjælp.", "Vi vil have sanktionen fjernet."),
    ex(r"\btilbagebetal\w*", "Hun vil have beløbet tilbagebetalt.", "Helt uventet skal jeg tilbagebetale 3.000 kr."),
    ex(rf"\bbetale {W}{{0,4}}tilbage",
       "At vi skal betale tilbage.", "Jeg skal betale noget hjælp tilbage og jeg forstår det ikke"),
    ex(r"\bgebyr\w*", "Vil ha gebyret tilbage", "I stedet har jeg modtaget en rykker med et ekstra gebyr."),
    ex(r"\bbøde\w*", "Jeg fik en bøde for at parkere foran mit eget hus.", "Den bøde skal annulleres."),
    ex(r"\bafgift\w*", "Afgiften skal annulleres.", "Jeg har fået en p-afgift på 510 kr."),
    ex(r"\bbevilg\w*", "Kommunen har bevilget mig bostøtte.", "Hun har fået bevilget en ny kørestol."),
    ex(r"\banbring\w*|\banbragt\w*",
       "Hjælp os med at få anbringelsen ophævet", "Jeg forlanger, at Borgerrådgiveren får anbringelsen ophævet.",
       "Vores 16-årige søn er af kommunen anbragt på et opholdssted.",
       "Mor) forstår ikke afgørelsen om at hendes datter er anbragt på døgninstitution."),
    ex(r"\bpåbud\w*", "Vi har fået et påbud.", "Påbuddet skal ophæves."),
    ex(r"\bdispensation\w*",
       "Kommunen har givet dispensation", "Where do you send a complaint about a lokalplan dispensation"),
    ex(r"\bopkræv\w*", "Hvad sker der for opkrævningen i kommunen!!", "Den opkrævning er gal og skal bare annulleres"),
    ex(r"\bvisiteret\b", "Han er ikke visiteret til en specialskole.", "Vores søn er visiteret til specialklasse."),
    ex(r"\bfastsat\b", "Familieretshuset har fastsat samværet", "Vores parcelhus har fået fastsat en ny grundværdi"),
    ex(r"\btilladelse\w*", "Tilladelsen skal trækkes tilbage.", "Hvordan klager vi over tilladelsen?"),
    ex(r"\b(har|havde) (\w+ )?(besluttet|bestemt|vurderet),? at "
       r"(jeg|vi|min|mit|han|hun|hendes|hans|vores|du|mor|far)\b",
       "Skolen har besluttet, at min datter skal skifte klasse.", "PPR har vurderet at han ikke har brug for støtte."),
    ex(r"\bparagraf\w*|§",
       "Bare en masse paragraffer.", "Brevet er kun på dansk og henviser til mange paragraffer.",
       "Jeg søgte efter § 100 i serviceloven.", "Afgørelsen henviser til servicelovens § 83."),
    ex(rf"\bsat {WH}{{0,4}}ned\b", "Hans pensionstillæg er sat ned.", "Boligstøtte bliver sat ned med 900 kr."),
    ex(r"\bnedsat\w*",
       "Borger kan ikke se, om ydelsen bliver nedsat", "Han har fået besked om, at hans ydelse bliver nedsat"),
    ex(r"\bfrata\w*", "Kommunen vil fratage mig min bil.", "De har frataget hende hjælpen."),
    ex(r"\bstop (af|for)\b",
       "Telefonnotat: Borger har klaget over jobcentrets afgørelse om stop af sygedagpenge.",
       "Jeg har fået et stop for mine sygedagpenge."),
    ex(rf"\bstoppe[dt] {W}?(min|mit|hans|hendes|vores)",
       "Udbetaling Danmark har stoppet hans folkepension", "Kommunen har stoppet min kontanthjælp fra næste måned"),
    ex(r"\bbrev(et)? (fra|om)\b",
       "Jeg fik et brev fra kommunen i går.", "Jeg har fået brev om, at jeg skal betale 6.000 kr."),
    ex(r"\bansøgning\w*", "Jeg har ellers sendt 20 ansøgninger.", "Nu kan ingen finde ud af hvor ansøgningen er."),
    ex(r"\btrukket\b", "Hvorfor der er trukket timer fra.", "Jeg vil have påbuddet trukket tilbage."),
    ex(r"\bydelse\w*",
       "Jobcentret har trukket ham tre dages ydelse", "Jeg har fået afslag på hjælp til briller fra Ydelsesservice."),
    ex(r"\bregning\w*|\bfaktura\w*",
       "Grund for egen regning.", "Den regning skal bare slettes", "Jeg har fået en faktura på 3.000 kr.",
       "Fakturaen fra kommunen er forkert."),
    ex(r"\brefus\w*|\brejected\b|\bdenied\b|\bdecision\w*|\bfine[ds]?\b|\bpermit\b|\bletter\b",
       "They refused my application.", "We want the refusal changed.", "My application was rejected.",
       "The next day I was rejected.", "I want the decision changed.", "The decisions are not explained.",
       "I got a fine every day.", "I was fined for parking outside my own house.", "The permit must be withdrawn.",
       "They gave my neighbour a building permit.", "I got a letter saying my daughter must change school.",
       "The letter is only in Danish.", "My application was denied.", "She was denied a place at the school."),
    ex(r"\bticket\b|\bfees?\b|\bpenalty\b|\bsanction\w*",
       "I got a parking ticket in Nordhavn.", "The ticket is wrong and I want it cancelled.",
       "I had to pay a fee for the permit.", "The fees are far too high.", "I got a penalty for parking.",
       "The penalty is unfair.", "The jobcentre gave me a sanction.", "They sanctioned my benefits."),
    # What was decided, in the citizen's words: "sagt nej til", "givet naboen lov til", "pålagt os at",
    # "tvangsfjernet", "er blevet stoppet".
    ex(r"\b(sagt|sagde|siger) nej\b",
       "Kommunen har sagt nej til en førerhund.", "Kommunen har sagt nej til en plejebolig."),
    ex(r"\btvangsfjern\w*",
       "Kommunen tvangsfjernede mit barnebarn på 3 år i sidste måned", "Vores søn blev tvangsfjernet."),
    ex(r"\bpålagt\b|\bpålæg\w*|\bpålagde\b",
       "Kommunen har pålagt os at rive overdækningen over vores terrasse ned",
       "Kommunen har pålagt mig at separere regnvand og spildevand på min grund",
       "Vi har fået et pålæg om at rydde haven.", "Jeg vil klage over pålægget fra kommunen.",
       "Kommunen pålagde os at fjerne hegnet.", "De pålagde mig at møde op hver uge."),
    ex(r"\b(kommunen|forvaltningen|de|myndighed\w*|the municipality|they) (har |havde )?(givet|gav) (\w+ ){0,5}"
       r"(lov|permission) (til|af|to)\b",
       "De har givet lov til en fabrikshal 100 m fra",
       "Kommunen har givet en grundejer lov til at fylde en gammel mose"),
    ex(r"\b(fået|fik) (\w+ )?lov af (kommunen|forvaltningen|myndighed\w*)\b",
       "Naboen har fået lov af kommunen til 12 høns i baghaven",
       "Naboen har fået lov af kommunen til at bygge en garage"),
    ex(r"\b(blevet|blev|er) (\w+ )?stoppet\b",
       "Bostøtten er stoppet i mellemtiden.", "Hans kontanthjælp er blevet stoppet."),
    ex(r"\bstopped (my|his|her|our|their|the)\b",
       "Udbetaling Danmark stopped my child benefit",
       "Phone note: A man called because the job centre stopped his sickness benefit"),
    ex(r"\b(vedtaget|vedtog|adopted|approved) (\w+ ){0,2}(lokalplan\w*|local plan)",
       "Kommunen har vedtaget en ny lokalplan", "The municipality adopted a new local plan that allows a hotel in"),
    ex(r"\bsaid no\b|\brefused (my|our|his|her|the)\b|\bturned down\b",
       "And they said no.", "They said NO to my daughter going to special school.",
       "Has refused my holiday request twice.", "The council has refused my wife a care bed fitted with a lift.",
       "Claim I turned down a job offer.", "I think I was turned down because of my religion."),
    ex(r"\b(fået|fik|tilbudt|tildelt|anvist) (\w+ ){0,2}\w*plads\b",
       "Min mor har fået afslag på plads i daghjem.", "Vores datter på 2 har fået plads i dagpleje."),
    # A cut in the citizen's own help is an individual decision ("skåret min bostøtte ned", "fra fem til
    # to timer"); a cut in general is political (POLITISK).
    ex(r"\b(skåret|skar|skære|skærer|reduceret|sænket|beskåret|nedsat) (\w+ ){0,3}fra \w+ til\b",
       "Bostøtte bliver skåret fra 5 til 2 timer om ugen.", "Støtten er blevet nedsat fra fem til to timer ugentligt."),
    ex(r"\b(skåret|skar|skære|skærer|reduceret|reducere|sænket|beskåret) (ned (på|i) )?"
       r"(min|mit|mine|hans|hendes|vores|deres|sin|sit|sine)\b",
       "Kommunen har skåret hendes bad ned fra to gange om ugen til én gang",
       "Efter en revurdering har Visitationen skåret min rengøringshjælp ned"),
    # The same decision told in the present or future tense: "mine sygedagpenge stopper om to uger",
    # "hans bostøtte ophører", "vores tilskud bortfalder", "her benefit will stop".
    ex(r"\b(min|mit|mine|hans|hendes|vores|deres|sin|sit|sine) (\w+ ){0,2}(stopper|stoppes|ophører|ophøre|bortfalder|"
       r"bortfalde|nedsættes|fratages|inddrages|frakendes|afsluttes|lukkes ned)\b",
       "Jeg har fået brev om, at min kontanthjælp ophører pr.",
       "At min bostøtte nedsættes fra fem timer til to timer ugentligt."),
    ex(r"\b(my|his|her|our|their) (\w+ ){0,2}(will (stop|end|be (stopped|cut|withdrawn|reduced))|is being (stopped|"
       r"cut|withdrawn|reduced))\b",
       "I can't tell whether my benefit will be reduced",
       "Ydelsesservice saying my integrationsydelse will be reduced from next month."),
    # An approval in everyday words: "sagt god for", "godkendt", "signed off".
    ex(r"\b(sagt|sagde|siger|sige) god for\b|\bgodkendt\b|\bgodkendte\b|\bapproved\b",
       "Kommunen har sagt god for",
       "Skattevæsnet har ikke godkendt mit kørselsfradrag, og nu skal jeg betale 14.000 kr.",
       "Kommunen har godkendt det og nu er solen væk hos os.", "Kommunen har sagt god for naboens byggeri.",
       "Kommunen godkendte naboens carport.", "De godkendte ikke min ansøgning.",
       "The municipality approved the neighbour's extension.", "My application was not approved."),
]
# "Har besluttet at ..." is a decision, unless its sentence says the decider is political
# ("Borgerrepræsentationen har besluttet at lukke ..."): that is a political decision (POLITISK).
DECIDED = [
    ex(r"\b(har|havde) (\w+ ){0,2}(besluttet|bestemt)\b",
       "Kommunen har besluttet at lukke sagen.", "Byrådet har besluttet at nedlægge fritidsklubben i vores kvarter."),
    ex(r"\b(has|have|had) decided\b|\bdecided (that|to)\b",
       "The municipality has now decided to end them.", "The jobcentre has decided I have to do a course.",
       "The municipality has decided that my son must change school."),
]

# An application or request of the citizen's: a complaint with no other ground is about its handling.
APPLICATION = [
    ex(r"\b(søgte|søgt|ansøgte|ansøgt|anmodede|anmodet) (\w+ ){0,6}om\b",
       "I marts søgte vi om at måtte have udeservering.", "Jeg har søgt om fleksjob og fået nej fra kommunen."),
    ex(r"\bapplied for\b", "I applied for a one-off benefit", "I applied for a job as a caseworker"),
    ex(r"\brequested\b",
       "I requested access to documents", "Three months have passed since I requested a parking permit"),
]

# Wanting to appeal a decision: afgørelse, unless the citizen asks how or where to complain.
WANTS_TO_APPEAL = [
    ex(rf"\b(vil|ønsker|gerne) {W}{{0,2}}(klage|anke) over {W}{{0,2}}"
       r"(afslag\w*|afgørelse\w*|sanktion\w*|bøde\w*|gebyr\w*|afgift\w*)",
       "Jeg vil klage over afslaget på boligindretning.", "Vi ønsker at klage over sanktionen."),
    ex(r"\bwant to (appeal|contest|challenge)\b", "We want to appeal this", "Several of us residents want to appeal."),
]

# --- Exclusions --------------------------------------------------------------------------------

WANTS_CHANGE = [
    ex(rf"\b(vil|ønsker|skal|må|bør|kræver|beder om) {W}{{0,3}}(lavet om|ændret|ændres|omgjort|omgøres|omstødt|"
       r"omstødes|annuller\w*|rettet|rettes|laves om|trukket tilbage|tilbagekaldt|fjernet|fjernes|udbetalt|"
       r"ophævet|ophæves)",
       "Afslaget skal ændres.", "Vi ønsker afgørelsen omgjort."),
    ex(rf"\b(vil|ønsker|skal|kræver) (\w+ )?(have|få) {W}{{0,3}}(penge\w* |beløbet |gebyret |afgiften )?"
       r"(tilbage|refunderet|retur)\b",
       "Jeg vil have gebyret tilbage.", "Jeg vil have timerne tilbage."),
    ex(rf"\btræk(ke|ker|kes) {W}{{0,2}}tilbage\b",
       "Påbuddet skal trækkes tilbage", "Beslutningen bør trækkes tilbage."),
    ex(r"\bskal hjem (igen|til)\b", "Han skal hjem til mig.", "Vores søn skal hjem til os igen."),
    ex(rf"\b(få|gøre) {W}{{0,3}}(lavet om|ændret|omgjort|omstødt|annulleret|udbetalt|tilbagekaldt)",
       "Kan I hjælpe med at få den ændret?", "Jeg vil prøve at få beslutningen omgjort."),
    ex(r"\bfå kommunen til at (give|bevilge|ændre|betale|droppe|omgøre|tilbagekalde)",
       "Jeg vil bede Borgerrådgiveren om at få kommunen til at give mig tilladelsen.",
       "Jeg vil have hjælp til at få kommunen til at ændre afgørelsen."),
    ex(r"\bsørge\w* for,? at (\w+ ){1,2}(får|kan få|bliver bevilget|ændrer|omgør|tilbagekalder|annullerer)\b",
       "I må sørge for at jeg får lov", "De vil have at Borgerrådgiveren sørger for at han får pladsen."),
    ex(r"\bskal (annulleres|ophæves|frafaldes)", "Påbuddet skal ophæves.", "Afgiften skal annulleres."),
    ex(r"\bbliver (omstødt|ændret|lavet om|annulleret|omgjort|trukket tilbage)",
       "At afslaget bliver ændret.", "Vi ønsker, at afslaget bliver omgjort."),
    ex(r"\bomstød\w*|\bomgør\w*|\bomgjort\b",
       "Det er urimeligt og afslaget skal omstødes",
       "I skal sørge for at sanktionen bliver omstødt og at jeg får mine penge", "Beslutningen bør omgøres!",
       "Beslutningen skal omgøres!", "Ønsker afslaget omgjort.", "Jeg vil have afslaget omgjort."),
    ex(r"\b(want|need) (it|the decision|this|them to) (changed|reversed|overturned|cancel\w*|change)",
       "I want the decision changed.", "I want the decision reversed."),
    ex(r"\bwant (it|this|that|the|my|his|her|our) (\w+ )?(cancel\w*|changed|reversed|removed|withdrawn|dropped|"
       r"corrected)\b",
       "We want that changed.", "I want the decision changed."),
    ex(r"\b(vil|ønsker) (have|få) (\w+ )?hjem( igen)?\b",
       "Vi er fuldstændig uenige og vil have dem hjem.",
       "Det er en forkert beslutning, og familien vil have hende hjem igen."),
    ex(r"\b(vil|ønsker) (have|få) (\w+ ){1,3}til at (lave (det |den )?om|ændre|omgøre|annullere|tilbagekalde|give|"
       r"bevilge)\b",
       "Det er urimeligt, og vi vil have Pladsanvisningen til at ændre det.",
       "Vi synes det er helt urimeligt og vil have kommunen til at ændre det."),
    ex(r"\b(skal|må|bør) (\w+ ){0,2}lave (det |den |dem )?om\b",
       "Det bør byrådet lave om på.", "Det må politikerne lave om."),
    ex(r"\b(want|get) (my|the) money back\b",
       "Can the municipality help me get my money back?", "I want my money back."),
    ex(r"\bshould be (changed|reversed|overturned|cancel\w*|withdrawn)",
       "Wrong and should be changed.", "The decision should be reversed."),
    ex(r"\bchange the decision",
       "I want them to change the decision.", "Please ask them to change the decision about my son."),
]
# Disagreeing with a decision ("afslaget er forkert", "vi er uenige") reads as a wish to change it,
# unless the citizen asks how or where to complain: then it is the reason for the complaint (rule 7).
DISAGREES = [
    ex(r"\b(er|var) (en |et )?(helt |fuldstændig |dybt |meget |jo )?(forkert|urimelig\w*|uretfærdig\w*|uberettiget|"
       r"ugyldig)\b",
       "Det er urimeligt.", "Den er uretfærdig."),
    ex(r"\buenig\w*", "Jeg er uenig og vil have det ændret.", "Jeg er uenig og vil have den fjernet."),
    ex(r"\bikke enig\b",
       "Det er jeg ik enig i og jeg vil ha den fjernet", "Det er jeg ikke enig i, afgørelsen skal ændres"),
    ex(r"\bprotestere\w*", "Jeg vil protestere mod afgørelsen.", "Vi protesterer over afslaget."),
    ex(r"\b(unfair|unjust|wrong decision)\b", "I think the decision is unfair.", "This is a wrong decision."),
    ex(r"\b(is|was) (wrong|unfair|unjust|incorrect)\b", "The decision is wrong.", "The sanction was unfair."),
    ex(r"\bdisagree\w*", "We disagree and want the refusal changed.", "We disagree and want the decision changed."),
]

POLITISK = [
    ex(rf"\b(lukke|lukker|lukning\w*|lukket ned|nedlægge\w*|nedlæggelse\w*|sammenlæg\w*|"
       rf"lægge {W}{{0,2}}sammen) {W}{{0,4}}"
       r"(bibliotek\w*|skole\w*|institution\w*|vuggestue\w*|børnehave\w*|svømmehal\w*|plejehjem\w*|klub\w*|"
       r"medborgerhus\w*|fritidshjem\w*|badeanstalt\w*|park\w*|center\w*|tilbud\w*)",
       "De lukker vores bibliotek i bydelen til nytår!!!", "Kommunen vil lukke biblioteket her lokalt og lægge det"),
    ex(r"\b(bibliotek|svømmehal|skole|plejehjem|institution|vuggestue|børnehave|klub|medborgerhus|fritidshjem|"
       r"badeanstalt)\w* (\w+ ){0,3}(skal lukkes|lukkes|bliver lukket|"
       r"er lukket (for|i) (\w+ )?(renovering|\d+|to|tre|et|flere)|"
       r"lukker (ned|permanent))",
       "Vores lille skole skal lukkes og slås sammen med en", "Svømmehallen i Valby er lukket for renovering i to år"),
    ex(r"\b(skåret|skære|skærer|skar) (ned )?(i|på) (\w+ )?(åbningstid\w*|normering\w*|budget\w*|personale\w*|antallet|"
       r"\w*tilbud\w*)",
       "Byrådet har besluttet at skære i lokaludvalgenes budgetter.",
       "Det er en skandale at kommunen har skåret i åbningstiderne i svømmehallerne."),
    ex(r"\b(bør|burde) (være|ske) (hver dag|hver uge|dagligt|ugentligt|oftere)\b",
       "Det bør være hver dag.", "Tømningen burde ske hver uge."),
    ex(r"\bhvorfor får (de |alle )?(ældre|børn|borgere|borgerne|familier|beboere)\b",
       "Hvorfor får ældre i København kun bad én gang om ugen?", "Hvorfor får ældre kun ét bad om ugen?"),
    ex(r"\bserviceniveau\w*",
       "Serviceniveauet for hjemmehjælp er alt for lavt, og det burde byrådet ændre.",
       "Serviceniveauet er alt for lavt."),
    ex(r"\bbesparelse\w*",
       "Besparelserne på skoleområdet i budget 2027 rammer de svageste børn.", "Besparelserne rammer de svageste."),
    ex(rf"\bspare\w* {W}{{0,2}}på\b",
       "Spareriet på skolerne i budget 2027 rammer de svageste børn.",
       "Det er en skandale at kommunen sparer på svømmehallerne og skærer ned på åbningstiderne."),
    ex(r"\bnedskæring\w*",
       "Nedskæringerne på skolerne er skandaløse.", "Vi protesterer mod nedskæringen i hjemmeplejen."),
    ex(r"\bpolitikerne\b|\bpolitikere\b",
       "Politikerne burde tænke på børnene.", "Politikerne skal lave den beslutning om igen",
       "Tænk dog på børnene politikere", "Politikere bør skamme sig."),
    ex(r"\bpolitisk\w* (beslut\w*|prioriter\w*|vedtag\w*|valg)",
       "Det er en fuldstændig urimelig politisk beslutning.", "Det er en politisk beslutning."),
    ex(r"\bbyrådet\b",
       "Byrådet har besluttet at nedlægge fritidsklubben i vores kvarter.",
       "Serviceniveauet for hjemmehjælp er alt for lavt, og det burde byrådet ændre."),
    ex(r"\bkommunalbestyrelsen\b",
       "Kommunalbestyrelsen har lukket vores skole.", "Kommunalbestyrelsen bør tænke på de ældre."),
    r"\bborgerrepræsentationen (har |vil |skal |burde |bør )?"
    r"(besluttet|vedtaget|besluttede|vedtog|skære|skåret|spare|sparet|lukke|lukket|prioritere)",
    ex(rf"\b(udvalg\w*|borgmester\w*|byråd\w*) (har )?{W}?(besluttet|vedtaget|besluttede|vedtog)",
       "Byrådet har besluttet at nedlægge fritidsklubben i vores kvarter.", "Udvalget har besluttet at lukke klubben."),
    ex(r"\bbudget\w*",
       "Besparelserne i budget 2027 rammer de svageste børn.", "Byrådet har skåret i budgetterne til ældreplejen."),
    ex(r"\bprioriter\w*", "Politikerne skal prioritere flere!!", "Forkert prioritering og den beslutning bør laves om"),
    ex(rf"\b(for|så) få {W}{{0,2}}(\w*pladser|lærere|pædagoger|hjælpere|midler|ressourcer)",
       "Der er så få vuggestuepladser i Ørestad – politikerne må prioritere flere pladser",
       "Der er for få pædagoger i vuggestuen."),
    ex(r"\b(close|closing|closure of|shut\w* down) (the |our )?(\w+ )?(library|school|pool|centre|center)",
       "They want to close the library.", "The closure of our local school is a disaster."),
    ex(r"\b(budget )?cuts\b", "The budget cuts hit the elderly.", "These cuts are unacceptable."),
    ex(r"\bpoliticians?\b", "The politicians ought to undo this decision.", "The politicians don't care."),
    ex(r"\bcity council\b",
       "The city council decided to close the pool.", "It's a scandal that the City Council cut the budget."),
    ex(r"\bservice level", "The service level in home care is too low.", "The service level has dropped."),
]

ANSAETTELSE = [
    ex(r"\b(jeg|hun|han|min \w+) (er|var|blev|har været) (\w+ )?(ansat|medarbejder) (som|i|på|hos|ved)\b",
       "Jeg var ansat som pædagog i en børnehave.", "Min mand er ansat i kommunens hjemmepleje."),
    ex(r"\bmin (nærmeste )?(vagtplan|arbejdsplads)\b",
       "Arbejdstilsynet har ikke reageret på min anmeldelse om farlige forhold på min arbejdsplads",
       "Min vagtplan bliver ændret hele tiden."),
    ex(r"\bjeg arbejder (som|på|i|hos|for)\b",
       "Jeg arbejder som pædagog i en børnehave i kommunen.", "Jeg arbejder på et plejehjem i Valby."),
    ex(r"\barbejdsmiljø\w*", "Efter at jeg klagede over arbejdsmiljøet.", "Arbejdsmiljøet på skolen er dårligt."),
    ex(r"\b(er|blev) blevet (fyret|opsagt|bortvist)\b|\bfyring\w*|\b(blev|blevet|bliver|var) (\w+ )?fyret\b|"
       r"\bfyret (mig|hende|ham|os)\b|\bfyret fra\b",
       "Jeg mener fyringen er usaglig.", "Kan Borgerrådgiveren undersøge fyringen?",
       "Jeg er blevet fyret fra mit job i hjemmeplejen.", "De har fyret mig uden grund.",
       "Kommunen har fyret ham efter 20 år.", "Hun blev fyret fra plejehjemmet.", "Hun er blevet opsagt efter 11 år."),
    ex(r"\b(skriftlig|mundtlig) advarsel",
       "Nu har hun givet mig en skriftlig advarsel fordi jeg sagde fra.",
       "Har fået skriftlig advarsel af min leder i børnehaven hvor jeg er pædagog"),
    ex(r"\bgivet mig en advarsel",
       "Min leder har givet mig en advarsel.", "De har givet mig en advarsel for at komme for sent."),
    ex(r"\bafskedig\w*",
       "I sidste måned blev hun afskediget pga.",
       "Efter 11 år som lærer på en københavnsk skole er jeg blevet afskediget"),
    ex(r"\b(jeg|hun|han) (blev|er blevet) (fyret|opsagt|bortvist)",
       "Jeg blev fyret i sidste uge.", "Hun er blevet opsagt fra sin stilling."),
    ex(r"\bbortvis\w*", "Jeg blev bortvist fra arbejdspladsen.", "Bortvisningen var uberettiget."),
    ex(rf"\b(søgte|søger|ansøgte|søgt) {W}{{0,2}}(stilling\w*|job(bet)? som)",
       "Jeg søgte en stilling som lærer på en folkeskole.", "Jeg har søgt job som bibliotekar i kommunen."),
    ex(r"\bstillingen som\b", "Jeg søgte stillingen som pædagog.", "Stillingen som sagsbehandler gik til en anden."),
    ex(r"\bansættelses(samtale|forhold|sag|kontrakt|udvalg)\w*",
       "Jeg var til ansættelsessamtale i kommunen.", "Mit ansættelsesforhold er blevet opsagt."),
    ex(r"\bansættelsen\b",
       "Kan Borgerrådgiveren undersøge ansættelsen?", "Kan Borgerrådgiveren se på om ansættelsen er gået rigtigt til?"),
    ex(r"\bhar ansat (en|et|nogen)\b",
       "Jeg ved at de har ansat en med meget mindre erfaring end mig.", "De har ansat en anden til jobbet."),
    ex(r"\bmin jobansøgning\b", "Min jobansøgning blev aldrig besvaret.", "De har mistet min jobansøgning."),
    ex(r"\bweekendvagt\w*",
       "Min leder har gentagne gange givet mig weekendvagter med meget kort varsel", "Jeg får alle weekendvagterne."),
    ex(r"\btillidsrepræsentant\w*",
       "Jeg har talt med min tillidsrepræsentant.", "Tillidsrepræsentanten var med til mødet."),
    ex(r"\bi (work|am employed|was employed|worked) (for|at|in|by) (the )?"
       r"(municipality|kommune|school|nursing home|city)",
       "I work for the municipality as a cleaner.", "I was employed at the nursing home for ten years."),
    ex(r"\bmy (boss|manager|employer|colleagues?)\b",
       "Can the Citizens' Advisor help me complain about my boss?", "My manager treats me badly."),
    ex(r"\b(i was|i got|i have been|i've been) (fired|dismissed|let go)",
       "I was fired without warning.", "I've been dismissed after 11 years."),
    ex(r"\bjob (interview|application)\b",
       "I had a job interview at the town hall.", "My job application was ignored."),
    ex(r"\bapplied for (a |the )?(job|position)",
       "I applied for a job as a childcare assistant", "I applied for a job as a caseworker at Jobcenter"),
]

# Employment words that also occur in a citizen's own benefit case ("min arbejdsgiver spørger om
# refusionen"): they count only when the text has no sign of such a case (BENEFIT_CASE).
ANSAETTELSE_WEAK = [
    ex(r"\bmin (nærmeste )?(leder|chef|arbejdsgiver|løn\w*)\b",
       "Min leder taler grimt til mig.", "Min løn er ikke steget i tre år."),
    ex(r"\bmine kolleg\w*", "Mine kolleger mobber mig.", "Jeg er blevet uvenner med mine kollegaer."),
]
BENEFIT_CASE = [
    ex(r"\bjobcent\w*", "Hun har ikke selv kontaktet jobcentret.", "Jeg har ik klaget til jobcentret over ham"),
    ex(r"\bsygedagpenge\w*", "Mine sygedagpenge er stoppet.", "Jeg får sygedagpenge."),
    ex(r"\bsygemeld\w*", "Kvinde ringede, sygemeldt med stress.", "Jeg blev sygemeldt med stress i august"),
    ex(r"\brefusion\w*",
       "Min arbejdsgiver plager om refusion af sygedagpenge og jeg ved", "Min arbejdsgiver venter på refusionen."),
    ex(r"\bkontanthjælp\w*", "Jeg får kontanthjælp.", "Hun har fået en sanktion i sin kontanthjælp."),
    ex(r"\bfleksjob\w*",
       "Fik afslag på fleksjob af kommunen.", "I rehabiliteringsteamet til fleksjob eller ressourceforløb??"),
    ex(r"\bydelse\w*", "Min ydelse er stoppet.", "Jeg har ikke fået min ydelse udbetalt."),
    ex(r"\bsagsbehandler\w*",
       "Min sagsbehandler svarer ikke på mails.", "Jeg har ringet til min sagsbehandler på jobcentret."),
    ex(r"\bbenefits?\b", "I will lose my benefits.", "I receive sickness benefit."),
]

# Already with another complaint body (CONTRACT rule 6). The body named decides refer_to.
BODY_NAMES = {
    "tilsynet": r"(det )?kommunale tilsyn\w*|\btilsynet\b",
    "ankestyrelsen": r"ankestyrelse\w*|national social appeals board",
    "ombudsmanden": r"ombudsm[ae]n\w*",
    "domstolene": r"\b(retten|byretten|landsretten|højesteret|fogedretten|domstol\w*|court)\b",
    "patientklager": r"patientklager|patientombud\w*",
    "datatilsynet": r"datatilsynet",
    "ligebehandlingsnaevnet": r"ligebehandlingsnævn\w*",
    "menneskeret": r"institut for menneskerettigheder",
    "specialundervisning": r"klagenævnet for specialundervisning",
    "byggeklage": r"nævnenes hus|byggeklage\w*",
    "planklage": r"planklagenævn\w*",
    "miljoeklage": r"miljø- og fødevareklagenævn\w*",
}
ALREADY_VERB = (
    r"\b(klaget|klagede|anket|ankede|indbragt|indbragte|skrevet|skrev|sendt|sendte|videresendt|"
    r"henvendt|henvendte|kontaktet|kontaktede|ligger|verserer|behandles|oversendt|complained|appealed|"
    r"indgivet|indgav|anlagt|anmeldt|anmeldte|reported|"
    r"written|wrote|sent|brought|taken|filed)\b"
)
# "Sagen er nu hos Ombudsmanden", "the case is now with the Ombudsman".
ALREADY_WITH = (
    r"\b(sagen|klagen|den|det|the case|my case|my complaint|the complaint|it) (er|ligger|is|are) "
    r"(nu |now |currently |allerede |already )?(hos|with|before|ved) (\w+ ){0,2}(the |det )?"
)
ALREADY_OTHER = [
    r"\b(anlagt|rejst|kører|fører|verserende|har en) (en )?retssag", r"\bretssag\w* (mod|kører|er i gang)",
    r"\b(anlagt|rejst) (en )?sag (mod|ved)\b",
    r"\bsagsøgt\b|\bstævnet\b", r"\b(sagen|klagen|den) (er|ligger) (nu )?(hos|i|ved) (retten|byretten|landsretten)",
    r"\blawsuit\b|\bcourt case\b|\bsued\b",
]

# Matters that by their nature belong to another complaint body (code → patterns).
OTHER_BODY_BY_NATURE = {
    "patientklager": [
        r"\bbehandlingsfejl\w*", r"\bfejlbehandl\w*", r"\bsundhedsfaglig\w* (behandling|fejl|vurdering|indsats)",
        r"\bforkert medicin\w*", r"\bmedicinfejl\w*",
        rf"\b(fik|givet|gav) {W}{{0,2}}forkert\w* (medicin|behandling|dosis)",
        r"\bfejl i (den |hans |hendes |min )?(sundhedsfaglige |medicinske )?behandling(en)?\b(?! af)",
        r"\bmalpractice\b", r"\bwrong (medication|medicine|treatment)\b", r"\bmedical error",
        # A treatment act and an error in it: "dobbelt dosis", "gav ham insulin to gange", "den forkerte tand".
        r"\b(dobbelt|forkert\w*|for meget|for stor|for høj|ekstra) (\w+ )?(dosis|medicin\w*|insulin\w*|piller|pillerne|"
        r"tabletter\w*|morfin\w*|sprøjte\w*)\b",
        r"\b(gav|givet|give|fik|fået) (\w+ ){0,6}(medicin\w*|insulin\w*|piller|pillerne|tabletter\w*|dosis|sprøjte\w*) "
        r"(\w+ ){0,3}(to gange|dobbelt|ved en fejl|for meget|forkert)",
        r"\b(trak|trukket|trække|fjernet|fjernede|boret|borede|behandlet) (\w+ ){0,3}(den |en )?forkerte? tand\w*|"
        r"\bforkerte tand\b|\bwrong tooth\b",
        r"\b(gave|given|give) (\w+ ){0,4}(insulin|medication|medicine|pills|dose)\w* (\w+ )?(twice|by mistake|"
        r"too much|double)",
        r"\b(double|wrong) dose\b|\boverdose\w*",
        # The error told before the medicine ("fik ved en fejl sin morfin"), any medicine word.
        r"\b(ved en fejl|fejlagtigt|by mistake|wrongly) (\w+ ){0,4}(medicin\w*|insulin\w*|morfin\w*|piller|pillerne|"
        r"tablet\w*|dosis|doser|sprøjte\w*|smertestillende|antibiotika|penicillin|medication|medicine|pills|morphine)\b",
        r"\b(gav|givet|give|fik|fået|gave|given) (\w+ ){0,6}(morfin\w*|smertestillende|antibiotika|penicillin|"
        r"morphine) (\w+ ){0,3}(to gange|dobbelt|ved en fejl|for meget|forkert|twice|by mistake)",
        # A health professional's treatment act in the same sentence ("tandlægen borede uden at bedøve").
        r"\b(tandlæge|tandplejer|skoletandlæge|børnetandlæge|læge|sygeplejerske|dentist|doctor|nurse)\w*\b"
        r"[^.!?\n]{0,100}?\b(bedøv\w*|borede|boret|bore|trak (\w+ )?tand\w*|opererede|rodbehandl\w*|"
        r"drilled|anaestheti\w*|anestheti\w*)",
        r"\b(forbinding\w*|sår(et)?|kateter\w*|sonde\w*|injektion\w*)\b[^.!?\n]{0,80}\b(infektion\w*|betændelse\w*|"
        r"blodforgiftning\w*)",
        r"\b(lavet|udført|foretaget|lagt) (\w+ ){0,2}(fyldning|rodbehandling|behandling|operation|bedøvelse)\w* "
        r"(forkert|fejlagtigt|dårligt)\b",
        r"\bbehandling(en)? (\w+ )?undersøgt\b",
    ],
    "datatilsynet": [
        r"\bgdpr\b", r"\bdatabeskyttelse\w*", r"\bpersondata\w*", rf"\bvideregiv\w* {W}{{0,3}}(person)?oplysning\w*",
        r"\bdatabrud\w*", r"\bdata ?breach\w*", r"\bdatalæk\w*",
    ],
    "domstolene": [
        rf"\b(kræve|kræver|krav om|søge|søger|vil have|ønsker|få) {W}{{0,2}}erstatning\w*", r"\bsagsøge\w*",
        r"\b(claim|want|seek)\w* compensation", r"\bsue\b",
    ],
}
# Legality in general goes to the kommunale tilsyn, but only when nothing else is complained of.
LEGALITY = [r"\bulovlig\w*", r"\bikke lovlig\w*", r"\bi strid med loven", r"\billegal\w*", r"\bunlawful\w*"]

# Not the municipality at all (code of the body to guide to → patterns); None = no body code.
NOT_MUNICIPALITY = {
    "udbetaling_danmark": [
        r"\budbetaling danmark", r"\budk\b", r"\bboligstøtte\w*", r"\bboligsikring\w*", r"\bboligydelse\w*",
        r"\bfolkepension\w*", r"\bbørne- og ungeydelse\w*", r"\bbørneydelse\w*", r"\bbørnecheck\w*",
        r"\bbørnetilskud\w*", r"\bbarselsdagpenge\w*", r"\bhousing (benefit|support)", r"\bstate pension",
        r"\bchild benefit",
        # The citizen's own words for the same benefits.
        r"\bhuslejetilskud\w*|\bboligtilskud\w*|\btilskud til (min |vores |hans |hendes )?husleje\w*",
        r"\bbørnepenge\w*|\bbørnechecken\b|\bfamilieydelse\w*|\bbørne- og familieydelse\w*",
        r"\bældrecheck\w*|\bpensionstillæg\w*",
        r"\bbarselspenge\w*|\b(maternity|paternity|parental) (benefit|pay|allowance)\w*|\bpension supplement\b",
        r"\bpension\w* (\w+ )?from the state\b|\bold[- ]age pension\w*",
    ],
    "familieretshuset": [
        r"\bfamilieretshus\w*", r"\bsamvær\w*", r"\bforældremyndighed\w*", r"\bbørnebidrag\w*",
        r"\bskilsmisse\w*", r"\bbopælsforælder\w*", r"\bcustody\b", r"\bvisitation rights",
    ],
    "politiet": [
        r"\bpoliti(et|ets|anmeld\w*|station\w*|betjent\w*)?\b", r"\bbetjent(en|e|ene)?\b", r"\bpolice\b",
        r"\bfartbøde\w*",
    ],
    "region": [
        r"\bhospital\w*", r"\bsygehus\w*", r"\bregion(en|s)?\b", r"\brigshospital\w*", r"\bskadestue\w*",
        r"\b1813\b", r"\bakuttelefon\w*", r"\begen læge", r"\bpraktiserende læge", r"\bpsykiatrisk afdeling",
        r"\bakutmodtagelse\w*", r"\bpsykiatrisk\w* (center|centre|skadestue|akutmodtagelse)",
        r"\b(børne- og )?ungdomspsykiatri\w*|\bbørnepsykiatri\w*|\bdistriktspsykiatri\w*|\bvoksenpsykiatri\w*",
    ],
    "skatteankestyrelsen": [
        r"\bskattestyrelse\w*", r"\bskat\b", r"\bskatten\b", r"\bårsopgørelse\w*", r"\bforskudsopgørelse\w*",
        r"\brestskat\w*", r"\bskattekort\w*", r"\bvurderingsstyrelse\w*", r"\bejendomsvurdering\w*",
        r"\bgældsstyrelse\w*", r"\btax (office|authority|agency|return)", r"\bdanish tax",
        r"\bskattevæs\w*|\bskattefar\b|\bskattemyndighed\w*|\bgrundværdi\w*|\bejendomsværdi\w*",
        r"\b(kørsels|rente|befordrings|håndværker|service)fradrag\w*|\bboligskat\w*|\bejendomsværdiskat\w*",
        r"\bvurdering\w* af (mit|vores|min|hans|hendes|deres) (hus|rækkehus|lejlighed|ejendom|grund|sommerhus|"
        r"parcelhus|ejerlejlighed|villa|bolig)\b",
        r"\bproperty (valuation|assessment|tax)\b|\btax (assessment|deduction|bill)\b",
    ],
    "huslejenaevn": [
        r"\budlejer\w*", r"\bdepositum\w*", r"\bprivat\w* (\w+ )?udlej\w*", r"\blandlord\w*", r"\bdeposit\b",
        r"\bhuslejenævn\w*", r"\bbeboerklagenævn\w*", r"\blejeloven\b", r"\bboligselskab\w*", r"\bboligforening\w*",
    ],
    "": [
        r"\ba-kasse\w*", r"\budlændingestyrelse\w*", r"\bsiri\b", r"\bstyrelsen for international rekruttering",
        r"\bsu-styrelsen|\buddannelses- og forskningsstyrelsen", r"\bmovia\b", r"\bdsb\b",
    r"\bbuschauffør\w*", r"\bmetro(en|selskabet)?\b", r"\bs-tog\w*", r"\brejsekort\w*",
        r"\barbejdstilsynet\b", r"\bimmigration service", r"\bunemployment fund",
    ],
}

# An outside body named only as part of the story ("udskrevet fra hospitalet" in a home-care complaint).
INCIDENTAL_OUTSIDE = [
    r"\b(udskrevet|udskrivelse|udskrivning|hjem) fra (\w+ )?$", r"\b(discharged) from (the )?$",
    # Where the story ended ("og hun endte på skadestuen"): a consequence, not the matter.
    r"\b(endte|endt|havnede|landede|kom|kørt|bragt|indlagt|ended up|taken) (\w+ )?(på|til|i|in|at|to) (the )?$",
]

# Bodies that decide appeals of municipal decisions; refer_to picks among them by keywords.
APPEAL_BODIES = ("ankestyrelsen", "specialundervisning", "byggeklage", "planklage", "miljoeklage")
NOT_MUNICIPALITY_BODIES = tuple(code for code in NOT_MUNICIPALITY if code)

# --- Areas of municipal work: who is affected and what kind of help or decision it is -----------
#
# A citizen rarely writes the department's keywords: "familieafdelingen", "tvangsfjernet",
# "gangstativ", "mad bragt ud", "anneks", "brændeovn". These word families name an AREA of municipal
# work. The area is tied to a department through the configuration (AREA_ANCHORS: the department
# whose own keywords match the anchor words best, so another municipality's departments work
# unchanged) and to the appeal body that the law gives that area (AREA_APPEAL_BODY, national).
#
# Each area has SERVICES (what the matter is about: weight of a keyword) and MARKERS (who is
# affected: a diagnosis, a condition; weaker, because the person's condition is context, not the
# matter: a deaf citizen's complaint about the jobcentre is the jobcentre's).
AREA_SERVICES = {
    "boern_dagtilbud_skole": [
        r"\bsundhedsplejerske\w*|\bhealth visitor\w*", r"\bbørnetandpleje\w*|\bskoletandlæge\w*|\bbørnetandlæge\w*",
        r"\bskolebus\w*|\bskolekørsel\w*", r"\bpreschool\b|\bafter-school\b",
    ],
    "boern_udsatte": [
        r"\bunderretning\w*", r"\bbekymringsskriv\w*|\bbekymringsbrev\w*",
        r"\b(børne- og )?familieafdeling\w*|\bfamilierådgiv\w*|\bbørnerådgiv\w*|\b(børne- og )?familiecent\w*",
        r"\btvangsfjern\w*|\banbring\w*|\banbragt\w*|\bhjemgivelse\w*",
        r"\bpleje(forældre|barn|børn|søn|datter|mor|far)\w*|"
        r"\b\w*plejefamilie\w*|\bopholdssted\w*|\bdøgninstitution\w*|\bkontaktfamilie\w*|\baflastningsfamilie\w*",
        r"\bfamiliebehandl\w*|\bbørnefaglig\w*|\bforebyggende (foranstaltning|indsats|tiltag|støtte)\w*",
        r"\bundersøgelse af (hele )?(familien|vores familie|vores børn|min familie)\b",
        r"\bfoster (care|family|home|parents)\b|\bchild (protection|welfare)\b|\bplaced in care\b",
    ],
    "handicap": [
        r"\bbpa\b|\bhjælperordning\w*|\bborgerstyret personlig assistance\b|\bpersonlig hjælper\w*",
        r"\bledsage(ordning|lse|timer|rordning|rkort)\w*",
        r"\bmerudgift\w*|\b(dække|dækning af|dækket|refusion af) (\w+ ){0,2}ekstra udgifter\b|\bmeromkostning\w*|"
        r"\bhandicaptillæg\w*",
        r"\btabt arbejdsfortjeneste\b|\blost (earnings|income)\b|\bloss of (earnings|income)\b",
        r"\baflastning\w*|\brespite\b", r"\bhandicapbil\w*|\bbil til (min|vores|hans|hendes) (søn|datter|barn)\b",
        r"\bspecialbørnehave\w*|\bspecialinstitution\w*",
    ],
    "socialt_voksne": [
        r"\brusmiddel\w*|\bmisbrugsbehandl\w*|\balkoholbehandl\w*|\bmetadon\w*|\bbehandlingssted\w*|\baddiction\b",
        r"\bhjemløs\w*|\b(boet|bor|sover|sovet|levet|lever) på gaden\b|\bherberg\w*|\bforsorgshjem\w*|"
        r"\bnatvarmestue\w*|\bhomeless\w*|\bshelter\b",
        r"\bbosted\w*|\bbotilbud\w*|\bbostøtte\w*|\bsocialpædagogisk\w*|\bstøttekontaktperson\w*|"
        r"\bstøtte i eget hjem\b",
        r"\bværested\w*|\bsupported housing\b",
    ],
    "aeldre": [
        r"\bhjemmehjælp\w*|\bhjemmepleje\w*|\bhjemmesygepleje\w*", r"\bvisitator\w*",
        r"\bplejehjem\w*|\bplejecent\w*|\bplejebolig\w*|\bældrebolig\w*|\bældrecent\w*|\bdagcent\w*|\bdaghjem\w*",
        r"\bsygeplejerske\w* fra kommunen\b|\bkommunens sygeplejerske\w*|\bkommunal\w* sygeplejerske\w*",
        r"\bmadservice\w*|\bmadordning\w*|\bmad\w* (\w+ )?(bragt|bringes|bringer|kommer|leveret|leveres|udbragt) ud\b|"
        r"\budbragt mad\b|\bmad(en)? (bragt|leveret) hjem\b",
        r"\bpersonlig pleje\b|\bhjælp til (at )?(bad|badet|indkøb|rengøring|tøjvask|påklædning|at komme op|toiletbesøg|"
        r"at handle|at gå i bad)\b",
        r"\b(help|assistance) with (her |his |my |their )?(shopping|laundry|cleaning|bathing|showering|"
        r"personal care)\b",
        r"\bhome (help|care)\b|\bnursing home\b|\bcare home\b", r"\bgenoptræning\w*|\bnødkald\w*|\bældrepleje\w*",
    ],
    "beskaeftigelse": [
        r"\bjobcent\w*|\bjob cent\w*|\bjobkonsulent\w*|\bydelsesservice\b",
        r"\bkontanthjælp\w*|\buddannelseshjælp\w*|\bintegrationsydelse\w*|\bselvforsørgelses\w*|\bsygedagpenge\w*|"
        r"\bsygepenge\w*|\bledighedsydelse\w*|\bfleksjob\w*|\bressourceforløb\w*|\bjobafklaring\w*|\brevalidering\w*|"
        r"\baktivering\w*|\bvirksomhedspraktik\w*",
        r"\bwelfare (payments?|benefits?)\b|\bsocial (benefits?|assistance)\b|\bcash benefits?\b|"
        r"\bsickness benefits?\b",
    ],
    "specialundervisning": [
        r"\bspecialundervisning\w*|\bspecialklasse\w*|\bspecialskole\w*|\bspecialtilbud\w*|\bspecialpædagogisk\w*",
        r"\blæseklasse\w*|\bordblind\w*|\bgruppeordning\w*|\bautismeklasse\w*|\bautismeafdeling\w*|\bheldagsskole\w*",
        r"\btalepædagog\w*|\btale-høre\w*|\btalehøre\w*|\bppr\b|\bpsykologisk pædagogisk rådgivning\b|"
        r"\bskolepsykolog\w*",
        r"\bstøttetimer\w*|\bstøttelærer\w*|\bstøttepædagog\w*|\bstøtte i (skolen|klassen|undervisningen)\b",
        r"\b(almindelig|almen|normal|ordinary)\w* (\d+\. )?(klasse|folkeskole|skole|class|school)\b",
        r"\bspecial (class|school|education|needs class)\w*|\b(autism|reading|special) (class|unit)\w*",
    ],
    "byggeri": [
        r"\bbyggetilladelse\w*|\bbyggesag\w*|\bbyggeansøgning\w*|\bbyggeloven\b|\bbygningsreglement\w*",
        r"\bnedrivning\w*|\brive (\w+ ){0,3}ned\b|\brevet ned\b|\blovliggør\w*",
        r"\banneks\w*|\bgarage\w*|\bcarport\w*|\budhus\w*|\bskur\w*|\bdrivhus\w*|\btilbygning\w*|\bkvist\w*|"
        r"\bmur(en|e|ene)?\b|\bplankeværk\w*|\baltan\w*|\btagterrasse\w*|\bovenlys\w*|\btagetage\w*|"
        r"\bvinterhave\w*|\budestue\w*|\bhævet terrasse\b",
        r"\boverdækning\w*|\bpåbygning\w*|\bopbygning\w*|\b(ekstra|ny|hel|en|to|en hel) etage\b|"
        r"\b(bygge|bygger|bygget|byggede) (\w+ ){0,4}(ovenpå|til på|om)\b|\b(extension|extra floor|conservatory)\b",
        r"\bbuilding (permit|regulations)\b|\bshed\b|\bgarage\b",
    ],
    "plan": [
        r"\blokalplan\w*|\bkommuneplan\w*|\bplanloven\b|\blandzone\w*|\bzonetilladelse\w*|\bhelårsbeboelse\w*",
        r"\bdispensation\w*",
        # The plan given as the reason ("strider mod den bevarende lokalplan"): the decision is the plan's.
        r"\b(strider mod|i strid med|ifølge|jf\.?|efter) (den |vores |en |kvarterets |områdets )?(\w+ )?(?=lokalplan)",
        r"\bplan(en)?,? (der|som) gælder (for|i)\b|\bplanen for (området|kvarteret|grunden|byen)\b",
        r"\bmå (kun )?(bruges|anvendes) til\b|\bændret anvendelse\b",
        r"\blocal plan\w*|\bzoning\b|\bplanning permission\b",
    ],
    "miljoe": [
        r"\bmiljø(godkend|tilladelse|beskyttelse|afgørelse|påbud|krav|zone)\w*",
        r"\bstøj\w*|\blarm\w*|\bnoise\b|\bnoisy\b",
        r"\bbrændeovn\w*|\bpejs\w*|\bbrændefyr\w*|\brøg(en)?\b|\bsmoke\b|\bwood ?(burning )?stove\w*",
        r"\blugtgene\w*|\bstank\w*|\bforuren\w*|\bpollut\w*",
        r"\bspildevand\w*|\bregnvand\w*|\bkloakvand\w*|\bseparatkloak\w*|\bseptiktank\w*|\bnedsivning\w*|"
        r"\bsewage\b|\brainwater\b",
        r"\baffald\w*|\bdagrenovation\w*|\baffaldsbeholder\w*|\baffaldsspand\w*|\bskraldespand\w*",
        r"\bmose(n|r|rne)?\b|\bvandhul\w*|\bsø(en|er|erne)?\b|\bnatur(en|område\w*|beskyttelse\w*|fredning\w*)?\b|"
        r"\bfredet\b|\bfrø(er|erne)\b|\bsalamand\w*|\bpadder?\b|\bwetland\w*|\bpond\b",
        r"\bolietank\w*|\bgrundvand\w*|\bdrikkevand\w*|\bkompressor\w*|\bventilation\w*|\budsugning\w*",
        r"\bkloak\w*", r"\bhøns\w*|\bhanen\b|\bdyrehold\w*|\bhusdyr\w*",
    ],
    "parkering": [
        r"\bp-bøde\w*|\bp-afgift\w*|\bp-vagt\w*|\bparkering\w*|\bparkeret\b|\bparking (ticket|fine)\w*",
    ],
}
AREA_MARKERS = {
    "boern_dagtilbud_skole": [r"\b\d{1,2}\. ?klasse\w*", r"\bklassekammerat\w*", r"\bskoleelev\w*"],
    "handicap": [
        r"\bhandicap\w*|\bfunktionsnedsættelse\w*|\bdisab\w*",
        r"\bautis\w*|\basperger\w*|\badhd\b|\bcp\b|\bcerebral parese\b|\bspasti\w*|\bsklerose\w*|\bmuskelsvind\w*|"
        r"\bmuskelsygdom\w*|\bepilep\w*|\bblind(e)?\b|\bsvagsynet\w*|\bdøv\w*|\bdeaf\b|\budviklingshæmm\w*|"
        r"\bdowns? syndrom\w*|\bblodprop\w*|\bhjerneblødning\w*|\bapopleksi\w*|\brygmarvsskade\w*|\blammet\b|"
        r"\bamputer\w*|\bhjerneskade\w*|\bsenhjerneskade\w*",
        r"\bsidder i (en )?(el-)?kørestol\b|\bkørestolsbruger\w*|\bin a wheelchair\b|\bwheelchair user\w*",
    ],
    "socialt_voksne": [
        r"\bskizofren\w*|\bbipolar\w*|\bpsykisk\w* (syg\w*|lidelse\w*|sårbar\w*)|\bpsykose\w*|\bborderline\b|"
        r"\bmental illness\b",
        r"\bafhængig\w* af\b|\bnarkoman\w*|\balkoholiker\w*|\bstofmisbrug\w*|\bkokain\w*|\bheroin\w*|\bhash\b|"
        r"\baddict\w*",
    ],
    "aeldre": [r"\bdemen\w*|\balzheimer\w*"],
}

# Words for each area that a municipality would put on the department responsible for it: the
# department whose own keywords match most of them is the area's department (TriageConfig).
AREA_ANCHORS = {
    "boern_dagtilbud_skole": ["skole", "folkeskole", "vuggestue", "børnehave", "dagpleje", "dagtilbud", "fritidshjem",
                              "sundhedspleje", "school", "daycare"],
    "boern_udsatte": ["anbringelse", "anbragt", "underretning", "plejefamilie", "familiebehandling",
                      "børnefaglig undersøgelse", "døgninstitution"],
    "handicap": ["handicap", "handicaptillæg", "merudgifter", "ledsageordning", "bpa", "aflastning",
                 "tabt arbejdsfortjeneste", "funktionsnedsættelse"],
    "socialt_voksne": ["psykiatri", "misbrug", "hjemløs", "herberg", "botilbud", "bostøtte", "forsorgshjem"],
    "aeldre": ["hjemmepleje", "hjemmehjælp", "plejehjem", "ældrepleje", "ældrebolig", "home care"],
    "beskaeftigelse": ["jobcenter", "kontanthjælp", "sygedagpenge", "fleksjob", "uddannelseshjælp"],
    "specialundervisning": ["specialundervisning", "specialklasse", "specialskole", "ppr", "skolepsykolog"],
    "byggeri": ["byggetilladelse", "byggesag", "byggeansøgning", "building permit"],
    "plan": ["lokalplan", "byudvikling", "byggetilladelse"],
    "miljoe": ["miljø", "affald", "støj", "forurening", "miljøbeskyttelse"],
    "parkering": ["parkering", "parkeringsafgift", "parkeringsbøde", "p-afgift"],
}

# The body that hears appeals of municipal decisions in each area (the law, the same everywhere).
# Social and employment decisions go to Ankestyrelsen; special education, building, planning and
# environment decisions to their boards. Areas without one (school places, parking) have none.
AREA_APPEAL_BODY = {
    "boern_udsatte": "ankestyrelsen", "handicap": "ankestyrelsen", "socialt_voksne": "ankestyrelsen",
    "aeldre": "ankestyrelsen", "beskaeftigelse": "ankestyrelsen", "hjaelpemidler": "ankestyrelsen",
    "specialundervisning": "specialundervisning", "byggeri": "byggeklage", "plan": "planklage",
    "miljoe": "miljoeklage",
}

# Aids and housing adaptation belong to elderly care for an elderly citizen and to the disability
# area for a child or an adult of working age: the person affected decides (docs/triage.md).
AIDS = [
    r"\b\w*hjælpemid\w*|\b[\w-]*kørestol\w*|\btrappe(lift|sæde|stol|maskine)\w*|\brollator\w*|\bgangstativ\w*|"
    r"\bgangredskab\w*|\bgangbuk\w*|\bbadebræt\w*|"
    r"\bbadestol\w*|\btoiletstol\w*|\btoiletforhøjer\w*|\bbadeværelsesstol\w*|\bplejeseng\w*|\bel-scooter\w*|"
    r"\b\w*scooter\w*|\bautostol\w*|\bståstativ\w*|\bstålift\w*|\bloftlift\w*|\bpersonlift\w*|\bprotese\w*|"
    r"\bboligindretning\w*|\bboligændring\w*|\bombyg\w* (\w+ ){0,2}(badeværelse\w*|toilet\w*|bolig\w*|køkken\w*)|"
    r"\brampe\w*|\btrappelift\w*|\btrappemaskine\w*|\bwheelchair\w*|\bwalker\b|\bmobility scooter\w*|\bhoist\b|"
    r"\bhousing adaptation\w*",
    r"\b\w*klapvogn\w*|\bspecialbarnevogn\w*|\bspecialseng\w*|\b\w*(løfte|hæve-sænke|hæve/sænke)seng\w*|"
    r"\b(special|hospital|care|adjustable|nursing) (bed|chair|pram|buggy|stroller)\b|\bbed with (a )?lift\w*|"
    r"\bhearing aid\w*|\bhøreapparat\w*",
]
# Words that make an aid the matter of its sentence (besides a decision or an application).
AIDS_MATTER = [
    r"\b(brug for|behov for|mangler|venter|ventet|ventede|vente|levere\w*|leveret|repar\w*|udskift\w*|"
    r"i stykker|ødelagt|bevilg\w*|need\w*|waiting|broken)\b",
]
AIDS_AGE_LIMIT = 65  # from this age aids belong to elderly care

# Who is affected: an age next to a person, or a word that says child or elderly.
_PERSON_WORD = (
    r"(jeg|han|hun|mor|far|søn|datter|barn|dreng|pige|bror|søster|mand|kone|hustru|kæreste|ven|veninde|nabo|"
    r"morfar|mormor|farfar|farmor|bedstemor|bedstefar|oldemor|oldefar|svigermor|svigerfar|barnebarn|onkel|tante|"
    r"moster|faster|morbror|farbror|borger|beboer|klient|patient|"
    r"son|daughter|mother|father|mum|mom|dad|child|boy|girl|brother|sister|husband|wife|grandmother|grandfather|"
    r"grandson|granddaughter|neighbour|neighbor)(en|nen|et|s|ens|ne)?"
)
AGES = [
    rf"\b{_PERSON_WORD} (på|er|,|is|was|aged) ?(kun |nu |snart |næsten |lige fyldt |over |under )?(\w+ og )?"
    r"(?P<age>\d{1,3})"
    r"(?! ?(%|(kr|procent|timer|minutter|dage|uger|gange|m2|meter|km)\b))(?![.,]\d|\. (sal|th|tv|mf|etage|klasse))"
    r"(?P<unit> år| måneder| mdr)?\b",
    rf"\b{_PERSON_WORD} \((?P<age>\d{{1,3}})( år)?\)",
    r"\b(?P<age>\d{1,3}) ?-?(årig\w*|år gammel\w*|years? old|year-old|-year-old|(?P<unit>måneder|mdr\.?) gammel)",
    r"\b(aged|i am|i'm|he is|she is|he's|she's) (?P<age>\d{1,3})\b",
]
# Ages in words ("min mor på firs", "han er otteogtres år", "she is eighty"): the tens alone are ages; a
# unit or a teen needs "år"/"years" after it. AGE_NUMBER_WORDS gives each word's value.
AGE_UNITS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9}
AGE_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
             "sytten": 17, "atten": 18, "nitten": 19}
AGE_TENS = {"tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70,
            "firs": 80, "halvfems": 90, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_WORD = "|".join(AGE_UNITS)
_TENS_WORD = "|".join(sorted(AGE_TENS, key=len, reverse=True))
_TEEN_WORD = "|".join(AGE_TEENS)
AGE_IN_WORDS = [
    rf"\b{_PERSON_WORD} (på|er|,|is|was|aged) (kun |nu |snart |næsten |lige fyldt |over |under )?"
    rf"(?P<words>(({_UNIT_WORD})og)?({_TENS_WORD})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?)\b",
    rf"\b(?P<words>(({_UNIT_WORD})og)?({_TENS_WORD})|{_TEEN_WORD}|{_UNIT_WORD}) ?-?(år gammel\w*|årig\w*|years? old)\b",
    rf"\b{_PERSON_WORD} (på|er) (?P<words>{_TEEN_WORD}|{_UNIT_WORD}) år\b",
    rf"\b(aged|i am|i'm|he is|she is|he's|she's) (?P<words>({_TENS_WORD})(?:[- ](one|two|three|four|five|six|seven|"
    r"eight|nine))?)\b",
]


def age_from_words(words: str) -> int:
    """The value of an age written in words: "otteogfirs" → 88, "halvfems" → 90, "seventy-two" → 72."""
    english = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    parts = words.replace("-", " ").split()
    if len(parts) == 2:
        return AGE_TENS[parts[0]] + english.get(parts[1], 0)
    word = parts[0]
    if word in AGE_TEENS:
        return AGE_TEENS[word]
    if word in AGE_UNITS:
        return AGE_UNITS[word]
    if "og" in word and word.split("og", 1)[0] in AGE_UNITS:
        unit, tens = word.split("og", 1)
        return AGE_UNITS[unit] + AGE_TENS[tens]
    return AGE_TENS[word]


CHILD_WORDS = [
    r"\bbaby\w*|\bnyfødt\w*|\bspædbarn\w*|\bnewborn\b|\binfant\b|\btoddler\b|\bteenager\w*|\bteenage\b",
    r"\belev(en|er|erne)?\b|\bskoleelev\w*|\bpupil\w*", r"\b\d{1,2}\. ?klasse\w*|\b(\d{1,2})(st|nd|rd|th) grade\b",
    r"\bvores (lille|yngste) (søn|datter|dreng|pige)\b|\b(mit|vores) (lille )?barn\b|\bmy (little|young) (son|"
    r"daughter)\b|"
    r"\bmy child\b",
]
ELDERLY_WORDS = [
    r"\bpensionist\w*|\bfolkepensionist\w*|\bmormor\w*|\bmorfar\w*|\bfarmor\w*|\bfarfar\w*|\bbedste(mor|far)\w*|"
    r"\boldemor\w*|\boldefar\w*|\bgrand(mother|father|ma|pa)\b|\belderly\b|\bdemen\w*|\balzheimer\w*|"
    r"\bplejehjemsbeboer\w*|\bældre (borger|dame|herre|mand|kvinde|menneske)\w*|\bpå plejehjem\w*",
]
CHILD_AGE_LIMIT = 18

# --- First contact with the unit (CONTRACT rule 2) ---------------------------------------------

_SUBJECT = r"(jeg|vi|borger(en)?|hun|han|datter(en)?|søn(nen)?|familien|forældrene|min (mor|far|datter|søn|mand|kone))"
_CONTACT_VERB = (
    r"(klaget|kontaktet|skrevet|ringet|henvendt|talt|sagt|taget|spurgt|rettet|nævnt|meldt|gjort|fortalt|"
    r"mailet|sendt|klage|kontakte|skrive|ringe|henvende|rykket|rykke|sige|tage|spørge|nævne|melde|fortælle|tale)"
)
NOT_YET_CONTACTED = [
    rf"\b{_SUBJECT} har (endnu |stadig |selv )?ikke (selv |endnu )?({W}{{0,2}}?){_CONTACT_VERB}\b",
    rf"\b(det )?har {_SUBJECT} (endnu |stadig |selv )?ikke (selv |endnu )?({W}{{0,2}}?){_CONTACT_VERB}\b",
    rf"\bikke (klaget|kontaktet|henvendt mig|sagt det|taget det op|skrevet) {W}{{0,4}}endnu\b",
    r"\bendnu ikke (klaget|kontaktet|skrevet|ringet|henvendt|talt|sagt|taget)",
    r"\b(før|inden) (jeg|vi) (klager|kontakter|henvender (mig|os)|skriver) til (dem|\w+)",
    r"\btør ikke (selv )?(sige|klage|kontakte|skrive)",
    # "Jeg vil ikke klage over afgørelsen, men over ..." is no refusal to contact anyone.
    r"\bvil (helst )?(ikke|nødig) (klage(?! over)|være til besvær|kontakte)(?![^.!?\n]*\bmen\b)",
    # Dropped subject ("Har ikke klaget før") and plans to contact the unit later.
    rf"^har (endnu |stadig )?ikke (selv )?({W}{{0,2}}?){_CONTACT_VERB}\b",
    r"\bikke (klaget|kontaktet|skrevet|ringet|henvendt mig|henvendt os) (\w+ ){0,2}(før|tidligere)\b",
    r"\b(overvejer|påtænker|tænker på) (at )?(\w+ )?(tage det op|klage|kontakte|skrive|henvende|ringe)",
    r"\bvil (gerne )?(først|lige) (høre|spørge) (jer|jeres|borgerrådgiver\w*)",
    r"\bved ikke (helt )?hvem (jeg|man|vi|der) (skal|har)",
    r"\b(i|we) (have|has) not (yet )?(contacted|complained|told|raised|spoken|talked|written|called|reached out)",
    r"\b(i|we) haven't (yet )?(contacted|complained|told|raised|spoken|talked|written|called|reached out)",
    r"\bnot (yet )?(contacted|complained to|told|raised it with) (them|the)\b",
]
CONTACTED = [
    rf"\b(har|havde) {W}{{0,3}}?(skrevet|ringet|klaget|rykket|kontaktet|mailet|henvendt|talt med|taget det op|"
    r"spurgt|rettet henvendelse|gjort (dem|\w+) opmærksom|"
    r"sendt (en |flere |to |tre )?(klage|mail|indsigelse|besked|brev|e-mail)\w*)\b",
    r"\b(skrev|ringede|klagede|rykkede|kontaktede|mailede|henvendte (mig|os|han|hun|sig)|talte med|tog det op|"
    r"sendte (en |flere )?(klage|mail|indsigelse|e-mail)\w*|gjorde (dem|\w+) opmærksom)\b",
    r"\b(fik|fået) (et |kun et |et kort |et standard)?(svar|afslag på min klage)\b", r"\blovede (at|de)\b",
    r"\b(i|we) (have |had )?(emailed|e-mailed|called|phoned|written|wrote|complained|contacted|reminded|chased|"
    r"spoke|talked|raised)\b",
]
NEGATION = re.compile(r"\b(ikke|aldrig|ingen|not|never|n't)\b|n't\b")
