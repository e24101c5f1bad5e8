from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("insights", "0006_aggregate_forwarded_answer_days_apart")]

    operations = [
        migrations.AddField(
            model_name="aggregatestate",
            name="token",
            field=models.CharField(blank=True, default="", max_length=32),
        ),
    ]
