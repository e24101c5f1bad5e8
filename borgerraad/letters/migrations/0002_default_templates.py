"""The default letter templates in Danish and English (borgerraad/letters/defaults.py)."""

from django.db import migrations


def load(apps, schema_editor):
    from borgerraad.letters.defaults import letter_templates_load_defaults

    letter_templates_load_defaults(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("letters", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
