"""Template helpers for the public pages: language-aware paths and telephone links."""

from __future__ import annotations

import re

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.filter
def localize_path(value: str) -> str:
    """Prefix a site path with the active language (``/klag/`` → ``/en/klag/`` in English).

    The default language has no prefix (``i18n_patterns(prefix_default_language=False)``);
    full addresses (another site, e.g. the municipality's own complaint form) pass unchanged.
    """
    if not value.startswith("/") or value.startswith("//"):
        return value
    language = get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE or value.startswith(f"/{language}/"):
        return value
    return f"/{language}{value}"


@register.filter
def tel_href(value: str) -> str:
    """``33 66 14 00`` → ``tel:+4533661400`` (Danish numbers without country code get +45)."""
    digits = re.sub(r"[^\d+]", "", value)
    if not digits.startswith("+") and len(digits) == 8:
        digits = f"+45{digits}"
    return f"tel:{digits}"


@register.simple_tag
def icon(name: str, css_class: str = "") -> str:
    """A decorative DKFDS icon from the vendored sprite; the text next to it carries the meaning."""
    classes = f"icon-svg {css_class}".strip()
    return format_html(
        '<svg class="{}" focusable="false" aria-hidden="true"><use href="{}#{}"></use></svg>',
        classes, static("vendor/dkfds/img/all-svg-icons.svg"), name,
    )


@register.simple_tag(takes_context=True)
def path_in_language(context, language: str) -> str:
    """The current page's path in ``language``, as the ``next`` of the language switch.

    Computed while rendering, because only then is the page's own language active:
    ``set_language`` runs unprefixed (in Danish) and cannot resolve an ``/en/...`` path itself.
    Without a request (the last-resort 500 page) it is the front page.
    """
    request = context.get("request")
    return translate_url(request.get_full_path() if request else "/", language)
