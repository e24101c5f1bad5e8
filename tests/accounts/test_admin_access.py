"""The henvendelse admin follows HenvendelsePolicy: what each role lists, opens and reads."""

import pytest

from tests.accounts.helpers import login_verified
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.django_db

LIST = "/admin/intake/henvendelse/"


@pytest.fixture
def henvendelse():
    return make_henvendelse(
        with_cpr=True, description="Hjemmeplejen kom ikke i tre uger.", desired_outcome="En undskyldning.",
    )


def test_the_sekretaer_sees_registration_fields_only(client, sune, henvendelse):
    login_verified(client, sune)
    assert henvendelse.reference in client.get(LIST).content.decode()
    page = client.get(f"{LIST}{henvendelse.pk}/change/").content.decode()
    assert henvendelse.reference in page and "Bo Hansen" in page and "bo@example.dk" in page
    assert "Hjemmeplejen" not in page and "undskyldning" not in page and "120483" not in page
    assert client.get(f"{LIST}{henvendelse.pk}/cpr/").status_code == 403


def test_the_raadgiver_reads_the_contents(client, rita, henvendelse):
    login_verified(client, rita)
    page = client.get(f"{LIST}{henvendelse.pk}/change/").content.decode()
    assert "Hjemmeplejen kom ikke i tre uger." in page and "120483-xxxx" in page


def test_the_administrator_has_no_henvendelser(client, alf, henvendelse):
    login_verified(client, alf)
    assert client.get(LIST).status_code == 403
    assert client.get(f"{LIST}{henvendelse.pk}/change/").status_code in (302, 403)
    assert client.get(f"{LIST}{henvendelse.pk}/cpr/").status_code == 403
    assert client.get("/admin/core/department/").status_code == 200  # configuration is theirs
