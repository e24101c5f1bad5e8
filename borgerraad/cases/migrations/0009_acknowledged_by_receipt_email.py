"""One notion of receipt: a case whose henvendelse's receipt e-mail went counts as acknowledged from then.

Cases opened before this change kept ``acknowledged_at`` empty although the citizen had the receipt
e-mail; they get the e-mail's time.
"""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def forwards(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    Henvendelse = apps.get_model("intake", "Henvendelse")
    sent = Henvendelse.objects.filter(pk=OuterRef("henvendelse_id")).values("receipt_sent_at")[:1]
    Case.objects.filter(acknowledged_at__isnull=True, henvendelse__receipt_sent_at__isnull=False).update(
        acknowledged_at=Subquery(sent),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0008_note_kind"),
        ("intake", "0006_henvendelse_receipt_claim"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
