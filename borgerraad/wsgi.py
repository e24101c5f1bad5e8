"""WSGI entry point for production servers (e.g. ``gunicorn borgerraad.wsgi``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgerraad.settings")
application = get_wsgi_application()
