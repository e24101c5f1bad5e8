"""The audit details the citizen's own pages write, in words (registered with ``privacy.audit_words``)."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from borgerraad.privacy.audit_words import Phrase

PHRASES: list[Phrase] = [
    (re.compile(r"mine sager"), lambda m: _("Læst af borgeren i Mine sager")),
    (re.compile(r"mine sager: letter (\d+)"), lambda m: _("Brev %(n)s hentet af borgeren i Mine sager") % {"n": m[1]}),
    (re.compile(r"mine sager: bilag (\S+)"), lambda m: _("Bilag %(n)s hentet af borgeren i Mine sager") % {"n": m[1]}),
]
