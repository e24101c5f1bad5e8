"""Roles are auth groups created by a data migration; roles_of/has_role read them."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from borgerraad.accounts.roles import Role, has_role, roles_of
from tests.accounts.helpers import staff_user

pytestmark = pytest.mark.django_db


def test_the_five_roles_exist_as_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {str(role) for role in Role}
    assert [str(role.label) for role in Role] == [
        "rådgiver", "leder", "sekretær", "administrator", "borgerrepræsentant",
    ]


def test_roles_of_reads_groups_and_ignores_other_groups(rita):
    rita.groups.add(Group.objects.create(name="bogklub"))
    assert roles_of(rita) == frozenset({Role.RAADGIVER})
    assert has_role(rita, Role.RAADGIVER, Role.LEDER) and not has_role(rita, Role.LEDER)


def test_anonymous_and_inactive_users_have_no_roles():
    assert roles_of(AnonymousUser()) == frozenset()
    inactive = staff_user("ib", Role.LEDER, is_active=False)
    assert roles_of(inactive) == frozenset()


def test_the_administrator_configures_but_has_no_intake_permissions(alf, lene):
    assert alf.has_perm("core.change_department") and alf.has_perm("core.change_office")
    assert not any(perm.startswith("intake.") for perm in alf.get_all_permissions())
    assert lene.has_perm("intake.view_cpr") and not lene.has_perm("core.change_department")
