"""Who may see e-mails that could not be registered (``FailedMail``): the roles that read case
contents (rådgiver and leder, as ``intake.policies``), because the raw message is what a citizen
wrote. Sekretær, administrator and council members do not."""

from __future__ import annotations

from django.db.models import QuerySet

from borgerraad.accounts.policies import ModelPolicy
from borgerraad.accounts.roles import Role, has_role
from borgerraad.channels.models import FailedMail

DOWNLOAD = "download"
_READERS = (Role.RAADGIVER, Role.LEDER)


class FailedMailPolicy(ModelPolicy[FailedMail]):
    model = FailedMail

    def visible_for(self, user) -> QuerySet[FailedMail]:
        return FailedMail.objects.all() if has_role(user, *_READERS) else FailedMail.objects.none()

    def allows(self, user, action: str, obj: FailedMail | None) -> bool:
        return action in ("view", DOWNLOAD) and has_role(user, *_READERS)


failed_mail_policy = FailedMailPolicy()
