"""Letters with two matters, one in scope and one not (issue 12): each matter gets its own verdict, and the
letter gets the in-scope one with the exclusion and the body noted (contract rule 4). Through the command,
the public guide and the staff inbox."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from borgerraad.triage.matters import matters_split
from borgerraad.triage.text import normalise
from tests.triage.test_guide import walk

# A decision to appeal and a practical task done badly, in one letter.
DECISION_AND_HOME_CARE = (
    "Jeg har to ting. Jobcentret har givet mig afslag på kontanthjælp, og det vil jeg have lavet om. "
    "Derudover kommer hjemmehjælpen til min mor altid en time for sent."
)
# A political closure and a staff member's behaviour, in one letter.
CLOSURE_AND_BEHAVIOUR = (
    "Jeg har to ting. Politikerne har besluttet at lukke vores lokale bibliotek, og det er helt forkert. "
    "Den anden ting er, at en medarbejder på biblioteket råbte ad mig og smed røret på, da jeg ringede."
)


@pytest.mark.parametrize(("text", "count"), [
    (DECISION_AND_HOME_CARE, 2),
    ("To ting om parkering. 1) Prisen er sat op. 2) Et forslag: send et link i mailen.", 2),
    # One matter: no announcement of several, however long.
    ("Jobcentret har givet mig afslag. Derudover har de ikke svaret på mine breve i seks uger.", 0),
    # "Den anden dag" is a time, not a second matter.
    ("Jeg har to spørgsmål om min sag. Den anden dag ringede jeg, men ingen tog telefonen.", 0),
], ids=["announced", "numbered", "not-announced", "den-anden-dag"])
def test_a_letter_is_split_only_where_it_says_it_holds_several_matters(text, count):
    assert len(matters_split(normalise(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("Min leder i hjemmeplejen har givet mig en advarsel, og det vil jeg klage over. Og så noget helt andet: min mor "
     "får hjemmehjælp fra et andet team, og de har glemt hendes morgenmad tre gange.", 2),
    ("Our landlord will not fix the heating in the flat. Separately, the parking office has not answered my two "
     "emails about the resident permit.", 2),
    # "Derudover" inside one matter, with nothing announced: no cut.
    ("Jobcentret har givet mig afslag. Derudover har de ikke svaret på mine breve i seks uger.", 0),
    ("Min kontrakt i børnehaven bliver ikke forlænget, og det er uretfærdigt. Men det er faktisk ikke derfor jeg "
     "skriver. Min søns vuggestue har lukket kl. 14 fem gange siden oktober.", 2),
    ("Telefonnotat: Mor til dreng i vuggestue, som gentagne gange lukker tidligt. Mor nævner også, at hun selv er "
     "ansat i en af kommunens børnehaver og ikke får sin kontrakt forlænget.", 2),
], ids=["noget-helt-andet", "separately", "derudover-alone", "ikke-derfor-jeg-skriver", "naevner-ogsaa"])
def test_a_letter_that_turns_plainly_to_another_matter_is_split_there(text, count):
    """No announcement, but a sentence that plainly opens another matter: the part before it and the part from it."""
    assert len(matters_split(normalise(text))) == count


@pytest.mark.django_db
def test_a_call_note_that_also_mentions_the_callers_own_job_keeps_the_daycare_matter():
    text = ("Telefonnotat: Mor til dreng på 2 år i vuggestue i Nordhavn. Vuggestuen har siden oktober gentagne gange "
            "lukket tidligt pga. personalemangel. Mor har taget det op med lederen flere gange uden at det har ændret "
            "noget. Mor nævner også at hun selv er ansat i en af kommunens børnehaver, og at hendes kontrakt ikke "
            "bliver forlænget trods løfter – det vil hun også gerne klage over.")
    out = io.StringIO()
    call_command("triage", stdin=io.StringIO(json.dumps({"id": "x", "text": text}) + "\n"), stdout=out)
    answer = json.loads(out.getvalue())
    assert answer["verdict"] == "in_scope" and answer["exclusions"] == ["ansaettelse"]
    assert "praktisk_opgave" in answer["grounds"]


@pytest.mark.django_db
def test_employment_and_a_relatives_home_care_in_one_letter_keeps_the_home_care():
    """The writer's own employment is out of scope; the mother's home care is a matter of its own (rule 4)."""
    text = ("Jeg arbejder selv i hjemmeplejen, og min leder har givet mig en advarsel uden grund. Det vil jeg klage "
            "over. Og så noget helt andet: min mor på 88 får hjemmehjælp fra et andet team, og de har glemt at give "
            "hende morgenmad flere gange. Det har jeg ikke sagt til dem endnu.")
    out = io.StringIO()
    call_command("triage", stdin=io.StringIO(json.dumps({"id": "x", "text": text}) + "\n"), stdout=out)
    answer = json.loads(out.getvalue())
    assert answer["verdict"] == "contact_unit_first" and "ansaettelse" in answer["exclusions"]
    assert "praktisk_opgave" in answer["grounds"]


@pytest.mark.django_db
def test_the_command_gives_each_matter_its_verdict_and_the_letter_the_in_scope_one():
    out = io.StringIO()
    lines = [json.dumps({"id": "m1", "text": CLOSURE_AND_BEHAVIOUR}),
             json.dumps({"id": "m2", "text": DECISION_AND_HOME_CARE}),
             json.dumps({"id": "one", "text": "Hjemmehjælpen kommer altid for sent."})]
    call_command("triage", stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    closure, decision, one = (json.loads(line) for line in out.getvalue().splitlines())
    assert [matter["verdict"] for matter in closure["matters"]] == ["out_of_scope", "in_scope"]
    assert closure["matters"][0]["exclusions"] == ["politisk"] and closure["matters"][1]["grounds"] == ["adfaerd"]
    assert closure["verdict"] == "in_scope" and closure["exclusions"] == ["politisk"]
    assert [matter["verdict"] for matter in decision["matters"]] == ["out_of_scope", "in_scope"]
    assert decision["verdict"] == "in_scope" and "praktisk_opgave" in decision["grounds"]
    assert decision["exclusions"] == ["afgoerelse"] and decision["refer_to"] == ["ankestyrelsen"]
    assert "matters" not in one


@pytest.mark.django_db
def test_the_guide_says_what_we_can_help_with_and_where_the_other_part_goes(client):
    html = walk(client, about_municipality="yes", topic="andet", contacted_unit="yes_no_answer",
                already_with="no", description=DECISION_AND_HOME_CARE)
    assert "Du kan klage to steder" in html
    assert "Din henvendelse handler om flere ting" in html
    assert "Den del kan du klage over hos Ankestyrelsen" in html
    assert "Borgerrådgiveren kan hjælpe med måden en praktisk opgave er udført på" in html
    assert "Du kan i stedet henvende dig til" not in html and "Her kan du klage i stedet" not in html
