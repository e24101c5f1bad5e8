"""Forms of the recurring-problems pages. They only parse input; the rules are in ``services_systemic``."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.policies import CasePolicy
from borgerraad.core.dates import DATE_INPUT_FORMATS as DATE_FORMATS
from borgerraad.core.models import Department
from borgerraad.insights.models import InvestigationStatus
from borgerraad.insights.services_systemic import REASON_MAX, InvestigationData
from borgerraad.privacy.validators import STAFF_MESSAGE, NoCprNumber

_TEXT = {"class": "form-input"}
_REFERENCES = re.compile(r"[\s,;]+")


def _textarea(label, *, required=False, rows=4, help_text="", max_length=None) -> forms.CharField:
    return forms.CharField(label=label, required=required, help_text=help_text, max_length=max_length,
                           widget=forms.Textarea(attrs={**_TEXT, "rows": rows}))


def _date(label, *, required=True) -> forms.DateField:
    return forms.DateField(
        label=label, required=required, input_formats=DATE_FORMATS, help_text=_("Skriv datoen som dd.mm.åååå."),
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå, fx 03.09.2026."), "required": _("Skriv en dato.")},
        widget=forms.DateInput(format="%d.%m.%Y", attrs={**_TEXT, "autocomplete": "off"}),
    )


class DismissForm(forms.Form):
    reason = _textarea(_("Begrundelse for at afvise"), required=True, rows=3, max_length=REASON_MAX,
                       help_text=_("Fx at forvaltningen allerede har rettet problemet. Skriv ikke CPR-numre."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].error_messages["required"] = _("Skriv, hvorfor problemet afvises.")


class InvestigationForm(forms.Form):
    title = forms.CharField(
        label=_("Titel"), max_length=200, validators=[NoCprNumber(STAFF_MESSAGE)],
        widget=forms.TextInput(attrs=_TEXT), error_messages={"required": _("Giv undersøgelsen en titel.")},
    )
    department = forms.ModelChoiceField(
        label=_("Forvaltning"), required=False, queryset=Department.objects.order_by("name"),
        empty_label=_("Ingen bestemt forvaltning"), widget=forms.Select(attrs={"class": "form-select"}),
    )
    scope = _textarea(_("Omfang"), help_text=_("Hvad undersøges, og hvad ikke."))
    cases = _textarea(_("Sager"), rows=3, help_text=_("Sagernes referencenumre, fx BR-2026-00042, adskilt af "
                                                      "mellemrum, komma eller linjeskift."))
    status = forms.ChoiceField(label=_("Status"), choices=InvestigationStatus.choices,
                               widget=forms.Select(attrs={"class": "form-select"}))
    started_on = _date(_("Startdato"))
    concluded_on = _date(_("Afsluttet dato"), required=False)
    findings = _textarea(_("Konklusioner"), rows=6)
    recommendations = _textarea(_("Anbefalinger"), rows=6)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_cases(self):
        references = sorted({ref.upper() for ref in _REFERENCES.split(self.cleaned_data["cases"]) if ref})
        found = {case.reference: case for case in CasePolicy().visible(self.user).filter(reference__in=references)}
        unknown = [reference for reference in references if reference not in found]
        if unknown:
            raise forms.ValidationError(
                _("Ingen sag, du har adgang til, har referencenummeret %(references)s."),
                params={"references": ", ".join(unknown)},
            )
        return [found[reference] for reference in references]

    def data_object(self) -> InvestigationData:
        data = self.cleaned_data
        return InvestigationData(
            title=data["title"], started_on=data["started_on"], scope=data["scope"],
            department=data["department"], cases=data["cases"], findings=data["findings"],
            recommendations=data["recommendations"], status=data["status"], concluded_on=data["concluded_on"],
        )
