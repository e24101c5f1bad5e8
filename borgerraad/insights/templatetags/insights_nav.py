"""The staff menu's link to the statistics, for those who may see them (insights.policies)."""

from django import template

from borgerraad.accounts.policies import VIEW
from borgerraad.insights.policies import insights_policy

register = template.Library()


@register.simple_tag
def insights_may_view(user) -> bool:
    return insights_policy.can(user, VIEW)
