"""The complaint form's steps: one Django form per step, with the rules for what must be filled in.

Rules (DOMAIN.md §3, §7):

- Minimum data: a name, a way to reach the citizen (the preferred channel must have its
  address, number or e-mail), the department (or "ved ikke") and what happened.
- A business gives its name and a CVR number that passes modulus 11 (``stdnum.dk.cvr``).
- A representative other than a parent or guardian needs a fuldmagt: uploaded now, or sent later.
- A CPR number is optional; when given it must hold a real date with the century from digit 7.
  Modulus 11 is not checked (numbers without it are issued since 2007). Only the digits 0-9
  count: ``²``, ``①``, full-width or Arabic-Indic digits get their own message.
- Phone numbers are checked with ``phonenumbers`` (Danish unless they start with +).
- A CPR number belongs in the CPR field only: names, address, phone, unit, relation and the
  interpreter's language refuse one and say where it goes (``privacy.validators``).
- Answers are kept as typed in the draft; these forms turn them into clean values.
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _
from stdnum.dk import cvr as stdnum_cvr

from borgerraad.core.dates import DATE_DISPLAY_FORMAT, DATE_INPUT_FORMATS, date_not_in_future
from borgerraad.core.selectors import department_list
from borgerraad.intake.models import (
    RELATIONS_NEEDING_POWER_OF_ATTORNEY,
    ContactedUnit,
    Need,
    PreferredChannel,
    Relation,
    SubmitterKind,
)
from borgerraad.privacy.cpr import mask_cpr
from borgerraad.privacy.validators import CPR_INVALID_CITIZEN, NoCprNumber, cpr_typed

DEPARTMENT_UNKNOWN = "unknown"
SUBMITTER_CHOICES = [
    (SubmitterKind.CITIZEN, _("Som borger")),
    (SubmitterKind.BUSINESS, _("For en virksomhed")),
]
ON_BEHALF_CHOICES = [
    ("self", _("For mig selv eller min egen virksomhed")),
    ("other", _("For en anden person eller virksomhed")),
]
CONSENT_CHOICES = [
    ("yes", _("Ja, det må I gerne")),
    ("no", _("Nej, jeg vil kun have vejledning")),
]


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input. Their content is checked by the intake service, not here."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


def _date_field(label, help_text=None) -> forms.DateField:
    return forms.DateField(
        label=label, required=False, input_formats=DATE_INPUT_FORMATS,
        help_text=help_text or _("Skriv datoen som dd.mm.åååå, fx 03.09.2026. Et omtrentligt tidspunkt er nok."),
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå, fx 03.09.2026.")},
        widget=forms.DateInput(format=DATE_DISPLAY_FORMAT, attrs={"autocomplete": "off"}),
    )


def _not_in_future(value: dt.date | None) -> dt.date | None:
    date_not_in_future(value, message=_("Datoen ligger i fremtiden. Skriv den dato, det skete."))
    return value


class StepForm(forms.Form):
    """Adds DKFDS classes to the widgets; subclasses list their fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            # CheckboxSelectMultiple is a RadioSelect subclass: test it first.
            if isinstance(widget, forms.CheckboxSelectMultiple | forms.CheckboxInput):
                widget.attrs["class"] = "form-checkbox"
            elif isinstance(widget, forms.RadioSelect):
                widget.attrs["class"] = "form-radio"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "form-select"
            elif isinstance(widget, forms.FileInput):
                widget.attrs["class"] = "form-file-input"
            else:
                widget.attrs["class"] = "form-input"


class WhoForm(StepForm):
    submitter_kind = forms.ChoiceField(
        label=_("Klager du som borger eller for en virksomhed?"), choices=SUBMITTER_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Vælg, om du klager som borger eller for en virksomhed.")},
    )
    company_name = forms.CharField(
        label=_("Virksomhedens navn"), required=False, max_length=200, validators=[NoCprNumber()],
    )
    cvr = forms.CharField(
        label=_("CVR-nummer"), required=False, max_length=20, help_text=_("8 cifre."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    on_behalf = forms.ChoiceField(
        label=_("Klager du for dig selv eller for en anden?"), choices=ON_BEHALF_CHOICES,
        widget=forms.RadioSelect, error_messages={"required": _("Vælg, om du klager for dig selv eller for en anden.")},
    )
    represented_name = forms.CharField(
        label=_("Navn på den, du klager for"), required=False, max_length=200, validators=[NoCprNumber()],
    )
    relation = forms.ChoiceField(
        label=_("Hvad er din relation til den, du klager for?"), choices=Relation.choices,
        widget=forms.RadioSelect, required=False,
    )
    relation_other = forms.CharField(
        label=_("Beskriv din relation"), required=False, max_length=200, validators=[NoCprNumber()],
    )
    power_of_attorney = forms.FileField(
        label=_("Fuldmagt"), required=False,
        help_text=_("En fuldmagt fra den, du klager for. PDF, billede eller dokument. "
                    "Forældre og værger behøver ikke en fuldmagt."),
    )
    power_of_attorney_later = forms.BooleanField(label=_("Jeg sender fuldmagten senere"), required=False)

    # (heading, hint, fields, shown only when this radio has this value). Without JavaScript every
    # section shows; intake.js hides the conditional ones until they apply.
    sections = [
        (None, None, ["submitter_kind"], None),
        (_("Hvis du klager for en virksomhed"), None, ["company_name", "cvr"],
         ("submitter_kind", SubmitterKind.BUSINESS)),
        (None, None, ["on_behalf"], None),
        (_("Hvis du klager på vegne af en anden"),
         _("Forældre og værger kan klage for deres børn. Andre skal have en fuldmagt fra den, de klager for."),
         ["represented_name", "relation", "relation_other", "power_of_attorney", "power_of_attorney_later"],
         ("on_behalf", "other")),
    ]

    def __init__(self, *args, has_power_of_attorney: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_power_of_attorney = has_power_of_attorney

    def clean_cvr(self):
        value = re.sub(r"\s", "", self.cleaned_data.get("cvr", ""))
        if value and not stdnum_cvr.is_valid(value):
            raise forms.ValidationError(_("CVR-nummeret er ikke gyldigt. Det består af 8 cifre, fx 64942212."))
        return value

    def clean(self):
        data = super().clean()
        if data.get("submitter_kind") == SubmitterKind.BUSINESS:
            if not data.get("company_name"):
                self.add_error("company_name", _("Skriv virksomhedens navn."))
            if not data.get("cvr") and "cvr" not in self.errors:
                self.add_error("cvr", _("Skriv virksomhedens CVR-nummer."))
        else:
            # A business's fields left behind by a citizen (hidden by intake.js) are ignored, errors too.
            data["company_name"] = data["cvr"] = ""
            self._errors.pop("cvr", None)
        if data.get("on_behalf") == "other":
            if data.get("submitter_kind") != SubmitterKind.BUSINESS and not data.get("represented_name"):
                self.add_error("represented_name", _("Skriv navnet på den, du klager for."))
            relation = data.get("relation")
            if not relation:
                self.add_error("relation", _("Vælg din relation til den, du klager for."))
            elif relation == Relation.OTHER and not data.get("relation_other"):
                self.add_error("relation_other", _("Beskriv din relation til den, du klager for."))
            if (
                relation in RELATIONS_NEEDING_POWER_OF_ATTORNEY
                and not self.has_power_of_attorney
                and not data.get("power_of_attorney_later")
                and "power_of_attorney" not in self.errors
            ):
                self.add_error(
                    "power_of_attorney",
                    _("Vedhæft en fuldmagt, eller sæt kryds ved, at du sender den senere."),
                )
        else:
            data.update(represented_name="", relation="", relation_other="", power_of_attorney_later=False)
        return data


class MaskedCprInput(forms.TextInput):
    """A CPR number verified by MitID, shown masked (ddmmåå-xxxx); its field is disabled, so never read back."""

    def format_value(self, value):
        return mask_cpr(super().format_value(value) or "")


class ContactForm(StepForm):
    name = forms.CharField(
        label=_("Navn"), max_length=200, help_text=_("Klager du for en virksomhed, så skriv kontaktpersonens navn."),
        error_messages={"required": _("Skriv dit navn.")}, widget=forms.TextInput(attrs={"autocomplete": "name"}),
        validators=[NoCprNumber()],
    )
    address = forms.CharField(
        label=_("Adresse"), required=False, max_length=300, help_text=_("Vej, nummer, postnummer og by."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}), validators=[NoCprNumber()],
    )
    email = forms.EmailField(
        label=_("E-mail"), required=False, max_length=254,
        error_messages={"invalid": _("Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Telefonnummer"), required=False, max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}), validators=[NoCprNumber()],
    )
    preferred_channel = forms.ChoiceField(
        label=_("Hvordan vil du helst have svar fra os?"), choices=PreferredChannel.choices,
        widget=forms.RadioSelect,
        help_text=_("Digital Post er sikkert. Almindelig e-mail er ikke sikker, "
                    "så vi skriver ikke om din sag i e-mails."),
        error_messages={"required": _("Vælg, hvordan du vil have svar.")},
    )
    cpr = forms.CharField(
        label=_("CPR-nummer (frivilligt)"), required=False, max_length=20,
        help_text=_("Bruges til at sende svar med Digital Post og til at finde din sag i kommunen. "
                    "Det gemmes krypteret. Skriv det som ddmmåå-xxxx."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    needs = forms.MultipleChoiceField(
        label=_("Har du brug for noget særligt, når vi kontakter dig?"), choices=Need.choices,
        widget=forms.CheckboxSelectMultiple, required=False,
    )
    interpreter_language = forms.CharField(
        label=_("Hvis du har brug for tolk: hvilket sprog?"), required=False, max_length=100,
        validators=[NoCprNumber()],
    )

    def __init__(self, *args, submitter_kind: str = "", verified_name: str = "", verified_cpr: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.submitter_kind = submitter_kind
        # Signed in with MitID: name and CPR number are MitID's, shown but not editable (a disabled field's
        # value is its initial one, whatever is posted).
        for field_name, value in (("name", verified_name), ("cpr", verified_cpr)):
            if value:
                self.fields[field_name].disabled = True
                self.fields[field_name].help_text = _("Bekræftet med MitID.")
                self.initial[field_name] = value
        if verified_cpr:
            self.fields["cpr"].label = _("CPR-nummer")
            self.fields["cpr"].widget = MaskedCprInput(attrs={"autocomplete": "off"})

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        if not value:
            return ""
        try:
            number = phonenumbers.parse(value, "DK")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(_("Skriv et gyldigt telefonnummer, fx 20 30 40 50 eller +46 8 123 456 78."))
        if number.country_code == 45:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def clean_cpr(self):
        return cpr_typed(self.cleaned_data.get("cpr", ""), invalid_message=CPR_INVALID_CITIZEN)

    def clean(self):
        data = super().clean()
        channel = data.get("preferred_channel")
        required_for_channel = {
            PreferredChannel.EMAIL: ("email", _("Skriv din e-mailadresse, så vi kan svare dig på e-mail.")),
            PreferredChannel.PHONE: ("phone", _("Skriv dit telefonnummer, så vi kan ringe til dig.")),
            PreferredChannel.LETTER: ("address", _("Skriv din adresse, så vi kan sende dig et brev.")),
        }
        if channel in required_for_channel:
            name, message = required_for_channel[channel]
            if not data.get(name) and name not in self.errors:
                self.add_error(name, message)
        if (
            channel == PreferredChannel.DIGITAL_POST
            and self.submitter_kind != "business"
            and not data.get("cpr")
            and "cpr" not in self.errors
        ):
            self.add_error("cpr", _("Skriv dit CPR-nummer, så vi kan sende svar til dig med Digital Post."))
        needs = data.get("needs") or []
        if Need.PHONE_INSTEAD in needs and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Skriv dit telefonnummer, så vi kan ringe til dig."))
        if Need.INTERPRETER not in needs:
            data["interpreter_language"] = ""
        return data


class AboutForm(StepForm):
    department = forms.ChoiceField(
        label=_("Hvilken del af kommunen handler det om?"),
        help_text=_("Vælg \"Ved ikke\", hvis du er i tvivl. Vi finder ud af det."),
        error_messages={"required": _("Vælg den del af kommunen, det handler om, eller \"Ved ikke\".")},
    )
    unit = forms.CharField(
        label=_("Hvilket sted i kommunen? (frivilligt)"), required=False, max_length=200,
        help_text=_("Fx jobcentret, skolen, hjemmeplejen eller Borgerservice."), validators=[NoCprNumber()],
    )
    description = forms.CharField(
        label=_("Hvad er der sket?"), max_length=20000, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Skriv med dine egne ord, hvad du er utilfreds med. Du behøver ikke skrive dit CPR-nummer her."),
        error_messages={"required": _("Skriv, hvad der er sket.")},
    )
    event_date = _date_field(_("Hvornår skete det? (frivilligt)"))
    desired_outcome = forms.CharField(
        label=_("Hvad ønsker du, der skal ske? (frivilligt)"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Fx et svar, en undskyldning eller at sagen bliver behandlet hurtigere."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.departments = {str(department.pk): department for department in department_list()}
        self.fields["department"].choices = (
            [("", _("Vælg"))]
            + [(pk, department.name) for pk, department in self.departments.items()]
            + [(DEPARTMENT_UNKNOWN, _("Ved ikke"))]
        )

    def clean_event_date(self):
        return _not_in_future(self.cleaned_data.get("event_date"))


class DocumentsForm(StepForm):
    contacted_unit = forms.ChoiceField(
        label=_("Har du klaget til det sted i kommunen, der har din sag, først?"), choices=ContactedUnit.choices,
        widget=forms.RadioSelect,
        help_text=_("Som regel skal stedet have haft mulighed for at svare, før Borgerrådgiveren kan se på sagen."),
        error_messages={"required": _("Vælg, om du har klaget til stedet først.")},
    )
    contacted_unit_date = _date_field(
        _("Hvornår klagede du til stedet? (frivilligt)"), _("Skriv datoen som dd.mm.åååå, fx 03.09.2026."),
    )
    answer_file = forms.FileField(
        label=_("Stedets svar (frivilligt)"), required=False,
        help_text=_("Har du fået et skriftligt svar, så vedhæft det gerne."),
    )
    other_files = MultipleFileField(
        label=_("Andre dokumenter (frivilligt)"), required=False,
        help_text=_("Fx en afgørelse, breve eller billeder. Du kan vælge flere filer."),
    )

    def clean_contacted_unit_date(self):
        return _not_in_future(self.cleaned_data.get("contacted_unit_date"))

    def clean(self):
        data = super().clean()
        if data.get("contacted_unit") == ContactedUnit.NO:
            data["contacted_unit_date"] = None
        return data


class ReviewForm(StepForm):
    consent = forms.ChoiceField(
        label=_("Må Borgerrådgiveren kontakte forvaltningen og se papirerne i din sag?"),
        choices=CONSENT_CHOICES, widget=forms.RadioSelect,
        error_messages={"required": _("Vælg, om vi må kontakte forvaltningen om din sag.")},
    )


# Fields whose files are handled by the intake service (content check, size, kept with the draft).
FILE_FIELDS = {"power_of_attorney": "fuldmagt", "answer_file": "answer", "other_files": "other"}
