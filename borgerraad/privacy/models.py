"""The audit log: who read or changed personal data, when, and what. Append-only.

Every read of a henvendelse or case with personal data, every reveal of a full CPR number and
every attachment download is recorded (databeskyttelsesforordningen art. 32: logging of access
to personal data). Staff sign-ins, sign-outs, failed attempts and lockouts are recorded too, with
the username as the only personal data (an attempted username that matches no user is not
stored: people type passwords into it). Changes of staff users — created, changed, roles and
permissions, superuser and active status, a new password, a reset authenticator — are recorded
with who made them (``accounts.services.user_change_record``). Rows cannot be changed or deleted through the
application: ``save`` refuses updates, and ``delete`` refuses on both the instance and the queryset.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    VIEW = "view", _("læst")
    VIEW_CPR = "view_cpr", _("så fuldt CPR-nummer")
    DOWNLOAD = "download", _("hentede bilag")
    EXPORT = "export", _("hentede hele sagen som PDF")
    CHANGE = "change", _("ændrede")
    LOGIN = "login", _("loggede ind")
    LOGOUT = "logout", _("loggede ud")
    LOGIN_FAILED = "login_failed", _("mislykket log-ind")
    LOCKOUT = "lockout", _("spærret efter for mange forsøg")
    USER_CREATED = "user_created", _("oprettede bruger")
    USER_CHANGED = "user_changed", _("ændrede bruger")
    ROLES_CHANGED = "roles_changed", _("ændrede roller eller rettigheder")
    SUPERUSER_CHANGED = "superuser_changed", _("ændrede superbrugerstatus")
    ACTIVE_CHANGED = "active_changed", _("aktiverede eller deaktiverede bruger")
    PASSWORD_RESET = "password_reset", _("satte ny adgangskode")
    TOTP_RESET = "totp_reset", _("nulstillede godkendelses-app")


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("The audit log is append-only.")

    def delete(self):
        raise PermissionDenied("The audit log is append-only.")


class AuditEvent(models.Model):
    at = models.DateTimeField(_("tidspunkt"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("bruger"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    username = models.CharField(_("brugernavn"), max_length=150)
    action = models.CharField(_("handling"), max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(_("slags"), max_length=100)
    object_id = models.CharField(_("id"), max_length=100)
    object_label = models.CharField(_("reference"), max_length=200, db_index=True)
    detail = models.CharField(_("detalje"), max_length=300, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("logbegivenhed")
        verbose_name_plural = _("adgangslog")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.get_action_display()} {self.object_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("The audit log is append-only.")

    @property
    def by_system(self) -> bool:
        """Done by the system itself (a background job, the scheduler, a channel), not by a signed-in user.
        Rows written before the system had its own name say "anonym"."""
        return self.user_id is None and self.username in ("system", "anonym") and self.object_type != "auth.user"
