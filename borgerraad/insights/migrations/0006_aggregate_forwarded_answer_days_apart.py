"""The aggregate keeps the forwarded points' answer days apart from their results (kinds ``forward`` and
``fwd_days``, insights/aggregate.py). Rows of the older layout cannot be read that way: the aggregate is
marked unbuilt, so figures are counted from the cases until the next refresh builds it in full (the
scheduler's ``insights_refresh`` within ten minutes, or ``borgerraad insights_aggregate --full`` at once)."""

from django.db import migrations


def forget_the_aggregate(apps, schema_editor):
    apps.get_model("insights", "AggregateState").objects.update(built_at=None)


class Migration(migrations.Migration):
    dependencies = [("insights", "0005_statistics_aggregate")]

    operations = [migrations.RunPython(forget_the_aggregate, migrations.RunPython.noop)]
