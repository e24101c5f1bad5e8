"""Migration core 0012: an install from before gets Den Uafhængige Politiklagemyndighed as a complaint body
and as the police's conduct body; a row of that code made in the admin keeps its texts. ``load_defaults``
keeps a link cleared in the admin unless ``--overwrite``."""

from __future__ import annotations

import pytest
from django.db import connection

from borgerraad.core import defaults
from borgerraad.core.models import ComplaintBody
from borgerraad.core.services import configuration_load_defaults
from tests.migrations import migrate_to, migrate_to_latest

BEFORE = ("core", "0010_letterhead_logo_random_name")
AUTHORITY = defaults.CONDUCT_BODIES[0]


def _before(sql: str, params: list) -> None:
    try:
        migrate_to(BEFORE)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    finally:
        migrate_to_latest()


@pytest.mark.django_db(transaction=True)
def test_an_install_without_the_authority_gets_it_and_the_police_point_to_it():
    _before("DELETE FROM core_complaintbody WHERE code = %s", [AUTHORITY["code"]])
    authority = ComplaintBody.objects.get(code="politiklagemyndigheden")
    assert authority.name == "Den Uafhængige Politiklagemyndighed"
    assert authority.url == "https://politiklagemyndigheden.dk"
    assert authority.deadline.startswith("6 måneder fra hændelsen") and authority.deadline_en.startswith("6 months")
    assert authority.how_to_complain_en == AUTHORITY["how_to_complain_en"]
    assert ComplaintBody.objects.get(code="politiet").conduct_body == authority


@pytest.mark.django_db(transaction=True)
def test_a_row_made_in_the_admin_keeps_its_texts_and_gets_only_the_empty_ones():
    _before("UPDATE core_complaintbody SET name = %s, name_en = '' WHERE code = %s",
            ["Politiklagemyndigheden (vores navn)", AUTHORITY["code"]])
    authority = ComplaintBody.objects.get(code="politiklagemyndigheden")
    assert authority.name == "Politiklagemyndigheden (vores navn)"
    assert authority.name_en == AUTHORITY["name_en"]
    assert ComplaintBody.objects.get(code="politiet").conduct_body == authority


@pytest.mark.django_db
def test_load_defaults_keeps_a_cleared_link_and_overwrite_sets_it_again():
    ComplaintBody.objects.filter(code="politiet").update(conduct_body=None)
    configuration_load_defaults()
    assert ComplaintBody.objects.get(code="politiet").conduct_body is None
    configuration_load_defaults(overwrite=True)
    assert ComplaintBody.objects.get(code="politiet").conduct_body.code == "politiklagemyndigheden"
