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
EARLIEST = dt.date(1990, 1, 1)  # before any case the office holds; the previous period is then still a date


def date_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day a period may name: from 1990 to the end of next year."""
    return EARLIEST, dt.date(today.year + 1, 12, 31)


def period_errors(start: dt.date, end: dt.date, today: dt.date) -> list[tuple[str, str]]:
    """What is wrong with a period from ``start`` to ``end``, as (field "fra" or "til", message); [] when nothing.

    Shared by the dashboard's and the beretning's forms. A year such as 0001 or 9999 parses as a date
    but would make the previous period, or the month after, fall outside the calendar."""
    first, last = date_range(today)
    outside = _("Vælg en dato mellem %(first)s og %(last)s.") % {"first": f"{first:%d.%m.%Y}",
                                                               "last": f"{last:%d.%m.%Y}"}
    errors = [(name, outside) for name, day in (("fra", start), ("til", end)) if not first <= day <= last]
    if errors:
        return errors
    if end < start:
        return [("til", _("Slutdatoen skal ligge på eller efter startdatoen."))]
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        return [("fra", _("Vælg en periode på højst fem år."))]
    return []


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
        errors = period_errors(start, end, self.today)
        for name, message in errors:
            self.add_error(name, message)
        if not errors:
            data["period"] = Period(start, end)
        return data
