"""The admin site requires the same sign-in as every staff page: password and a TOTP code.

Its own log-in form is replaced by ``/medarbejder/log-ind/``; a user who signed in with a
password only (``user.is_verified()`` False) never gets past ``has_permission``.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from borgerraad.accounts.selectors import user_is_verified


class StaffAdminSite(admin.AdminSite):
    def has_permission(self, request):
        user = request.user
        return bool(user.is_active and user.is_staff and user_is_verified(user))

    def login(self, request, extra_context=None):
        next_url = request.GET.get(REDIRECT_FIELD_NAME) or reverse("admin:index", current_app=self.name)
        return redirect_to_login(next_url)
