"""Fill the new fields of existing rows from ``core/defaults.py``: the departments' phone, web page
and English texts, and the complaint bodies' English texts. Only empty fields are filled, so edits
made in the admin are kept; the police's Danish texts are updated only while still as shipped."""

from django.db import migrations

DEPARTMENT_FIELDS = ("name_en", "areas_en", "phone", "url")
BODY_FIELDS = ("name_en", "handles_en", "deadline_en", "how_to_complain_en")
POLICE_AS_SHIPPED = {
    "handles": "Politiets opgaver: anmeldelser, færdsel, tilladelser og politiets adfærd (Den Uafhængige Politiklagemyndighed).",
    "deadline": "6 måneder for klager over politiets adfærd",
    "how_to_complain": "Kontakt politiet på politi.dk eller 114. Klager over betjentes adfærd går til Den Uafhængige Politiklagemyndighed.",
}


def _fill(model, rows, fields):
    for item in rows:
        row = model.objects.filter(code=item["code"]).first()
        if row is None:
            continue
        changed = [name for name in fields if not getattr(row, name) and item.get(name)]
        for name in changed:
            setattr(row, name, item[name])
        if row.code == "politiet":
            for name, shipped in POLICE_AS_SHIPPED.items():
                if getattr(row, name) == shipped:
                    setattr(row, name, item[name])
                    changed.append(name)
        if changed:
            row.save(update_fields=changed)


def fill(apps, schema_editor):
    from borgerraad.core import defaults

    _fill(apps.get_model("core", "Department"), defaults.DEPARTMENTS, DEPARTMENT_FIELDS)
    _fill(apps.get_model("core", "ComplaintBody"), defaults.COMPLAINT_BODIES, BODY_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("core", "0008_department_contact_and_english_texts")]
    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
