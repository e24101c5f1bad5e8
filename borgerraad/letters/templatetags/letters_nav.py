"""``{% letters_dispatches_nav user %}``: the staff navigation's *Forsendelser* item (cases/base.html)."""

from __future__ import annotations

from django import template

from borgerraad.letters import selectors
from borgerraad.letters.policies import may_work_on_letters

register = template.Library()


@register.simple_tag
def letters_dispatches_nav(user) -> int | None:
    """How many dispatches need action, or None when ``user`` may not work on letters."""
    if not may_work_on_letters(user):
        return None
    return selectors.dispatches_needing_action_count(user=user)
