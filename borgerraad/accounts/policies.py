"""Permission policies: one object per model answers both questions staff screens ask.

``visible(user)`` is the queryset of records the user may list; ``can(user, action, obj)`` says
whether the user may do ``action`` on ``obj``. ``can(user, "view", obj)`` is defined through
``visible()``, so a list and a detail page can never disagree about a record (the failure mode
of django-helpdesk's bug #1423). Anonymous and inactive users may do nothing; active superusers
may do everything.

Subclasses set ``model``, implement ``visible_for(user)`` (for ordinary active users) and
``allows(user, action, obj)`` for every action other than "view". They do not override
``visible``, ``can`` or ``check``.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet

VIEW = "view"


def is_active_user(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


class ModelPolicy[M: models.Model]:
    model: type[M]

    # -- the public face -------------------------------------------------------------------------

    def visible(self, user) -> QuerySet[M]:
        """The records ``user`` may list (and so open)."""
        manager = self.model._default_manager
        if not is_active_user(user):
            return manager.none()
        if user.is_superuser:
            return manager.all()
        return self.visible_for(user)

    def can(self, user, action: str, obj: M | None = None) -> bool:
        """May ``user`` do ``action`` on ``obj`` (or on the model in general when ``obj`` is None)?

        Any action on a record requires that the record is visible to the user.
        """
        if not is_active_user(user):
            return False
        if user.is_superuser:
            return True
        if obj is not None and not self.visible(user).filter(pk=obj.pk).exists():
            return False
        if action == VIEW:
            return obj is not None or self.allows(user, VIEW, None)
        return self.allows(user, action, obj)

    def permissions(self, user, obj: M, actions: Iterable[str]) -> frozenset[str]:
        """Which of ``actions`` ``user`` may do on ``obj``: ``can`` of each, with the record's visibility read
        once (a page that asks several questions about one record, e.g. the case page, asks them here)."""
        actions = frozenset(actions)
        if not is_active_user(user):
            return frozenset()
        if user.is_superuser:
            return actions
        if not self.visible(user).filter(pk=obj.pk).exists():
            return frozenset()
        return frozenset(action for action in actions if action == VIEW or self.allows(user, action, obj))

    def check(self, user, action: str, obj: M | None = None) -> None:
        """Raise ``PermissionDenied`` unless ``can(user, action, obj)``."""
        if not self.can(user, action, obj):
            raise PermissionDenied

    # -- for subclasses --------------------------------------------------------------------------

    def visible_for(self, user) -> QuerySet[M]:
        """Records an active, non-superuser ``user`` may list. Default: none."""
        return self.model._default_manager.none()

    def allows(self, user, action: str, obj: M | None) -> bool:
        """Whether an active, non-superuser ``user`` may do ``action``; ``obj`` is already visible.

        Called with action "view" only for the model-level question (``obj`` None): may the user
        open the list at all. The default answers that from ``visible_for`` being non-empty for
        the user's roles; subclasses may override. Unknown actions are refused.
        """
        if action == VIEW:
            return self.visible_for(user).exists()
        return False


# -- users and roles -------------------------------------------------------------------------------
#
# Nobody raises rights beyond their own: a user who may change users (the administrator role) may
# give others only the roles (groups) and permissions it holds itself, never superuser status, and
# may not change its own rights or any superuser at all. Superusers are exempt (they hold every right).


def rights_held(user) -> tuple[frozenset[str], frozenset[str]]:
    """The group names and permissions (``app_label.codename``) ``user`` holds."""
    if not is_active_user(user):
        return frozenset(), frozenset()
    return frozenset(user.groups.values_list("name", flat=True)), frozenset(user.get_all_permissions())


def rights_beyond(editor, *, groups: set[str], permissions: set[str]) -> tuple[set[str], set[str]]:
    """Of ``groups`` and ``permissions`` to be given, those ``editor`` may not give (empty for superusers)."""
    if is_active_user(editor) and editor.is_superuser:
        return set(), set()
    held_groups, held_permissions = rights_held(editor)
    return set(groups) - held_groups, set(permissions) - held_permissions


def may_change_user(editor, target) -> bool:
    """Whether ``editor`` may change ``target`` at all (its details, password, authenticator)."""
    if not is_active_user(editor):
        return False
    return editor.is_superuser or not target.is_superuser


def may_change_own_rights(editor, target) -> bool:
    """Roles, permissions, staff, active and superuser status of oneself: superusers only."""
    return editor.is_superuser or editor.pk != target.pk
