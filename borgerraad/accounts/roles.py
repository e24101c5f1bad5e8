"""Staff roles, held as auth groups named by ``Role`` values (DOMAIN.md §2).

A user's roles are the groups they belong to whose names are ``Role`` values; other groups are
ignored. What each role may see and do is decided by the policy objects (``policies.py`` and each
app's ``policies.py``), never by checking a role in a view or template.
"""

from __future__ import annotations

from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Role(StrEnum):
    RAADGIVER = "raadgiver"
    LEDER = "leder"
    SEKRETAER = "sekretaer"
    ADMINISTRATOR = "administrator"
    BORGERREPRAESENTANT = "borgerrepraesentant"

    @property
    def label(self):
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.RAADGIVER: _("rådgiver"),
    Role.LEDER: _("leder"),
    Role.SEKRETAER: _("sekretær"),
    Role.ADMINISTRATOR: _("administrator"),
    Role.BORGERREPRAESENTANT: _("borgerrepræsentant"),
}

# Roles that make a user staff for sign-in purposes even without ``is_staff``.
STAFF_ROLES = frozenset({Role.RAADGIVER, Role.LEDER, Role.SEKRETAER, Role.ADMINISTRATOR})

_CACHE_ATTR = "_borgerraad_roles"


def roles_of(user) -> frozenset[Role]:
    """The roles of ``user``; empty for anonymous and inactive users. Cached on the user object."""
    if user is None or not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    values = {role.value for role in Role}
    names = user.groups.filter(name__in=values).values_list("name", flat=True)
    roles = frozenset(Role(name) for name in names)
    setattr(user, _CACHE_ATTR, roles)
    return roles


def has_role(user, *roles: Role) -> bool:
    """True when ``user`` has at least one of ``roles``."""
    return bool(roles_of(user) & set(roles))


def forget_roles(user) -> None:
    """Drop the cached roles, e.g. after changing a user's groups in the same request or test."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)
