"""Who may do what with letters: the case's policy decides (a letter is part of its case).

- Drafting, editing, finalising and sending need the case action ``letters`` (rådgiver, leder),
  and the case must be visible to the user (``CasePolicy.visible``).
- Editing the templates is for the leader (``may_edit_templates``).
"""

from __future__ import annotations

from borgerraad.accounts.roles import Role, roles_of
from borgerraad.cases.policies import VIEW_CONTENTS, CasePolicy

LETTERS = "change"  # the casework action that covers letters


def may_work_on_letters(user, case=None) -> bool:
    """On ``case``, or without one on letters of cases in general (e.g. the Forsendelser page)."""
    policy = CasePolicy()
    return policy.can(user, VIEW_CONTENTS, case) and policy.can(user, LETTERS, case)


def may_edit_templates(user) -> bool:
    return Role.LEDER in roles_of(user)
