"""The audit details the intake services write, in words (registered with ``privacy.audit_words``)."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from borgerraad.core.choices import choice_label
from borgerraad.intake.models import CorrectedField
from borgerraad.privacy.audit_words import Phrase


def _fields(codes: str) -> str:
    return ", ".join(choice_label(CorrectedField, code) for code in codes.split(", "))


PHRASES: list[Phrase] = [
    (re.compile(r"corrected: (.+)"), lambda m: _("Rettet: %(fields)s") % {"fields": _fields(m[1])}),
    (re.compile(r"consent given by the citizen"), lambda m: _("Borgeren gav samtykke")),
    (re.compile(r"consent withdrawn by the citizen"), lambda m: _("Borgeren trak sit samtykke tilbage")),
    (re.compile(r"bilag (\S+)"), lambda m: _("Bilag %(n)s hentet") % {"n": m[1]}),
]
