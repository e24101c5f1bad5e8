"""The keyed hash of each henvendelse's CPR number (privacy/digests.py), for "Mine sager"; existing rows backfilled."""

from django.db import migrations, models

from borgerraad.privacy.digests import cpr_digest


def backfill(apps, schema_editor):
    manager = apps.get_model("intake", "Henvendelse")._base_manager
    # The keys first, then batches: no cursor stays open on the table being written (SQLite).
    pks = list(manager.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), 500):
        for pk, cpr in manager.filter(pk__in=pks[start:start + 500]).values_list("pk", "cpr"):
            manager.filter(pk=pk).update(cpr_digest=cpr_digest(cpr or ""))


class Migration(migrations.Migration):

    dependencies = [
        ('intake', '0006_henvendelse_receipt_claim'),
    ]

    operations = [
        migrations.AddField(
            model_name='henvendelse',
            name='cpr_digest',
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=64),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=False),
    ]
