"""Letters with several matters: where one henvendelse tells two (or more) separate things.

Issue 12: "Letters with two matters: one in scope, one not (a hospital and the home care; a political
closure and a club leader's remark). Each gets its verdict; the letter gets the in-scope one with the
exclusion noted." The engine (``engine.triage``) triages each matter on its own and, when their
verdicts differ, answers the letter by contract rule 4: the grounds decide the verdict, and the
exclusions and ``refer_to`` of the other matter are kept (docs/triage.md, "Letters with several matters").

Rules of splitting (``matters_split``), kept strict so that a letter about one thing is never cut:

- The letter must announce several matters ("to ting", "flere forhold", "two things", "for det
  første", "firstly") or number them ("1) ... 2) ...").
- It is then cut at each sentence that starts a new matter: a number ("2)", "2."), "den anden (ting)",
  "det andet", "for det andet", "og så er der", "derudover", "desuden", "another thing", "secondly".
- The sentences up to the announcement ("Jeg har to ting om skraldet i Nordvest.") are context: they
  open every matter. The sentence after the announcement starts the first matter.
- Fewer than two matters with words in them: no split.
- A letter that announces nothing is cut only where a sentence turns plainly to another matter ("og så noget helt
  andet", "en anden ting:", "separately,", "oven i det", "men det er faktisk ikke derfor jeg skriver", a call note's
  "mor nævner også, at ...", "og mens jeg er i gang:"): the sentences before the turn are the first matter.
"""

from __future__ import annotations

import re

from borgerraad.triage.lexicon import compile_group
from borgerraad.triage.text import sentences

# Searched as a lexicon group (``lexicon.compile_group``: the same matches, its word alternatives letter-first).
_ANNOUNCES = compile_group([
    r"\b(to|tre|flere|2|3) (ting|forhold|sager|klager|klagepunkter|problemer|emner|spørgsmål)\b"
    r"|\b(two|three|several) (things|matters|issues|complaints|problems|questions)\b"
    r"|\bfor det første\b|\bfirst(ly)?,|(^|\s)1[.)] "
])
_STARTS_A_MATTER = re.compile(
    r"^(?:\(?[1-9][.)] |[a-c]\) |for det (?:første|andet|tredje)\b|(?:den|det) (?:første|anden|andet|tredje)\b"
    r"(?! (?:dag|gang|uge|måned|år)\b)|og så er der\b|så er der (?:også )?\b|derudover\b|desuden\b"
    r"|en anden ting\b|another thing\b|the other (?:thing|matter)\b|secondly\b|second,|first(?:ly)?,)"
)
# A sentence that turns to another matter so plainly that it needs no announcement ("Og så noget helt andet: min mor
# får hjemmehjælp ...", "Separately, the private company ...", "Oven i det har teltfirmaet ..."): the letter is cut
# there, the sentences before it being the first matter.
_SWITCHES = re.compile(
    r"^(?:(?:og )?så (?:noget|en) helt (?:andet|anden sag)\b|(?:og )?noget helt andet\b|en anden (?:ting|sag)[:,\-–]"
    r"|oven i det\b|ud over det\b|separately,|a separate matter\b|another thing[:,\-–]|on top of that\b"
    r"|on another (?:note|matter)\b"
    # Adding another matter on the way: "Og mens jeg er i gang: bruserne har været kolde", "And while I'm at it".
    r"|(?:og )?mens (?:jeg|vi) (?:nu )?er i ?gang\b|(?:and )?while (?:i'm|i am|we're|we are) at it\b"
    # What the letter is really about comes after: "Men det er faktisk ikke derfor jeg skriver.", "But that's not why
    # I'm writing."
    r"|men det er (?:faktisk |egentlig )?ikke derfor (?:jeg|vi) skriver\b"
    r"|but (?:that's|that is) not (?:why|what) (?:i'm|i am|we're|we are) writing\b"
    # A note of a call or a visit that adds another matter: "Mor nævner også, at hun selv er ansat ...", "Borger
    # oplyser også, at ...", "The caller also mentions that ...".
    r"|(?:\w+ ){0,2}(?:nævner|fortæller|oplyser) også,? at\b|(?:\w+ ){0,2}also mentions\b)"
)
# Every announcement holds one of these: a cheap test before the regular expression (most letters have none).
_ANNOUNCING_WORDS = ("ting", "forhold", "sager", "klager", "klagepunkt", "problemer", "emner", "spørgsmål", "things",
                     "matters", "issues", "complaints", "problems", "questions", "første", "first", "1.", "1)")
MIN_WORDS = 4  # a matter holds at least one sentence of this many words


def matters_split(normalised: str) -> list[str]:
    """The matters of a henvendelse (normalised text), each opened by the letter's context; [] for one."""
    if not any(word in normalised for word in _ANNOUNCING_WORDS) or not _ANNOUNCES.search(normalised):
        return _switched(normalised)
    context: list[str] = []
    matters: list[list[str]] = []
    announced = False
    for sentence in _numbered_apart(sentences(normalised)):
        if _STARTS_A_MATTER.match(sentence) or (announced and not matters):
            matters.append([sentence])
        elif matters:
            matters[-1].append(sentence)
        else:
            context.append(sentence)
            announced = bool(_ANNOUNCES.search(sentence))
    matters = [part for part in matters if any(len(sentence.split()) >= MIN_WORDS for sentence in part)]
    if len(matters) < 2:
        return []
    return [" ".join([*context, *part]) for part in matters]


# A number that opens a matter inside a sentence ("2 ting: 1) kan I forklare afslaget 2) medarbejderen smækkede røret
# på"), a letter written without full stops.
_INLINE_NUMBER = re.compile(r"\s(?=[1-9]\) )")


def _numbered_apart(found: list[str]) -> list[str]:
    """The sentences, each one that numbers its matters inline ("1) ... 2) ...", both in it) cut before each number."""
    if not any("1) " in sentence and "2) " in sentence for sentence in found):
        return found
    cut: list[str] = []
    for sentence in found:
        first, second = sentence.find("1) "), sentence.find("2) ")
        if 0 <= first < second:
            cut += [part.strip() for part in _INLINE_NUMBER.split(sentence) if part.strip()]
        else:
            cut.append(sentence)
    return cut


def _switched(normalised: str) -> list[str]:
    """A letter that announces nothing but turns plainly to another matter (``_SWITCHES``): the part before each turn
    and the part from it; [] when it has no such turn, or a part without words."""
    parts: list[list[str]] = [[]]
    for sentence in sentences(normalised):
        if _SWITCHES.match(sentence) and parts[-1]:
            parts.append([sentence])
        else:
            parts[-1].append(sentence)
    parts = [part for part in parts if any(len(sentence.split()) >= MIN_WORDS for sentence in part)]
    if len(parts) < 2:
        return []
    return [" ".join(part) for part in parts]
