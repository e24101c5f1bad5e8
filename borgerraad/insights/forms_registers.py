"""Forms of the register pages (suggestions, henstillinger). They only parse input; the rules are in
``registers.py``. Free texts refuse CPR numbers: the registers need none, and a text shown or
exported from here should not carry one."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.forms import _blank, _date_field, _select, _text
from borgerraad.core.models import Department
from borgerraad.insights.models import Adoption, Compliance
from borgerraad.intake.models import Channel
from borgerraad.privacy.validators import NoCprNumber

NO_CPR = NoCprNumber(_("Skriv ikke et CPR-nummer her. Registret har ikke brug for borgerens CPR-nummer."))
TEXT_MAX = 5000


def _departments(label, *, required: bool = False, empty_label=None) -> forms.ModelChoiceField:
    """Every forvaltning, also one no longer active (old entries keep theirs)."""
    return forms.ModelChoiceField(
        label=label, queryset=Department.objects.order_by("name"), required=required,
        empty_label=empty_label or _("Vælg forvaltning"), widget=forms.Select(attrs={"class": "form-select"}),
    )


def _free_text(label, *, required: bool = True, rows: int = 4):
    return _text(label, required=required, rows=rows, max_length=TEXT_MAX, validators=[NO_CPR])


class SuggestionFilterForm(forms.Form):
    adoption = _select(_("Gennemført"), _blank(Adoption.choices, _("Alle")), required=False)
    department = _departments(_("Forvaltning"), empty_label=_("Alle"))
    start = _date_field(_("Modtaget fra og med"), required=False)
    end = _date_field(_("Modtaget til og med"), required=False)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", _("Slutdatoen skal ligge efter startdatoen."))
        return data


class SuggestionCreateForm(forms.Form):
    text = _free_text(_("Forslaget"))
    received_on = _date_field(_("Modtaget den"))
    channel = _select(_("Kom ind via"), _blank(Channel.choices, _("Anden vej")), required=False)
    department = _departments(_("Forvaltning, der spørges"))
    sent_on = _date_field(_("Sendt til forvaltningen den"), required=False)


class SuggestionEditForm(forms.Form):
    text = _free_text(_("Forslaget"))
    department = _departments(_("Forvaltning, der spørges"))
    sent_on = _date_field(_("Sendt til forvaltningen den"), required=False)
    answer_received_on = _date_field(_("Forvaltningens svar modtaget den"), required=False)
    answer_text = _free_text(_("Forvaltningens svar"), required=False)
    adoption = forms.ChoiceField(
        label=_("Er forslaget gennemført?"), choices=Adoption.choices, widget=forms.RadioSelect(attrs={
            "class": "form-radio"}),
    )


class HenstillingFilterForm(forms.Form):
    department = _departments(_("Forvaltning"), empty_label=_("Alle"))


class HenstillingAnswerForm(forms.Form):
    compliance = forms.ChoiceField(
        label=_("Har forvaltningen efterlevet henstillingen?"), choices=Compliance.choices,
        widget=forms.RadioSelect(attrs={"class": "form-radio"}),
        error_messages={"required": _("Vælg, om forvaltningen har efterlevet henstillingen.")},
    )
    received_on = _date_field(_("Svaret modtaget den"))
    answer_text = _free_text(_("Forvaltningens svar (resumé eller tekst)"), required=False)
