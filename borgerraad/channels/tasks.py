"""Background work of the automatic channels (django.tasks; see docs/adr/0003-background-tasks.md).

The polls also run from cron as ``borgerraad mail_poll`` and ``borgerraad digital_post_poll``;
running them twice at once is safe (exactly-once registration, see ``channels.services``).
"""

from __future__ import annotations

from dataclasses import asdict

from django.tasks import task

from borgerraad.channels.registry import poll_channel


@task()
def mail_poll_task() -> dict:
    return asdict(poll_channel("email"))


@task()
def digital_post_poll_task() -> dict:
    return asdict(poll_channel("digital_post"))


@task()
def email_security_notice_send_task(*, inbound_id: int) -> bool:
    from borgerraad.channels.email.services import email_security_notice_send

    return email_security_notice_send(inbound_id=inbound_id)
