"""Forms of the letter pages; they only parse input (rules are in ``services.py``)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from borgerraad.letters.models import LetterChannel, LetterKind, LetterLanguage


class DraftForm(forms.Form):
    kind = forms.ChoiceField(label=_("Slags brev"), choices=LetterKind.choices,
                             widget=forms.Select(attrs={"class": "form-select"}))
    language = forms.ChoiceField(label=_("Sprog"), choices=LetterLanguage.choices,
                                 widget=forms.Select(attrs={"class": "form-select"}))
    # A høringsbrev for this høring (a hidden field of the button on the case's høring).
    hoering = forms.IntegerField(required=False, widget=forms.HiddenInput)


class LetterEditForm(forms.Form):
    subject = forms.CharField(label=_("Emne"), max_length=300, widget=forms.TextInput(attrs={"class": "form-input"}))
    body = forms.CharField(
        label=_("Brevets tekst"),
        help_text=_("Tom linje = nyt afsnit; “- ” = punkt i en liste; “## ” = overskrift."),
        widget=forms.Textarea(attrs={"class": "form-input letters-body", "rows": 18}),
    )
    channel = forms.ChoiceField(label=_("Sendes med"), choices=LetterChannel.choices,
                                widget=forms.Select(attrs={"class": "form-select"}))


class SendForm(forms.Form):
    channel = forms.ChoiceField(label=_("Send med"), choices=LetterChannel.choices,
                                widget=forms.Select(attrs={"class": "form-select"}))
