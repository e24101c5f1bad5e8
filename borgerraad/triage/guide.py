"""The public guide "Kan Borgerrådgiveren hjælpe dig?": its steps and how answers reach the engine.

The guide asks the questions an ombudsman asks at intake, one per page (it works without
JavaScript), keeps the answers in the session, and hands them to the same triage engine the
complaint form, the staff inbox and ``borgerraad triage`` use. The guide never blocks: every
answer page links on to the complaint form, which receives the answers (``guide_answers_for_form``).

Which steps apply depends on the answers (``steps_for``): first contact and the date are not asked
when it is not about the municipality, nor for a suggestion or a political decision (no first
contact or one-year rule applies to them). Answers to steps that no longer apply (the citizen went
back and changed the topic) are not used.

The answers include the citizen's own words, which may hold a CPR number or private matters, and
sessions are stored in the database: they are kept there only encrypted with the field-encryption
keys (``privacy.crypto``, ``guide_answers_save``), like the complaint form's drafts. A CPR number in
the description is masked (``privacy.cpr.mask_cpr``) as soon as it is posted, so it never reaches
the session or the complaint form; the answer page then says so and points to Digital Post.
Expired sessions are deleted daily by the scheduler (``clearsessions``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from borgerraad.core.calendar import local_today
from borgerraad.core.dates import DATE_DISPLAY_FORMAT, DATE_INPUT_FORMATS, date_from_words, date_not_in_future
from borgerraad.core.selectors import department_list
from borgerraad.privacy import crypto
from borgerraad.privacy.cpr import find_cpr_numbers, mask_cpr

SESSION_KEY = "triage_guide"
CPR_MASKED = "cpr_masked"  # set when a CPR number was masked in the description
NO_FIRST_CONTACT_TOPICS = frozenset({"forslag", "politisk"})

ABOUT_MUNICIPALITY = [
    ("yes", _("Ja, det handler om kommunen")),
    ("no", _("Nej, det handler om en anden myndighed eller et privat firma")),
    ("unknown", _("Ved ikke")),
]

OTHER_AUTHORITY = [
    ("udbetaling_danmark", _("Udbetaling Danmark, fx boligstøtte, pension eller børneydelse")),
    ("skatteankestyrelsen", _("Skattestyrelsen eller Vurderingsstyrelsen")),
    ("region", _("Et hospital, en praktiserende læge eller regionen")),
    ("politiet", _("Politiet")),
    ("huslejenaevn", _("En privat udlejer eller en boligforening")),
    ("familieretshuset", _("Familieretshuset, fx samvær eller forældremyndighed")),
    ("other", _("Noget andet")),
]

TOPICS = [
    ("sagsbehandling", _("Sagsbehandlingen"),
     _("Fx lang ventetid, manglende svar, dårlig vejledning eller at du ikke blev hørt.")),
    ("adfaerd", _("En medarbejders opførsel"), _("Fx at du er blevet talt grimt til eller behandlet uhøfligt.")),
    ("praktisk_opgave", _("En praktisk opgave"), _("Fx hjemmehjælp, undervisning, pasning, gadefejning eller affald.")),
    ("diskrimination", _("Diskrimination"), _("Du har oplevet at blive forskelsbehandlet af kommunen.")),
    ("afgoerelse", _("En afgørelse, jeg vil have ændret"), _("Fx et afslag på en ydelse eller et gebyr.")),
    ("forstaa_afgoerelse", _("Jeg forstår ikke en afgørelse"),
     _("Du har fået en afgørelse og vil gerne have hjælp til at forstå den.")),
    ("vejledning_om_klage", _("Hvordan jeg klager over en afgørelse"), _("Du vil vide, hvor og hvordan du klager.")),
    ("forslag", _("Et forslag til forbedring"), _("Du har en idé til, hvordan kommunen kan gøre det bedre.")),
    ("politisk", _("En politisk beslutning"), _("Fx serviceniveauet, en lukning eller besparelser.")),
    ("ansaettelse", _("Mit arbejde i kommunen"), _("Fx din ansættelse eller en jobansøgning.")),
    ("andet", _("Noget andet"), _("Beskriv det med dine egne ord på næste side.")),
]

CONTACTED_UNIT = [
    ("no", _("Nej, ikke endnu")),
    ("yes_no_answer", _("Ja, men jeg har ikke fået svar")),
    ("yes_answered", _("Ja, og jeg har fået et svar, som jeg ikke er tilfreds med")),
]

ALREADY_WITH = [
    ("no", _("Nej")),
    ("ankestyrelsen", _("Ja, hos Ankestyrelsen")),
    ("tilsynet", _("Ja, hos det kommunale tilsyn")),
    ("ombudsmanden", _("Ja, hos Folketingets Ombudsmand")),
    ("domstolene", _("Ja, ved en domstol")),
    ("other", _("Ja, hos en anden klageinstans")),
]


def _help_choices(choices):
    return [(code, label) for code, label, _help in choices]


class AboutForm(forms.Form):
    about_municipality = forms.ChoiceField(
        label=_("Handler det om kommunen?"), choices=ABOUT_MUNICIPALITY, widget=forms.RadioSelect,
        error_messages={"required": _("Vælg, om det handler om kommunen.")},
    )
    other_authority = forms.ChoiceField(
        label=_("Hvis nej: hvem handler det om?"), choices=OTHER_AUTHORITY, widget=forms.RadioSelect,
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("about_municipality") != "no":
            data["other_authority"] = ""
        return data


class TopicForm(forms.Form):
    topic = forms.ChoiceField(
        label=_("Hvad drejer det sig om?"), choices=_help_choices(TOPICS), widget=forms.RadioSelect,
        error_messages={"required": _("Vælg det, der passer bedst.")},
    )


class ContactForm(forms.Form):
    contacted_unit = forms.ChoiceField(
        label=_("Har du kontaktet det sted i kommunen, der har din sag?"), choices=CONTACTED_UNIT,
        widget=forms.RadioSelect, error_messages={"required": _("Vælg, om du har kontaktet stedet.")},
    )


class WordsDateField(forms.DateField):
    """A date as dd.mm.åååå, or in words ("1. juli", "den 3. marts", "2. jan.": ``core.dates``)."""

    def to_python(self, value):
        if isinstance(value, str) and value.strip():
            in_words = date_from_words(value, today=local_today())
            if in_words is not None:
                return in_words
        return super().to_python(value)


class WhenForm(forms.Form):
    event_date = WordsDateField(
        label=_("Hvornår skete det?"), required=False,
        help_text=_("Skriv datoen som dd.mm.åååå eller fx 1. juli. Kender du ikke datoen, så skriv den "
                    "omtrentlige dato, eller lad feltet stå tomt."),
        input_formats=DATE_INPUT_FORMATS,
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå eller fx 1. juli.")},
        widget=forms.DateInput(format=DATE_DISPLAY_FORMAT),
    )

    def clean_event_date(self):
        value = self.cleaned_data.get("event_date")
        date_not_in_future(value, message=_("Datoen ligger i fremtiden. Skriv den dato, det skete."))
        return value


class AlreadyWithForm(forms.Form):
    already_with = forms.ChoiceField(
        label=_("Er sagen allerede hos en anden klageinstans eller en domstol?"), choices=ALREADY_WITH,
        widget=forms.RadioSelect, error_messages={"required": _("Vælg et svar.")},
    )


class DescriptionForm(forms.Form):
    forvaltning = forms.ChoiceField(
        label=_("Hvilken del af kommunen handler det om?"), required=False,
        help_text=_("Vælg \"Ved ikke\", hvis du er i tvivl."),
    )
    description = forms.CharField(
        label=_("Beskriv kort, hvad der er sket (valgfrit)"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Skriv ikke dit cpr-nummer eller andre følsomme oplysninger her – send dem med Digital Post. "
                    "Du kan skrive mere, hvis du sender en klage."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["forvaltning"].choices = [("", _("Ved ikke"))] + [
            (department.code, capfirst(department.local_name)) for department in department_list()
        ]


@dataclass(frozen=True)
class Step:
    slug: str
    form_class: type[forms.Form]
    title: object

    def applies(self, answers: dict) -> bool:
        # Who is asked whether they contacted the unit, or when, if it is not about the municipality?
        # A suggestion or a political decision has no unit to ask first and no one-year rule either.
        if self.slug in {"kontakt", "hvornaar"} and (
            answers.get("about_municipality") == "no" or answers.get("topic") in NO_FIRST_CONTACT_TOPICS
        ):
            return False
        return True


STEPS = [
    Step("kommunen", AboutForm, _("Handler det om kommunen?")),
    Step("emne", TopicForm, _("Hvad drejer det sig om?")),
    Step("kontakt", ContactForm, _("Har du kontaktet stedet?")),
    Step("hvornaar", WhenForm, _("Hvornår skete det?")),
    Step("andre-klageinstanser", AlreadyWithForm, _("Andre klageinstanser")),
    Step("beskrivelse", DescriptionForm, _("Beskrivelse")),
]
STEPS_BY_SLUG = {step.slug: step for step in STEPS}


def steps_for(answers: dict) -> list[Step]:
    return [step for step in STEPS if step.applies(answers)]


def next_step(slug: str, answers: dict) -> Step | None:
    steps = steps_for(answers)
    slugs = [step.slug for step in steps]
    if slug not in slugs:
        return steps[0]
    index = slugs.index(slug)
    return steps[index + 1] if index + 1 < len(steps) else None


def previous_step(slug: str, answers: dict) -> Step | None:
    steps = steps_for(answers)
    slugs = [step.slug for step in steps]
    if slug not in slugs or slugs.index(slug) == 0:
        return None
    return steps[slugs.index(slug) - 1]


def first_unanswered(answers: dict) -> Step | None:
    for step in steps_for(answers):
        if not set(step.form_class.base_fields) & set(answers):
            return step
    return None


def applicable_answers(answers: dict) -> dict:
    """The answers to the steps that apply now (a changed topic can make earlier ones moot)."""
    names = {name for step in steps_for(answers) for name in step.form_class.base_fields}
    return {key: value for key, value in answers.items() if key in names}


def description_clean(text: str) -> tuple[str, bool]:
    """The description with every CPR number masked, and whether there was one."""
    if not find_cpr_numbers(text, joined=True):
        return text, False
    return mask_cpr(text), True


def engine_input(answers: dict) -> tuple[str, dict]:
    """The guide's answers as the engine's (text, answers)."""
    answers = applicable_answers(answers)
    engine_answers = {
        key: answers[key]
        for key in ("contacted_unit", "event_date", "topic", "about_municipality", "other_authority",
                    "already_with", "forvaltning")
        if answers.get(key)
    }
    return answers.get("description", ""), engine_answers


def guide_answers_load(session) -> dict:
    """The guide's answers kept in ``session`` (empty when there are none or they cannot be read)."""
    stored = session.get(SESSION_KEY)
    if isinstance(stored, dict):  # a session written before the answers were encrypted
        return _answers_readable(stored)
    if not isinstance(stored, str) or not crypto.is_encrypted(stored):
        return {}
    try:
        answers = json.loads(crypto.decrypt(stored))
    except (crypto.DecryptionError, ValueError):  # the key was dropped: the citizen starts over
        return {}
    return _answers_readable(answers) if isinstance(answers, dict) else {}


def _answers_readable(answers: dict) -> dict:
    """Only answers a step could have given: text, and for the date an ISO date or none. Anything else (an
    older or damaged session) is dropped, so that step is asked again instead of failing."""
    readable = {}
    for key, value in answers.items():
        if key == CPR_MASKED:
            readable[key] = bool(value)
        elif key == "event_date":
            if value is None or value == "":
                readable[key] = value
            else:
                try:
                    dt.date.fromisoformat(value)
                except (TypeError, ValueError):
                    continue
                readable[key] = value
        elif isinstance(value, str):
            readable[key] = value
    return readable


def guide_answers_update(answers: dict, cleaned_data: dict) -> dict:
    """``answers`` with one step's cleaned answers added; dates as ISO text, CPR numbers masked."""
    for name, value in cleaned_data.items():
        answers[name] = value.isoformat() if isinstance(value, dt.date) else value
    if "description" in cleaned_data:
        answers["description"], answers[CPR_MASKED] = description_clean(answers["description"] or "")
    return answers


def guide_answers_save(session, answers: dict) -> None:
    session[SESSION_KEY] = crypto.encrypt(json.dumps(answers))


def guide_answers_for_form(session) -> dict:
    """What the complaint form may take over from the guide (the form asks again for the rest)."""
    answers = applicable_answers(guide_answers_load(session))
    if answers.get("description"):  # masked when posted; masked again for sessions from before that
        answers["description"] = description_clean(answers["description"])[0]
    return {
        key: answers[key]
        for key in ("topic", "contacted_unit", "event_date", "forvaltning", "description")
        if answers.get(key)
    }
