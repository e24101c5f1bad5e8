from django import template

from borgerraad.accounts import navigation
from borgerraad.accounts.selectors import role_labels

register = template.Library()


@register.simple_tag
def staff_roles(user) -> str:
    """The user's roles for the header, e.g. "rådgiver, leder"."""
    return ", ".join(role_labels(user))


@register.filter
def minutes(value) -> int:
    """A timedelta as whole minutes, rounded up (the lockout page's "try again in N minutes")."""
    return -(-int(value.total_seconds()) // 60)


@register.simple_tag
def staff_links(user, place: str) -> list:
    """The links the apps offer ``user`` in ``place`` ("menu" or "start"), see ``accounts.navigation``."""
    return navigation.staff_links(user=user, place=place)
