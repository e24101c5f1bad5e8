"""Letter templates in the admin, for the leader; with a preview on a chosen real case.

Only the templates: letters and their dispatches are case data and live on the staff pages
(``/medarbejder/forsendelser/``), behind the case's policy, not in the admin.

The preview button posts the unsaved subject and body to ``preview/`` (a second submit button
with ``formaction``, no JavaScript), which renders them in the sandbox on the chosen case (the
read is logged through ``cases.selectors.case_get``) or on sample data, and saves nothing.
Saving checks that the template renders (``services.letter_template_save``).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from borgerraad.cases import selectors as case_selectors
from borgerraad.core.selectors import office_get
from borgerraad.letters import rendering, services
from borgerraad.letters.models import LetterTemplate
from borgerraad.letters.policies import may_edit_templates


class LetterTemplateForm(forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = ["kind", "language", "subject", "body", "active"]

    def clean(self):
        cleaned = super().clean()
        context = rendering.sample_context(cleaned.get("language") or "da")
        for name in ("subject", "body"):
            try:
                rendering.render_text(cleaned.get(name) or "", context)
            except rendering.LetterTemplateError as error:
                self.add_error(name, _("Skabelonen kan ikke flettes: %(error)s") % {"error": error})
        return cleaned


@admin.register(LetterTemplate)
class LetterTemplateAdmin(admin.ModelAdmin):
    form = LetterTemplateForm
    list_display = ["kind", "language", "subject", "active", "updated_at", "updated_by"]
    list_filter = ["kind", "language", "active"]
    fields = ["kind", "language", "subject", "body", "active"]
    readonly_fields = ["updated_by"]
    change_form_template = "admin/letters/lettertemplate/change_form.html"

    def has_module_permission(self, request):
        return may_edit_templates(request.user) or super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return may_edit_templates(request.user) or super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return may_edit_templates(request.user) or super().has_change_permission(request, obj)

    def has_add_permission(self, request):
        return may_edit_templates(request.user) or super().has_add_permission(request)

    def save_model(self, request, obj, form, change):
        services.letter_template_save(template=obj, by=request.user)

    def get_urls(self):
        return [
            path("preview/", self.admin_site.admin_view(self.preview_view), name="letters_lettertemplate_preview"),
            *super().get_urls(),
        ]

    def preview_view(self, request):
        if request.method != "POST" or not self.has_change_permission(request):
            raise PermissionDenied
        language = request.POST.get("language", "da")
        reference = request.POST.get("preview_case", "").strip()
        case = None
        if reference:
            try:
                case = case_selectors.case_get(user=request.user, reference=reference)  # logs the read
            except PermissionDenied:
                case = None
        office = office_get()
        context = (rendering.merge_context(case=case, office=office, language=language, advisor=request.user)
                   if case is not None and office is not None else rendering.sample_context(language))
        subject = body = error = ""
        try:
            subject = rendering.render_text(request.POST.get("subject", ""), context)
            body = rendering.body_html(rendering.render_text(request.POST.get("body", ""), context))
        except rendering.LetterTemplateError as exc:
            error = str(exc)
        return TemplateResponse(request, "admin/letters/lettertemplate/preview.html", {
            **self.admin_site.each_context(request), "opts": self.model._meta, "title": _("Forhåndsvisning"),
            "subject": subject, "body": body, "error": error, "case": case, "reference": reference,
        })

