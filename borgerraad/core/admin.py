from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile

from borgerraad.core.logo import logo_content_type
from borgerraad.core.models import ClosingDay, ComplaintBody, Department, Office, OpeningHours


class OfficeForm(forms.ModelForm):
    class Meta:
        model = Office
        fields = "__all__"  # noqa: DJ007 - the admin edits every setting of the office

    def clean_letterhead_logo(self):
        logo = self.cleaned_data.get("letterhead_logo")
        if isinstance(logo, UploadedFile):  # a new upload, checked by its content (core/logo.py)
            logo.seek(0)
            logo_content_type(logo.read())
            logo.seek(0)
        return logo


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class ClosingDayInline(admin.TabularInline):
    model = ClosingDay
    extra = 0


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    form = OfficeForm
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
