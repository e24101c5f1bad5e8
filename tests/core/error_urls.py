"""The project's URLs plus two views that fail on purpose, for tests/core/test_error_pages.py."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path
from django_ratelimit.decorators import ratelimit

from borgerraad.urls import handler403, handler404, handler500, urlpatterns  # noqa: F401


@ratelimit(key="ip", rate="1/m", block=True, group="tests-error-pages")
def limited(request):
    from django.http import HttpResponse

    return HttpResponse("ok")


def broken(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [
    *i18n_patterns(path("test-limited/", limited), path("test-broken/", broken), prefix_default_language=False),
    *urlpatterns,
]
