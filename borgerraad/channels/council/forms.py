from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.intake.forms import MultipleFileField, MultipleFileInput
from borgerraad.privacy.validators import REFERRAL_MESSAGE, NoCprNumber

_INPUT = {"class": "form-input"}
_CHECKBOX = {"class": "form-checkbox"}


class ReferralForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    name = forms.CharField(
        label=_("Borgerens navn"), max_length=200, widget=forms.TextInput(attrs=_INPUT),
        validators=[NoCprNumber(REFERRAL_MESSAGE)],
    )
    email = forms.EmailField(label=_("Borgerens e-mail"), required=False, widget=forms.EmailInput(attrs=_INPUT))
    phone = forms.CharField(
        label=_("Borgerens telefonnummer"), max_length=30, required=False, widget=forms.TextInput(attrs=_INPUT),
        validators=[NoCprNumber(REFERRAL_MESSAGE)],
    )
    address = forms.CharField(
        label=_("Borgerens adresse"), max_length=300, required=False, widget=forms.TextInput(attrs=_INPUT),
        validators=[NoCprNumber(REFERRAL_MESSAGE)],
    )
    description = forms.CharField(
        label=_("Hvad drejer det sig om?"), widget=forms.Textarea(attrs={**_INPUT, "rows": 6}),
        help_text=_("Skriv ikke CPR-nummer. Vi kontakter borgeren og får de oplysninger, vi mangler."),
    )
    citizen_consented = forms.BooleanField(
        label=_("Borgeren har givet samtykke til, at jeg sender henvendelsen videre til Borgerrådgiveren"),
        error_messages={"required": _("Du kan kun henvise, når borgeren har givet samtykke.")},
        widget=forms.CheckboxInput(attrs=_CHECKBOX),
    )
    consent_to_share = forms.BooleanField(
        label=_("Borgeren har også givet samtykke til, at jeg må se, hvad henvendelsen handler om"), required=False,
        widget=forms.CheckboxInput(attrs=_CHECKBOX),
    )
    files = MultipleFileField(
        label=_("Bilag (valgfrit)"), required=False, widget=MultipleFileInput(attrs={"class": "form-file-input"}),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and not cleaned.get("address"):
            raise forms.ValidationError(_("Skriv mindst én måde, vi kan kontakte borgeren på."), code="contact")
        return cleaned
