"""Users, roles and authenticators in the admin, where nobody can raise rights beyond their own.

The administrator role manages users (``auth.change_user``) but, unlike a superuser:

- never sees or sets *superuser status* (read-only), and cannot change a superuser at all
  (details, password, authenticator);
- gives others only the roles (groups) and permissions it holds itself; taking them away is allowed;
- cannot change its own roles, permissions, staff, active or superuser status;
- cannot change what a role is (the groups are the roles, ``accounts/roles.py``): groups are
  read-only for everyone but superusers.

Every change of a user, a new password and a reset authenticator go to the audit log
(``accounts.services.user_change_record``) with who made it, besides the admin's own history.
The rules are in ``accounts/policies.py`` (``rights_beyond``, ``may_change_user``).
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from borgerraad.accounts.policies import may_change_own_rights, may_change_user, rights_beyond
from borgerraad.accounts.services import (
    user_change_record,
    user_password_reset_record,
    user_rights_snapshot,
    user_totp_reset_record,
)

User = get_user_model()
RIGHTS_FIELDS = ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")

admin.site.unregister(User)
admin.site.unregister(Group)
admin.site.unregister(TOTPDevice)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    def has_change_permission(self, request, obj=None):
        if obj is not None and not may_change_user(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not may_change_user(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly.append("is_superuser")
        if obj is not None and not may_change_own_rights(request.user, obj):
            readonly += [name for name in RIGHTS_FIELDS if name not in readonly]
        return readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        editor = request.user
        before = user_rights_snapshot(user=obj) if obj is not None else None

        class GuardedForm(form_class):
            """Refuses roles and permissions the editor does not hold itself (removing them is allowed)."""

            def clean(self):
                cleaned = super().clean()
                had_groups = before["groups"] if before else set()
                had_permissions = before["permissions"] if before else set()
                groups = {group.name for group in cleaned.get("groups") or []}
                permissions = {
                    f"{p.content_type.app_label}.{p.codename}" for p in cleaned.get("user_permissions") or []
                }
                bad_groups, bad_permissions = rights_beyond(
                    editor, groups=groups - had_groups, permissions=permissions - had_permissions,
                )
                if bad_groups:
                    self.add_error("groups", _(
                        "Du kan kun give roller, du selv har. Du har ikke: %(roles)s."
                    ) % {"roles": ", ".join(sorted(bad_groups))})
                if bad_permissions:
                    self.add_error("user_permissions", _(
                        "Du kan kun give rettigheder, du selv har. Du har ikke: %(permissions)s."
                    ) % {"permissions": ", ".join(sorted(bad_permissions))})
                return cleaned

        return GuardedForm

    def save_model(self, request, obj, form, change):
        request._borgerraad_user_before = user_rights_snapshot(user=User.objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        user_change_record(by=request.user, user=form.instance, before=request._borgerraad_user_before,
                           changed_fields=form.changed_data)

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302 and "password" not in response.get("Location", ""):
            user_password_reset_record(by=request.user, user=self.get_object(request, id))
        return response


@admin.register(Group)
class RoleGroupAdmin(GroupAdmin):
    """The groups are the roles; what a role may do is code (the policies). Superusers only may edit."""

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(TOTPDevice)
class StaffTOTPDeviceAdmin(TOTPDeviceAdmin):
    """A lost phone: delete the device (logged). A superuser's device is for superusers only.

    The secret key and QR code are never shown (``OTP_ADMIN_HIDE_SENSITIVE_DATA``): whoever sees
    them can make the user's codes.
    """

    def get_queryset(self, request):
        devices = super().get_queryset(request)
        if request.user.is_superuser:
            return devices
        return devices.filter(user__is_superuser=False)

    def has_add_permission(self, request):
        return request.user.is_superuser and super().has_add_permission(request)

    def delete_model(self, request, obj):
        user_totp_reset_record(by=request.user, device=obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for device in queryset.select_related("user"):
            user_totp_reset_record(by=request.user, device=device)
        super().delete_queryset(request, queryset)
