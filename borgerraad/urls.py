"""Top-level URL map: public pages are language-prefixed only for English (/en/...)."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from borgerraad.core import views as core_views

# The error pages in the public layout, Danish or English (core/errors.py).
handler403 = "borgerraad.core.errors.permission_denied"
handler404 = "borgerraad.core.errors.page_not_found"
handler500 = "borgerraad.core.errors.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("medarbejder/", include("borgerraad.accounts.urls")),
    path("medarbejder/", include("borgerraad.cases.urls")),
    path("medarbejder/", include("borgerraad.letters.urls")),
    path("medarbejder/", include("borgerraad.channels.council.urls")),
    path("medarbejder/indsigt/", include("borgerraad.insights.urls")),
    path("medarbejder/", include("borgerraad.channels.email.urls")),
    path("kan-vi-hjaelpe/", include("borgerraad.triage.urls")),
    path("klag/", include("borgerraad.intake.urls")),
    path("mine-sager/", include("borgerraad.portal.urls")),
    path("", include("borgerraad.core.urls")),
    prefix_default_language=False,
)
