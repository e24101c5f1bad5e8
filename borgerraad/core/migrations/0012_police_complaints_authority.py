"""Den Uafhængige Politiklagemyndighed as a complaint body of its own, and the police's conduct body
(issue 12: complaints about police officers go to the authority's own site).

The authority's row is created from ``core/defaults.py`` (``CONDUCT_BODIES``) when missing; an existing row
(made in the admin) keeps its texts and only its empty fields are filled. The police row gets the authority
as its conduct body unless one is already set. Nothing is removed on the way back but the link."""

from django.db import migrations

FIELDS = ("name", "handles", "deadline", "how_to_complain", "url",
          "name_en", "handles_en", "deadline_en", "how_to_complain_en")


def forwards(apps, schema_editor):
    from borgerraad.core import defaults

    body_model = apps.get_model("core", "ComplaintBody")
    for item in defaults.CONDUCT_BODIES:
        row, created = body_model.objects.get_or_create(
            code=item["code"], defaults={name: item[name] for name in FIELDS},
        )
        if not created:
            empty = [name for name in FIELDS if not getattr(row, name)]
            for name in empty:
                setattr(row, name, item[name])
            if empty:
                row.save(update_fields=empty)
    for item in defaults.COMPLAINT_BODIES:
        if item.get("conduct_body"):
            conduct = body_model.objects.get(code=item["conduct_body"])
            body_model.objects.filter(code=item["code"], conduct_body__isnull=True).update(conduct_body=conduct)


def backwards(apps, schema_editor):
    from borgerraad.core import defaults

    codes = [item["code"] for item in defaults.CONDUCT_BODIES]
    apps.get_model("core", "ComplaintBody").objects.filter(conduct_body__code__in=codes).update(conduct_body=None)


class Migration(migrations.Migration):
    dependencies = [("core", "0011_complaint_body_conduct_body")]
    operations = [migrations.RunPython(forwards, backwards)]
