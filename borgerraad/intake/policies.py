"""Who may see and do what with a henvendelse (DOMAIN.md §2; the roles in accounts/roles.py).

- rådgiver and leder list every henvendelse and may read its contents (description, desired
  outcome, attachments, CPR masked).
- sekretær lists every henvendelse but sees only what registration needs: reference, channel,
  received, name, contact details and department; not the contents ("view_contents") nor CPR.
- administrator configures the system and sees no henvendelser by default.
- borgerrepræsentant sees no henvendelser.
- the full CPR number ("reveal_cpr") only for leder and users given ``intake.view_cpr``, and only
  for henvendelser they may read.
"""

from __future__ import annotations

from django.db.models import QuerySet

from borgerraad.accounts.policies import ModelPolicy
from borgerraad.accounts.roles import Role, has_role
from borgerraad.intake.models import Henvendelse

VIEW_CONTENTS = "view_contents"
REVEAL_CPR = "reveal_cpr"

# The fields a sekretær may see: what registering and routing a henvendelse needs.
REGISTRATION_FIELDS = (
    "reference", "channel", "status", "received_at", "receipt_sent_at", "language", "submitter_kind",
    "company_name", "on_behalf", "represented_name", "name", "address", "email", "phone",
    "preferred_channel", "department",
)

_READERS = (Role.RAADGIVER, Role.LEDER)
_LISTERS = (*_READERS, Role.SEKRETAER)


class HenvendelsePolicy(ModelPolicy[Henvendelse]):
    model = Henvendelse

    def visible_for(self, user) -> QuerySet[Henvendelse]:
        if has_role(user, *_LISTERS):
            return Henvendelse.objects.all()
        return Henvendelse.objects.none()

    def allows(self, user, action: str, obj: Henvendelse | None) -> bool:
        if action == "view":
            return has_role(user, *_LISTERS)
        if action == VIEW_CONTENTS:
            return has_role(user, *_READERS)
        if action == REVEAL_CPR:
            return has_role(user, *_READERS) and (has_role(user, Role.LEDER) or user.has_perm("intake.view_cpr"))
        return False


henvendelse_policy = HenvendelsePolicy()
