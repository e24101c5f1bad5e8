"""Reads of letters: a case's letters and their dispatches, failed dispatches, unconfirmed ones."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from borgerraad.letters.models import Dispatch, DispatchStatus, Letter, LetterKind, LetterStatus, LetterTemplate


def letters_for_case(*, case) -> list[Letter]:
    return list(
        Letter.objects.filter(case=case).select_related("finalised_by", "created_by").prefetch_related("dispatches")
    )


def letter_for_case(*, case, letter_id: int) -> Letter | None:
    return Letter.objects.filter(case=case, pk=letter_id).select_related("case").first()


def final_letters_for_case(*, case) -> QuerySet[Letter]:
    return Letter.objects.filter(case=case, status=LetterStatus.FINAL).select_related("finalised_by")


def case_letters_unconfirmed(*, case, kinds=(LetterKind.AFSLUTNING,)) -> list[Letter]:
    """Final letters of ``kinds`` on the case that no channel has confirmed yet (blocks closing)."""
    confirmed = Dispatch.objects.filter(letter=OuterRef("pk"), status=DispatchStatus.SENT)
    return list(
        Letter.objects.filter(case=case, status=LetterStatus.FINAL, kind__in=list(kinds))
        .annotate(confirmed=Exists(confirmed))
        .filter(confirmed=False)
    )


def dispatches_needing_attention() -> QuerySet[Dispatch]:
    """Failed, given-up and handed-over dispatches, for staff to follow up."""
    return Dispatch.objects.filter(
        status__in=[DispatchStatus.FAILED, DispatchStatus.GAVE_UP, DispatchStatus.HANDED_OVER],
    ).select_related("letter__case")


def template_kinds_available(*, language: str) -> list[str]:
    return list(LetterTemplate.objects.filter(active=True, language=language).values_list("kind", flat=True))
