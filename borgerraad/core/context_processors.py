"""Makes the office configuration available to every template as ``office``."""

from borgerraad.core.selectors import office_get


def office(request):
    return {"office": office_get()}
