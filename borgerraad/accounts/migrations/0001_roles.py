"""The five roles as auth groups, with the model permissions each needs (docs/accounts.md).

Access to henvendelser is decided by intake.policies.HenvendelsePolicy from the roles; the
intake permissions given here say the same thing for the admin's permission screens. The
administrator configures the system (core), manages users, unlocks accounts (axes) and resets
lost authenticators (otp_totp), and gets no intake permissions: no case access by default.
"""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")

ROLE_PERMISSIONS = {
    "raadgiver": [
        ("intake", "view_henvendelse"), ("intake", "view_attachment"),
    ],
    "leder": [
        ("intake", "view_henvendelse"), ("intake", "view_attachment"), ("intake", "view_cpr"),
        ("privacy", "view_auditevent"),
    ],
    "sekretaer": [
        ("intake", "view_henvendelse"),
    ],
    "administrator": [
        *[("core", f"{action}_{model}") for model in (
            "office", "openinghours", "closingday", "department", "complaintbody",
        ) for action in ACTIONS],
        ("auth", "view_user"), ("auth", "add_user"), ("auth", "change_user"), ("auth", "view_group"),
        ("axes", "view_accessattempt"), ("axes", "delete_accessattempt"), ("axes", "view_accesslog"),
        ("otp_totp", "view_totpdevice"), ("otp_totp", "delete_totpdevice"),
    ],
    "borgerrepraesentant": [],
}


def _create_all_permissions(apps):
    # Permissions are normally created after all migrations (post_migrate); create them now so
    # the groups below can be given them on a fresh database.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    _create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0003_office_council_and_accessibility"),
        ("intake", "0001_initial"),
        ("privacy", "0002_sign_in_actions"),
        ("axes", "0010_accessattemptexpiration"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
