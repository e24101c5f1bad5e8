from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.portal.models import Helped


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Din e-mailadresse"), max_length=254,
        help_text=_("Den adresse, du skrev i din henvendelse til os."),
        widget=forms.EmailInput(attrs={"class": "form-input", "autocomplete": "email"}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Koden fra e-mailen"), max_length=12, help_text=_("Seks cifre."),
        widget=forms.TextInput(attrs={"class": "form-input input-width-xs", "autocomplete": "one-time-code",
                                      "inputmode": "numeric"}),
    )


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Ja, jeg vil trække min klage tilbage"),
        error_messages={"required": _("Sæt kryds, hvis du vil trække klagen tilbage.")},
    )


class ConsentForm(forms.Form):
    consent = forms.BooleanField(label=_("Borgerrådgiveren må kontakte forvaltningen om min sag"), required=False)


def _choice(label) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=Helped.choices, widget=forms.RadioSelect)


class SurveyForm(forms.Form):
    helped = _choice(_("Fik du hjælp?"))
    understood = _choice(_("Forstod du vores svar?"))
    treated_well = _choice(_("Blev du behandlet ordentligt?"))
