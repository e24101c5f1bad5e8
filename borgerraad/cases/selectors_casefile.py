"""Reads of the case file: a case's documents, corrections of its henvendelse, related henvendelser.

Every list goes through the policies: related henvendelser are only those ``HenvendelsePolicy``
(and through it ``CasePolicy``) lets the user see, so a restricted case of another advisor is
never listed, even when it has the same CPR number. The CPR number is matched by its keyed hash
(``Henvendelse.cpr_hash``, under every configured key), never decrypted in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from borgerraad.cases.models import Case, CaseDocument, CaseMerge, HenvendelseLink
from borgerraad.intake.models import Henvendelse, HenvendelseCorrection
from borgerraad.intake.policies import henvendelse_policy
from borgerraad.privacy import crypto
from borgerraad.privacy.fields import cpr_lookup_value

RELATED_LIMIT = 50


def case_documents(*, case: Case) -> list[CaseDocument]:
    return list(CaseDocument.objects.filter(case=case).select_related("attachment", "added_by"))


def henvendelse_corrections(*, henvendelse: Henvendelse) -> list[HenvendelseCorrection]:
    return list(HenvendelseCorrection.objects.filter(henvendelse=henvendelse).select_related("by"))


@dataclass
class RelatedItem:
    henvendelse: Henvendelse
    reasons: list[str] = field(default_factory=list)
    linked: bool = False
    merged: bool = False  # merged into this case

    @property
    def case(self) -> Case | None:
        return getattr(self.henvendelse, "case", None)

    @property
    def mergeable(self) -> bool:
        """Not visited yet: no case, or a case still in *Modtaget* (services_casefile.case_merge)."""
        return self.case is None or self.case.status == "modtaget"


def _match_reasons(henvendelse: Henvendelse, other: Henvendelse, hashes: list[str]) -> list[str]:
    reasons = []
    if hashes and other.cpr_hash in hashes:
        reasons.append(_("samme CPR-nummer"))
    if henvendelse.email and other.email.lower() == henvendelse.email.lower():
        reasons.append(_("samme e-mail"))
    if (henvendelse.address and other.name.upper() == henvendelse.name.upper()
            and other.address.upper() == henvendelse.address.upper()):
        reasons.append(_("samme navn og adresse"))
    return reasons


def case_related(*, user, case: Case) -> dict:
    """What the related page shows: the merge this case is part of, links, and the citizen's other henvendelser.

    ``candidates`` are the other henvendelser with the same CPR number, e-mail, or name and address,
    newest first, at most ``RELATED_LIMIT``, each with why it matched.
    """
    henvendelse = case.henvendelse
    visible = henvendelse_policy.visible(user).select_related("case", "department")
    hashes = crypto.keyed_hashes(cpr_lookup_value(henvendelse.cpr))
    wanted = Q(pk__in=[])
    if hashes:
        wanted |= Q(cpr_hash__in=hashes)
    if henvendelse.email:
        wanted |= Q(email__iexact=henvendelse.email)
    if henvendelse.address:
        wanted |= Q(name__iexact=henvendelse.name, address__iexact=henvendelse.address)
    linked_ids = {
        other for pair in HenvendelseLink.objects.filter(Q(first=henvendelse) | Q(second=henvendelse))
        .values_list("first_id", "second_id") for other in pair
    } - {henvendelse.pk}
    merged_ids = set(CaseMerge.objects.filter(original=case).values_list("duplicate__henvendelse_id", flat=True))
    items: dict[int, RelatedItem] = {}
    found = visible.filter(wanted | Q(pk__in=linked_ids | merged_ids)).exclude(pk=henvendelse.pk)
    for other in found.order_by("-received_at")[:RELATED_LIMIT]:
        items[other.pk] = RelatedItem(
            other, _match_reasons(henvendelse, other, hashes), linked=other.pk in linked_ids,
            merged=other.pk in merged_ids,
        )
    merged_into = CaseMerge.objects.filter(duplicate=case).select_related("original", "by").first()
    if merged_into is not None and not henvendelse_policy.visible(user).filter(
            pk=merged_into.original.henvendelse_id).exists():
        merged_into = None
    return {
        "items": list(items.values()),
        "merged_into": merged_into,
    }
