"""The ground codes have one home, the triage engine's (``triage.rules``): the grounds staff choose
on a klagepunkt and the topics the citizen picks in the guide are the engine's codes, so a point
the engine suggests always has its ground in the staff form and a topic is never silently ignored."""

from __future__ import annotations

from borgerraad.cases.models import Ground
from borgerraad.triage.guide import TOPICS
from borgerraad.triage.rules import GROUNDS, TOPIC_EXCLUSIONS

# Not the engine's: staff record a point outside the office's competence as a ground of its own.
STAFF_ONLY = {Ground.UDEN_FOR_KOMPETENCE}


def test_the_grounds_staff_choose_are_the_engines():
    assert set(Ground.values) - STAFF_ONLY == set(GROUNDS)


def test_every_topic_of_the_guide_is_a_ground_or_a_topic_the_engine_excludes():
    unknown = {code for code, *_ in TOPICS} - set(GROUNDS) - set(TOPIC_EXCLUSIONS) - {"andet"}
    assert not unknown


def test_staff_read_a_grounds_label_and_an_unknown_code_as_it_is():
    assert Ground.label_of("adfaerd") == "Personalets adfærd"
    assert Ground.label_of("gammel_kode") == "gammel_kode"
