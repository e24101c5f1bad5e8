"""The complaint form as a sequence of steps over a draft: which step comes when, and the result.

Rules:

- Five steps; a step can be opened when every step before it has been completed once.
- The draft keeps answers as typed (strings, lists of strings); ``bound_form`` turns them back
  into a form, so validation is always the forms' own.
- ``submission_from_answers`` validates all steps together before submitting: a draft edited
  in one step can never submit an answer another step would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.intake import forms as intake_forms
from borgerraad.intake.models import AttachmentKind
from borgerraad.intake.services import HenvendelseData


@dataclass(frozen=True)
class Step:
    number: int
    form_class: type[forms.Form]
    title: object


STEPS = [
    Step(1, intake_forms.WhoForm, _("Hvem klager?")),
    Step(2, intake_forms.ContactForm, _("Dine kontaktoplysninger")),
    Step(3, intake_forms.AboutForm, _("Hvad drejer det sig om?")),
    Step(4, intake_forms.DocumentsForm, _("Første kontakt og dokumenter")),
    Step(5, intake_forms.ReviewForm, _("Samtykke og indsendelse")),
]
TOTAL = len(STEPS)
# Draft answers that only the view writes, from the MitID sign-in (intake/views.py); no form field has these names.
MITID_NAME, MITID_CPR = "mitid_name", "mitid_cpr"
REVIEW = TOTAL


def step_get(number: int) -> Step | None:
    return STEPS[number - 1] if 1 <= number <= TOTAL else None


def first_open_step(completed: list[int]) -> int:
    for step in STEPS:
        if step.number not in completed:
            return step.number
    return REVIEW


def may_open(number: int, completed: list[int]) -> bool:
    return all(earlier in completed for earlier in range(1, number))


def form_kwargs(step: Step, answers: dict, *, attachment_kinds: set[str]) -> dict:
    if step.form_class is intake_forms.WhoForm:
        return {"has_power_of_attorney": AttachmentKind.POWER_OF_ATTORNEY in attachment_kinds}
    if step.form_class is intake_forms.ContactForm:
        return {
            "submitter_kind": answers.get("submitter_kind", ""),
            # Set by the view from the MitID sign-in only: a form has no such fields, so a POST cannot.
            "verified_name": answers.get(MITID_NAME, ""), "verified_cpr": answers.get(MITID_CPR, ""),
        }
    return {}


# A typed date, phone number or other short answer without a max_length of its own.
_SHORT_ANSWER = 50


def _within_limits(field: forms.Field, value):
    """``value`` when a draft may keep it as typed, else None: nothing past a field's limits is stored."""
    if isinstance(field, forms.MultipleChoiceField):
        allowed = {str(key) for key, _label in field.choices}
        return [item for item in value if item in allowed]
    if isinstance(field, forms.ChoiceField):
        # Choices are validated by the form; a value that is no choice is not worth keeping.
        return value if value in {str(key) for key, _label in field.choices} else ""
    limit = getattr(field, "max_length", None) or _SHORT_ANSWER
    return value if len(value) <= limit else None


def raw_answers(form: forms.Form, data) -> dict:
    """The step's answers as typed, from POST data (files are handled apart).

    Only what fits the fields' limits: a value longer than its field's ``max_length`` (or than 50
    characters for a date) and a choice that is none of the field's choices are left out, so an
    invalid POST cannot fill a draft with megabytes; the page shows such input from the POST itself.
    """
    raw = {}
    for name, field in form.fields.items():
        if name in intake_forms.FILE_FIELDS or field.disabled:  # disabled: verified by MitID, not typed
            continue
        if isinstance(field, forms.MultipleChoiceField):
            value = data.getlist(name)
        elif isinstance(field, forms.BooleanField):
            value = "on" if data.get(name) else ""
        else:
            value = data.get(name, "")
        kept = _within_limits(field, value) if not isinstance(field, forms.BooleanField) else value
        if kept is not None:
            raw[name] = kept
    return raw


class _AnswersData(dict):
    """Stored answers shaped like a QueryDict for binding a form (lists for multiple choices)."""

    def getlist(self, key):
        value = self.get(key, [])
        return value if isinstance(value, list) else [value]


def bound_form(step: Step, answers: dict, *, attachment_kinds: set[str]) -> forms.Form:
    return step.form_class(
        data=_AnswersData(answers), **form_kwargs(step, answers, attachment_kinds=attachment_kinds),
    )


def invalid_step(answers: dict, *, attachment_kinds: set[str], up_to: int = TOTAL) -> int | None:
    """The first step before ``up_to`` whose stored answers do not validate, or None."""
    for step in STEPS[: up_to - 1]:
        if not bound_form(step, answers, attachment_kinds=attachment_kinds).is_valid():
            return step.number
    return None


def cleaned(answers: dict, *, attachment_kinds: set[str]) -> dict:
    """All steps' cleaned data merged (call only when ``invalid_step`` is None)."""
    merged: dict = {}
    for step in STEPS[:-1]:
        form = bound_form(step, answers, attachment_kinds=attachment_kinds)
        form.is_valid()
        merged.update(form.cleaned_data)
    return merged


def submission_from_answers(
    answers: dict, *, consent: bool, attachment_kinds: set[str], language: str,
) -> HenvendelseData:
    data = cleaned(answers, attachment_kinds=attachment_kinds)
    about = intake_forms.AboutForm()
    department = about.departments.get(data["department"])
    return HenvendelseData(
        submitter_kind=data["submitter_kind"],
        company_name=data["company_name"],
        cvr=data["cvr"],
        on_behalf=data["on_behalf"] == "other",
        represented_name=data["represented_name"],
        relation=data["relation"],
        relation_other=data["relation_other"],
        power_of_attorney_later=bool(data["power_of_attorney_later"]),
        name=data["name"],
        address=data["address"],
        email=data["email"],
        phone=data["phone"],
        preferred_channel=data["preferred_channel"],
        cpr=data["cpr"],
        needs=list(data["needs"]),
        interpreter_language=data["interpreter_language"],
        department=department,
        unit=data["unit"],
        description=data["description"],
        event_date=data["event_date"],
        desired_outcome=data["desired_outcome"],
        contacted_unit=data["contacted_unit"],
        contacted_unit_date=data["contacted_unit_date"],
        consent=consent,
        language=language,
    )


def summary(answers: dict, *, attachment_kinds: set[str]) -> list[dict]:
    """What the citizen entered, step by step, for the review page (CPR masked)."""
    sections = []
    for step in STEPS[:-1]:
        form = bound_form(step, answers, attachment_kinds=attachment_kinds)
        form.is_valid()
        rows = []
        for name, field in form.fields.items():
            if name in intake_forms.FILE_FIELDS:
                continue
            value = form.cleaned_data.get(name)
            if value in (None, "", [], False):
                continue
            if name == "cpr":
                display = f"{value[:6]}-xxxx"
            elif isinstance(field, forms.BooleanField):
                display = _("Ja")
            elif isinstance(field, forms.ChoiceField):
                labels = dict(field.choices)
                values = value if isinstance(value, list) else [value]
                display = ", ".join(str(labels.get(item, item)) for item in values)
            elif hasattr(value, "strftime"):
                display = value.strftime("%d.%m.%Y")
            else:
                display = value
            rows.append({"label": field.label, "value": display, "name": name})
        sections.append({"step": step, "rows": rows})
    return sections
