"""Numbers on the statistics pages: Danish grouping and decimal comma, a dash for "nothing to show"."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def cell(value) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return number_format(value, 1, force_grouping=True)
    if isinstance(value, int):
        return number_format(value, force_grouping=True)
    return str(value)


@register.filter
def signed(value) -> str:
    """A change in per cent with its sign (+12,5 / −3,0), or a dash."""
    if value is None:
        return "–"
    text = number_format(abs(value), 1, force_grouping=True)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)
