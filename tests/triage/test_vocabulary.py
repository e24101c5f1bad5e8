"""The synonym classes of ``triage/vocabulary.py``: each enters with two examples in different wording,
and each example is matched by its class (so the list beside it is honest)."""

from __future__ import annotations

import pytest

from borgerraad.triage import vocabulary

ENTRIES = {entry.name: entry for entry in vocabulary.CLASSES + vocabulary.CONCEPTS}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_every_entry_has_two_different_examples_that_it_matches(name):
    entry = ENTRIES[name]
    assert len(set(entry.examples)) >= 2, name
    for example in entry.examples:
        assert entry.find(example.lower()), (name, example)


@pytest.mark.parametrize(("text", "found"), [
    ("Jeg er ikke uenig i afslaget.", []),  # negated
    ("Jeg ønsker ikke at få afgørelsen ændret, jeg vil bare forstå den.", []),  # the wish negated
    ("Der stod intet om, hvordan han kan klage.", []),  # missing guidance, not a question
    ("Min datter skreg af smerte hos tandlægen.", []),  # a scream is no behaviour of staff
])
def test_what_the_classes_do_not_take(text, found):
    text = text.lower()
    hits = (vocabulary.DISAGREE.find(text) + vocabulary.change_wish_in(text) + vocabulary.COMPLAINT_QUESTION.find(text)
            + vocabulary.DEMEANING.find(text))
    assert hits == found


@pytest.mark.parametrize(("text", "expected"), [
    ("Har ikke selv kontaktet kommunen.", True),  # dropped subject, "selv"
    ("Moren har ikke selv kontaktet Børn og Unge.", True),  # a relative as subject, "selv"
    ("Jeg har ærligt talt ikke fået skrevet til parkafdelingen endnu.", True),
    ("I have not contacted International House since the appointment.", True),
    ("Neither he nor I have told the meal service about any of this yet.", True),  # "neither ... nor"
    ("i havent complained to them yet, dont know if it helps", True),  # no apostrophe
    ("We haven't told the school yet.", True),
    ("Vi har hverken sagt det til hende eller til dagplejepædagogen.", True),  # "hverken ... eller"
    ("I haven't said anything to the jobcentre, but it hurts.", True),
    ("They haven't said anything to me about the decision.", False),  # the unit's silence
    ("Borger oplyser udtrykkeligt at han ikke har klaget til Borgerservice.", True),  # a staff note, a clause
    ("He has not said anything to the shelter's management.", True),
    ("Hun har ikke ringet til ham.", False),  # the unit has not called him
    ("Jeg vil ikke klage over afgørelsen, men over ventetiden.", False),  # names what is complained of
    ("Sagsbehandleren har ikke ringet mig tilbage.", False),  # the unit's silence
    ("Hun har ikke skrevet til os endnu.", False),  # the unit has not written to us
    ("Har ikke meldt det nogen steder endnu.", True),  # reporting it
    ("Jeg har ikke brokket mig til dem.", True),  # reflexive: "mig" is no object
    ("Jeg har ikke givet dem besked.", True),  # letting them know
    ("We haven't let the school know.", True),
    ("Jeg valgte ikke at klage til dem.", True),  # a choice told in the past
    ("My mother hasn't complained to them.", True),  # a relative as subject, in English
    ("Jeg er ikke gået tilbage og har ikke klaget til dem.", True),  # the first clause's subject goes on
    ("Hun lovede at ringe og har ikke ringet.", False),  # a promise not kept: the unit's silence
    ("Ingen har ringet.", False),  # nobody from the unit
    ("Medarbejderen er udeblevet, og ingen har givet besked.", False),
    ("Han er tre år og kan ikke selv sige fra.", False),  # ability, not what was done
    ("I didn't report my income from the side job.", False),  # reporting income is no contact
    ("Hun har ikke selv fulgt op over for forvaltningen endnu.", True),  # following it up with someone
    ("Jeg har ikke fulgt op på det hos dem.", True),
    ("Hun har ikke fulgt op på aftalen.", False),  # the unit's own follow-up, with no one
    ("Har ikke haft fat i Parkering Kbh endnu.", True),  # been in touch
    ("De har endnu ikke rejst problemet over for aflastningsstedet.", True),  # raising it: only the citizen's side
    ("De har ikke taget det op med skolens leder.", True),
    ("De har ikke ringet.", False),  # a plain "de" with a verb the unit also uses
    ("Ejeren har ikke taget det op med herbergets ledelse.", True),  # a client, owner or member told by the role
    ("The client has not complained to the job centre.", True),
])
def test_not_yet_contacted_needs_the_citizen_as_subject(text, expected):
    assert bool(vocabulary.not_yet_contacted_in(text.lower())) is expected
