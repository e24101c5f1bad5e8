"""The error summary's links (``templates/includes/error_summary.html``)."""

from django import forms, template

register = template.Library()


@register.filter
def field_anchor(field) -> str:
    """The id the error summary links to: the first option of a group, else the input itself."""
    if isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{field.auto_id}_0"
    return field.auto_id
