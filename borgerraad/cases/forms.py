"""Forms of the staff casework pages. They only parse input; the rules are in ``services.py``.

A form's field errors are shown in a DKFDS error summary; a ``ValidationError`` raised by a
service (a refused transition, a missing outcome) is added as a non-field error, in the user's
language, by the view.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.models import CaseStatus, Decision, ForwardResult, Ground, KritikDegree, NoteKind, Outcome, Theme
from borgerraad.cases.services import MANUAL_CHANNELS, received_on_check
from borgerraad.core.dates import DATE_DISPLAY_FORMAT, DATE_INPUT_FORMATS, date_not_in_future
from borgerraad.core.models import ComplaintBody, Department
from borgerraad.intake.forms import MultipleFileField, MultipleFileInput
from borgerraad.intake.models import Channel, ContactedUnit, PreferredChannel
from borgerraad.intake.uploads import detect_type
from borgerraad.privacy.validators import STAFF_MESSAGE, NoCprNumber, cpr_typed


def _blank(choices, label=None) -> list:
    return [("", label or _("Vælg")), *choices]


def _date_field(label, *, required: bool = True, help_text=None) -> forms.DateField:
    return forms.DateField(
        label=label, required=required, input_formats=DATE_INPUT_FORMATS,
        help_text=help_text or _("Skriv datoen som dd.mm.åååå."),
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå, fx 03.09.2026."),
                        "required": _("Skriv en dato.")},
        widget=forms.DateInput(format=DATE_DISPLAY_FORMAT, attrs={"class": "form-input", "autocomplete": "off"}),
    )


def _text(label, *, required: bool = True, rows: int = 3, help_text="", max_length=None, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label, required=required, help_text=help_text, max_length=max_length,
        widget=forms.Textarea(attrs={"class": "form-input", "rows": rows}), **kwargs,
    )


def _line(label, *, required: bool = True, help_text="", max_length=200, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label, required=required, help_text=help_text, max_length=max_length,
        widget=forms.TextInput(attrs={"class": "form-input"}), **kwargs,
    )


def _select(label, choices, *, required: bool = True, help_text="", **kwargs) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=choices, required=required, help_text=help_text,
        widget=forms.Select(attrs={"class": "form-select"}), **kwargs,
    )


def _departments(label, *, required: bool = True, help_text="") -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=label, queryset=Department.objects.filter(active=True).order_by("name"), required=required,
        empty_label=_("Vælg forvaltning"), help_text=help_text, widget=forms.Select(attrs={"class": "form-select"}),
    )


class TransitionForm(forms.Form):
    """Any status is accepted here; the workflow decides (and explains a refusal)."""

    to_status = _select(_("Ny status"), _blank(CaseStatus.choices))
    reason = _text(_("Begrundelse"), required=False, rows=2,
                   help_text=_("Skal udfyldes ved “Afventer borger” (fristen stopper) og “Genoptaget”."))

    def __init__(self, *args, allowed: frozenset[str] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only the statuses the workflow allows from here (workflow.TRANSITIONS).
        self.fields["to_status"].widget.choices = _blank(
            [(value, label) for value, label in CaseStatus.choices if value in allowed]
        )


class KlagepunktForm(forms.Form):
    """One row of visitation. A row left as prefilled, or left blank, is skipped (``empty_permitted``)."""

    def has_changed(self) -> bool:
        if not any(field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
                   for name, field in self.fields.items()):
            return False  # nothing at all was sent for this row
        return super().has_changed()

    description = _text(_("Beskrivelse af klagepunktet"), rows=2)
    ground = _select(_("Grundlag"), _blank(Ground.choices))
    theme = _select(_("Tema (frivilligt)"), _blank(Theme.choices, _("Intet tema")), required=False)
    department = _departments(_("Forvaltning"), required=False)
    unit = _line(_("Enhed (frivilligt)"), required=False, validators=[NoCprNumber(STAFF_MESSAGE)])
    decision = _select(_("Beslutning"), _blank(Decision.choices))
    decision_reason = _text(_("Begrundelse for beslutningen"), required=False, rows=2,
                            help_text=_("Skal udfyldes, når klagepunktet afvises."))
    complaint_body = forms.ModelChoiceField(
        label=_("Klageinstans (ved vejledning)"), required=False,
        queryset=ComplaintBody.objects.filter(active=True).order_by("name"),
        empty_label=_("Ingen"), widget=forms.Select(attrs={"class": "form-select"}),
    )


class BaseVisitationFormSet(forms.BaseFormSet):
    """Visitation's rows. ``prefill`` gives each row its initial values (``services.visitation_prefill``)
    while every row stays optional: a row staff did not change is skipped, a changed one is validated."""

    def __init__(self, *args, prefill: list[dict] | None = None, **kwargs):
        self.prefill = prefill or []
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None and index < len(self.prefill):
            kwargs["initial"] = self.prefill[index]
        return kwargs

    def typed_rows(self) -> list[dict]:
        """What was typed into each row of a bound formset, as initial values for showing it again."""
        return [
            {name: field.widget.value_from_datadict(self.data, self.files, form.add_prefix(name))
             for name, field in form.fields.items()}
            for form in self.forms
        ]

    def clean(self):
        super().clean()
        if not any(form.has_changed() and not self._should_delete_form(form) for form in self.forms):
            raise forms.ValidationError(_("Udfyld mindst ét klagepunkt."))


# Rows beyond which "add a row" adds no more (a henvendelse with more points is visited twice).
VISITATION_MAX_ROWS = 20


def visitation_formset(rows: int):
    return forms.formset_factory(KlagepunktForm, formset=BaseVisitationFormSet, extra=rows,
                                 max_num=VISITATION_MAX_ROWS, absolute_max=VISITATION_MAX_ROWS)


class CloseKlagepunktForm(forms.Form):
    outcome = _select(_("Resultat"), _blank(Outcome.choices))
    kritik_degree = forms.TypedChoiceField(
        label=_("Grad af kritik (ved kritik)"), required=False, coerce=int, empty_value=None,
        choices=_blank(KritikDegree.choices, _("Ingen")), widget=forms.Select(attrs={"class": "form-select"}),
    )
    reason = _text(_("Begrundelse"), required=False, rows=2,
                   help_text=_("Skal udfyldes ved afvist/henlagt."))
    henstilling_follow_up = _date_field(
        _("Opfølgning på henstilling (frivilligt)"), required=False,
        help_text=_("Tom: kontorets standard. Skriv datoen som dd.mm.åååå."),
    )


class ForwardAnswerForm(forms.Form):
    answered_on = _date_field(_("Enheden svarede den"))
    result = _select(_("Fik borgeren medhold?"), _blank(ForwardResult.choices))


class HoeringForm(forms.Form):
    department = _departments(_("Forvaltning"))
    recipient_email = forms.EmailField(
        label=_("Modtagerens e-mail (frivilligt)"), required=False,
        help_text=_("Tom: forvaltningens kontaktpostkasse."),
        widget=forms.EmailInput(attrs={"class": "form-input"}),
    )
    questions = _text(_("Spørgsmål til forvaltningen"), rows=4)
    weeks = forms.IntegerField(
        label=_("Svarfrist i uger"), min_value=1, max_value=26,
        help_text=_("Fristen regnes fra den dag, høringsbrevet er bekræftet sendt; falder den på en fridag, "
                    "flyttes den til næste hverdag."),
        widget=forms.NumberInput(attrs={"class": "form-input input-width-xs"}),
    )
    sent_on = _date_field(
        _("Allerede sendt uden for systemet den (frivilligt)"), required=False,
        help_text=_("Kun hvis høringen er sendt på anden måde, fx fra ESDH-systemet: så regnes fristen fra "
                    "denne dato, og der laves intet høringsbrev her. Skriv datoen som dd.mm.åååå."),
    )

    def __init__(self, *args, received_on=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.received_on = received_on

    def clean_sent_on(self):
        sent_on = self.cleaned_data.get("sent_on")
        date_not_in_future(sent_on, message=_("Afsendelsesdatoen kan ikke ligge i fremtiden."))
        if sent_on and self.received_on and sent_on < self.received_on:
            raise forms.ValidationError(_("Høringen kan ikke være sendt, før henvendelsen kom ind (%(date)s).")
                                        % {"date": f"{self.received_on:%d.%m.%Y}"})
        return sent_on


class HoeringAnswerForm(forms.Form):
    received_on = _date_field(_("Svar modtaget den"))
    answer_text = _text(_("Svaret (resumé eller tekst)"), required=False, rows=3)


class ExtensionForm(forms.Form):
    working_days = forms.IntegerField(
        label=_("Antal hverdage"), min_value=1, max_value=250,
        widget=forms.NumberInput(attrs={"class": "form-input input-width-xs"}),
    )
    reason = _line(_("Begrundelse for forlængelsen"), max_length=300)


class NoteForm(forms.Form):
    kind = _select(_("Slags notat"), NoteKind.choices, initial=NoteKind.INTERNT, required=False)
    text = _text(_("Notat"), rows=3)

    def clean_kind(self) -> str:
        return self.cleaned_data["kind"] or NoteKind.INTERNT  # a form without the field: an internal note


class AssignForm(forms.Form):
    assigned_to = forms.ModelChoiceField(
        label=_("Rådgiver"), queryset=None, required=False, empty_label=_("Ingen"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    restricted = forms.BooleanField(
        label=_("Begrænset adgang (kun den tildelte rådgiver og ledere)"), required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-checkbox"}),
    )

    def __init__(self, *args, caseworkers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = caseworkers
        self.fields["assigned_to"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


MANUAL_CHANNEL_CHOICES = [(value, label) for value, label in Channel.choices if value in MANUAL_CHANNELS]


class ManualRegistrationForm(forms.Form):
    """A phone call, visit or letter typed in by staff; the same registration service as the web form."""

    channel = forms.ChoiceField(
        label=_("Kanal"), choices=MANUAL_CHANNEL_CHOICES, widget=forms.RadioSelect(attrs={"class": "form-radio"}),
        error_messages={"required": _("Vælg, hvordan henvendelsen kom ind.")},
    )
    received_on = _date_field(
        _("Modtaget den"), required=False, help_text=_("Tom: i dag. Skriv datoen som dd.mm.åååå."),
    )
    name = _line(_("Navn"), error_messages={"required": _("Skriv borgerens navn.")},
                 validators=[NoCprNumber(STAFF_MESSAGE)])
    address = _line(_("Adresse (frivilligt)"), required=False, max_length=300, validators=[NoCprNumber(STAFF_MESSAGE)])
    email = forms.EmailField(label=_("E-mail (frivilligt)"), required=False,
                             widget=forms.EmailInput(attrs={"class": "form-input"}))
    phone = _line(_("Telefon (frivilligt)"), required=False, max_length=30, validators=[NoCprNumber(STAFF_MESSAGE)])
    preferred_channel = _select(_("Ønsket svarkanal"), PreferredChannel.choices, initial=PreferredChannel.LETTER)
    cpr = _line(_("CPR-nummer (frivilligt)"), required=False, max_length=11,
                help_text=_("Kun når borgeren selv oplyser det. Vises maskeret."))
    department = _departments(_("Forvaltning (frivilligt)"), required=False)
    unit = _line(_("Enhed (frivilligt)"), required=False, validators=[NoCprNumber(STAFF_MESSAGE)])
    description = _text(_("Hvad drejer henvendelsen sig om?"), rows=5,
                        error_messages={"required": _("Skriv, hvad henvendelsen drejer sig om.")})
    desired_outcome = _text(_("Hvad ønsker borgeren? (frivilligt)"), required=False, rows=2)
    contacted_unit = _select(_("Har borgeren klaget til enheden først?"), _blank(ContactedUnit.choices, _("Ved ikke")),
                             required=False)
    consent = forms.BooleanField(label=_("Borgeren giver samtykke til, at vi kontakter forvaltningen"),
                                 required=False, widget=forms.CheckboxInput(attrs={"class": "form-checkbox"}))
    scan = forms.FileField(
        label=_("Scannet brev eller andet dokument (frivilligt)"), required=False,
        help_text=_("PDF, JPEG, PNG, HEIC, DOCX, ODT eller TXT."),
        widget=forms.ClearableFileInput(attrs={"class": "form-file-input"}),
    )

    def clean_cpr(self):
        return cpr_typed(self.cleaned_data.get("cpr", ""))

    def clean_received_on(self):
        received_on = self.cleaned_data.get("received_on")
        if received_on:
            received_on_check(received_on=received_on)
        return received_on

    def clean_scan(self):
        scan = self.cleaned_data.get("scan")
        if scan:
            detect_type(scan)  # the same content check as the web form's uploads (intake/uploads.py)
        return scan


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Søgeord, referencenummer eller navn"), required=False, max_length=200,
                        widget=forms.TextInput(attrs={"class": "form-input", "type": "search"}))
    status = _select(_("Status"), _blank(CaseStatus.choices, _("Alle")), required=False)
    department = _departments(_("Forvaltning"), required=False)
    ground = _select(_("Grundlag"), _blank(Ground.choices, _("Alle")), required=False)
    advisor = forms.ModelChoiceField(label=_("Rådgiver"), queryset=None, required=False, empty_label=_("Alle"),
                                     widget=forms.Select(attrs={"class": "form-select"}))
    channel = _select(_("Kanal"), _blank(Channel.choices, _("Alle")), required=False)
    deadline_before = _date_field(_("Egen frist senest"), required=False)

    def __init__(self, *args, caseworkers=None, contents: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not contents:  # the klagepunkter's grounds are case contents (cases.selectors.case_search)
            del self.fields["ground"]
        self.fields["department"].empty_label = _("Alle")
        self.fields["advisor"].queryset = caseworkers
        self.fields["advisor"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


class MessageForm(forms.Form):
    """A secure message on the case: from the advisor on the case page, or from the citizen in "Mine sager"."""

    body = _text(_("Besked"), rows=5, max_length=5000)
    files = MultipleFileField(
        label=_("Vedhæft filer (valgfrit)"), required=False,
        help_text=_("PDF, billeder, Word, ODT eller tekst."),
        widget=MultipleFileInput(attrs={"class": "form-file-input"}),
    )


UNASSIGNED = "ingen"


class InboxFilterForm(forms.Form):
    """The inbox by advisor: everyone's, one advisor's cases, or what has no advisor yet."""

    raadgiver = forms.ChoiceField(label=_("Rådgiver"), required=False,
                                  widget=forms.Select(attrs={"class": "form-select"}))

    def __init__(self, *args, caseworkers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.caseworkers = {str(user.pk): user for user in caseworkers}
        self.fields["raadgiver"].choices = [("", _("Alle")), (UNASSIGNED, _("Uden rådgiver"))] + [
            (key, user.get_full_name() or user.get_username()) for key, user in self.caseworkers.items()
        ]

    def advisor(self):
        """(advisor or None, unassigned only)."""
        value = self.cleaned_data.get("raadgiver", "") if self.is_bound and self.is_valid() else ""
        return self.caseworkers.get(value), value == UNASSIGNED
