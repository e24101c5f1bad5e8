"""The audit details the insights services write, in words (registered with ``privacy.audit_words``)."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from borgerraad.core.choices import choice_label
from borgerraad.insights.models import Adoption, Compliance
from borgerraad.privacy.audit_words import Phrase

PHRASES: list[Phrase] = [
    (re.compile(r"suggestion (\d+) registered"), lambda m: _("Forslag %(n)s registreret") % {"n": m[1]}),
    (re.compile(r"suggestion (\d+) updated: (\w+)"), lambda m: _("Forslag %(n)s ændret, vedtaget: %(adoption)s")
     % {"n": m[1], "adoption": choice_label(Adoption, m[2])}),
    (re.compile(r"suggestion (\d+) read"), lambda m: _("Forslag %(n)s læst") % {"n": m[1]}),
    (re.compile(r"suggestion (\d+) exported \(CSV\)"), lambda m: _("Forslag %(n)s eksporteret (CSV)") % {"n": m[1]}),
    (re.compile(r"henstilling klagepunkt (\d+): answer (\w+)( \(corrected\))?"), lambda m: _(
        "Henstilling, klagepunkt %(n)s: svar registreret (%(compliance)s)")
     % {"n": m[1], "compliance": choice_label(Compliance, m[2])}),
    (re.compile(r"henstilling klagepunkt (\d+) read"), lambda m: _("Henstilling, klagepunkt %(n)s læst") % {"n": m[1]}),
    (re.compile(r"henstilling klagepunkt (\d+): overdue reminder sent"), lambda m: _(
        "Henstilling, klagepunkt %(n)s: påmindelse om overskredet frist sendt") % {"n": m[1]}),
    (re.compile(r"texts saved as version (\d+)"), lambda m: _("Beretningens tekster gemt som version %(n)s")
     % {"n": m[1]}),
    (re.compile(r"beretning \(intern\)"), lambda m: _("Læst i den interne beretning")),
    (re.compile(r"beretning \(intern\): suggestion (\d+)"), lambda m: _("Forslag %(n)s læst i den interne beretning")
     % {"n": m[1]}),
    (re.compile(r"beretning \(intern\): henstilling klagepunkt (\d+)"), lambda m: _(
        "Henstilling, klagepunkt %(n)s læst i den interne beretning") % {"n": m[1]}),
    (re.compile(r"internal edition generated on the (\w+) \(texts version (\d+)\)"), lambda m: _(
        "Intern udgave af beretningen dannet (tekstversion %(n)s)") % {"n": m[2]}),
]
