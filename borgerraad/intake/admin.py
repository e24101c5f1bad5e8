"""Staff access to henvendelser in the admin until the casework screens arrive.

Read-only: a henvendelse is the citizen's own words and is never edited. CPR numbers are shown
masked; a user with ``intake.view_cpr`` can reveal one, and every opening of a henvendelse, every
reveal and every attachment download is written to the audit log (privacy.AuditEvent).
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from borgerraad.intake.models import Henvendelse
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record


@admin.register(Henvendelse)
class HenvendelseAdmin(admin.ModelAdmin):
    list_display = ["reference", "received_at", "channel", "status", "department", "verdict"]
    list_filter = ["status", "channel", "department", "submitter_kind"]
    search_fields = ["reference"]
    date_hierarchy = "received_at"
    list_select_related = ["department"]
    fieldsets = [
        (None, {"fields": ["reference", "channel", "status", "received_at", "receipt_sent_at", "language"]}),
        (_("Afsender"), {"fields": [
            "submitter_kind", "company_name", "cvr", "on_behalf", "represented_name", "relation",
            "relation_other", "power_of_attorney_later",
        ]}),
        (_("Kontakt"), {"fields": [
            "name", "address", "email", "phone", "preferred_channel", "cpr_display", "needs",
            "interpreter_language",
        ]}),
        (_("Sagen"), {"fields": [
            "department", "unit", "description_display", "event_date", "desired_outcome_display",
            "contacted_unit", "contacted_unit_date", "consent",
        ]}),
        (_("Visitation"), {"fields": ["verdict", "triage_explanation"]}),
        (_("Bilag"), {"fields": ["attachment_links"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        return [name for _title, options in self.fieldsets for name in options["fields"]]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("<int:object_id>/cpr/", self.admin_site.admin_view(self.cpr_view), name="intake_henvendelse_cpr"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and response.status_code == 200:
            audit_record(user=request.user, action=AuditAction.VIEW, obj=self.get_object(request, object_id))
        return response

    def cpr_view(self, request, object_id):
        """Reveal the full CPR number to a permitted user, on its own page, and log it."""
        henvendelse = get_object_or_404(Henvendelse, pk=object_id)
        if not (self.has_view_permission(request, henvendelse) and request.user.has_perm("intake.view_cpr")):
            raise PermissionDenied
        audit_record(user=request.user, action=AuditAction.VIEW_CPR, obj=henvendelse)
        context = {**self.admin_site.each_context(request), "henvendelse": henvendelse,
                   "opts": self.model._meta, "title": _("CPR-nummer")}
        return TemplateResponse(request, "admin/intake/henvendelse_cpr.html", context)

    @admin.display(description=_("CPR-nummer"))
    def cpr_display(self, obj):
        if not obj.cpr:
            return "–"
        # The reveal page checks intake.view_cpr itself; the link is the same for everyone.
        url = reverse("admin:intake_henvendelse_cpr", args=[obj.pk])
        return format_html('{} <a href="{}">{}</a>', obj.cpr_masked, url,
                           _("Vis fuldt CPR-nummer (kræver særlig adgang, logges)"))

    @admin.display(description=_("Hvad skete der"))
    def description_display(self, obj):
        return obj.description_masked

    @admin.display(description=_("Ønsket resultat"))
    def desired_outcome_display(self, obj):
        return obj.desired_outcome_masked

    @admin.display(description=_("Forslag"))
    def verdict(self, obj):
        return (obj.triage or {}).get("verdict", "")

    @admin.display(description=_("Begrundelse"))
    def triage_explanation(self, obj):
        return (obj.triage or {}).get("explanation", "")

    @admin.display(description=_("Bilag"))
    def attachment_links(self, obj):
        attachments = list(obj.attachments.all())
        if not attachments:
            return "–"
        return format_html_join(
            ", ", '<a href="{}">{} ({})</a>',
            ((reverse("intake:attachment", args=[a.pk]), a.original_name, a.get_kind_display()) for a in attachments),
        )
