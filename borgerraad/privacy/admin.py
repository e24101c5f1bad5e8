from django.contrib import admin

from borgerraad.privacy.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: nobody adds, changes or deletes log rows through the application."""

    list_display = ["at", "username", "action", "object_label", "detail"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_label", "username"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
