"""The admin is for configuration: case data (henvendelser, letters' dispatches, the audit log) is not in it.

Staff read case data on the staff pages, behind the case's policy; the admin, which knows nothing
of restriction, offers no page for it, not even to a superuser.
"""

import pytest

from tests.accounts.helpers import login_verified
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.django_db


@pytest.fixture
def henvendelse():
    return make_henvendelse(
        with_cpr=True, description="Hjemmeplejen kom ikke i tre uger.", desired_outcome="En undskyldning.",
    )


@pytest.mark.parametrize("who", ["rita", "lene", "sune", "admin_user"])
def test_no_admin_page_shows_a_henvendelse(client, request, henvendelse, who):
    user = request.getfixturevalue(who)
    user.is_staff = True
    user.save()
    login_verified(client, user)
    for url in ("/admin/intake/henvendelse/", f"/admin/intake/henvendelse/{henvendelse.pk}/change/",
                f"/admin/intake/henvendelse/{henvendelse.pk}/cpr/", "/admin/intake/attachment/",
                "/admin/letters/dispatch/", "/admin/letters/letter/", "/admin/privacy/auditevent/",
                "/admin/cases/case/"):
        response = client.get(url)
        assert response.status_code == 404, (who, url)
        assert "Hjemmeplejen" not in response.content.decode()
    assert "Bo Hansen" not in client.get("/admin/").content.decode()


def test_the_administrator_configures_the_office(client, alf):
    login_verified(client, alf)
    assert client.get("/admin/core/department/").status_code == 200
    assert client.get("/admin/core/office/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 200
