"""The audit details the letters services write, in words (registered with ``privacy.audit_words``)."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from borgerraad.privacy.audit_words import Phrase

# The letters' codes in the middle of a sentence (kinds, channels, dispatch states).
_LETTER_WORDS = {
    "kvittering": gettext_lazy("kvittering"), "hoering": gettext_lazy("høringsbrev"),
    "afslutning": gettext_lazy("afslutningsbrev"), "videresendelse": gettext_lazy("videresendelse"),
    "vejledning": gettext_lazy("vejledning"), "rykker": gettext_lazy("rykker"), "forslag": gettext_lazy("forslag"),
    "email": gettext_lazy("e-mail"), "digital_post": gettext_lazy("Digital Post"), "print": gettext_lazy("fysisk post"),
    "queued": gettext_lazy("i kø"), "handed_over": gettext_lazy("afleveret, afventer bekræftelse"),
    "sent": gettext_lazy("sendt"), "failed": gettext_lazy("fejlet, prøves igen"),
    "gave_up": gettext_lazy("fejlet, opgivet"),
}


def _word(code: str) -> str:
    return str(_LETTER_WORDS.get(code, code))


PHRASES: list[Phrase] = [
    (re.compile(r"letter (\d+) drafted \((\w+)\)"), lambda m: _("Brev %(n)s oprettet som udkast (%(kind)s)") % {
        "n": m[1], "kind": _word(m[2])}),
    (re.compile(r"letter (\d+) edited"), lambda m: _("Brev %(n)s rettet") % {"n": m[1]}),
    (re.compile(r"letter (\d+) finalised"), lambda m: _("Brev %(n)s gjort endeligt") % {"n": m[1]}),
    (re.compile(r"letter (\d+) discarded"), lambda m: _("Brevudkast %(n)s slettet") % {"n": m[1]}),
    (re.compile(r"letter (\d+) queued for (\w+)"), lambda m: _("Brev %(n)s sat i kø til %(channel)s") % {
        "n": m[1], "channel": _word(m[2])}),
    (re.compile(r"letter (\d+) confirmed sent via (\w+)"), lambda m: _("Brev %(n)s bekræftet sendt med %(channel)s")
     % {"n": m[1], "channel": _word(m[2])}),
    (re.compile(r"letter (\d+) (\w+) via (\w+)"), lambda m: _("Brev %(n)s: %(status)s (%(channel)s)") % {
        "n": m[1], "status": _word(m[2]), "channel": _word(m[3])}),
    (re.compile(r"letter (\d+) print run"), lambda m: _("Brev %(n)s hentet i printkørslen") % {"n": m[1]}),
    (re.compile(r"letter (\d+) retry requested"), lambda m: _("Brev %(n)s: nyt forsøg bestilt") % {"n": m[1]}),
    (re.compile(r"letter (\d+) pdf"), lambda m: _("Brev %(n)s hentet som PDF") % {"n": m[1]}),
    (re.compile(r"letter (\d+)"), lambda m: _("Brev %(n)s læst") % {"n": m[1]}),
    (re.compile(r"whole case as PDF"), lambda m: _("Hele sagen hentet som PDF")),
]
