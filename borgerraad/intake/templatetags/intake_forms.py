"""Template helpers for the complaint form's DKFDS markup."""

from __future__ import annotations

from django import forms, template

register = template.Library()


@register.filter
def widget_kind(field) -> str:
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radio"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.FileInput):
        return "file"
    return "input"


@register.filter
def attachments_of(attachments, kind: str) -> list:
    return [attachment for attachment in attachments if attachment.kind == kind]


@register.simple_tag
def form_sections(form) -> list[tuple[object, object, list]]:
    """(heading, hint, bound fields, reveal condition) per section; one plain section when the form has none.

    The condition is ``(radio field name, value)`` or None for a section that always shows.
    """
    sections = getattr(form, "sections", None) or [(None, None, list(form.fields), None)]
    return [(heading, hint, [form[name] for name in names], when) for heading, hint, names, when in sections]


@register.filter
def filesize(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"
