"""The steps' rules: CVR, CPR (no modulus 11), phone, reachability and the fuldmagt."""

from __future__ import annotations

import pytest
import time_machine

from borgerraad.intake.forms import ContactForm, WhoForm

pytestmark = pytest.mark.django_db


def who(**data):
    return WhoForm(data={"submitter_kind": "citizen", "on_behalf": "self", **data})


def contact(submitter_kind="citizen", **data):
    return ContactForm(data={"name": "Alice", "preferred_channel": "email", "email": "a@example.dk", **data},
                       submitter_kind=submitter_kind)


def test_a_business_needs_a_name_and_a_valid_cvr():
    form = who(submitter_kind="business", cvr="12345678")
    assert not form.is_valid()
    assert "CVR-nummeret er ikke gyldigt" in form.errors["cvr"][0]
    assert "company_name" in form.errors
    assert who(submitter_kind="business", company_name="Bageriet ApS", cvr="6494 2212").is_valid()


def test_a_representative_needs_a_power_of_attorney_unless_parent_or_guardian():
    base = {"on_behalf": "other", "represented_name": "Karl"}
    assert who(**base, relation="parent_guardian").is_valid()
    lawyer = who(**base, relation="lawyer")
    assert not lawyer.is_valid() and "fuldmagt" in lawyer.errors["power_of_attorney"][0]
    assert who(**base, relation="lawyer", power_of_attorney_later="on").is_valid()
    assert WhoForm(data={"submitter_kind": "citizen", **base, "relation": "lawyer"},
                   has_power_of_attorney=True).is_valid()


@time_machine.travel("2026-11-27")
@pytest.mark.parametrize(("value", "valid"), [
    ("120483-1234", True),
    ("1204831234", True),
    ("010120-4000", True),   # born 2020: digit 7 is 4, year 20 ≤ 36; no modulus 11 required
    ("311399-1234", False),  # 31 December... month 13
    ("300227-4000", False),  # 2027 is in the future
    ("12048312", False),
])
def test_cpr_checks_date_and_century_not_modulus_11(value, valid):
    form = contact(cpr=value)
    assert form.is_valid() is valid
    if valid:
        assert form.cleaned_data["cpr"][6] == "-"


def test_the_preferred_channel_needs_its_address():
    assert "email" in contact(email="").errors
    assert "phone" in contact(preferred_channel="phone").errors
    assert "address" in contact(preferred_channel="letter").errors
    assert "cpr" in contact(preferred_channel="digital_post").errors
    assert contact(submitter_kind="business", preferred_channel="digital_post").is_valid()


def test_phone_numbers_are_validated_and_formatted():
    form = contact(phone="33661400")
    assert form.is_valid() and form.cleaned_data["phone"] == "33 66 14 00"
    assert contact(phone="+46 8 123 456 78").is_valid()
    assert "phone" in contact(phone="1234").errors


def test_a_citizen_is_not_held_up_by_a_bad_cvr_left_in_the_hidden_business_fields():
    from borgerraad.intake.forms import WhoForm

    form = WhoForm({"submitter_kind": "citizen", "on_behalf": "self", "company_name": "X", "cvr": "123"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["cvr"] == "" and form.cleaned_data["company_name"] == ""
