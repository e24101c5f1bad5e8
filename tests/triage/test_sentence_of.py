"""Written for speed, the same results: ``vocabulary.Sentence.of`` and ``text._SENTENCE_END`` as first written."""

from __future__ import annotations

import re
from pathlib import Path

from borgerraad.language.lemmas import lemma, words
from borgerraad.triage import text as text_module
from borgerraad.triage.text import normalise, sentences
from borgerraad.triage.vocabulary import Sentence
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load

HERE = Path(__file__).resolve().parent
LABELLED = [DEV_CASES, EXTRA_CASES, *sorted((HERE / "train").glob("*.jsonl")),
            *sorted((HERE / "paraphrase").glob("*.jsonl"))]


def plain(text: str) -> Sentence:
    """The definition, as ``Sentence.of`` was first written."""
    written = tuple(words(text))
    lemmas = tuple(lemma(word) for word in written)
    index: dict[str, list[int]] = {}
    for position, (word, base) in enumerate(zip(written, lemmas, strict=True)):
        index.setdefault(word, []).append(position)
        if base != word:
            index.setdefault(base, []).append(position)
    return Sentence(written, lemmas, frozenset(index), {key: tuple(value) for key, value in index.items()}, text)


def test_the_same_sentence_as_the_plain_construction_on_every_labelled_text():
    count = 0
    for path in LABELLED:
        for case in load(path):
            for text in [*sentences(normalise(case["text"])), case["text"]]:
                fast, slow = Sentence.of(text), plain(text)
                assert fast == slow and vars(fast) == vars(slow), text
                assert list(fast.index) == list(slow.index)  # the same order of the words, too
                count += 1
    for text in ["", "Afslag afslag AFSLAGET", "jeg fik afslag, og afslaget kom", "p-bøde p-bøder 10 10"]:
        assert vars(Sentence.of(text)) == vars(plain(text))
    assert count > 10000


# ``text._SENTENCE_END`` as first written: every sentence end begins with a blank; the engine's form takes it first.
SENTENCE_END_PLAIN = re.compile(
    r"(?<=[.!?])(?<!\bkr\.)(?<!\bnr\.)(?<!\bca\.)(?<!\bfx\.)(?<!\bkl\.)(?<!\bjf\.)(?<!\btlf\.)(?<!\bevt\.)"
    r"(?<!\bstk\.)(?<!\bbl\.a\.)(?<!\bf\.eks\.)(?<!\bpr\.)(?<!^\d\.)(?<!\n\d\.)(?<!^\d\d\.)(?<!\n\d\d\.)"
    r"(?!(?<=\d\.)\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|uge|dag|klasse|sal|gang|time|måned|kvartal|"
    r"halvår|semester|etage|plads|år\b))\s+|\n+|(?<=[:;])\s+(?=[a-zæøå])|\s+-{2,}\s+"
)
SENTENCE_EDGES = [
    "a. b", "kr. 5", "ca.  5 kr.\n\nnr. 3", "1. oktober", "den 2. jan", "12.  marts", "3.\tokt", "jeg. \n\n  -- x",
    "a:  b", "a: B", "a;\tc", "x --- y", "x--y", "a\n\nb", "f.eks. x", "bl.a. y", "\n1. punkt\n12. punkt", "1. punkt",
    "12. punkt", "tlf. 33 33", "hvad? nej! jo.", " . ", "", "\n", "slut.\u00a0ny", "a.\u2003b", "hver 3. uge",
    "i 2. klasse", "på 4. sal", "den 3. gang", "i 2. år", "hun fik 3. årsagen",
]


def test_the_sentence_ends_are_those_of_the_plain_form_on_every_labelled_text():
    count = 0
    for text in [normalise(case["text"]) for path in LABELLED for case in load(path)] + SENTENCE_EDGES:
        assert text_module._SENTENCE_END.split(text) == SENTENCE_END_PLAIN.split(text), text
        spans = [m.span() for m in SENTENCE_END_PLAIN.finditer(text)]
        assert [m.span() for m in text_module._SENTENCE_END.finditer(text)] == spans, text
        count += len(spans)
    assert count > 5000


def test_an_ordinal_before_its_noun_ends_no_sentence():
    text = normalise("Hun får nu kun rengøring hver 3. uge i stedet for hver 2. uge. Han går i 2. klasse. "
                     "Det var 3. gang.")
    assert sentences(text) == ["hun får nu kun rengøring hver 3. uge i stedet for hver 2. uge.",
                               "han går i 2. klasse.", "det var 3. gang."]
