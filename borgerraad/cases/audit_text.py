"""The audit log's details in the reader's language: the services write a short fixed phrase with codes
(``status visiteret -> under_behandling``, ``letter 12 handed_over via print``), which stays
as written (the log is append-only); the log pages show it in words through this table, in Danish or
English. A detail that matches no pattern is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from borgerraad.cases.models import CaseStatus, Outcome


def _label(choices, code: str) -> str:
    return str(choices(code).label) if code in choices.values else code


def _date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


# Letters' codes, as the letters app stores them (kinds, channels, dispatch states).
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


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"opened"), lambda m: _("Sagen er oprettet")),
    (re.compile(r"acknowledged \(receipt e-mail\)"), lambda m: _("Kvitteret med kvitteringen pr. e-mail")),
    (re.compile(r"acknowledged( \(letter\))?"), lambda m: _("Kvitteret med kvitteringsbrevet")),
    (re.compile(r"status (\w*) -> (\w+)"), lambda m: _("Status: %(from)s → %(to)s") % {
        "from": _label(CaseStatus, m[1]) if m[1] else "–", "to": _label(CaseStatus, m[2])}),
    (re.compile(r"target extended (\d+) working days"),
     lambda m: _("Egen frist forlænget med %(n)s hverdage") % {"n": m[1]}),
    (re.compile(r"assigned to (\w+), restricted=(True|False)"), lambda m: _(
        "Tildelt (bruger-id %(user)s), begrænset adgang: %(restricted)s") % {
        "user": m[1] if m[1] != "None" else _("ingen"), "restricted": _("ja") if m[2] == "True" else _("nej")}),
    (re.compile(r"visitation: (\d+) klagepunkt\(er\)"), lambda m: _("Visiteret: %(n)s klagepunkt(er)") % {"n": m[1]}),
    (re.compile(r"klagepunkt (\d+): forward answered (\d{4}-\d\d-\d\d), (\w+)"), lambda m: _(
        "Klagepunkt %(n)s: enhedens svar %(date)s registreret") % {"n": m[1], "date": _date(m[2])}),
    (re.compile(r"klagepunkt (\d+): (\w+)"), lambda m: _("Klagepunkt %(n)s: %(outcome)s") % {
        "n": m[1], "outcome": _label(Outcome, m[2])}),
    (re.compile(r"hoering (\d+) prepared for (\w+)"), lambda m: _("Høring %(n)s forberedt til %(department)s") % {
        "n": m[1], "department": m[2]}),
    (re.compile(r"hoering (\d+) sent to (\w+).*"), lambda m: _("Høring %(n)s sendt til %(department)s") % {
        "n": m[1], "department": m[2]}),
    (re.compile(r"hoering (\d+) cancelled before sending.*"), lambda m: _("Høring %(n)s annulleret før afsendelse")
     % {"n": m[1]}),
    (re.compile(r"hoering (\d+) answered (\d{4}-\d\d-\d\d)"), lambda m: _("Høring %(n)s besvaret %(date)s") % {
        "n": m[1], "date": _date(m[2])}),
    (re.compile(r"hoering (\d+) extended to (\d{4}-\d\d-\d\d)"), lambda m: _("Høring %(n)s forlænget til %(date)s")
     % {"n": m[1], "date": _date(m[2])}),
    (re.compile(r"hoering (\d+) reminder sent"), lambda m: _("Påmindelse om høring %(n)s sendt") % {"n": m[1]}),
    (re.compile(r"hoering (\d+) escalation sent"), lambda m: _("Rykker for høring %(n)s sendt") % {"n": m[1]}),
    (re.compile(r"forward follow-up from the forwarding letter: (\d{4}-\d\d-\d\d)"), lambda m: _(
        "Opfølgning på videresendelse regnet fra videresendelsesbrevet: %(date)s") % {"date": _date(m[1])}),
    (re.compile(r"note (\d+) added"), lambda m: _("Notat %(n)s tilføjet") % {"n": m[1]}),
    (re.compile(r"registered by hand \((\w+)\)"), lambda m: _("Registreret i hånden")),
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
]


def audit_detail_text(detail: str) -> str:
    """``detail`` in words in the active language, or as written when no pattern matches it whole."""
    for pattern, words in _PATTERNS:
        match = pattern.fullmatch(detail)
        if match:
            return words(match)
    return detail
