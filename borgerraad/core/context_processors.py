"""Makes the office configuration available to every template as ``office``.

When the database cannot be read (the error pages), its contact details from the settings.
"""

from borgerraad.core.errors import office_contact


def office(request):
    return {"office": office_contact()}
