"""The audit details the cases services write, in words (registered with ``privacy.audit_words``).

The services write a short fixed phrase with codes (``status visiteret -> under_behandling``), which
stays as written (the log is append-only); the log pages show it through these phrases, in Danish or
English. The letters, intake and portal apps register their own phrases the same way.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from borgerraad.cases.models import CaseStatus, DocumentKind, Outcome
from borgerraad.core.choices import choice_label
from borgerraad.privacy.audit_words import Phrase, audit_date

PHRASES: list[Phrase] = [
    (re.compile(r"opened"), lambda m: _("Sagen er oprettet")),
    (re.compile(r"acknowledged \(receipt e-mail\)"), lambda m: _("Kvitteret med kvitteringen pr. e-mail")),
    (re.compile(r"acknowledged( \(letter\))?"), lambda m: _("Kvitteret med kvitteringsbrevet")),
    (re.compile(r"status (\w*) -> (\w+)"), lambda m: _("Status: %(from)s → %(to)s") % {
        "from": choice_label(CaseStatus, m[1]) if m[1] else "–", "to": choice_label(CaseStatus, m[2])}),
    (re.compile(r"target extended (\d+) working days"),
     lambda m: _("Egen frist forlænget med %(n)s hverdage") % {"n": m[1]}),
    (re.compile(r"assigned to (\w+), restricted=(True|False)"), lambda m: _(
        "Tildelt (bruger-id %(user)s), begrænset adgang: %(restricted)s") % {
        "user": m[1] if m[1] != "None" else _("ingen"), "restricted": _("ja") if m[2] == "True" else _("nej")}),
    (re.compile(r"visitation: (\d+) klagepunkt\(er\)"), lambda m: _("Visiteret: %(n)s klagepunkt(er)") % {"n": m[1]}),
    (re.compile(r"klagepunkt (\d+): forward answered (\d{4}-\d\d-\d\d), (\w+)"), lambda m: _(
        "Klagepunkt %(n)s: enhedens svar %(date)s registreret") % {"n": m[1], "date": audit_date(m[2])}),
    (re.compile(r"klagepunkt (\d+): (\w+)"), lambda m: _("Klagepunkt %(n)s: %(outcome)s") % {
        "n": m[1], "outcome": choice_label(Outcome, m[2])}),
    (re.compile(r"hoering (\d+) prepared for (\w+)"), lambda m: _("Høring %(n)s forberedt til %(department)s") % {
        "n": m[1], "department": m[2]}),
    (re.compile(r"hoering (\d+) sent to (\w+).*"), lambda m: _("Høring %(n)s sendt til %(department)s") % {
        "n": m[1], "department": m[2]}),
    (re.compile(r"hoering (\d+) cancelled before sending.*"), lambda m: _("Høring %(n)s annulleret før afsendelse")
     % {"n": m[1]}),
    (re.compile(r"hoering (\d+) answered (\d{4}-\d\d-\d\d)"), lambda m: _("Høring %(n)s besvaret %(date)s") % {
        "n": m[1], "date": audit_date(m[2])}),
    (re.compile(r"hoering (\d+) extended to (\d{4}-\d\d-\d\d)"), lambda m: _("Høring %(n)s forlænget til %(date)s")
     % {"n": m[1], "date": audit_date(m[2])}),
    (re.compile(r"hoering (\d+) reminder sent"), lambda m: _("Påmindelse om høring %(n)s sendt") % {"n": m[1]}),
    (re.compile(r"hoering (\d+) escalation sent"), lambda m: _("Rykker for høring %(n)s sendt") % {"n": m[1]}),
    (re.compile(r"forward follow-up from the forwarding letter: (\d{4}-\d\d-\d\d)"), lambda m: _(
        "Opfølgning på videresendelse regnet fra videresendelsesbrevet: %(date)s") % {"date": audit_date(m[1])}),
    (re.compile(r"note (\d+) added"), lambda m: _("Notat %(n)s tilføjet") % {"n": m[1]}),
    (re.compile(r"registered by hand \((\w+)\)"), lambda m: _("Registreret i hånden")),
    (re.compile(r"document (\d+) added \((\w+), bilag ([\w-]+)\)"), lambda m: _("Dokument %(n)s tilføjet: %(kind)s")
     % {"n": m[1], "kind": choice_label(DocumentKind, m[2])}),
    (re.compile(r"related to henvendelse (\S+)"), lambda m: _("Knyttet til henvendelse %(reference)s")
     % {"reference": m[1]}),
    (re.compile(r"duplicate (\S+) merged into this case"), lambda m: _("Dubletten %(reference)s lagt sammen med sagen")
     % {"reference": m[1]}),
    (re.compile(r"message (\d+) from citizen"), lambda m: _("Besked %(n)s fra borgeren") % {"n": m[1]}),
    (re.compile(r"message (\d+) from staff"), lambda m: _("Besked %(n)s til borgeren") % {"n": m[1]}),
    (re.compile(r"withdrawn by the citizen"), lambda m: _("Trukket tilbage af borgeren")),
    (re.compile(r"rettelser"), lambda m: _("Rettelser læst")),
]


