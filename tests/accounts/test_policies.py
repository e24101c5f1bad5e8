"""HenvendelsePolicy per role: lists and detail pages never disagree, and each role sees what it may."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import PermissionDenied

from borgerraad.accounts.roles import Role
from borgerraad.intake.models import Henvendelse
from borgerraad.intake.policies import henvendelse_policy
from tests.accounts.helpers import staff_user
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.django_db

ACTIONS = ["view", "view_contents", "reveal_cpr", "change", "delete", "something_new"]


@pytest.fixture
def henvendelser():
    return [make_henvendelse(with_cpr=True), make_henvendelse(channel="email")]


@pytest.fixture
def everyone(rita, lene, sune, alf, bent, django_user_model):
    nobody = django_user_model.objects.create_user("nobody", password="x" * 16, is_staff=True)
    inactive = staff_user("ib", Role.LEDER, is_active=False)
    superuser = django_user_model.objects.create_superuser("root", password="x" * 16)
    return [rita, lene, sune, alf, bent, nobody, inactive, superuser, AnonymousUser()]


def test_can_view_is_exactly_membership_of_visible(everyone, henvendelser):
    """The contract every policy keeps: the list (visible) and the detail page (can view) agree."""
    for user in everyone:
        visible = set(henvendelse_policy.visible(user).values_list("pk", flat=True))
        for henvendelse in Henvendelse.objects.all():
            assert henvendelse_policy.can(user, "view", henvendelse) == (henvendelse.pk in visible), user
            for action in ACTIONS:
                if henvendelse_policy.can(user, action, henvendelse):
                    assert henvendelse.pk in visible, (user, action)


def test_raadgiver_and_leder_see_and_read_everything(rita, lene, henvendelser):
    for user in (rita, lene):
        assert henvendelse_policy.visible(user).count() == 2
        assert henvendelse_policy.can(user, "view_contents", henvendelser[0])


def test_only_the_leder_reveals_cpr_numbers(rita, lene, henvendelser):
    assert henvendelse_policy.can(lene, "reveal_cpr", henvendelser[0])
    assert not henvendelse_policy.can(rita, "reveal_cpr", henvendelser[0])


def test_a_raadgiver_given_view_cpr_may_reveal(rita, henvendelser, django_user_model):
    rita.user_permissions.add(Permission.objects.get(codename="view_cpr"))
    rita = django_user_model.objects.get(pk=rita.pk)
    assert henvendelse_policy.can(rita, "reveal_cpr", henvendelser[0])


def test_view_cpr_alone_reveals_nothing_the_user_cannot_see(alf, henvendelser, django_user_model):
    alf.user_permissions.add(Permission.objects.get(codename="view_cpr"))
    alf = django_user_model.objects.get(pk=alf.pk)
    assert not henvendelse_policy.can(alf, "reveal_cpr", henvendelser[0])


def test_sekretaer_lists_henvendelser_but_not_their_contents(sune, henvendelser):
    assert henvendelse_policy.visible(sune).count() == 2
    assert henvendelse_policy.can(sune, "view", henvendelser[0])
    assert not henvendelse_policy.can(sune, "view_contents", henvendelser[0])
    assert not henvendelse_policy.can(sune, "reveal_cpr", henvendelser[0])


@pytest.mark.parametrize("persona", ["alf", "bent"])
def test_administrator_and_borgerrepraesentant_see_no_henvendelser(request, persona, henvendelser):
    user = request.getfixturevalue(persona)
    assert not henvendelse_policy.visible(user).exists()
    assert not henvendelse_policy.can(user, "view")
    with pytest.raises(PermissionDenied):
        henvendelse_policy.check(user, "view", henvendelser[0])


def test_anonymous_and_inactive_users_may_do_nothing(henvendelser):
    inactive = staff_user("ib", Role.LEDER, is_active=False)
    for user in (AnonymousUser(), inactive, None):
        assert not henvendelse_policy.visible(user).exists()
        assert not any(henvendelse_policy.can(user, action, henvendelser[0]) for action in ACTIONS)


def test_superusers_may_do_everything(django_user_model, henvendelser):
    root = django_user_model.objects.create_superuser("root", password="x" * 16)
    assert henvendelse_policy.visible(root).count() == 2
    assert all(henvendelse_policy.can(root, action, henvendelser[0]) for action in ACTIONS)


def test_unknown_actions_are_refused(lene, henvendelser):
    assert not henvendelse_policy.can(lene, "change", henvendelser[0])
    assert not henvendelse_policy.can(lene, "something_new", henvendelser[0])
