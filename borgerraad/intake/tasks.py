"""Background work of the intake app (django.tasks; see docs/adr/0003-background-tasks.md)."""

from __future__ import annotations

from django.tasks import task

from borgerraad.intake.services import henvendelse_receipt_send


@task()
def receipt_email_send(*, henvendelse_id: int) -> bool:
    """Send the receipt e-mail for a henvendelse; safe to run twice (it sends once)."""
    return henvendelse_receipt_send(henvendelse_id=henvendelse_id)
