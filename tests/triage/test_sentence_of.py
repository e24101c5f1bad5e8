"""Written for speed, the same results: ``vocabulary.Sentence.of`` as first written."""

from __future__ import annotations

from pathlib import Path

from borgerraad.language.lemmas import lemma, words
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

