"""Who may see which referrals: a council member their own, staff all (accounts.policies.ModelPolicy)."""

from __future__ import annotations

from borgerraad.accounts.policies import VIEW, ModelPolicy
from borgerraad.accounts.roles import Role, has_role
from borgerraad.accounts.selectors import user_is_staff
from borgerraad.channels.models import Referral

CREATE = "create"


class ReferralPolicy(ModelPolicy[Referral]):
    model = Referral

    def visible_for(self, user):
        if user_is_staff(user):
            return Referral.objects.all()
        if has_role(user, Role.BORGERREPRAESENTANT):
            return Referral.objects.filter(member=user)
        return Referral.objects.none()

    def allows(self, user, action: str, obj: Referral | None) -> bool:
        if action in {VIEW, CREATE}:
            return has_role(user, Role.BORGERREPRAESENTANT)
        return False


referral_policy = ReferralPolicy()
