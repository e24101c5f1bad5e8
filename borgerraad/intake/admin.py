"""Staff access to henvendelser in the admin until the casework screens arrive.

Read-only: a henvendelse is the citizen's own words and is never edited. Who may list, open and
read what is decided by ``henvendelse_policy`` (intake/policies.py), not by model permissions: a
sekretær sees the registration fields only. CPR numbers are shown masked; a user the policy allows
"reveal_cpr" can reveal one, and every opening of a henvendelse, every reveal and every attachment
download is written to the audit log (privacy.AuditEvent).
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from borgerraad.intake.models import Henvendelse
from borgerraad.intake.policies import REGISTRATION_FIELDS, REVEAL_CPR, VIEW_CONTENTS, henvendelse_policy
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

    def get_queryset(self, request):
        visible = henvendelse_policy.visible(request.user).values("pk")
        return super().get_queryset(request).filter(pk__in=visible)

    def has_module_permission(self, request):
        return henvendelse_policy.can(request.user, "view")

    def has_view_permission(self, request, obj=None):
        return henvendelse_policy.can(request.user, "view", obj)

    def has_change_permission(self, request, obj=None):
        return False

    def get_list_display(self, request):
        if henvendelse_policy.can(request.user, VIEW_CONTENTS):
            return self.list_display
        return [name for name in self.list_display if name in REGISTRATION_FIELDS]

    def get_fieldsets(self, request, obj=None):
        if henvendelse_policy.can(request.user, VIEW_CONTENTS, obj):
            return self.fieldsets
        # The sekretær's view: only what registration needs, no contents, no CPR.
        fieldsets = []
        for title, options in self.fieldsets:
            fields = [name for name in options["fields"] if name in REGISTRATION_FIELDS]
            if fields:
                fieldsets.append((title, {**options, "fields": fields}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [name for _title, options in self.get_fieldsets(request, obj) for name in options["fields"]]

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
        if not henvendelse_policy.can(request.user, REVEAL_CPR, henvendelse):
            raise PermissionDenied
        audit_record(user=request.user, action=AuditAction.VIEW_CPR, obj=henvendelse)
        context = {**self.admin_site.each_context(request), "henvendelse": henvendelse,
                   "opts": self.model._meta, "title": _("CPR-nummer")}
        return TemplateResponse(request, "admin/intake/henvendelse_cpr.html", context)

    @admin.display(description=_("CPR-nummer"))
    def cpr_display(self, obj):
        if not obj.cpr:
            return "–"
        # The reveal page checks the policy itself; the link is the same for everyone who sees this.
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
            ((reverse("intake:attachment", args=[a.pk]), a.name_masked, a.get_kind_display()) for a in attachments),
        )
