"""The Django admin app, with its site replaced by the one behind the staff sign-in (admin_site.py).

In its own module: Django takes a module's only AppConfig as its default, and accounts/apps.py
already has one.
"""

from django.contrib.admin.apps import AdminConfig


class StaffAdminConfig(AdminConfig):
    default_site = "borgerraad.accounts.admin_site.StaffAdminSite"
