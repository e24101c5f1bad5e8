"""The dashboard's filters (a GET form): the period, a forvaltning and, for the leader, an advisor."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.selectors import caseworkers
from borgerraad.core.dates import DATE_INPUT_FORMATS as DATE_FORMATS
from borgerraad.core.models import Department
from borgerraad.insights.statistics import Period

MAX_PERIOD_DAYS = 5 * 366  # a beretning covers a year; five years is plenty and keeps the page quick


def _date(label) -> forms.DateField:
    return forms.DateField(
        label=label, required=False, input_formats=DATE_FORMATS, help_text=_("Skriv datoen som dd.mm.åååå."),
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå, fx 01.04.2025.")},
        widget=forms.DateInput(format="%d.%m.%Y", attrs={"class": "form-input", "autocomplete": "off"}),
    )


def default_period(today: dt.date) -> Period:
    """The twelve months up to today: from the first day of the month eleven months back."""
    month = today.replace(day=1)
    for _step in range(11):
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return Period(month, today)


class DashboardFilterForm(forms.Form):
    fra = _date(_("Fra"))
    til = _date(_("Til"))
    forvaltning = forms.ModelChoiceField(
        label=_("Forvaltning"), required=False, queryset=Department.objects.order_by("code"),
        empty_label=_("Alle forvaltninger"), to_field_name="code",
        error_messages={"invalid_choice": _("Vælg en forvaltning fra listen.")},
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    raadgiver = forms.ModelChoiceField(
        label=_("Rådgiver"), required=False, queryset=None, empty_label=_("Alle rådgivere"),
        to_field_name="username", error_messages={"invalid_choice": _("Vælg en rådgiver fra listen.")},
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def __init__(self, *args, today: dt.date, may_choose_advisor: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        if may_choose_advisor:
            self.fields["raadgiver"].queryset = caseworkers()
            self.fields["raadgiver"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
        else:
            del self.fields["raadgiver"]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        default = default_period(self.today)
        start, end = data.get("fra") or default.start, data.get("til") or default.end
        if end < start:
            self.add_error("til", _("Slutdatoen skal ligge på eller efter startdatoen."))
        elif (end - start).days + 1 > MAX_PERIOD_DAYS:
            self.add_error("fra", _("Vælg en periode på højst fem år."))
        else:
            data["period"] = Period(start, end)
        return data
