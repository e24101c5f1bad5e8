"""The people and cases of the register tests (suggestions and henstillinger).

Rasmus and Rikke are advisors, Lene leads the office, Sanne is the secretary, Anders the
administrator (personas of tests/cases/conftest.py). Bo Hansen's case is visited by Rasmus;
Rikke's own restricted case is hidden from Rasmus.
"""

from __future__ import annotations

import datetime as dt

from borgerraad.cases.services import case_assign, klagepunkt_close, visitation_record
from borgerraad.core.models import Department

# The personas and the autouse fixtures (Danish, a media folder per test) of the casework tests.
from tests.cases.conftest import anders, danish, lene, make_case, media_root, point, rasmus, rikke, sanne  # noqa: F401

HENSTILLING_TEXT = "Jobcentret bør besvare Bo Hansens breve inden fire uger."


def suggestion_case(*, by, text="Borgeren foreslår, at Jobcentret sender kvittering ved hvert brev.",
                    department="BIF", **case_fields):
    """A case whose visitation registered one suggestion (and one point taken up as a case)."""
    case = make_case(by=by, **case_fields)
    visitation_record(case=case, by=by, points=[
        point(),
        point(ground="forslag", theme="", decision="suggestion", description=text,
              department=Department.objects.get(code=department)),
    ])
    return case


def restricted(case, *, advisor, by):
    case_assign(case=case, assigned_to=advisor, by=by, restricted=True)
    return case


def henstilling_case(*, by, follow_up: dt.date, advisor=None, department="BIF", **case_fields):
    """A case with one klagepunkt closed with a henstilling, followed up on ``follow_up``."""
    case = make_case(by=by, **case_fields)
    case_assign(case=case, assigned_to=advisor or by, by=by)
    [klagepunkt] = visitation_record(case=case, by=by, points=[
        point(department=Department.objects.get(code=department)),
    ])
    klagepunkt_close(klagepunkt=klagepunkt, by=by, outcome="henstilling", reason=HENSTILLING_TEXT,
                     henstilling_follow_up=follow_up)
    return case
