"""Writes for staff accounts."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model


def staff_user_ensure(*, username: str, email: str = "") -> tuple[object, str | None]:
    """Create the first staff user with a random password; return (user, password or None if it existed).

    The password is returned once, for the caller to show; it is stored only as a hash.
    """
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is not None:
        return user, None
    password = secrets.token_urlsafe(12)
    user = user_model.objects.create_superuser(username=username, email=email, password=password)
    return user, password
