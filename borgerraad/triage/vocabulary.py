"""Synonym classes: general Danish (and some English) vocabulary matched by lemma, with examples.

Issue 12 asks for words by lemma instead of hand-written inflections: a class lists dictionary forms
(``language.lemmas``: "afslaget", "afslog", "afslået" are all ``afslå``/``afslag``), so every inflection
is found without writing it. Each class also lists at least two ``examples``, real sentences in different
wording (from the training and paraphrase cases or everyday usage) that the class must match
(``tests/triage/test_vocabulary.py`` checks both): a class enters only with two independent examples.

Rules of matching (``WordClass.find``):

- A text is read sentence by sentence; each word is compared both as written and as its lemma, so an
  English word (which the Danish lemmatiser leaves as it is) is listed in the forms it takes
  ("refused", "refuses").
- ``terms`` are single words; ``phrases`` are sequences of words in that order with at most ``gap``
  other words between two neighbours ("lave afgørelsen om" is the phrase ``lave … om``).
- ``except_words`` are written forms that do not count although their lemma does: "afvisende" (a
  manner) is not a refusal, though its lemma is "afvise".
- ``negatable`` classes ignore a match with a negation (ikke, aldrig, ingen, not, never) in the two
  words before it ("ikke uenig").

Combinations (``Concept``) need words of two classes in one sentence, the first before the second
within ``window`` words ("hvem ... klage": a question how or where to complain); they also carry
examples. The engine reads these beside the phrases of ``lexicon.py`` (``features.py``): a sentence
holds a decision when either says so.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from borgerraad.language.lemmas import lemma, words

NEGATIONS = frozenset({"ikke", "aldrig", "ingen", "intet", "not", "never", "no", "t"})  # "don't" -> "don", "t"


@dataclass(frozen=True)
class Sentence:
    """The words of one sentence as written and as lemmas."""

    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    vocabulary: frozenset[str]
    # Where each word and lemma stands, in order: a class looks up its words instead of reading every one.
    index: dict[str, tuple[int, ...]]
    text: str = ""

    @classmethod
    def of(cls, text: str, _new=object.__new__) -> Sentence:
        # Made on every new sentence of every text, so written for speed: the positions are gathered as tuples
        # directly, and the instance is filled without the frozen dataclass's ``__init__`` (one
        # ``object.__setattr__`` per field); the same object as ``cls(words, lemmas, vocabulary, index, text)``.
        written = tuple(words(text))
        lemmas = tuple(map(lemma, written))
        index: dict[str, tuple[int, ...]] = {}
        get = index.get
        for position, word in enumerate(written):
            index[word] = get(word, ()) + (position,)
            base = lemmas[position]
            if base != word:
                index[base] = get(base, ()) + (position,)
        sentence = _new(cls)
        sentence.__dict__.update(words=written, lemmas=lemmas, vocabulary=frozenset(index), index=index, text=text)
        return sentence

    def at(self, index: int, term: str) -> bool:
        return self.words[index] == term or self.lemmas[index] == term


@dataclass(frozen=True)
class WordClass:
    name: str
    meaning: str
    terms: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    examples: tuple[str, ...] = ()
    gap: int = 2
    except_words: frozenset[str] = frozenset()
    negatable: bool = False
    suffixes: tuple[str, ...] = ()  # lemmas ending so count as terms ("ungdomsudvalg" is an "udvalg")
    _firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    # The places in ``phrases`` of the phrases that begin with each word: a sentence tries only the phrases whose
    # first word it holds, in their order (the same matches as trying them all).
    _by_first: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_firsts", frozenset(phrase[0] for phrase in self.phrases))
        by_first: dict[str, list[int]] = {}
        for number, phrase in enumerate(self.phrases):
            by_first.setdefault(phrase[0], []).append(number)
        object.__setattr__(self, "_by_first", {word: tuple(numbers) for word, numbers in by_first.items()})

    def may_match(self, vocabulary: frozenset[str]) -> bool:
        """Whether the class can match a text whose words and lemmas are ``vocabulary`` (a cheap test first)."""
        return bool(self.suffixes) or not (self.terms.isdisjoint(vocabulary) and self._firsts.isdisjoint(vocabulary))

    def positions(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Where the class matches in ``sentence``: (first word, last word) of each match."""
        found: list[tuple[int, int]] = []
        if self.suffixes:  # a lemma ends in the suffix only where the text holds it
            if any(suffix in sentence.text for suffix in self.suffixes) or not self.terms.isdisjoint(
                    sentence.vocabulary):
                found += [(i, i) for i in range(len(sentence.words)) if self._term_at(sentence, i)]
        elif self.terms and not self.terms.isdisjoint(sentence.vocabulary):
            at = sorted({i for term in self.terms.intersection(sentence.vocabulary) for i in sentence.index[term]})
            found += [(i, i) for i in at if sentence.words[i] not in self.except_words]
        present = self._firsts.intersection(sentence.vocabulary) if self.phrases else ()
        if present:
            by_first = self._by_first
            numbers = by_first[next(iter(present))] if len(present) == 1 else sorted(
                number for word in present for number in by_first[word])
            for number in numbers:
                phrase = self.phrases[number]
                for start in sentence.index[phrase[0]]:
                    end = self._phrase_at(sentence, phrase, start)
                    if end is not None:
                        found.append((start, end))
        if self.negatable:
            found = [(start, end) for start, end in found if not _negated(sentence, start)]
        return found

    def _term_at(self, sentence: Sentence, index: int) -> bool:
        word = sentence.words[index]
        if word in self.except_words:
            return False
        return (word in self.terms or sentence.lemmas[index] in self.terms
                or (bool(self.suffixes) and sentence.lemmas[index].endswith(self.suffixes)))

    def _phrase_at(self, sentence: Sentence, phrase: tuple[str, ...], start: int) -> int | None:
        """The last word of ``phrase`` starting at ``start`` (its first word stands there), each next word
        the first one within ``gap`` words after the one before; None when it does not go on."""
        if sentence.words[start] in self.except_words:
            return None
        index = start
        for term in phrase[1:]:
            where = sentence.index.get(term)  # in order: the first one after ``index`` by bisection
            if where is None:
                return None
            after = bisect_right(where, index)
            if after == len(where) or where[after] > index + 1 + self.gap:
                return None
            index = where[after]
        return index

    def find(self, text: str) -> list[str]:
        """The words that matched, each match as written, sentence by sentence (``text`` one sentence)."""
        sentence = sentence_of(text)
        return [" ".join(sentence.words[start:end + 1]) for start, end in self.positions(sentence)]


def _about_missing(sentence: Sentence, start: int) -> bool:
    """"intet om, hvordan ...", "nothing about how ...": a statement that something was missing."""
    return start > 0 and sentence.words[start - 1] in ("om", "about") and _negated(sentence, start - 1)


def _negated(sentence: Sentence, start: int) -> bool:
    """A negation right before the word, or two before it with no subject between: a subject after the negation
    opens a clause of its own ("jeg vil ikke, de skal tage det tilbage"; within one clause Danish puts the subject
    first: "at de ikke skal")."""
    words = sentence.words
    if start > 0 and words[start - 1] in NEGATIONS:
        return True
    return start > 1 and words[start - 2] in NEGATIONS and words[start - 1] not in SUBJECTS


# "den"/"det"/"it" as the subject of a clause after a negation: "den regning betaler jeg ikke, den skal annulleres".
SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "den", "det", "he", "she", "we", "they", "you",
                      "it"})


@dataclass(frozen=True)
class Concept:
    """Words of ``first`` followed within ``window`` words by words of ``then``, in one sentence."""

    name: str
    meaning: str
    first: WordClass
    then: WordClass
    examples: tuple[str, ...]
    window: int = 8
    ordered: bool = True  # False: the two in either order

    def may_match(self, vocabulary: frozenset[str]) -> bool:
        return self.first.may_match(vocabulary) and self.then.may_match(vocabulary)

    def find(self, text: str) -> list[str]:
        sentence = sentence_of(text)
        starts = [(start, end) for start, end in self.first.positions(sentence) if not _about_missing(sentence, start)]
        if not starts:
            return []
        found = []
        for start, first_end in starts:
            for then_start, end in self.then.positions(sentence):
                after = first_end < then_start <= first_end + self.window
                before = not self.ordered and start - self.window <= end < start
                if after or before or (start, first_end) == (then_start, end):
                    found.append(" ".join(sentence.words[min(start, then_start):max(first_end, end) + 1]))
                    break
        return found


@lru_cache(maxsize=4096)
def sentence_of(text: str) -> Sentence:
    return Sentence.of(text)


def _set(*terms: str) -> frozenset[str]:
    return frozenset(terms)


# --- Decisions told without "afgørelse" ------------------------------------------------------------

REFUSAL = WordClass(
    "REFUSAL", "A no from the authority: a refusal, told in any form.",
    terms=_set("afslag", "afslå", "afvise", "nægtet", "refused", "refuses", "rejected", "denied", "declined"),
    phrases=(("sige", "nej"), ("få", "nej"), ("give", "nej"), ("nej", "til"), ("said", "no"), ("says", "no"),
             ("turned", "down"), ("ikke", "bevilge"), ("ikke", "dække"), ("not", "cover"), ("got", "a", "no"),
             ("ikke", "opfylde"), ("opfylde", "ikke"), ("not", "eligible"), ("not", "meet"),
             # "vil ikke betale", "will not give him one", "svaret nej", "can't get a place": the no told by
             # what the authority will not do or what the citizen cannot get.
             # (with the modal: "har ikke givet ham støtten" is a service not delivered, not a refusal)
             ("ville", "ikke", "betale"), ("ville", "ikke", "give"), ("will", "not", "pay"), ("will", "not", "give"),
             ("won", "t", "pay"), ("won", "t", "give"),
             ("svare", "nej"), ("svaret", "nej"), ("answered", "no"),
             ("ikke", "få", "plads"), ("can", "t", "get", "place"), ("cannot", "get", "place")),
    gap=1,
    except_words=_set("afvisende", "nej-tak"),
    examples=(
        "kommunen siger NEJ til min altan på lejligheden",
        "Min mor har fået nej fra kommunen til hjemmehjælp til indkøb.",
        "The municipality has turned down my daughter's application for a place at a special school.",
        "she has been refused a place in a care home",
        "kommunen vil ikke dække de ekstra udgifter til den",
        "Vi har fået afslag på, at han kan begynde på en specialskole.",
        "Pladsanvisningen har skrevet, at jeg ikke opfylder betingelserne",
        "they say I do not meet the conditions for the allowance",
        "Kommunen vil ikke betale for et trappesæde til min opgang.",
        "jobcentret vil ikke betale mit lastbilkørekort",
        "kommunen vil ikke give hende en plejeseng med løftefunktion",
        "They will not pay for the course, because I should look for unskilled jobs first.",
        "This week he got a letter: they will not give him one.",
        "The municipality won't pay for the ramp.", "They won't give her a place.",
        "Nu har kommunen svaret nej og tilbyder i stedet nogle ekstra timer.",
        "Visitationen har svaret nej til en plejebolig.", "They answered no to our application.",
        "Vores søn kan ikke få plads i børnehaven tæt på.", "the school says he can't get a place in a specialskole",
        "My son cannot get a place at a special school.",
    ),
)

WITHDRAWAL = WordClass(
    "WITHDRAWAL", "Help or money taken away, cut or ended by the authority (LOSS).",
    terms=_set("fratage", "frakende", "stands", "standse", "ophøre", "bortfalde", "sanktionere",
               "stopped", "withdrawn", "revoked", "reduced", "cut", "sanctioned",
               # Money kept back from a benefit: "Ydelsesservice deducted DKK 4,120", "har modregnet 3.000 kr.".
               "deducted", "modregne", "modregnet"),
    phrases=(("tage", "fra", "jeg"), ("tage", "fra", "han"), ("tage", "fra", "hun"), ("tage", "fra", "vi"),
             ("tage", "fra", "de"), ("took", "away"), ("taken", "away"), ("skære", "ned"), ("skåret", "ned"),
             ("sætte", "ned"), ("have", "miste", "hjælp"), ("have", "miste", "kontanthjælp"),
             # The help lost told by its kind: "har moren mistet sin badehjælp", "mistet sin rengøringshjælp".
             ("have", "miste", "badehjælp"), ("have", "miste", "hjemmehjælp"), ("have", "miste", "rengøringshjælp"),
             ("have", "miste", "ydelse"), ("have", "miste", "plads"), ("lost", "benefit"), ("lost", "benefits"),
             # Money drawn from a benefit ("fået trukket 2.400 kr. i sin kontanthjælp", "trukket i ydelsen"), not a
             # child pulled by the arm ("trække ham i armen").
             ("trække", "kr"), ("trække", "i", "ydelse"), ("trække", "i", "kontanthjælp"), ("stoppe", "min"),
             # A deduction in a benefit ("et fradrag i hendes uddannelseshjælp for tre dage"), not a tax deduction.
             ("fradrag", "i", "ydelse"), ("fradrag", "i", "kontanthjælp"), ("fradrag", "i", "uddannelseshjælp"),
             ("fradrag", "i", "integrationsydelse"), ("fradrag", "i", "dagpenge"), ("fradrag", "i", "sygedagpenge"),
             ("trække", "i", "uddannelseshjælp"),
             # "trak Ydelsesservice mig 2.400 kr.", "jobcentret har bare lukket for hans sygedagpenge"
             ("trække", "jeg", "kr"), ("trække", "han", "kr"), ("trække", "hun", "kr"), ("trække", "vi", "kr"),
             ("lukke", "for", "hans"), ("lukke", "for", "hendes"), ("lukke", "for", "min"), ("lukke", "for", "mine"),
             ("stoppe", "hans"), ("stoppe", "hendes"), ("stoppe", "vores"), ("stoppe", "deres"), ("end", "them"),
             ("ends", "in"), ("decided", "to", "end"), ("stop", "from"), ("stops", "from")),
    gap=4,
    examples=(
        "Kommunen har standset mine sygedagpenge efter fem måneder",
        "så tager kommunen bare min bil fra mig",
        "nu skal hans penge sættes ned bare fordi han bor sammen med mig",
        "har fået trukket 2.400 kr. i sin kontanthjælp som sanktion",
        "The municipality has now decided to end them.",
        "Jobcentret har sanktioneret ham fordi han ikke søgte nok job",
        "now I got a letter that my sygedagpenge stop from 1 December",
        "Nu har Borgercenter Børn og Unge skåret det ned til en weekend hver anden måned.",
        "Kommunen har skåret hans timer ned fra fem til to.",
        "Har mistet hjælpen fra kommunen fra 1. december, fordi han udeblev fra et møde.",
        "I marts trak Ydelsesservice mig 2.400 kr., fordi min mor havde overført penge.",
        "jobcentret har bare lukket for hans sygedagpenge",
        "Min søn har mistet sin plads i specialbørnehaven.",
        "I have lost my benefits because I missed one meeting.",
        "In my October payment Ydelsesservice deducted DKK 4,120 because of my salary.",
        "Kommunen har modregnet 3.000 kr. i min kontanthjælp.",
        "Efter et besøg fra visitationen har moren mistet sin badehjælp.",
        "Min far har mistet sin hjemmehjælp om fredagen.", "Hun har mistet sin rengøringshjælp helt.",
        "Hun ringer om et fradrag i hendes uddannelseshjælp for tre dage.",
        "Jeg har fået et fradrag i min kontanthjælp, fordi jeg ikke kom til mødet.",
    ),
)

ASSIGNED = WordClass(
    "ASSIGNED", "A placement or assignment by the authority: the citizen put in an activity, a school or a home "
    "that was not chosen.",
    terms=_set("henvise", "henvist", "anvise", "anvist", "tildele", "tildelt", "placere", "placeret", "assigned",
               "placed"),
    phrases=(("sætte", "jeg", "i"), ("sætte", "han", "i"), ("sætte", "hun", "i"), ("sætte", "vi", "i"),
             ("sende", "han", "på"), ("sende", "hun", "på"), ("sende", "jeg", "på"), ("sende", "han", "til"),
             ("sende", "hun", "til"), ("put", "me", "in"), ("put", "him", "in"), ("put", "her", "in"),
             ("put", "me", "on"), ("put", "him", "on"), ("sent", "him", "to"), ("sent", "her", "to")),
    gap=1,
    examples=(
        "jobcentret har sat mig i nytteindsats 25 timer om ugen",
        "Borger på kontanthjælp er af jobcentret henvist til nytteindsats 25 timer ugentligt.",
        "kommunen har sendt ham på et opholdssted i Nordsjælland mod vores vilje",
        "Vi har fået tildelt en plads i en børnehave langt væk.",
        "The jobcentre has put me in a course I do not need.",
        "They assigned my son to a school across the city.",
    ),
)

DECIDED = WordClass(
    "DECIDED", "The authority decided or determined something about the citizen.",
    # Assessed again by the visitation, a new decision on the help: "Moren er blevet revisiteret og får nu kun ...".
    terms=_set("revisitere", "revisiteret", "revisiteringen", "reassessed"),
    phrases=(("træffe", "beslutning"), ("træffe", "afgørelse"), ("have", "bestemme", "at"),
             ("have", "bestemt", "at"),
             ("has", "decided"), ("have", "decided"),
             # Only so much allotted, as the letter tells it: "så skriver de at jeg kun skal have rengøring hver 3.
             # uge", "der står at han skal kun have støtte to timer om ugen".
             ("kun", "skulle", "have"), ("skulle", "kun", "have")),
    gap=2,
    negatable=True,
    examples=(
        "Kommunen har truffet beslutning om, at jeg fremover kun får hjælp til bad en gang ugentligt",
        "Kommunen har truffet beslutning om, at min datter på 12 ikke længere kan være i aflastningsfamilie",
        "Skolen har bestemt, at han kun får støtte i undervisningen to timer ugentligt",
        "the municipality has decided that we must take down the garden shed",
        "så skriver de at jeg kun skal have rengøring hver 3. uge",
        "I brevet står der, at han skal kun have støtte to timer om ugen.",
        "Moren er blevet revisiteret og får nu kun hjælp til rengøring hver 3. uge.",
        "Efter revisiteringen får min far kun bad én gang om ugen.",
        "My mother was reassessed and now only gets cleaning every third week.",
    ),
)

# --- Wanting a decision changed --------------------------------------------------------------------

WISH = WordClass(
    "WISH", "Wanting, demanding or saying something must happen (a modal or a verb of wishing).",
    terms=_set("ville", "ønske", "skulle", "måtte", "kræve", "forlange", "bede", "burde", "ha", "anmode", "helst",
               "want", "wants",
               "must", "should", "need", "demand", "like", "please"),
    # A request as a question: "kan I ikke få dem til at give hende pladsen?", "can you get it cancelled?"
    phrases=(("kan", "i", "ikke"), ("can", "you")),
    gap=0,
    examples=(
        "Den tilladelse skal tilbagekaldes.",
        "Jeg ønsker gebyret refunderet.",
        "I want them to reverse the decision",
        "Vi skal derfor anmode om, at ophøret omgøres",
        "Please get this order cancelled.",
        "kan i ikke få dem til at give hende pladsen??",
        "Can you get the fine cancelled?",
    ),
)

CHANGE = WordClass(
    "CHANGE", "Undoing or changing a decision: the verbs of reversal.",
    terms=_set("omgøre", "omstøde", "annullere", "tilbagekalde", "ophæve", "refundere", "slette", "droppe",
               "ændre", "reverse", "reversed", "overturn", "overturned", "withdraw",
               "withdrawn", "cancel", "cancelled", "canceled", "annul", "revoke", "refund", "change", "changed",
               "undo", "undone", "reconsider", "reconsidered", "genoverveje", "genoptage", "opgive", "reinstate",
               "reinstated", "restart", "restarted", "resume",
               # Dropping the claim or bringing the help back: "ønsker den frafaldet", "den tidligere hjælp genindført".
               "frafalde", "frafaldet", "frafaldes", "genindføre", "genindført", "genindføres",
               # Putting it right: "Det er forkert og skal rettes", "vi vil have adressen rettes tilbage".
               "rettes"),
    phrases=(("lave", "om"), ("lav", "om"), ("start", "igen"), ("starte", "igen"), ("gang", "igen"),
             ("give", "after", "all"),
             ("skulle", "væk"), ("trække", "tilbage"), ("tage", "tilbage"), ("få", "tilbage"), ("have", "tilbage"),
             ("ha", "tilbage"),
             # Having it again: "jeg vil have mine sygedagpenge igen", "hun vil ha sin hjælp igen".
             ("have", "igen"), ("ha", "igen"),
             ("give", "tilbage"), ("take", "back"), ("taken", "back"), ("took", "back"), ("money", "back"),
             # Getting the authority to give what it refused: "få dem til at give hende pladsen",
             # "make them give me the pension".
             ("til", "give"), ("til", "betale"), ("til", "bevilge"), ("make", "them", "give"),
             # Seeing to it that the citizen gets what was refused: "sørge for, at han får sin pension".
             ("sørge", "for", "få"), ("sørge", "for", "komme"), ("make", "sure", "get"), ("make", "sure", "gets"),
             ("make", "them", "pay"), ("get", "them", "to", "give"), ("make", "pay"),
             # Keeping what the decision takes away: "får lov at blive hvor han er", "at han fortsætter på
             # specialskolen".
             ("lov", "at", "blive"), ("fortsætte", "på"),
             # The children placed outside the home back: "jeg kræver at børnene kommer hjem NU".
             ("komme", "hjem"), ("come", "home")),
    gap=3,
    examples=(
        "jeg forlanger at i får dem til at lave afgørelsen om",
        "Det er forkert og skal rettes.", "Adressen skal rettes med det samme.",
        "jeg kræver at børnene kommer hjem NU", "We want our son to come home.",
        "Jeg ønsker gebyret refunderet.",
        "vil ha gebyret tilbage",
        "den regning skal bare slettes",
        "sanktionen skal væk",
        "I want that decision overturned.", "I want the sanction taken back.",
        "jeg vil have at de starter den igen NU",
        "Han vil have kontanthjælpen sat i gang igen.",
        "Vi kræver at udbetalingen genoptages.",
        "Han vil have kommunen til at opgive kravet.",
        "She wants her benefit reinstated.",
        "He wants the kommune to give him the money after all.",
        "kan i ikke få dem til at give hende pladsen??",
        "Vi vil have kommunen til at betale for flytningen.",
        "I want you to make them give me the pension.",
        "We want you to get them to give our son the place.",
        "jeg vil ikke, de skal tage det tilbage", "Vi kræver, at jobcentret tager henvisningen tilbage.",
        "I want it reconsidered and her given a place.", "Vi beder jer om at få dem til at genoverveje sagen.",
        "vi beder jer sørge for, at han får sin pension", "kan i ikke sørge for at han får pladsen på specialskolen?",
        "Please make sure she gets the place she was refused.",
        "jeg vil have mine sygedagpenge igen!!", "Hun vil gerne ha sin rengøring igen.",
        "Please make the municipality pay the money back to me.", "I want you to make them pay what they deducted.",
    ),
)

WANT = WordClass(
    "WANT", "Wanting or asking for something: a wish, not a must (\"skal\", \"must\" tell what has to happen).",
    terms=_set("ville", "ønske", "helst", "bede", "kræve", "forlange", "want", "wants", "like", "prefer"),
    gap=0,
    examples=(
        "Vi vil have, at hun får en plads tættere på hjemmet.",
        "We would like a place closer to where we live.",
        "Jeg ønsker at beholde min rengøring hver anden uge.",
    ),
)

KEEP_OR_OTHER = WordClass(
    "KEEP_OR_OTHER", "Keeping what a decision takes away, or another place than the one it gave: the wish that "
    "undoes a cut or an allocation without a verb of reversal.",
    terms=_set("beholde"),
    phrases=(("keep", "my"), ("keep", "her"), ("keep", "his"), ("keep", "our"), ("keep", "the"),
             ("tættere", "på"), ("closer", "to"), ("nearer", "to"), ("i", "nærheden"), ("anden", "plads"),
             ("anden", "skole"), ("another", "place"), ("different", "place"), ("another", "school"),
             ("different", "school"),
             # The other one instead, or staying where one is: "at han kommer på specialskolen på Amager i stedet",
             # "we want her to go to the school near us instead", "vi vil helst have at han bliver boende".
             ("i", "stedet"), ("instead",), ("blive", "boende"), ("bliver", "boende"), ("stay", "where"),
             # As it was before the cut: "jeg vil gerne have det som det var før", "we want it the way it was before".
             ("som", "var", "før"), ("way", "was", "before")),
    gap=2,
    examples=(
        "Jeg vil gerne beholde den hjælp jeg havde.",
        "She wants to keep her cleaning every second week.",
        "Vi vil have, at hun får en plads tættere på hjemmet.",
        "We would like a place closer to where we live.",
        "Vi ønsker en anden plads i nærheden.",
        "We want a different school for him.",
        "Vi vil have at han kommer på specialskolen på Amager i stedet.",
        "We would like her to go to the school near us instead.",
        "Vi vil helst have at han bliver boende.",
        "Jeg vil gerne have det som det var før.", "We want it back the way it was before.",
    ),
)

REFUSE_TO_PAY = WordClass(
    "REFUSE_TO_PAY", "Refusing to pay what the municipality charged: the charge disputed, not the money lacking "
    "(\"jeg kan ikke betale\" is a plea of hardship, not a refusal).",
    # Not "vil ikke betale": "jeg vil ikke betale to gange" (it was paid), "de vil ikke betale tilbage" (someone else).
    phrases=(("betale", "jeg", "ikke"), ("nægte", "betale"), ("not", "paying"), ("refuse", "pay"), ("won", "t", "pay"),
             # "I don't think I should pay this", "I shouldn't have to pay".
             ("should", "pay"), ("shouldn", "t", "have", "to", "pay")),
    gap=1,
    examples=(
        "Den regning betaler jeg ikke, den skal annulleres.", "I don't think I should pay this.",
        "I shouldn't have to pay for books that were late because of your mistake.",
        "Jeg nægter at betale for bøger, jeg har afleveret.",
        "I am not paying for books that were returned.",
        "We refuse to pay for October, the place was cancelled in August.",
    ),
)

DISAGREE = WordClass(
    "DISAGREE", "Disagreeing with what was decided: wrong, unfair, not accepted.",
    terms=_set("uenig", "urimelig", "uretfærdig", "uberettiget", "unfair", "unjust", "disagree"),
    phrases=(("ikke", "enig"), ("ikke", "acceptere"), ("not", "accept"), ("t", "accept"), ("t", "agree"),
             ("være", "forkert"), ("finde", "forkert"), ("synes", "forkert"), ("is", "wrong"), ("was", "wrong"),
             ("got", "wrong"), ("its", "wrong")),
    gap=1,
    negatable=True,
    examples=(
        "Det er forkert, og de skal ændre det.",
        "Hun finder sanktionen uretfærdig, da hendes bus var forsinket",
        "I don't accept that my sygedagpenge has been stopped",
        "Vi er ikke enige og ønsker afslaget ændret.",
        "Den beslutning er fuldstændig forkert.",
    ),
)

# --- Asking how or where to complain ---------------------------------------------------------------

QUESTION = WordClass(
    "QUESTION", "A question word of place, manner or person (not 'why').",
    terms=_set("hvor", "hvordan", "hvem", "hvortil", "hvilken", "hvilket", "where", "how", "who", "whom", "which"),
    phrases=(("være", "mulig"), ("is", "it", "possible")),
    gap=1,
    examples=("Hvem skal man klage til?", "Where can we lodge a complaint about the local plan?"),
)

COMPLAIN = WordClass(
    "COMPLAIN", "Complaining or appealing, or the body that hears it.",
    terms=_set("klage", "anke", "påklage", "klageinstans", "klagenævn", "complain", "complaint", "appeal",
               "appeals", "myndighed",
               # "which authority handles complaints about a local plan".
               "complaints", "authority", "authorities"),
    examples=("Hvordan klager jeg over det?", "What should we do to appeal the refusal?",
              "Which authority handles complaints about a local plan?"),
)

COMPLAINT_QUESTION = Concept(
    "COMPLAINT_QUESTION", "Asking how, where or to whom to complain (vejledning om klage).",
    QUESTION, COMPLAIN, window=8,
    examples=(
        "Hun spørger, hvem hun kan klage til.",
        "Borger spørger, hvor der kan klages over afslaget.",
        "Hvordan skal vi bære os ad med at klage?",
        "Er det muligt at klage over tilladelsen, og hvilken myndighed tager sig af det?",
        "Where do you send a complaint about a lokalplan dispensation",
        "Who do we complain to, and what is the deadline?",
    ),
)

# --- Behaviour told by meaning ----------------------------------------------------------------------

DEMEANING = WordClass(
    "DEMEANING", "Humiliating, mocking, shouting, eye-rolling or hanging up on the citizen (adfærd).",
    terms=_set("ydmyge", "nedværdige", "nedgøre", "håne", "latterliggøre", "hvæse", "snerre",
               "gnaven", "snerpet", "afvisende", "humiliated", "humiliating", "belittled", "belittling", "mocked",
               "sneered", "dismissive", "true", "threaten", "threatened", "beskylde", "accused", "fornærme",
               "insulted"),
    phrases=(("råbe", "ad"), ("råbe", "til"), ("råbe", "på"), ("skrige", "ad"), ("skrige", "til"),
             ("shouted", "at"), ("yelled", "at"), ("screamed", "at"),
             ("himle", "øje"), ("rulle", "øje"), ("rolled", "eyes"), ("rolls", "eyes"), ("lægge", "rør", "på"),
             ("smide", "rør", "på"), ("smække", "rør"), ("hung", "up"), ("hang", "up"), ("grine", "ad"),
             ("grine", "af"), ("lo", "ad"), ("lo", "af"), ("le", "ad"), ("laughed", "at"), ("tale", "ned", "til"),
             ("tælle", "ned", "til"), ("spoke", "down", "to"), ("spoken", "down", "to"), ("talked", "down", "to"),
             ("hæve", "stemme"), ("kort", "i", "tone"), ("sukke", "demonstrativt"), ("raised", "voice"),
             ("raise", "voice"), ("kommentere", "udseende"), ("commented", "appearance"), ("dit", "svin"),
             ("din", "idiot"), ("dumme", "som", "en"), ("stupid", "as"), ("sige", "foran"), ("skælde", "ud"),
             ("said", "in", "front"), ("told", "off"), ("tale", "grimt"), ("tælle", "grimt"), ("snakke", "grimt"),
             ("spoke", "rudely"),
             ("kalde", "dum"), ("kalde", "doven"), ("kalde", "besværlig"), ("kalde", "hysterisk"),
             ("called", "stupid"), ("called", "lazy"), ("called", "difficult"), ("called", "hysterical"),
             ("himmelvendt", "øje"),
             # Said aloud for others to hear: "sagde bibliotekaren højt, så alle kunne høre det".
             ("sige", "højt"), ("said", "loudly"), ("said", "out", "loud")),
    gap=2,
    negatable=True,
    examples=(
        "en af pædagogerne på stuen ruller med øjnene og sukker demonstrativt",
        "sagde at mine spørgsmål var 'pjat', og smed røret på, mens jeg stadig talte",
        "Hun var meget ubehagelig og lo ad mig.",
        "sagsbehandleren talte ned til hende på et møde om hendes søn",
        "A member of staff has repeatedly spoken down to him",
        "er afvisende og kort i tonen, når borger stiller spørgsmål",
        "grinede konsulenten ad, hvor dårligt mit dansk er",
        "The caseworker raised her voice at me several times",
        "nattevagten truede med at tage snoren fra ham",
        "en medarbejder beskyldte sønnen for at have stjålet en bog",
        "han har kommenteret mit udseende ved hvert møde",
        "læreren sagde at han var dum som en dør",
        "hun råbte 'dit svin' foran de andre beboere",
        "hans klasselærer havde sagt til ham foran hele klassen at han ikke kunne regne",
        "The teacher said in front of the whole class that she had to learn proper Danish",
        "Flere gange har jeg hørt nattevagten tale grimt til hende",
        "hjælperen snakker grimt til min far, når han ringer",
        "en lærer kaldte vores datter doven og dum foran hele klassen",
        "en anden gang blev hun kaldt besværlig, mens hun selv hørte det",
        "the teacher called him stupid and lazy",
        "hun får suk og himmelvendte øjne fra den ene hjælper",
        "Da jeg var nede og spørge til det sagde bibliotekaren højt, så de andre lånere kunne høre det, at jeg løj",
        "sagde bibliotekaren højt, så alle kunne høre det, at 'folk som dem' altid påstår det",
        "the librarian said loudly in front of everyone in the queue \"that's what they all say\"",
    ),
)

# --- Discrimination told by meaning -----------------------------------------------------------------

TRAIT = WordClass(
    "TRAIT", "What discrimination is about: origin, faith, skin, language, a visible disability.",
    terms=_set("tørklæde", "hijab", "headscarf", "accent", "hudfarve", "etnicitet", "oprindelse", "religion", "muslim",
               "skin", "colour", "color", "race", "kørestol", "kørestolsbruger", "wheelchair", "handicappet",
               "handicap", "grønlandsk", "arabisk", "somalisk", "tyrkisk", "pakistansk", "afrikansk", "udenlandsk",
               "burkini", "religion", "greenlandic", "arabic", "disability", "disabled",
               # A person named by origin or faith: "fordi han er tyrker", "because we are Muslims".
               "tyrker", "muslimer", "muslims", "muslimsk", "jøde", "jødisk", "jewish", "indvandrer", "immigrant",
               # Nationality and people: "fordi vi er somaliere", "because we are Afghans", "sigøjnere kommer ikke ind".
               "afghaner", "afghansk", "afghan", "afghans", "somalier", "somalisk", "somali", "somalis", "iraker",
               "irakisk", "iraqi", "syrer", "syrisk", "syrian", "pakistaner", "pakistani", "polak", "polsk", "polish",
               "rumæner", "rumænsk", "romanian", "roma", "romaer", "sigøjner", "gypsy", "gypsies", "eritreer",
               "eritreansk", "eritrean", "afrikaner", "afrikanere",
               "african", "africans", "araber", "arab", "arabs", "kurder", "kurdisk",
               "kurdish", "palæstinenser", "palæstinensisk", "palestinian",
               # Foreign as such: "fordi jeg er udlænding", "they treat foreigners worse than Danes".
               "udlænding", "udlændinge", "foreigner", "foreigners",
               # Gender identity and sexual orientation: "it happened because I'm trans", "fordi han er homoseksuel".
               "trans", "transkønnet", "transperson", "transgender", "homoseksuel", "bøsse", "lesbisk", "gay",
               "lesbian",
               # Iranians and refugees: "fake ones from your countries" said over an Iranian licence, "we are a
               # refugee family".
               "iraner", "iransk", "iranian", "flygtning", "flygtninge", "refugee", "refugees",
               # Greenlanders and Faroese, Danish citizens of another origin: "vi grønlændere kommer bare herned".
               "grønlænder", "grønlændere", "greenlander", "greenlanders", "færing", "færinger",
               # Blind or deaf: "behandlet som en der er til besvær, fordi jeg er blind".
               "blind", "blinde", "døv", "døve", "deaf"),
    phrases=(("dårlig", "dansk"), ("udtale", "ord"), ("people", "like", "you"), ("folk", "som", "jer"),
             # Where one is from, said as a group: "you people from your countries always try this".
             ("your", "countries"), ("your", "country"), ("jeres", "lande"), ("jeres", "land"),
             # Where one comes from, said to one: "I kender jo reglerne der hvor I kommer fra".
             ("hvor", "i", "kommer", "fra"), ("where", "you", "come", "from"),
             ("flere", "af", "jer"), ("jeres", "slags"), ("børn", "som", "ham"), ("børn", "som", "hende"),
             ("ordentlig", "dansk"), ("your", "kind"), ("dark", "skinned"), ("mørk", "hud"), ("mørkhudet",),
             # Told to be like Danes, as if one were not: "de skulle lære at opføre sig som danskere".
             ("som", "danskere"), ("like", "danes")),
    gap=1,
    examples=(
        "we get so many fake ones from your countries, you people always try this",
        "we are a refugee family and she said you people live like this",
        "he was treated worse than the Danes in the queue because of the colour of his skin",
        "Hun lo af den måde, jeg udtaler ord på",
        "grinede konsulenten ad hendes dårlige dansk",
        "jeg sidder i kørestol",
        "the lifeguard only sent away my sons, the only dark-skinned boys, saying 'your kind always makes trouble'",
        "Han sagde at 'jeres slags' altid laver ballade, og kun de mørkhudede drenge blev sendt væk.",
        "vi synes han bliver behandlet anderledes fordi han er tyrker",
        "I think we were sent away because we are Muslims.",
        "He thinks she treats him like that because we are Afghans.",
        "Medarbejderen sagde 'sigøjnere kommer ikke ind her' og afviste os.",
        "I don't believe anyone else would be treated like that, it happened because I'm trans.",
        "Han sagde 'I kender jo reglerne der hvor I kommer fra'.",
        "jeg føler at jeg blev behandlet som en der er til besvær, fordi jeg er blind",
        "Lederen sagde, at de skulle lære at opføre sig som danskere.",
    ),
)

LEFT_OUT = WordClass(
    "LEFT_OUT", "Left out, kept out or treated worse than the others.",
    terms=_set("udelukke", "excluded", "worse"),
    phrases=(("ikke", "være", "med"), ("ikke", "komme", "ind"), ("ikke", "komme", "med"), ("blive", "hjemme"),
             ("left", "out"), ("left", "behind"), ("not", "allowed"), ("behandle", "dårligere"),
             ("behandle", "ringere"), ("b-menneske",), ("grine", "ad"), ("lo", "af"), ("lo", "ad"),
             ("smide", "ud"), ("sætte", "udenfor"), ("ikke", "længere", "komme"), ("ikke", "plads"),
             ("bede", "gå"), ("forskelsbehandle",), ("told", "to", "leave"), ("not", "welcome"),
             ("sent", "away"), ("send", "away"), ("sende", "væk"), ("sendt", "væk"),
             # Treated badly or differently, sent to the back ("behandlet dårligt fordi jeg er muslim").
             ("behandle", "dårligt"), ("behandlet", "dårligt"), ("behandle", "anderledes"), ("behandlet", "anderledes"),
             ("treated", "badly"), ("treated", "differently"), ("treated", "different"), ("bagerst", "i", "køen"),
             # "she treats him like that because we are Afghans", "behandler ham sådan, fordi".
             ("treats", "like", "that"), ("treat", "like", "that"), ("behandle", "sådan"),
             # "I think she treated me like this because I am an Arab woman with hijab".
             ("treated", "like", "this"), ("treats", "like", "this"), ("treat", "like", "this"),
             ("back", "of", "the", "queue"),
             # Thrown off or out of something: "blev smidt op af vandet", "smidt af bussen", "kicked out".
             ("smide", "op"), ("smide", "af"), ("kicked", "out"), ("thrown", "out"),
             # Kept out of what the others do: "han bliver holdt udenfor fordi han har et handicap".
             ("holde", "udenfor"), ("holdt", "udenfor"), ("behandle", "dårlig"),
             # Picked out from the others: "she was singled out", "treated like that".
             ("singled", "out"), ("single", "out"), ("treated", "like", "that"), ("behandlet", "sådan"),
             ("ikke", "tilladt"),
             # Treated as a nuisance: "behandlet som en der er til besvær", "treated like a burden".
             ("behandle", "som"), ("behandlet", "som"), ("treated", "like"), ("treated", "as")),
    gap=3,
    examples=(
        "jeg IKKE må komme ind fordi kørestole 'fylder for meget'",
        "han blev udelukket fra turen til Zoologisk Have, fordi han sidder i kørestol",
        "he was treated worse than the Danes in the queue",
        "our son in a wheelchair was left behind when the class went on the trip",
        "Jeg føler mig smidt ud på grund af min kørestol.",
        "'vi har ikke plads til flere af jer i aften', og bad ham gå",
        "the lifeguard only sent away my sons and their friends, the only dark-skinned boys",
        "Kun de mørkhudede drenge blev sendt væk fra svømmehallen.",
        "Jeg føler at jeg blev smidt op fordi jeg er muslim.", "Chaufføren smed min søn af bussen.",
        "We were kicked out of the hall.", "He was thrown out of the library for no reason.",
        "We feel he was singled out because of the colour of his skin.",
        "I think she treated me like this because I am an Arab woman with hijab.",
        "Han sagde at den slags tøj ikke er tilladt.",
        "Jeg blev behandlet som en der er til besvær.", "I was treated like a burden at the counter.",
    ),
)

DANES_BESIDE = WordClass(
    "DANES_BESIDE", "A Danish person or family beside the citizen, told to compare how each was treated; with a "
    "trait named in the text (TRAIT), discrimination (``discrimination_compared``).",
    phrases=(("dansk", "mand"), ("dansk", "kvinde"), ("dansk", "par"), ("dansk", "familie"), ("dansk", "pige"),
             ("dansk", "dreng"), ("dansk", "barn"), ("dansk", "børn"),
             ("etnisk", "dansk"), ("danish", "man"), ("danish", "woman"), ("danish", "couple"),
             ("danish", "family"), ("danish", "girl"), ("danish", "boy"), ("ethnic", "danish"),
             ("ethnically", "danish"),
             # The other person told as Danish in a clause of its own: "det skulle manden før mig ikke vise, han var
             # dansk", "the woman before me didn't have to, she was Danish".
             ("han", "var", "dansk"), ("hun", "var", "dansk"), ("he", "was", "danish"), ("she", "was", "danish"),
             # The Danes as the others, said to or treated otherwise: "det siger hun ikke til danskerne", "she
             # doesn't say that to the Danes", "bedre end danskerne".
             ("til", "danskerne"), ("to", "the", "danes"), ("end", "danskerne"), ("than", "the", "danes")),
    gap=0,
    examples=(
        "Det skulle manden før mig ikke vise, han var dansk og skulle også melde flytning.",
        "Kvinden foran mig fik lov, hun var dansk.", "The man before me got help at once, he was Danish.",
        "The woman behind me didn't have to show anything, she was Danish.",
        "Ham der var foran mig var en dansk mand uden sit gamle pas, han fik hjælp.",
        "Then he served the Danish couple behind me.",
        "En dansk kvinde fra mit hold, med samme uddannelse, fik praktik på et kontor samme uge.",
        "Ved bordet ved siden af sad en gruppe etnisk danske unge, dem sagde han ikke noget til.",
        "Det siger hun ikke til danskerne.", "She would never say that to the Danes.",
        "Vi bliver behandlet dårligere end danskerne.", "We are treated worse than the Danes.",
    ),
)

DISCRIMINATION = Concept(
    "DISCRIMINATION", "A trait and being left out or mocked for it, in one sentence (diskrimination).",
    TRAIT, LEFT_OUT, window=12, ordered=False,
    examples=(
        "så siger ham der arbejder der at jeg IKKE må komme ind fordi kørestole 'fylder for meget'",
        "Til en samtale i jobcentret grinede konsulenten ad, hvor dårligt mit dansk er",
        "he was treated worse than the Danes in the queue because of the colour of his skin",
        "Jeg føler mig smidt ud på grund af min kørestol.",
        "'vi har ikke plads til flere af jer i aften', og bad ham gå",
        "A lifeguard told my wife to leave the pool because of her burkini",
        "He thinks she treats him like that because we are Afghans.",
        "It is not fair, we are treated different because we are somali.",
        "Vi blev sendt væk fra herberget, fordi vi er romaer.",
    ),
)

# --- Suggestions told by meaning --------------------------------------------------------------------

EASIER_IF = WordClass(
    "EASIER_IF", "'It would be easier/better if ...': a suggestion (forslag).",
    phrases=(("ville", "nem", "hvis"), ("ville", "let", "hvis"), ("ville", "god", "hvis"), ("ville", "smart", "hvis"),
             ("ville", "rar", "hvis"), ("kunne", "nem", "hvis"), ("would", "easier", "if"), ("would", "better", "if"),
             ("would", "helpful", "if")),
    gap=4,
    examples=(
        "Det ville være meget nemmere, hvis man kunne booke tid online.",
        "Det ville gøre det så meget lettere for os, hvis I sendte brevene på engelsk.",
        "It would be much easier for everyone if the forms were online.",
    ),
)

SAVES_IF = WordClass(
    "SAVES_IF", "'It would save (time, trouble) if ...': a suggestion (forslag), the benefit told before 'if'.",
    phrases=(("ville", "spare", "hvis"), ("kunne", "spare", "hvis"), ("would", "save", "if")),
    gap=9,
    examples=(
        "Det ville spare både os og kommunen for en masse tid, hvis små virksomheder fik én fast kontaktperson.",
        "It would save everyone a lot of phone calls if the letters said who to contact.",
    ),
)

# --- Case handling told by meaning ------------------------------------------------------------------

LOST_AGAIN = WordClass(
    "LOST_AGAIN", "Papers lost again and again (sagsbehandling).",
    phrases=(("miste", "igen"), ("forsvinde", "igen"), ("væk", "igen"), ("glemme", "igen"), ("lost", "again"),
             ("miste", "gang"), ("væk", "gang"), ("lost", "times")),
    gap=4,
    examples=(
        "De har mistet min lægeerklæring igen, nu for tredje gang.",
        "Papirerne er væk igen, og jeg må sende dem endnu en gang.",
        "They have lost my documents again.",
    ),
)

# Papers the unit lost or cannot find, once: "they lost my rental contract", "de kunne ikke finde min ansøgning",
# "papirerne kan ikke findes", "not in the system".
LOSE = WordClass(
    "LOSE", "Losing something or not finding it: miste, forsvinde, væk, lost, missing, cannot find.",
    terms=_set("miste", "forsvinde", "lost", "missing", "misplaced", "misplace"),
    phrases=(("ikke", "finde"), ("ikke", "kunne", "finde"), ("cannot", "find"), ("can", "t", "find"),
             ("couldn", "t", "find"), ("could", "not", "find"), ("ikke", "registrere"),
             # "papirerne ikke kan findes", "not in the system", "no record of them".
             ("ikke", "findes"), ("ikke", "i", "systemet"), ("not", "in", "the", "system")),
    gap=1,
    examples=("Now they say they lost my rental contract.", "sagde medarbejderen, at de ikke kunne finde min ansøgning",
              "The last answer said they cannot find my documents.", "papirerne ikke kan findes",
              "he was told that the papers are not in the system"),
)
PAPERS = WordClass(
    "PAPERS", "The citizen's papers in a case: application, documents, forms, certificates, contracts, payslips.",
    terms=_set("ansøgning", "papir", "papirer", "dokument", "dokumentation", "lægeerklæring", "blanket", "kontrakt",
               "lejekontrakt", "lønseddel", "lønsedler", "bilag", "application", "documents", "document", "papers",
               "forms", "form", "certificate", "contract", "payslips", "paperwork", "erklæring", "request", "note",
               "notes"),
    examples=("Now they say they lost my rental contract and payslips.", "de kunne ikke finde min ansøgning"),
)
LOST_PAPERS = Concept(
    "LOST_PAPERS", "The unit lost or cannot find the citizen's papers (sagsbehandling); not the citizen's own loss "
    "(``lost_papers_in``).",
    LOSE, PAPERS, window=6, ordered=False,
    examples=("Now they say they lost my rental contract and payslips and I must start again.",
              "Da jeg ringede, sagde medarbejderen, at de ikke kunne finde min ansøgning.",
              "The last answer said they cannot find my documents.",
              "Ansøgningen er forsvundet i systemet."),
)
def lost_papers_in(sentence: str) -> list[str]:
    """``LOST_PAPERS`` where the one who lost them is not the citizen: no "jeg", "vi", "I", "we" in the three words
    before the loss ("jeg har mistet min lægeerklæring" is their own)."""
    parsed = sentence_of(sentence)
    if not LOST_PAPERS.may_match(parsed.vocabulary):
        return []
    if all(any(word in _FIRST_PERSON for word in parsed.words[max(0, start - 3):start])
           for start, _end in LOSE.positions(parsed)):
        return []
    return LOST_PAPERS.find(sentence)


NOT_TOLD = WordClass(
    "NOT_TOLD", "Not told what one could apply for (vejledning, sagsbehandling).",
    phrases=(("ikke", "fortælle", "søge"), ("ikke", "oplyse", "søge"), ("ikke", "sige", "søge"),
             ("ikke", "informere", "søge"), ("ikke", "vejlede", "søge"), ("ingen", "fortælle", "søge"),
             ("aldrig", "fortælle", "søge"), ("oplyse", "aldrig", "søge"), ("fortælle", "aldrig", "søge"),
             ("never", "told", "apply"),
             ("nobody", "told", "apply"), ("not", "told", "apply")),
    gap=5,
    examples=(
        "Ingen har fortalt os, at vi kunne søge om tabt arbejdsfortjeneste.",
        "Kommunen oplyste os aldrig, at vi kunne have søgt om merudgifter.",
        "Nobody told us that we could apply for help with the extra costs.",
    ),
)

# No answer told with a negation before a word of answering, by lemma: "uden at få noget svar overhovedet", "har
# ikke besvaret", "never got any reply" (the lexicon's SAGSBEHANDLING patterns allow two filler words at most).
NO_REPLY_NEGATION = WordClass(
    "NO_REPLY_NEGATION", "A negation that can deny an answer: without, none, never, nobody (not a plain \"ikke\"/"
    "\"not\": \"det er jo ikke et svar\" judges an answer; the lexicon reads \"ikke fået svar\").",
    terms=_set("uden", "ingen", "intet", "aldrig", "without", "no", "never", "t", "havent", "hasnt", "nobody"),
    examples=("uden at få noget svar", "never got any reply", "I haven't had a single reply."),
)
REPLY = WordClass(
    "REPLY", "Answering: an answer, a reply, a reaction, to answer or respond; getting or calling back, hearing.",
    terms=_set("svar", "svare", "besvare", "tilbagemelding", "reaktion", "reagere", "answer", "answered", "reply",
               "replied", "replies", "response", "respond", "responded", "confirmed",
               # "We haven't heard anything from them", "never heard back".
               "heard"),
    # Coming back to the citizen: "ingen vender tilbage", "they never got back to me", "nobody has called back".
    phrases=(("vende", "tilbage"), ("ringe", "tilbage"), ("get", "back"), ("got", "back"), ("call", "back"),
             ("called", "back")),
    gap=2,
    examples=("Vi har aldrig fået et eneste svar.", "Nobody has replied to my emails.", "uden nogen reaktion",
              "Ingen vender tilbage.", "They never got back to me.", "Nobody has called back.",
              "We haven't heard anything from them."),
)
NO_REPLY = Concept(
    "NO_REPLY", "No answer to the citizen's letters, mails or calls (sagsbehandling).",
    NO_REPLY_NEGATION, REPLY,
    examples=(
        "Vi har skrevet to mails til hans sagsbehandler over de sidste syv uger uden at få noget svar overhovedet.",
        "I have sent three emails and never got any reply from them.",
        "Kommunen har aldrig på noget tidspunkt besvaret vores breve.",
        "Nobody at the office has ever responded to my letters.",
        "Ingen vender tilbage.", "They never got back to me.", "We haven't heard anything from them.",
    ),
    window=6,
)
# Only a stock answer: "kun fået standardsvar", "an automatic reply", "got nothing back", "not been answered".
STOCK_REPLY = WordClass(
    "STOCK_REPLY", "Only a stock or automatic answer, or none to the citizen's letters (sagsbehandling).",
    terms=_set("standardsvar", "autosvar", "autoreply", "ubesvaret", "unanswered"),
    phrases=(("automatisk", "svar"), ("automatisk", "kvittering"), ("automatic", "reply"), ("automatic", "receipt"),
             ("automated", "reply"), ("auto", "reply"), ("nothing", "back"), ("not", "been", "answered"),
             ("ikke", "blive", "besvaret")),
    gap=1,
    examples=("Jeg har skrevet til Borgerservice fire gange og kun fået standardsvar.",
              "I have written to Borgerservice three times and got nothing back.",
              "My two reminders by email and one phone call have not been answered.",
              "Vi fik bare en automatisk kvittering.", "All we got was an automatic reply."),
)

# A medication error told by what happened, by lemma: "gav hende den dobbelte dosis", "fik DOBBELT op af sin
# medicin", "kom til at give hende morfinen to gange", "gave him his insulin twice" (patientklager by nature).
MEDICINE = WordClass(
    "MEDICINE", "Medicine and its doses: medicin, dosis, insulin, morfin, piller, tabletter, sprøjte, medication.",
    terms=_set("medicin", "dosis", "insulin", "morfin", "pille", "piller", "tablet", "tabletter", "sprøjte",
               "medication", "medicine", "dose", "dosage", "pills", "tablets", "injection", "morphine"),
    examples=("gav hende den dobbelte dosis", "He was given his insulin twice.", "fik sine piller to gange"),
)
DOSING_ERROR = WordClass(
    "DOSING_ERROR", "An error in giving medicine: twice, double, wrong, too much, by mistake.",
    terms=_set("dobbelt", "dobbelte", "forkert", "forkerte", "double", "twice", "wrong", "overdose"),
    phrases=(("to", "gang"), ("for", "meget"), ("ved", "en", "fejl"), ("too", "much"), ("by", "mistake")),
    gap=0,
    examples=("gav hende den dobbelte dosis", "He was given his insulin twice.", "fik sine piller to gange"),
)
DOSING = Concept(
    "DOSING", "Medicine given in error (a treatment matter: Styrelsen for Patientklager).",
    MEDICINE, DOSING_ERROR, window=6, ordered=False,
    examples=(
        "To dage i træk gav hjemmesygeplejersken min mor den dobbelte dosis af hendes blodfortyndende medicin.",
        "to dage i træk fik min mor DOBBELT op af sin blodfortyndende medicin af hjemmesygeplejersken",
        "Nattevagten kom til at give vores mor hendes morfin to gange, og hun måtte indlægges.",
        "The carer gave my father his insulin twice and he collapsed.",
    ),
)

NOT_HEARD = WordClass(
    "NOT_HEARD", "The citizen not heard before a decision: nobody asked or talked to them (partshøring).",
    phrases=(("ingen", "spørge", "mig"), ("ingen", "spørge", "hende"), ("ingen", "spørge", "ham"),
             ("ingen", "tale", "med"), ("ingen", "tælle", "med"), ("ikke", "blive", "høre"), ("ikke", "høre", "mig"),
             ("ingen", "være", "på", "besøg"), ("intet", "hjemmebesøg"), ("nobody", "asked"), ("no", "one", "asked"),
             ("not", "heard"), ("nobody", "talked", "to")),
    gap=3,
    examples=(
        "Det værste er at ingen har spurgt mig om noget før jeg fik nej.",
        "Men det, der virkelig har gjort mig vred, er at ingen talte med mig om det først.",
        "Ingen fra kommunen havde været på besøg eller ringet forinden.",
        "jeg spurgte hvorfor jeg ikke blev hørt",
        "Nobody asked me before they cut my hours.",
    ),
)

# --- First contact told by meaning -----------------------------------------------------------------

CONTACT_VERB = WordClass(
    "CONTACT_VERB", "Raising a matter with someone: contacting, writing, calling, telling, complaining.",
    terms=_set("kontakte", "skrive", "ringe", "klage", "henvende", "snakke", "tale", "tælle", "sige", "rette",
               "contact", "contacted", "write", "written", "wrote", "call", "called", "complain", "complained", "talk",
               "talked", "tell", "told", "raise", "raised", "spoken", "speak", "reported", "spørge", "ask", "asked",
               # Chasing an answer is raising it again: "De har ikke selv rykket kommunen for svar".
               "rykket", "chase", "chased", "reminded", "followed", "follow",
               # Phoning and e-mailing: "I haven't phoned the school or the municipality yet".
               "phoned", "phone", "emailed", "e-mailed",
               # Being in touch: "I haven't been in touch with the sports facility", "ikke været i kontakt med".
               "touch", "kontakt",
               # "I haven't said anything to the jobcentre", "haven't made a complaint", "raising it", "anmeldt".
               "said", "say", "complaint", "raising", "anmelde",
               # Mentioning it is raising it: "I didn't mention the course", "Jeg har ikke nævnt episoden".
               "mention", "mentioned", "nævne", "nævnt",
               # Reporting it: "Har ikke meldt det nogen steder endnu", "Jeg har ikke indberettet det", "I haven't
               # notified them", "I haven't informed the school".
               "melde", "indberette", "informere", "inform", "informed", "notify", "notified",
               # Grumbling to them is raising it: "Jeg har ikke brokket mig til dem" (reflexive, like "henvendt mig").
               "brok", "brokke", "brokket",
               # Objecting to it: "det har hun ikke påtalt over for jobcentret".
               "påtale", "påtalt"),
    examples=("Jeg har ikke kontaktet skolen endnu.", "I have not written to the office yet.",
              "Haven't asked the parking office yet.", "Jeg har ikke spurgt skolen endnu.",
              "De har ikke selv rykket kommunen for svar.", "We have not chased the building office yet.",
              "I haven't been in touch with the sports facility itself.",
              "I haven't said anything to the staff or the manager yet.",
              "We haven't made a complaint to the home care service so far.",
              "Jeg har ikke anmeldt det til kommunen.",
              "Vi har ikke været i kontakt med institutionen endnu.",
              "We have not followed up with the jobcentre yet.", "I haven't followed it up with the school.",
              "We did not follow up with Borgerservice.", "Plejefar har ikke klaget til Borgercenter Børn og Unge.",
              "I didn't mention the course to her.", "Jeg har ikke nævnt episoden for lederen.",
              "Har ikke meldt det nogen steder endnu.", "Jeg har ikke indberettet det til forvaltningen.",
              "I haven't notified the waste service.", "We have not informed the school about it.",
              "I haven't phoned the school yet.", "We have not emailed the library about it.",
              "Jeg har ikke brokket mig til dem.", "Jeg har ikke brokket mig til hjemmeplejen endnu.",
              "Det har hun ikke påtalt over for jobcentret.", "Jeg har ikke påtalt det over for skolen endnu."),
)
_SELF_FIRST = frozenset({"selv", "endnu", "yet"})
_FIRST_PERSON = frozenset({"jeg", "vi", "i", "we"})
# The citizen told of in the third person, by a staff note or a relative ("Borger oplyser, at han ikke har klaget",
# "Gran hasn't told the home care people"); "Hun har ikke skrevet til os" stays the unit's silence by its object.
_THIRD_PERSON = frozenset({"han", "hun", "he", "she", "borger", "borgeren", "gran", "mor", "far", "moren", "faren",
                           "forældrene", "familien", "datteren", "sønnen", "parents", "family", "bror", "søster",
                           "mother", "father", "mum", "mom", "dad", "son", "daughter", "brother", "sister",
                           "husband", "wife", "grandmother", "grandfather",
                           # Foster parents, spouses and grandparents told by their role ("Plejefar har ikke klaget til
                           # Borgercenter Børn og Unge", "Konen har ikke skrevet til hjemmeplejen").
                           "plejefar", "plejemor", "plejeforældrene", "plejeforældre", "manden", "konen", "hustruen",
                           "bedstemor", "bedstefar", "mormor", "morfar", "farmor", "farfar",
                           # A business owner, a union's or a lawyer's client, a member, told by the role ("Ejeren har
                           # ikke taget det op med herbergets ledelse", "The client has not complained to them").
                           "ejeren", "indehaveren", "klienten", "medlemmet", "owner", "client", "member"})
# "Neither he nor I have told ...", and English contractions written without the apostrophe ("i havent").
_CONTACT_NEGATIONS = frozenset({"ikke", "not", "never", "t", "neither", "nor", "havent", "hasnt", "hadnt", "didnt",
                                "hverken", "aldrig"})
_PERFECT = frozenset({"har", "havde", "have", "has", "had", "haven", "hasn", "didn", "did"})
# A negation that is its own auxiliary ("we havent been in contact", "she hasnt told them").
_PERFECT_NEGATIONS = frozenset({"havent", "hasnt", "hadnt", "didnt"})
# Nobody as the subject: "Ingen af os har klaget", "nobody has contacted", "none of us has spoken to".
_NOBODY = frozenset({"ingen", "nobody", "none"})
_NOBODY_NEXT = frozenset({"af", "of", "har", "havde", "has", "had", "have"})
# Taking it up with the unit: "Har ikke taget det op med madservice", "I have not taken this up with them yet".
_TAKE = frozenset({"taget", "tage", "tog", "taken", "take", "took", "brought", "bring", "bringing"})
# Letting them know: "Jeg har ikke givet dem besked", "We haven't let the school know".
_GIVE = frozenset({"givet", "give", "gav"})
_LET = frozenset({"let", "letting"})
# Reflexive verbs of contact: "Jeg har ikke henvendt mig til dem", "har ikke brokket mig" ("mig" is no object).
_REFLEXIVE_CONTACT = frozenset({"henvendt", "henvende", "brokket", "brokke"})
_REFLEXIVE = frozenset({"mig", "os", "sig"})
# A choice told in the past: "Jeg valgte ikke at klage til dem", "I decided not to complain to them directly".
_CHOSE = frozenset({"valgte", "besluttede", "decided", "chose"})
# Saying, and the relative pronoun that makes what was said its object ("hvilket hun ikke havde sagt").
_SAY = frozenset({"sagt", "sige", "sagde", "said", "say", "told"})
_WHAT_SAID = frozenset({"hvilket", "hvad", "which", "what"})
# Ability, not what was done: "Han er 3 år og kan ikke selv sige fra" is no "not yet".
_MODAL = frozenset({"kan", "kunne", "can", "could", "cannot"})
_AND = frozenset({"og", "and"})
# The unit's silence: "Ingen har ringet", "Nobody has called" (no "af os", no object): nobody from the unit.
_UNIT_MEANS = frozenset({"ringet", "ringe", "called", "call", "skrevet", "written", "wrote", "kontaktet",
                         "contacted"})
_UP = frozenset({"op", "up"})
# Raising it with the unit: "Det har forældrene endnu ikke rejst over for skolens ledelse".
_RAISE = frozenset({"rejst", "rejse", "rejste"})
# Following it up with someone: "Hun har ikke selv fulgt op over for forvaltningen", "fulgt op på det over for dem"
# (not the unit's "har ikke fulgt op på aftalen", followed up with no one).
_FOLLOW = frozenset({"fulgt", "følge", "fulgte"})
_WITH_SOMEONE = frozenset({"over", "med", "hos"})
# Raising it, told of the citizen's side by a plain "de": "De har endnu ikke rejst problemet over for aflastningsstedet"
# (the unit does not take a matter up with itself; "de har ikke ringet" stays open to both readings).
_THEY = frozenset({"de", "they"})
_GONE = frozenset({"gone", "been", "went", "været", "gået"})
_ABOUT_IT = frozenset({"about", "om", "klage", "complain", "regarding", "vedrørende"})
# "Jeg har aldrig før klaget over noget til nogen": never complaining of anything is who the writer is, not this matter.
_GENERIC_OBJECT = frozenset({"noget", "nogen", "nogensinde", "anything", "anyone", "anybody", "ever"})
# The impersonal passive of a staff note: "Der er ikke klaget til forvaltningen" ("der er ikke skrevet noget i
# journalen" is about the file: only complaining and turning to someone).
_IMPERSONAL_COMPLAINT = frozenset({"klaget", "henvendt", "rettet"})
# "jeg vil ikke klage", "jeg tør ikke ringe": not the past (only "jeg klagede ikke", "jeg nævnte ikke" count).
_PRESENT_OR_INFINITIVE = frozenset({"klager", "skriver", "ringer", "siger", "taler", "snakker", "kontakter", "spørger",
                                    "nævner", "henvender", "retter"})
_THE_CITIZEN_AS_OBJECT = frozenset({"mig", "os", "me", "us", "tilbage", "back"})
_THIRD_PERSON_OBJECT = frozenset({"hende", "ham", "him", "her"})  # "hun har ikke ringet til ham": the unit's silence
# Nobody answering, or answering or talking to the citizen's own letter or family ("Nobody has answered my complaint",
# "nobody has talked to us", "ingen har svaret på min mail"): the unit's silence, not the citizen's.
_REPLY_VERBS = frozenset({"svaret", "besvaret", "answered", "replied", "responded", "talked", "talt"})
_OWN = frozenset({"my", "our", "min", "mit", "mine", "vores"})
# A clause goes on after the verb ("Ingen har ringet, og han sidder og venter"): the verb ends its own clause.
_CLAUSE_NEXT = frozenset({"og", "men", "så", "and", "but", "so"})


_IRREGULAR_PAST = frozenset({"told", "wrote", "spoke", "said", "talt", "sagt", "spurgt", "nævnt", "skrevet"})


def _past_form(word: str) -> bool:
    return word.endswith(("ed", "et")) or word in _IRREGULAR_PAST


def _contact_at(sentence: Sentence, verb: int) -> tuple[bool, bool, bool]:
    """Whether the words at ``verb`` raise a matter with someone, whether they go back to it ("gone back"), and
    whether they raise it in words only the citizen's side uses of itself ("taget det op med", "rejst over for")."""
    words = sentence.words
    taken_up = (words[verb] in _TAKE and not _UP.isdisjoint(words[verb + 1:verb + 4])
                or words[verb] in _GIVE and "besked" in words[verb + 1:verb + 4]
                or words[verb] in _LET and "know" in words[verb + 1:verb + 4])
    raised = words[verb] in _RAISE and "over" in words[verb + 1:verb + 3]
    followed_up = (words[verb] in _FOLLOW and words[verb + 1:verb + 2] == ("op",)
                   and not _WITH_SOMEONE.isdisjoint(words[verb + 2:verb + 6]))
    # Not yet got hold of them ("Jeg har ikke fået fat i dem endnu, telefonen er altid optaget"): only with "endnu".
    held = (words[verb] == "haft" and words[verb + 1:verb + 3] == ("fat", "i")
            or words[verb] == "fået" and words[verb + 1:verb + 3] == ("fat", "i")
            and not _SELF_FIRST.isdisjoint(words[verb + 3:verb + 7]))
    # Going back to the unit: "I haven't gone back to Borgerservice about it", "ikke været tilbage i".
    gone_back = (words[verb] in _GONE and words[verb + 1:verb + 2] in (("back",), ("tilbage",))
                 and not _ABOUT_IT.isdisjoint(words[verb + 2:verb + 8]))  # not "tilbage i Spanien"
    contact = CONTACT_VERB._term_at(sentence, verb) or taken_up or raised or followed_up or held or gone_back
    return bool(contact), gone_back, taken_up or raised


def _units_silence(words: list[str], index: int, verb: int, after: list[str], nobody: bool) -> bool:
    """"De har ikke ringet mig tilbage", "Ingen har spurgt ham", "Ingen har ringet.", "ingen har givet besked": what
    the unit has not done."""
    if _THE_CITIZEN_AS_OBJECT.intersection(after) or (nobody and _THIRD_PERSON_OBJECT.intersection(after)):
        return True
    clause_ends = verb == len(words) - 1 or words[verb + 1] in _CLAUSE_NEXT
    return nobody and words[index + 1] not in ("af", "of") and (
        clause_ends and words[verb] in _UNIT_MEANS or words[verb] in _GIVE
        or not _REPLY_VERBS.isdisjoint(words[index + 1:verb + 1]) or not _OWN.isdisjoint(words[verb + 1:verb + 4]))


def _what_was_not_said(words: list[str], index: int, verb: int) -> bool:
    """What someone did not say, as the object of a relative clause ("at borgeren lyver, hvilket hun ikke havde sagt",
    "which she never said"): words put in her mouth, not a unit not yet told."""
    return words[verb] in _SAY and not _WHAT_SAID.isdisjoint(words[max(0, index - 2):index])


# A municipal place or unit as a definite noun ("genoptræningscentret", "skolen", "hjemmeplejen", "kommunen").
_UNIT_NOUN_ENDINGS = ("centret", "centeret", "kontoret", "kommunen", "forvaltningen", "skolen", "institutionen",
                      "plejen", "ledelsen", "afdelingen", "stedet", "hjemmet", "klubben", "biblioteket", "børnehaven",
                      "vuggestuen", "borgerservice", "rådgiveren", "sagsbehandleren")


def _unit_noun(words: Sequence[str]) -> bool:
    return any(word.endswith(_UNIT_NOUN_ENDINGS) for word in words)


def _citizen_subject(words: list[str], index: int, verb: int, after: list[str], nobody: bool, raising: bool) -> bool:
    """The negation at ``index`` and the verb at ``verb`` tell what the citizen (not the unit) has not done; a plain
    "de" is the citizen's side where the verb is one of ``raising`` it ("De har ikke rejst problemet over for ...")."""
    word = words[index]
    before = words[max(0, index - 4):index]
    # The auxiliary before the negation ("jeg har ikke"), or after it in a clause ("at han ikke har klaget").
    perfect = (_PERFECT.intersection(before) or _PERFECT.intersection(words[index + 1:verb])
               or word in _PERFECT_NEGATIONS or (index >= 1 and words[index - 1] in _CHOSE)
               # A past form right after "I never" / "vi ikke" ("I never reported it", "vi ikke snakket med
               # leder" in plain Danish without its auxiliary).
               or (index >= 1 and words[index - 1] in _FIRST_PERSON and _past_form(words[verb])))
    # "Jeg er ikke gået tilbage og har ikke klaget til dem": the first clause's subject goes on. A third person only
    # after a first clause that is itself negated ("Han er ikke gået tilbage til Borgerservice og har ikke klaget til
    # dem"; not "Hun lovede at ringe og har ikke ringet").
    coordinated = (index >= 2 and words[index - 1] in _PERFECT and words[index - 2] in _AND
                   and (words[0] in _FIRST_PERSON or words[0] in _THIRD_PERSON
                        and not _CONTACT_NEGATIONS.isdisjoint(words[1:index - 2])))
    person = nobody or coordinated or _FIRST_PERSON.intersection(before) or index == 1 or (
        _THIRD_PERSON.intersection(before) and not _THIRD_PERSON_OBJECT.intersection(after))
    impersonal = tuple(before[-2:]) in (("der", "er"), ("der", "blev")) and words[verb] in _IMPERSONAL_COMPLAINT
    # So is a plain "de" whose object is one of the municipality's places ("De har ikke kontaktet genoptræningscentret
    # om det"): a unit does not contact itself.
    they_raised = (raising or _unit_noun(after[:1])) and _THEY.intersection(before) and _PERFECT.intersection(before)
    return bool(perfect and person or impersonal or they_raised or (
        _SELF_FIRST.intersection(words[index + 1:]) and not (index >= 1 and words[index - 1] in _MODAL)))


def not_yet_contacted_in(text: str) -> list[str]:
    """The citizen has not yet raised the matter: a negation, then within four words a verb of contact, told
    in the perfect or past ("har ikke", "haven't": "vil ikke klage over afgørelsen" names what is complained
    of) with the citizen as its subject ("jeg/vi", a dropped subject "Har ikke ..."), or "ikke selv",
    "... endnu". "De har ikke ringet mig tilbage" is the unit's silence, not the citizen's: a verb followed
    by "mig/os/tilbage" does not count."""
    sentence = sentence_of(text)
    found: list[str] = []
    if _CONTACT_NEGATIONS.isdisjoint(sentence.vocabulary) and _NOBODY.isdisjoint(sentence.vocabulary):
        return found
    words = sentence.words
    for index, word in enumerate(words):
        nobody = word in _NOBODY and index + 1 < len(words) and words[index + 1] in _NOBODY_NEXT
        if word not in _CONTACT_NEGATIONS and not nobody:
            continue
        if (word == "ikke" and index >= 2 and words[index - 2] in _FIRST_PERSON
                and CONTACT_VERB._term_at(sentence, index - 1) and words[index - 1] not in _PRESENT_OR_INFINITIVE):
            # The Danish past with the verb first: "men jeg nævnte ikke episoden", "vi klagede ikke dengang".
            found.append(" ".join(words[index - 1:index + 1]))
            continue
        for verb in range(index + 1, min(len(words), index + 5)):
            contact, gone_back, raising = _contact_at(sentence, verb)
            if not contact:
                continue
            if word in ("aldrig", "never") and not _GENERIC_OBJECT.isdisjoint(words[index + 1:verb + 5]):
                break
            reflexive = words[verb] in _REFLEXIVE_CONTACT and verb + 1 < len(words) and words[verb + 1] in _REFLEXIVE
            after = words[verb + 2:verb + 4] if gone_back or reflexive else words[verb + 1:verb + 3]
            if _units_silence(words, index, verb, after, nobody) or _what_was_not_said(words, index, verb):
                break
            if _citizen_subject(words, index, verb, after, nobody, raising):
                found.append(" ".join(sentence.words[index:verb + 1]))
            break
    return found


# --- Political decisions told by who decided --------------------------------------------------------

DECIDER = WordClass(
    "DECIDER", "A political decider: the council, a political committee, the politicians (the municipality's own\n"
    "name for its council is configuration: ``TriageConfig.council_mention``).",
    terms=_set("byråd", "kommunalbestyrelse", "politiker",
               "politikerne", "politicians", "council", "councillors",
               # A school's board sets its principles for every pupil ("Skolebestyrelsen har vedtaget et nyt princip").
               "skolebestyrelse", "skolebestyrelsen"),
    suffixes=("udvalg",),
    # Committees that decide one person's case, not policy: visitation, hiring, and the statutory "Børn og
    # Unge-udvalget" that decides a child's placement without consent (barnets lov).
    except_words=_set("visitationsudvalget", "visitationsudvalg", "ansættelsesudvalget", "ansættelsesudvalg",
                      "lokaludvalg", "lokaludvalget", "unge-udvalget", "unge-udvalg"),
    examples=("Børne- og Ungdomsudvalget har vedtaget nye skoledistrikter", "politikerne har sparet den væk",
              "Skolebestyrelsen har vedtaget et nyt princip om mobiltelefoner."),
)

POLICY_ACT = WordClass(
    "POLICY_ACT", "What a political decider does to everyone: adopt, cut, close, raise a price, prioritise.",
    terms=_set("vedtage", "beslutte", "besluttet", "nedlægge", "nedsætte", "prioritere", "indføre", "stramme",
               "strammet", "voted", "decided", "closed", "introduced", "adopted", "tightened",
               # Selling the city's land or buildings: "Økonomiudvalget vil sælge grunden til en privat investor".
               "sælge", "solgt", "sell", "sold",
               # Abolishing a service, or closing it for weeks at a time ("afskaffe lukkeugerne", "scrap walk-in",
               # "alle institutioner holder sommerlukket i 3 uger").
               "afskaffe", "abolish", "abolished", "scrap", "scrapped", "sommerlukke", "sommerlukning", "lukkeuge",
               "lukkedag"),
    phrases=(("spare", "væk"), ("spare", "på"), ("sætte", "op"), ("sætte", "ned"), ("skære", "ned"), ("lukke",),
             ("hæve", "pris"), ("cut", "the")),
    gap=4,
    examples=("har vedtaget nye skoledistrikter", "har sat prisen på beboerlicens op",
              "har nedsat rengøringen for alle borgere med hjemmehjælp til hver tredje uge",
              "udvalget nedsætter tilskuddet til klubberne", "kommunen har strammet reglerne for hele kvarteret",
              "the council tightened the rules for all residents",
              "Økonomiudvalget vil sælge grunden, hvor det gamle plejehjem lå", "the council sold the old school",
              "hvorfor skal alle institutioner i Valby holde sommerlukket i 3 uger",
              "Jeg vil opfordre politikerne til at afskaffe lukkeugerne.",
              "Why did the city decide to scrap walk-in at Borgerservice?"),
)

POLICY_OBJECTION = WordClass(
    "POLICY_OBJECTION", "Objecting to a policy or asking the deciders to change it: wrong, unfair, a scandal, "
    "should, must, against. Political words with none of these near them are background to another complaint "
    "(\"fordi politikerne har sparet, er der for få hjælpere\").",
    terms=_set("forkert", "urimelig", "uretfærdig", "skandale", "skandaløs", "absurd", "vanvittig", "tåbelig",
               "uacceptabel", "protestere", "protest", "imod", "kritisere", "utilfreds", "burde", "bør", "kræve",
               "forlange", "opfordre", "wrong", "unfair", "outrageous", "ridiculous", "scandal", "unacceptable",
               "against", "oppose", "should", "must", "ought", "urge", "terrible", "disgrace", "shameful",
               "forkastelig", "skammelig", "utilfredshed", "vred", "angry",
               # Calling it foolish, being critical of it: "det var dumt at lukke den", "stærkt kritisk over for".
               "dum", "kritisk", "stupid", "critical",
               # "Helt latterligt at I har fjernet morgensvømningen", "en elendig beslutning", "hovedløst".
               "latterlig", "elendig", "hovedløs", "idiotisk"),
    phrases=(("dårlig", "beslutning"), ("dårlig", "prioritering"), ("forkert", "prioritering"), ("bad", "decision"),
             ("klage", "over"), ("complain", "about"),
             # "det er for dårligt at ...", "too bad that"; the deciders asked to answer for it.
             ("for", "dårlig"), ("tage", "ansvar"), ("take", "responsibility"),
             # Asking for it stopped or the deciders told: "Vi beder Borgerrådgiveren om at stoppe det", "sige til
             # politikerne at de skal lade den være åben", "tell the politicians", "keep it open".
             ("stoppe", "det"), ("stop", "it"), ("sige", "til", "politiker"), ("tell", "the", "politicians"),
             ("lade", "være", "åben"), ("keep", "open"),
             # The closure itself asked stopped: "få stoppet lukningen", "stop the closure".
             ("stoppe", "lukning"), ("stop", "the", "closure")),
    gap=1,
    examples=(
        "Det er en skandale at I har lukket svømmehallen i Emdrup i budgettet, og det bør laves om.",
        "Helt latterligt at I har fjernet morgensvømningen.", "Vi beder Borgerrådgiveren om at stoppe det.",
        "Vi beder jer om at få stoppet lukningen.", "Please stop the closure of our day centre.",
        "kan i ikke sige til politikerne at de skal lade den være åben", "Please tell the politicians to keep it open.",
        "Det er en helt forkert prioritering at spare på det eneste sted hvor vi gamle kommer.",
        "Det er en dårlig beslutning og I må lave den om.", "That is absurd and the politicians should scrap it.",
        "Vi har samlet 600 underskrifter imod lukningen.", "The council's cuts are unfair to the elderly.",
        "Jeg synes det er forkasteligt, at politikerne vil lukke biblioteksfilialen.",
        "Det er en skammelig beslutning.", "Jeg er også vred over at politikerne igen har droppet pengene.",
        "Vi ønsker at give udtryk for vores utilfredshed med Borgerrepræsentationens beslutning.",
        "I am angry that the council closed the pool.",
        "Politikerne skal genåbne Troldehøjen, det var dumt at lukke den.",
        "Han er i øvrigt stærkt kritisk over for, at BR har sparet puljemidlerne væk.",
        "It was stupid of the council to cut the evening buses.", "We are very critical of the council's cuts.",
        "Det er for dårligt at restaffaldet kun hentes hver anden uge, nu hvor politikerne har sparet.",
        "Det er politikerne der må tage ansvar for det.", "The politicians must take responsibility for this.",
    ),
)

POLITICAL_DECISION = Concept(
    "POLITICAL_DECISION", "A political decider and what it decided for everyone, in one sentence (politisk).",
    DECIDER, POLICY_ACT, window=10, ordered=False,  # "vedtaget i Teknik- og Miljøudvalget", "decided by the council"
    examples=(
        "Børne- og Ungdomsudvalget har vedtaget nye skoledistrikter, så vores gade hører til en anden skole.",
        "Det er helt urimeligt, at byrådet igen har sat prisen på beboerlicens op.",
        "The city council decided to close the library on Saturdays.",
        "Det blev vedtaget i Teknik- og Miljøudvalget i september på trods af 1000 underskrifter imod.",
        "The new opening hours were decided by the council in June.",
    ),
)

EVERYONE = WordClass(
    "EVERYONE", "All the citizens a service reaches, not one person: a decision for them is a service level.",
    terms=_set("alle", "everyone", "everybody"),
    phrases=(("all", "residents"), ("all", "citizens"), ("all", "users"), ("all", "children"), ("all", "pupils"),
             ("hele", "kvarter"), ("hele", "område"), ("hele", "bydel"), ("the", "whole", "area"),
             ("the", "whole", "neighbourhood")),
    gap=0,
    examples=("kommunen har besluttet at alle kun får gjort rent hver tredje uge",
              "The council decided that all residents get their bins emptied every other week.",
              "de nye parkeringsregler, som kommunen har indført i hele området",
              "kommunen har strammet reglerne for hele kvarteret",
              "the city introduced paid parking in the whole neighbourhood"),
)

POLICY_FOR_EVERYONE = Concept(
    "POLICY_FOR_EVERYONE", "A decision or cut made for everyone a service reaches, in one sentence (politisk: a "
    "service level, not an individual decision).",
    POLICY_ACT, EVERYONE, window=5, ordered=False,
    examples=(
        "nu får vi at vide at kommunen har besluttet at alle kun får gjort rent hver tredje uge",
        "Kommunen har nedsat rengøringen for alle borgere med hjemmehjælp til hver tredje uge.",
        "The municipality decided that everyone must now book a time at Borgerservice.",
    ),
)

# --- Legality ----------------------------------------------------------------------------------------

NOT_LAWFUL = WordClass(
    "NOT_LAWFUL", "Doubting that something the municipality did is lawful (legality: the kommunale tilsyn).",
    phrases=(("ikke", "lovlig"), ("ikke", "være", "lovlig"), ("strid", "med", "regel"), ("not", "legal"),
             ("not", "lawful"), ("against", "the", "law")),
    gap=3,
    examples=(
        "det kan da ikke være lovligt at man stemmer om sin egen mands projekt",
        "Jeg mener ikke, at en kommune lovligt kan give en privat virksomhed en sådan fordel",
        "om det er i strid med reglerne for, hvad kommuner må",
        "I do not think it is legal for the council to do that.",
    ),
)

# --- Employment ----------------------------------------------------------------------------------

EMPLOYED = WordClass(
    "EMPLOYED", "Being employed somewhere and what an employee is owed (overtime).",
    terms=_set("overtid", "overtime"),
    phrases=(("være", "ansat", "som"), ("være", "ansat", "hos"), ("være", "ansat", "ved"), ("am", "employed"),
             ("was", "employed"), ("ansat", "kommune"), ("ansat", "kommunal"), ("as", "an", "employee"),
             ("municipal", "employee"),
             # Employed for years: "har været ansat i 11 år".
             ("være", "ansat", "år")),
    gap=3,  # "ansat som gartner i kommunens parkafdeling", "ansat i en af kommunens børnehaver"
    examples=("Borger er ansat som gadefejer i forvaltningen", "han har ikke fået udbetalt overtid for weekenden",
              "I am employed as a cleaner at the school",
              "Mand ansat som gartner i kommunens parkafdeling, har ikke fået sit tillæg.",
              "Pædagog, ansat i en af kommunens børnehaver, ringer om sin leder.",
              "Pædagog ansat i kommunal børnehave, Valby. Har fået advarsel fra sin leder.",
              "Is this something you can help me with as an employee?",
              "I am a municipal employee and my supplement is missing.",
              "Hun er biblioteksassistent og har været ansat i 11 år."),
)

OWN_WORKPLACE = WordClass(
    "OWN_WORKPLACE", "The citizen's own workplace people (employer, boss, colleagues) and pay: in a benefit case, "
    "or beside an employer outside the municipality, context.",
    terms=_set("arbejdsgiver", "employer"),
    phrases=(("min", "chef"), ("min", "leder"), ("min", "kollega"), ("my", "boss"), ("my", "manager"),
             ("my", "colleague"), ("my", "colleagues"), ("min", "løn"), ("my", "salary"), ("my", "wages")),
    gap=1,
    examples=("my employer reported my hours wrong", "min arbejdsgiver spørger hele tiden hvad der sker",
              "the company cannot pay my salary without a CPR number", "firmaet kan ikke udbetale min løn"),
)

LOST_JOB = WordClass(
    "LOST_JOB", "A dismissal: in a benefit case the story of how the citizen came to need the benefit.",
    terms=_set("fyre", "fyret", "opsige", "opsagt", "afskedige", "afskediget", "fired", "dismissed"),
    phrases=(("laid", "off"), ("let", "go")),
    gap=0,
    examples=("I was fired in August and signed up with my a-kasse.", "Jeg blev fyret og fik sygedagpenge.",
              "Efter jeg blev opsagt, fik jeg kontanthjælp.", "I was laid off and now get unemployment benefits."),
)

OUTSIDE_EMPLOYER = WordClass(
    "OUTSIDE_EMPLOYER", "An employer outside the municipality: a volunteer organisation, a housing association.",
    terms=_set("frivillig", "organisation", "boligafdeling", "boligselskab", "boligforening", "firma", "virksomhed",
               "forening", "privat", "butik", "byggemarkedskæde", "company", "charity", "shop", "volunteer",
               "volunteers",
               # A newspaper: "I work as a reporter for a neighbourhood paper in Valby".
               "avis", "lokalavis", "paper", "newspaper",
               # The state's or the region's services, where a professional writing for a client works ("Jeg er
               # ansat i Kriminalforsorgen og er tilsynsførende for en klient").
               "kriminalforsorg", "kriminalforsorgen", "hospital", "hospitalet", "sygehus", "sygehuset", "regionen",
               "universitet", "universitetet"),
    examples=("Jeg arbejder som gadeplansmedarbejder i en frivillig organisation",
              "Jeg er boligsocial medarbejder i en almen boligafdeling",
              "I work as a volunteer at a shelter in the Vesterbro area",
              "I work as a reporter for a neighbourhood paper in Valby", "Jeg arbejder som journalist på en lokalavis",
              "Jeg er ansat i Kriminalforsorgen og er tilsynsførende for en klient på 23",
              "Jeg er ansat på hospitalet som socialrådgiver"),
)

# --- Asking to whom to complain, told after the complaint ---------------------------------------------

TO_WHOM = WordClass(
    "TO_WHOM", "'To whom', 'where to', asked after the verb: 'klage, men til hvem?'.",
    phrases=(("til", "hvem"), ("to", "whom"), ("hvor", "hen")),
    gap=0,
    examples=("Jeg vil gerne klage, men til hvem?", "I want to complain – but to whom?"),
)

COMPLAINT_TO_WHOM = Concept(
    "COMPLAINT_TO_WHOM", "Wanting to complain and asking to whom (vejledning om klage), the question last.",
    COMPLAIN, TO_WHOM, window=6,
    examples=("Jeg vil gerne klage, men til hvem?", "I want to complain – but to whom?"),
)

# --- Who acts ---------------------------------------------------------------------------------------

ACTS = WordClass(
    "ACTS", "A verb right after a named body that makes it the one acting (it says, decides, stops, refuses).",
    terms=_set("have", "være", "sige", "skrive", "mene", "afvise", "afslå", "stoppe", "standse", "give", "træffe",
               "beslutte", "sende", "kræve", "nægte", "svare", "vurdere", "behandle", "ville", "kunne", "skulle",
               "gøre", "gide", "reagere", "do", "does", "did", "won", "refuses",
               "has", "had", "is", "was", "says", "said", "stopped", "refused", "wrote", "decided", "rejected",
               "sent", "still", "will", "denied", "told", "wants"),
    examples=("Udbetaling Danmark har stoppet hans boligstøtte", "UDK still says no"),
)


def acts_after(text: str) -> bool:
    """The words just after a body's name (``text``, starting right behind it) make it the actor: a verb
    within its first two words ("Udbetaling Danmark har stoppet", "UDK still says no"), not a noun it
    qualifies ("min egen læges journal", "to get to the metro")."""
    sentence = sentence_of(text)
    return any(ACTS._term_at(sentence, index) for index in range(min(2, len(sentence.words))))


def addressed_before(text: str, words: int = 3) -> bool:
    """The words just before a body's name (``text`` ends right in front of it) say the citizen turned to
    it: a verb of contact among the last ``words`` words ("har klaget til boligselskabet", "wrote to UDK")."""
    sentence = sentence_of(text)
    count = len(sentence.words)
    return any(CONTACT_VERB._term_at(sentence, index) for index in range(max(0, count - words), count))


CLASSES = (STOCK_REPLY, LOSE, PAPERS, REFUSAL, WITHDRAWAL, ASSIGNED, DECIDED, WISH, CHANGE, WANT, KEEP_OR_OTHER,
           REFUSE_TO_PAY, DISAGREE, QUESTION,
           COMPLAIN,
           DEMEANING, TRAIT, LEFT_OUT, DANES_BESIDE, EASIER_IF, SAVES_IF, LOST_AGAIN, NOT_TOLD, NOT_HEARD, CONTACT_VERB,
           ACTS, DECIDER, POLICY_ACT, POLICY_OBJECTION, EVERYONE, NOT_LAWFUL, EMPLOYED, OWN_WORKPLACE, LOST_JOB,
           OUTSIDE_EMPLOYER, TO_WHOM)
CONCEPTS = (LOST_PAPERS, COMPLAINT_QUESTION, DISCRIMINATION, POLITICAL_DECISION, POLICY_FOR_EVERYONE, COMPLAINT_TO_WHOM)


def decision_in(sentence: str) -> list[str]:
    """A decision told without the word afgørelse: a refusal, something taken away, a placement, a decision made."""
    return REFUSAL.find(sentence) + WITHDRAWAL.find(sentence) + ASSIGNED.find(sentence) + DECIDED.find(sentence)


@lru_cache(maxsize=4096)
def decision_told(sentence: str) -> bool:
    """Whether ``decision_in`` finds anything in ``sentence``: kept, as two features ask it of every sentence."""
    return bool(REFUSAL.find(sentence) or WITHDRAWAL.find(sentence) or ASSIGNED.find(sentence)
                or DECIDED.find(sentence))


def change_wish_in(sentence: str) -> list[str]:
    """A demand to change a decision: a verb of reversal in a sentence that wishes or demands, the wish not
    negated ("ønsker ikke afgørelsen ændret": Danish puts the negation after the verb)."""
    words = sentence_of(sentence)
    found = _after_a_wish(CHANGE, WISH, words)
    if KEEP_OR_OTHER.may_match(words.vocabulary):
        # Keeping what was cut, or another place than the one given, after a wish (not a must: "hun skal bestå
        # modul 3 for at beholde sit job", "han skal jo snart på en anden skole" tell no wish).
        found += _after_a_wish(KEEP_OR_OTHER, WANT, words)
    return found


def _after_a_wish(what: WordClass, wish: WordClass, words: Sentence) -> list[str]:
    """The matches of ``what`` within ``CHANGE_AFTER_WISH`` words after a match of ``wish`` that is not negated."""
    # The negation after the wish's last word: a request phrase holds its own "ikke" ("kan I ikke få dem til at ...").
    # A request told in the past ("Jeg bad om at få det ene beløb tilbage") is what the writer asked the unit then,
    # not what is wished now.
    wishes = [start for start, end in wish.positions(words)
              if not NEGATIONS.intersection(words.words[end + 1:end + 3]) and not _negated(words, start)
              and words.words[start] not in _PAST_REQUEST]
    # Going back to work ("Jeg skulle starte på arbejde igen 1. november") restarts no decision.
    return [" ".join(words.words[start:end + 1]) for start, end in what.positions(words)
            if any(at <= start <= at + CHANGE_AFTER_WISH for at in wishes)
            and _WORK.isdisjoint(words.words[start:end + 1])]


_PAST_REQUEST = frozenset({"bad"})
_WORK = frozenset({"arbejde", "arbejdet", "job", "jobbet", "work"})


CHANGE_AFTER_WISH = 10  # words: "det ønsker vi (at få) ændret", "vi vil gerne have, at I får dem til at starte
# udbetalingen igen"; the wish may be the reversal's own first word ("kravet skal væk")


def discrimination_compared(sentences: list[str] | tuple[str, ...]) -> list[str]:
    """A trait named in the text (her headscarf, his accent) and a Danish person beside the citizen told to compare
    how each was treated, in any sentences ("kiggede på mit tørklæde ... En dansk kvinde fra mit hold fik praktik på
    et kontor"): discrimination by comparison."""
    danes = [hit for sentence in sentences for hit in DANES_BESIDE.find(sentence)]
    if not danes or not any(TRAIT.find(sentence) for sentence in sentences):
        return []
    return danes


def discrimination_in(sentence: str) -> list[str]:
    """Left out or mocked for a trait, in a sentence that tells no decision (a refused aid for a wheelchair
    user is a decision to appeal, not discrimination)."""
    found = DISCRIMINATION.find(sentence)  # rarely anything: the decision is looked for only then
    return [] if found and decision_told(sentence) else found
