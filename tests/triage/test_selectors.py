"""The triage configuration comes from the admin's departments, complaint bodies and office."""

from __future__ import annotations

import pytest

from borgerraad.core.models import ComplaintBody, Department, Office
from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get


@pytest.mark.django_db
def test_a_department_added_in_the_admin_is_found_by_its_keywords():
    text = "Færgen til øen er aflyst tre gange i denne måned uden besked."
    assert triage(text, config=triage_config_get()).forvaltning is None
    Department.objects.create(code="FÆR", name="Færgeforvaltningen", email="faerge@example.dk",
                              keywords="færge\nfærgefart\nø-trafik")
    assert triage(text, config=triage_config_get()).forvaltning == "FÆR"


@pytest.mark.django_db
def test_edited_keywords_take_effect_without_restart():
    text = "Min klage handler om fontænen på torvet."
    assert triage(text, config=triage_config_get()).forvaltning is None
    department = Department.objects.get(code="TMF")
    department.keywords += "\nfontæne"
    department.save()
    assert triage(text, config=triage_config_get()).forvaltning == "TMF"


@pytest.mark.django_db
def test_inactive_rows_are_left_out():
    Department.objects.filter(code="TMF").update(active=False)
    ComplaintBody.objects.filter(code="byggeklage").update(active=False)
    config = triage_config_get()
    assert "TMF" not in config.department_names and "byggeklage" not in config.body_names


def test_falls_back_to_the_defaults_without_a_database():
    config = triage_config_get(use_database=False)
    assert set(config.department_names) == {"OKF", "KFF", "BUF", "SUF", "SOF", "TMF", "BIF"}


@pytest.mark.django_db
def test_an_office_on_the_defaults_gets_the_configuration_of_the_command_line_without_a_database():
    """The migrations load Copenhagen's defaults; the engine then answers exactly as ``borgerraad triage`` does with
    no database (one compiled configuration, in the same order on every database engine). The labelled sets are
    scored without a database on the strength of this."""
    assert triage_config_get() is triage_config_get(use_database=False)
    Department.objects.filter(code="TMF").update(keywords="fontæne")
    assert triage_config_get() is not triage_config_get(use_database=False)


# Only the council's name and a decision say "political" here: no budget, closure or politicians.
COPENHAGEN_DECISION = (
    "Borgerrepræsentationen har besluttet at indføre betaling for beboerparkering i hele byen. Det er jeg imod."
)
AARHUS_DECISION = "Rådmandsmødet i Aarhus har besluttet at indføre betaling for beboerparkering. Det er jeg imod."


@pytest.mark.django_db
def test_the_councils_name_comes_from_the_office():
    assert "politisk" in triage(COPENHAGEN_DECISION, config=triage_config_get()).exclusions
    assert "politisk" not in triage(AARHUS_DECISION, config=triage_config_get()).exclusions
    assert Office.objects.update(council_name="Rådmandsmødet i Aarhus") == 1
    assert "politisk" in triage(AARHUS_DECISION, config=triage_config_get()).exclusions
    # Copenhagen's council is no word of the lexicon: it does not carry over to another municipality.
    assert "politisk" not in triage(COPENHAGEN_DECISION, config=triage_config_get()).exclusions


def test_the_councils_name_falls_back_to_copenhagens_without_a_database():
    config = triage_config_get(use_database=False)
    assert config.council_names == ("Borgerrepræsentationen",)
    assert "politisk" in triage(COPENHAGEN_DECISION, config=config).exclusions


@pytest.mark.django_db
def test_a_conduct_body_is_not_the_engines_and_the_engine_keeps_referring_to_the_police():
    """Den Uafhængige Politiklagemyndighed is the police's conduct body: the engine never names it, even when
    the citizen writes its name; it answers ``politiet`` (the contract's code) and the guide shows the authority."""
    assert ComplaintBody.objects.get(code="politiet").conduct_body.code == "politiklagemyndigheden"
    config = triage_config_get()
    assert "politiklagemyndigheden" not in config.body_names and "politiet" in config.body_names
    result = triage("Jeg vil klage til Den Uafhængige Politiklagemyndighed over en betjent, der råbte ad mig.",
                    config=config)
    assert result.refer_to == ["politiet"]
    ComplaintBody.objects.filter(code="politiet").update(conduct_body=None)
    assert "politiklagemyndigheden" in triage_config_get().body_names  # no longer a conduct body: an ordinary one
