"""Who sees which cases: one policy answers both the list and the single case."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from borgerraad.cases.policies import CasePolicy
from borgerraad.cases.selectors import audit_for_case, audit_for_user, case_get, case_search
from borgerraad.cases.services import case_assign

from .conftest import make_case

policy = CasePolicy()


@pytest.fixture
def open_case(rasmus):
    return make_case(by=rasmus)


@pytest.fixture
def rikkes_restricted_case(rikke, lene):
    case = make_case(by=rikke)
    case_assign(case=case, assigned_to=rikke, by=lene, restricted=True)
    return case


@pytest.mark.django_db
def test_an_advisor_sees_open_cases_but_not_another_advisors_restricted_case(rasmus, open_case, rikkes_restricted_case):
    assert set(policy.visible(rasmus)) == {open_case}
    assert policy.can(rasmus, "view", open_case)
    assert policy.can(rasmus, "view_contents", open_case)
    assert policy.can(rasmus, "transition", open_case)
    assert not policy.can(rasmus, "view", rikkes_restricted_case)
    assert not policy.can(rasmus, "view_contents", rikkes_restricted_case)
    with pytest.raises(PermissionDenied):
        case_get(user=rasmus, reference=rikkes_restricted_case.reference)
    assert rikkes_restricted_case not in case_search(user=rasmus, query="boligindretning")


@pytest.mark.django_db
def test_the_assigned_advisor_and_the_leader_see_the_restricted_case(rikke, lene, open_case, rikkes_restricted_case):
    assert set(policy.visible(rikke)) == {open_case, rikkes_restricted_case}
    assert set(policy.visible(lene)) == {open_case, rikkes_restricted_case}
    assert policy.can(lene, "view_audit", rikkes_restricted_case)
    assert not policy.can(rikke, "view_audit", rikkes_restricted_case)


@pytest.mark.django_db
def test_the_secretary_sees_registration_data_but_no_contents(sanne, open_case, rikkes_restricted_case):
    assert set(policy.visible(sanne)) == {open_case}
    assert policy.can(sanne, "view", open_case)
    assert policy.can(sanne, "register")
    assert not policy.can(sanne, "view_contents", open_case)
    assert not policy.can(sanne, "transition", open_case)
    case_get(user=sanne, reference=open_case.reference)
    assert not audit_for_user(user=sanne).exists()  # no contents seen, nothing to log


@pytest.mark.django_db
def test_the_administrator_sees_no_cases(anders, open_case):
    assert not policy.visible(anders).exists()
    assert not policy.can(anders, "view", open_case)
    assert not policy.can(anders, "register")


@pytest.mark.django_db
def test_no_role_and_anonymous_see_nothing(db, open_case):
    from django.contrib.auth.models import AnonymousUser, User

    nobody = User.objects.create_user(username="nobody")
    assert not policy.visible(nobody).exists()
    assert not policy.visible(AnonymousUser()).exists()


@pytest.mark.django_db
def test_opening_a_case_is_logged_per_case_and_per_user(rasmus, lene, open_case):
    case_get(user=rasmus, reference=open_case.reference)
    views = audit_for_case(case=open_case).filter(action="view")
    assert [event.user for event in views] == [rasmus]
    assert audit_for_user(user=rasmus).filter(action="view", object_label=open_case.reference).exists()


def test_the_permissions_on_a_case_asked_at_once_are_the_same_as_asked_one_by_one(
    rasmus, rikke, lene, sanne, anders, open_case, rikkes_restricted_case,
):
    """The case page asks its questions in one go (``permissions``): the answers are ``can``'s, for every role."""
    from django.contrib.auth.models import AnonymousUser

    policy = CasePolicy()
    actions = ("view", "view_contents", "change", "view_audit", "assign", "register")
    for user in (rasmus, rikke, lene, sanne, anders, AnonymousUser()):
        for case in (open_case, rikkes_restricted_case):
            expected = {action for action in actions if policy.can(user, action, case)}
            assert policy.permissions(user, case, actions) == expected
    assert policy.permissions(rasmus, rikkes_restricted_case, actions) == set()
    assert policy.permissions(rikke, rikkes_restricted_case, actions) >= {"view_contents", "change"}
    assert "view_audit" in policy.permissions(lene, open_case, actions)
    assert policy.permissions(sanne, open_case, actions) == {"view", "register"}
