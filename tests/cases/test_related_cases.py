"""Related cases through HTTP: the citizen's earlier henvendelser found by CPR number (its keyed
hash; the number itself is encrypted), by e-mail and by name and address; only cases the user may
see; linking; merging a duplicate into its original with nothing deleted; a merge into itself or
of a case already being worked on refused. Key rotation keeps the look-up working."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from borgerraad.cases.models import CaseMerge, CaseStatus, HenvendelseLink, StatusChange
from borgerraad.cases.selectors import deadlines_overdue, inbox_list
from borgerraad.cases.services import case_assign, case_transition, visitation_record
from borgerraad.cases.workflow import TransitionNotAllowed
from borgerraad.intake.models import Henvendelse
from borgerraad.privacy import crypto
from tests.accounts.helpers import login_verified
from tests.intake.factories import make_henvendelse

from .conftest import make_case, point

pytestmark = pytest.mark.django_db

CPR = "120483-1234"


def _related(client, case) -> str:
    response = client.get(reverse("cases:related", args=[case.reference]))
    assert response.status_code == 200
    return response.content.decode()


def test_earlier_henvendelser_are_found_by_cpr_email_and_name_with_address(client, rasmus):
    case = make_case(by=rasmus, cpr=CPR, email="bo@example.dk", address="Søndergade 7")
    by_cpr = make_henvendelse(name="B. Hansen", email="", cpr=CPR)
    by_email = make_henvendelse(name="Bo H.", email="BO@example.dk")
    by_address = make_henvendelse(name="bo hansen", email="", address="søndergade 7")
    stranger = make_henvendelse(name="Anne Andersen", email="anne@example.dk", cpr="010190-4321")
    login_verified(client, rasmus)
    page = _related(client, case)
    assert by_cpr.reference in page and "samme CPR-nummer" in page
    assert by_email.reference in page and "samme e-mail" in page
    assert by_address.reference in page and "samme navn og adresse" in page
    assert stranger.reference not in page
    assert CPR not in page


def test_a_restricted_case_of_another_advisor_is_not_listed(client, rasmus, rikke, lene):
    case = make_case(by=rasmus, cpr=CPR)
    secret = make_case(by=rikke, cpr=CPR, name="Hemmelig")
    case_assign(case=secret, assigned_to=rikke, by=lene, restricted=True)
    login_verified(client, rasmus)
    assert secret.reference not in _related(client, case)
    login_verified(client, lene)
    assert secret.reference in _related(client, case)


def test_a_related_henvendelse_is_linked_once_and_shown_on_both_cases(client, rasmus):
    case = make_case(by=rasmus, cpr=CPR)
    other = make_case(by=rasmus, cpr=CPR, description="En anden klage om noget andet.")
    login_verified(client, rasmus)
    url = reverse("cases:link", args=[case.reference])
    response = client.post(url, {"knyt-reference": other.reference.lower()}, follow=True)
    assert f"{other.reference} er knyttet til sagen som relateret." in response.content.decode()
    client.post(url, {"knyt-reference": other.reference})
    assert HenvendelseLink.objects.count() == 1
    assert "Knyttet til sagen" in _related(client, other)

    page = client.post(url, {"knyt-reference": case.reference}).content.decode()
    assert "En henvendelse kan ikke knyttes til sig selv." in page
    page = client.post(url, {"knyt-reference": "BR-1999-99999"}).content.decode()
    assert "Der er ingen henvendelse BR-1999-99999, du har adgang til." in page
    assert 'value="BR-1999-99999"' in page


def test_a_duplicate_is_merged_into_its_original_and_nothing_is_deleted(client, rasmus):
    original = make_case(by=rasmus, cpr=CPR)
    visitation_record(case=original, points=[point()], by=rasmus)
    duplicate = make_henvendelse(cpr=CPR)  # the same complaint again by the web form: no case yet
    login_verified(client, rasmus)
    assert any(item.henvendelse == duplicate for item in inbox_list(user=rasmus))

    response = client.post(reverse("cases:merge", args=[original.reference]),
                           {"dublet-reference": duplicate.reference, "dublet-reason": "Sendt to gange."}, follow=True)
    assert "er lagt sammen med denne sag som dublet. Intet er slettet." in response.content.decode()
    merge = CaseMerge.objects.get()
    assert (merge.original, merge.duplicate.henvendelse, merge.reason) == (original, duplicate, "Sendt to gange.")
    assert merge.duplicate.status == CaseStatus.SAMMENLAGT
    assert StatusChange.objects.filter(case=merge.duplicate, to_status=CaseStatus.SAMMENLAGT).exists()
    assert Henvendelse.objects.filter(pk=duplicate.pk).exists()
    assert not any(item.henvendelse == duplicate for item in inbox_list(user=rasmus))
    assert all(item.case != merge.duplicate for item in deadlines_overdue(user=rasmus))
    page = _related(client, merge.duplicate)
    assert f"lagt sammen med {original.reference}" in page
    assert "Dublet lagt sammen med denne sag" in _related(client, original)


def test_a_merge_into_itself_of_a_visited_case_or_through_the_status_form_is_refused(client, rasmus):
    original = make_case(by=rasmus, cpr=CPR)
    visited = make_case(by=rasmus, cpr=CPR)
    visitation_record(case=visited, points=[point()], by=rasmus)
    fresh = make_case(by=rasmus, cpr=CPR)
    login_verified(client, rasmus)
    url = reverse("cases:merge", args=[original.reference])
    page = client.post(url, {"dublet-reference": original.reference}).content.decode()
    assert "En sag kan ikke lægges sammen med sig selv." in page
    page = client.post(url, {"dublet-reference": visited.reference}).content.decode()
    assert "kan ikke lægges sammen. Knyt den til sagen som relateret i stedet." in page
    page = client.post(reverse("cases:transition", args=[fresh.reference]),
                       {"to_status": "sammenlagt"}).content.decode()
    assert "Der er et problem" in page
    with pytest.raises(TransitionNotAllowed, match="kan ikke gå fra"):
        case_transition(case=fresh, to_status=CaseStatus.SAMMENLAGT, by=rasmus)
    assert not CaseMerge.objects.exists()
    fresh.refresh_from_db()
    assert fresh.status == CaseStatus.MODTAGET


def test_the_sekretaer_sees_no_related_page_and_cannot_link(client, rasmus, sanne):
    case = make_case(by=rasmus, cpr=CPR)
    other = make_case(by=rasmus, cpr=CPR)
    login_verified(client, sanne)
    assert client.get(reverse("cases:related", args=[case.reference])).status_code == 403
    assert client.post(reverse("cases:link", args=[case.reference]),
                       {"knyt-reference": other.reference}).status_code == 403
    assert client.post(reverse("cases:merge", args=[case.reference]),
                       {"dublet-reference": other.reference}).status_code == 403
    assert not HenvendelseLink.objects.exists()


def test_key_rotation_keeps_finding_the_citizen_and_rewrites_the_hashes(client, settings, rasmus):
    case = make_case(by=rasmus, cpr=CPR)
    earlier = make_henvendelse(cpr=CPR, email="", name="Anden")
    old_hash = Henvendelse.objects.get(pk=earlier.pk).cpr_hash
    settings.FIELD_ENCRYPTION_KEYS = [crypto.generate_key(), *settings.FIELD_ENCRYPTION_KEYS]
    login_verified(client, rasmus)
    assert earlier.reference in _related(client, case)  # still hashed under the old key: found by it
    call_command("rotate_field_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    new_hash = Henvendelse.objects.get(pk=earlier.pk).cpr_hash
    assert new_hash != old_hash and new_hash == crypto.keyed_hash("1204831234")
    settings.FIELD_ENCRYPTION_KEYS = settings.FIELD_ENCRYPTION_KEYS[:1]
    assert earlier.reference in _related(client, case)


def test_the_migration_backfills_the_hash_of_existing_henvendelser(db):
    henvendelse = make_henvendelse(cpr=CPR)
    Henvendelse.objects.filter(pk=henvendelse.pk).update(cpr_hash="")
    migration = importlib.import_module(
        "borgerraad.intake.migrations.0009_henvendelse_cpr_hash_corrections_related_indexes")
    migration.backfill_cpr_hash(apps, None)
    assert Henvendelse.objects.get(pk=henvendelse.pk).cpr_hash == crypto.keyed_hash("1204831234")
