"""Load Københavns Kommune's Borgerrådgiver as the default configuration (core/defaults.py)."""

from django.db import migrations


def load(apps, schema_editor):
    from borgerraad.core.services import configuration_load_defaults

    configuration_load_defaults(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
