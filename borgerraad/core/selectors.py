"""Reads of the municipality's configuration."""

from __future__ import annotations

from borgerraad.core.models import ComplaintBody, Department, Office


def office_get() -> Office | None:
    return Office.objects.prefetch_related("opening_hours", "closing_days").first()


def department_list(*, active_only: bool = True) -> list[Department]:
    queryset = Department.objects.all()
    if active_only:
        queryset = queryset.filter(active=True)
    return list(queryset)


def complaint_body_list(*, active_only: bool = True) -> list[ComplaintBody]:
    queryset = ComplaintBody.objects.all()
    if active_only:
        queryset = queryset.filter(active=True)
    return list(queryset)
