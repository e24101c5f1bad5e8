"""The administrator role may see the triage engine's trained models in the admin (read-only there).

Roles added to after ``0001_roles``: ``ADDED_PERMISSIONS`` holds what each role gains here; ``roles_ensure``
(accounts/services.py) reads it beside ``0001_roles.ROLE_PERMISSIONS``.
"""

from django.db import migrations

ADDED_PERMISSIONS = {
    "administrator": [("triage", "view_trainedmodel")],
}


def add_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("triage")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ADDED_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ADDED_PERMISSIONS.items():
        for group in Group.objects.filter(name=name):
            for app_label, codename in permissions:
                group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label,
                                                                    codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("triage", "0001_learned_model"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
