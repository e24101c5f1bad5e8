"""Register entries for the suggestion points and henstillinger decided before the registers existed.

Later ones get theirs from the cases hooks (and ``registers_sync``, run before every reminder run).
"""

from django.db import migrations
from django.utils import timezone


def forwards(apps, schema_editor):
    from borgerraad.privacy.cpr import mask_cpr

    Klagepunkt = apps.get_model("cases", "Klagepunkt")
    Suggestion = apps.get_model("insights", "Suggestion")
    HenstillingFollowUp = apps.get_model("insights", "HenstillingFollowUp")
    now = timezone.now()
    done = set(Suggestion.objects.filter(klagepunkt__isnull=False).values_list("klagepunkt_id", flat=True))
    points = Klagepunkt.objects.filter(decision="suggestion").select_related("case__henvendelse")
    for point in points.iterator(chunk_size=500):
        if point.pk in done:
            continue
        Suggestion.objects.create(
            klagepunkt=point, channel=point.case.henvendelse.channel, received_on=point.case.received_on,
            text=mask_cpr(point.description), department_id=point.department_id, created_at=now, updated_at=now,
        )
    HenstillingFollowUp.objects.bulk_create(
        [HenstillingFollowUp(klagepunkt_id=pk) for pk in Klagepunkt.objects.filter(outcome="henstilling").exclude(
            pk__in=HenstillingFollowUp.objects.values("klagepunkt_id")).values_list("pk", flat=True)],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0002_suggestions_and_henstilling_follow_ups"),
        ("cases", "0005_encrypt_status_pause_extension_reasons"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
