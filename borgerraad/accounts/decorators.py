"""``staff_required``: the gate in front of every staff page.

A staff page needs an active user who is staff (``is_staff`` or a staff role) and who signed in
with a second factor in this session. Anyone else is sent to the log-in page; a signed-in,
verified user who is not staff gets 403 (sending them to log in again would loop).
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from borgerraad.accounts.selectors import user_is_staff, user_is_verified


def staff_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and user_is_verified(user):
            if user_is_staff(user):
                return view(request, *args, **kwargs)
            raise PermissionDenied
        return redirect_to_login(request.get_full_path())

    return wrapper
