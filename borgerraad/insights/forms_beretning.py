"""Forms of the beretning page: the period (and edition and version for a preview or download) and the
leader's texts. They only parse input; the rules are in ``beretning.py``. The texts refuse CPR
numbers: a beretning never needs one, and the texts are printed in the published edition."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.forms import _text
from borgerraad.core.models import Department
from borgerraad.insights.beretning import INTERNAL, PUBLISHABLE
from borgerraad.insights.forms_dashboard import _date, period_errors
from borgerraad.insights.statistics import Period
from borgerraad.privacy.validators import NoCprNumber

NO_CPR = NoCprNumber(_("Skriv ikke et CPR-nummer her. Beretningen må ikke indeholde CPR-numre."))
TEXT_MAX = 20000


def default_period(today: dt.date) -> Period:
    """The last full calendar year: the period a beretning usually covers."""
    return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))


class BeretningPeriodForm(forms.Form):
    """The period (a GET form); the preview and the downloads also carry the edition and a version."""

    fra = _date(_("Fra og med"))
    til = _date(_("Til og med"))
    udgave = forms.ChoiceField(
        label=_("Udgave"), required=False, initial=INTERNAL,
        choices=[(INTERNAL, _("Intern")), (PUBLISHABLE, _("Til offentliggørelse"))],
        error_messages={"invalid_choice": _("Vælg den interne udgave eller udgaven til offentliggørelse.")},
    )
    version = forms.IntegerField(
        label=_("Version"), required=False, min_value=1,
        error_messages={"invalid": _("Vælg en version fra listen."), "min_value": _("Vælg en version fra listen.")},
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

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
        data["udgave"] = data.get("udgave") or INTERNAL
        return data


def remark_field_name(department: Department) -> str:
    return f"bemaerkning_{department.pk}"


class BeretningTextsForm(forms.Form):
    """The foreword, the year's themes and one remark per forvaltning."""

    forord = _text(_("Forord"), required=False, rows=8, max_length=TEXT_MAX, validators=[NO_CPR],
                   help_text=_("En tom linje starter et nyt afsnit. En linje, der starter med „- “, er et punkt i en "
                               "liste; „## “ starter en mellemoverskrift."))
    temaer = _text(_("Årets temaer"), required=False, rows=8, max_length=TEXT_MAX, validators=[NO_CPR],
                   help_text=_("Står i kapitlet „Hvad klagerne handlede om“ før tallene."))

    def __init__(self, *args, departments: list[Department], **kwargs):
        super().__init__(*args, **kwargs)
        self.departments = departments
        for department in departments:
            self.fields[remark_field_name(department)] = _text(
                _("Bemærkninger til %(name)s") % {"name": department.name}, required=False, rows=4,
                max_length=TEXT_MAX, validators=[NO_CPR],
            )

    def remark_fields(self):
        return [self[remark_field_name(department)] for department in self.departments]

    def remarks(self) -> dict[Department, str]:
        return {department: self.cleaned_data.get(remark_field_name(department)) or ""
                for department in self.departments}
