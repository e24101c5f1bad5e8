"""Forms of the case file pages: add a document, correct the henvendelse's data, link and merge.

They parse input only; the rules are in ``services_casefile.py`` and ``intake.services.henvendelse_correct``.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.forms import _blank, _date_field, _departments, _line, _select, _text
from borgerraad.cases.models import DocumentKind
from borgerraad.intake.models import PreferredChannel
from borgerraad.intake.uploads import allowed_types_text
from borgerraad.privacy.validators import STAFF_MESSAGE, NoCprNumber, cpr_typed


class DocumentForm(forms.Form):
    file = forms.FileField(
        label=_("Dokument"),
        error_messages={"required": _("Vælg den fil, du vil tilføje."), "empty": _("Filen er tom.")},
        widget=forms.ClearableFileInput(attrs={"class": "form-file-input"}),
    )
    kind = _select(_("Slags dokument"), _blank(DocumentKind.choices),
                   error_messages={"required": _("Vælg, hvilken slags dokument det er.")})
    received_on = _date_field(_("Modtaget den"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("%(types)s. Filen kontrolleres efter indhold.") % {
            "types": allowed_types_text(),
        }


class CorrectionForm(forms.Form):
    """Every correctable field, prefilled with today's values; the CPR number is never shown in full."""

    name = _line(_("Navn"), error_messages={"required": _("Skriv borgerens navn.")},
                 validators=[NoCprNumber(STAFF_MESSAGE)])
    address = _line(_("Adresse"), required=False, max_length=300, validators=[NoCprNumber(STAFF_MESSAGE)])
    cpr = _line(_("Nyt CPR-nummer"), required=False, max_length=11,
                help_text=_("Tom: uændret. Skriv det som ddmmåå-xxxx."))
    cpr_remove = forms.BooleanField(
        label=_("Fjern CPR-nummeret (det tilhører ikke borgeren)"), required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-checkbox"}),
    )
    preferred_channel = _select(_("Ønsket svarkanal"), PreferredChannel.choices)
    department = _departments(_("Forvaltning"), required=False)
    unit = _line(_("Enhed"), required=False, validators=[NoCprNumber(STAFF_MESSAGE)])
    reason = _text(_("Begrundelse for rettelsen"), rows=2, max_length=300,
                   error_messages={"required": _("Skriv, hvorfor oplysningerne rettes.")})

    def __init__(self, *args, current_cpr_masked: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if current_cpr_masked:
            self.fields["cpr"].help_text = _("Nu: %(cpr)s. Tom: uændret. Skriv det som ddmmåå-xxxx.") % {
                "cpr": current_cpr_masked,
            }
        else:
            self.fields["cpr"].label = _("CPR-nummer")
            self.fields["cpr"].help_text = _("Henvendelsen har intet CPR-nummer. Skriv det som ddmmåå-xxxx.")
            del self.fields["cpr_remove"]

    def clean_cpr(self):
        return cpr_typed(self.cleaned_data.get("cpr", ""))

    def clean(self):
        data = super().clean()
        if data.get("cpr") and data.get("cpr_remove"):
            self.add_error("cpr", _("Skriv et nyt CPR-nummer eller fjern det, ikke begge dele."))
        return data


class ReferenceForm(forms.Form):
    """The other henvendelse, by its reference number: to link as related, or to merge as a duplicate."""

    reference = _line(_("Referencenummer"), max_length=20,
                      error_messages={"required": _("Skriv henvendelsens referencenummer.")})
    reason = _text(_("Begrundelse (frivilligt)"), required=False, rows=2, max_length=300)

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()
