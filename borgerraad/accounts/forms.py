"""The sign-in forms: password first, then the six-digit code from the authenticator app."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from borgerraad.accounts.selectors import user_may_sign_in


class PasswordForm(AuthenticationForm):
    """Username and password; Django's authenticate() runs django-axes' lockout check first."""

    error_messages = {
        "invalid_login": _("Brugernavn eller adgangskode er forkert."),
        "inactive": _("Brugernavn eller adgangskode er forkert."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Brugernavn")
        self.fields["password"].label = _("Adgangskode")
        self.fields["username"].widget.attrs.update({"class": "form-input", "autocomplete": "username"})
        self.fields["password"].widget.attrs.update({"class": "form-input", "autocomplete": "current-password"})

    def confirm_login_allowed(self, user):
        # Same message as a wrong password: the form does not tell who has an account.
        if not user.is_active or not user_may_sign_in(user):
            raise forms.ValidationError(self.error_messages["invalid_login"], code="invalid_login")


class CodeForm(forms.Form):
    token = forms.CharField(
        label=_("Kode fra godkendelses-appen"),
        help_text=_("De 6 cifre, som appen viser lige nu."),
        max_length=12,
        widget=forms.TextInput(attrs={
            "class": "form-input input-width-xs", "autocomplete": "one-time-code", "inputmode": "numeric",
            "spellcheck": "false",
        }),
        error_messages={
            "required": _("Skriv koden fra appen."),
            "max_length": _("Koden har 6 cifre."),
        },
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if len(token) != 6 or not token.isdigit():
            raise forms.ValidationError(_("Koden har 6 cifre."), code="invalid_format")
        return token
