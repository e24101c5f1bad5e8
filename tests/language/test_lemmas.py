"""borgerraad.language.lemmas: Danish words to their dictionary forms (docs/adr/0007-danish-lemmatiser.md).

The examples are rows of the benchmark's hand-written gold list (bench/data/danish_lemma_gold.tsv):
the inflections complaints are written in, irregular verbs and nouns, definite plurals and compounds.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from borgerraad.language.lemmas import lemma, lemmas, words

GOLD = [
    # nouns: definite, plural, definite plural, genitive
    ("afgørelsen", "afgørelse"), ("afgørelser", "afgørelse"), ("afgørelserne", "afgørelse"),
    ("afgørelsernes", "afgørelse"), ("ansøgningen", "ansøgning"), ("ansøgningerne", "ansøgning"),
    ("sagsbehandleren", "sagsbehandler"), ("sagsbehandlerne", "sagsbehandler"), ("kommunens", "kommune"),
    ("bevillingerne", "bevilling"), ("fristerne", "frist"), ("brevene", "brev"), ("påbuddet", "påbud"),
    ("plejehjemmet", "plejehjem"), ("hjælpemidlerne", "hjælpemiddel"), ("ydelserne", "ydelse"),
    # irregular nouns
    ("børnene", "barn"), ("børn", "barn"), ("døtre", "datter"), ("mødre", "mor"), ("mænd", "mand"),
    # verbs: present, past, participle, passive
    ("søgte", "søge"), ("søgt", "søge"), ("ansøgt", "ansøge"), ("nægter", "nægte"), ("nægtede", "nægte"),
    ("nægtet", "nægte"), ("nægtes", "nægte"), ("bevilget", "bevilge"), ("bevilgede", "bevilge"),
    ("afvist", "afvise"), ("vurderet", "vurdere"),
    # strong and irregular verbs
    ("frataget", "fratage"), ("fratog", "fratage"), ("gik", "gå"), ("gået", "gå"), ("fik", "få"),
    ("sagde", "sige"), ("skrev", "skrive"), ("truffet", "træffe"), ("trak", "trække"), ("hjulpet", "hjælpe"),
    ("var", "være"), ("er", "være"), ("blev", "blive"), ("havde", "have"), ("gjorde", "gøre"),
    # compounds
    ("hjemmehjælpen", "hjemmehjælp"), ("vuggestuepladser", "vuggestueplads"),
    ("lægeerklæringen", "lægeerklæring"), ("parkeringsafgiften", "parkeringsafgift"),
    ("sagsbehandlingstiden", "sagsbehandlingstid"), ("kontanthjælpsmodtageren", "kontanthjælpsmodtager"),
    ("borgerrådgiveren", "borgerrådgiver"),
    # adjectives, comparison included
    ("urimelige", "urimelig"), ("gamle", "gammel"), ("ældre", "gammel"), ("bedre", "god"), ("større", "stor"),
]


@pytest.mark.parametrize(("form", "expected"), GOLD, ids=[form for form, _ in GOLD])
def test_lemma_of_gold_forms(form, expected):
    assert lemma(form) == expected


def test_all_forms_of_a_word_share_one_lemma_and_unrelated_words_do_not():
    # The Snowball stemmer, the engine's today, gives the forms of "gå" four keys (gå, går, gik, gået)
    # and "loven" (the law) and "lovet" (promised) one.
    assert {lemma(form) for form in ("afgørelse", "afgørelsen", "afgørelser", "afgørelserne")} == {"afgørelse"}
    assert {lemma(form) for form in ("gå", "går", "gik", "gået")} == {"gå"}
    assert lemma("loven") != lemma("lovet")
    assert lemma("lægen") != lemma("lægger")


def test_case_is_ignored():
    assert lemma("Afgørelsen") == lemma("AFGØRELSEN") == "afgørelse"


def test_unknown_words_come_back_as_they_were_in_lower_case():
    assert lemma("Xqzvbnt") == "xqzvbnt"
    assert lemma("2024") == "2024"
    assert lemma("") == ""


def test_lemmas_of_a_sentence_follow_the_triage_engines_words():
    text = "Kære Borgerrådgiver! Jobcentret nægtede min P-afgift-klage i 2024 – social- og sundhedsassistenten gik."
    assert words(text) == ["kære", "borgerrådgiver", "jobcentret", "nægtede", "min", "p-afgift-klage", "i", "2024",
                           "social", "og", "sundhedsassistenten", "gik"]
    found = lemmas(text)
    assert found[3] == "nægte" and found[-1] == "gå" and found[-2] == "sundhedsassistent"
    assert len(found) == len(words(text))


def test_each_word_is_looked_up_once():
    lemma.cache_clear()
    lemmas("Afgørelsen afgørelsen afgørelsen")
    info = lemma.cache_info()
    assert (info.misses, info.hits) == (1, 2)


def test_works_offline_without_downloading_anything(tmp_path: Path):
    # The word list ships inside the package: a fresh interpreter whose sockets all fail still lemmatises.
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from borgerraad.language.lemmas import lemmas\n"
        "print(' '.join(lemmas('Børnene gik til afgørelserne')))\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["barn", "gå", "til", "afgørelse"]


@pytest.mark.parametrize(("form", "expected"), [
    ("borger", "borger"), ("forælder", "forælder"), ("rykket", "rykke"),
    ("centret", "center"), ("jobcentret", "jobcenter"), ("jobcenteret", "jobcenter"), ("jobcentre", "jobcenter"),
    ("jobcentrene", "jobcenter"), ("jobcentrets", "jobcenter"), ("borgercentret", "borgercenter"),
    ("genoptræningscentret", "genoptræningscenter"),
], ids=["borger", "foraelder", "rykket", "centret", "jobcentret", "jobcenteret", "jobcentre", "jobcentrene",
        "jobcentrets", "borgercentret", "genoptraeningscentret"])
def test_frequent_forms_the_word_list_reads_the_rare_way(form, expected):
    # The word list says "borge" (to vouch), "ryk" (a jerk) and "centrum"/"jobcentre"; complaints mean these.
    assert lemma(form) == expected
    assert lemma(form) == lemma(expected)


def test_words_that_only_look_like_center_forms_are_left_to_the_word_list():
    assert lemma("procenter") == "procent"
    assert lemma("koncentrere") == "koncentrere"


def test_the_low_memory_word_list_gives_the_same_lemmas_as_the_full_one(tmp_path: Path):
    # BORGERRAAD_LEMMAS_LOW_MEMORY only trades speed for memory: on every word of the labelled triage cases
    # (Danish, English, names, misspellings) both forms of simplemma's list answer alike, and the setting is read.
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from borgerraad.language import lemmas\n"
        "found = set()\n"
        "for path in sorted(Path('tests/triage').rglob('*.jsonl')):\n"
        "    for line in path.read_text(encoding='utf-8').splitlines():\n"
        "        found.update(lemmas.words(json.loads(line)['text']))\n"
        "print(json.dumps({'low_memory': lemmas.LOW_MEMORY, 'lemmas': {w: lemmas.lemma(w) for w in sorted(found)}}))\n"
    )
    answers = {}
    for setting in ("true", "false"):
        env = {**os.environ, "BORGERRAAD_LEMMAS_LOW_MEMORY": setting}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                              cwd=Path(__file__).resolve().parents[2])
        assert done.returncode == 0, done.stderr
        answers[setting] = json.loads(done.stdout)
    assert answers["true"]["low_memory"] is True and answers["false"]["low_memory"] is False
    assert len(answers["true"]["lemmas"]) > 5000
    differ = {w for w, base in answers["true"]["lemmas"].items() if answers["false"]["lemmas"][w] != base}
    assert not differ


@pytest.mark.parametrize(("value", "expected"), [(None, False), ("", False), ("true", True), (" ON ", True),
                                                 ("0", False), ("no", False)])
def test_the_low_memory_setting_reads_like_every_boolean_setting(value, expected):
    from borgerraad.language.lemmas import _low_memory

    assert _low_memory(value) is expected


def test_a_malformed_low_memory_setting_is_named():
    from borgerraad.language.lemmas import _low_memory

    with pytest.raises(ValueError, match="BORGERRAAD_LEMMAS_LOW_MEMORY must be true or false"):
        _low_memory("maybe")
