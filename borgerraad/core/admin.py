from django.contrib import admin

from borgerraad.core.models import ClosingDay, ComplaintBody, Department, Office, OpeningHours


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class ClosingDayInline(admin.TabularInline):
    model = ClosingDay
    extra = 0


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    inlines = [OpeningHoursInline, ClosingDayInline]
    list_display = ["name", "municipality", "phone", "email"]

    def has_add_permission(self, request):
        # One office per installation: every page and the calendar read this row.
        return not Office.objects.exists()


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "email", "active"]
    list_filter = ["active"]
    search_fields = ["code", "name", "keywords"]


@admin.register(ComplaintBody)
class ComplaintBodyAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "deadline", "active"]
    list_filter = ["active"]
    search_fields = ["code", "name", "handles", "keywords"]
