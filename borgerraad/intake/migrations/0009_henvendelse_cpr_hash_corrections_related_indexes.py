"""The CPR number's keyed look-up hash (related cases), corrections of a henvendelse, indexes for
finding the citizen's other henvendelser by e-mail or by name and address.

The hash is backfilled for the henvendelser already there (``backfill_cpr_hash``): each CPR number
is decrypted in memory and its keyed hash stored under the first field key (privacy/crypto.py).
"""

import django.db.models.deletion
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models

import borgerraad.privacy.fields

BATCH = 2000


def backfill_cpr_hash(apps, schema_editor):
    from borgerraad.privacy import crypto
    from borgerraad.privacy.fields import cpr_lookup_value

    henvendelser = apps.get_model("intake", "Henvendelse")._base_manager
    last = 0
    while True:
        rows = list(henvendelser.filter(pk__gt=last).order_by("pk").values_list("pk", "cpr")[:BATCH])
        if not rows:
            return
        for pk, cpr in rows:
            digest = crypto.keyed_hash(cpr_lookup_value(cpr or ""))
            if digest:
                henvendelser.filter(pk=pk).update(cpr_hash=digest)
        last = rows[-1][0]


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0009_fill_department_contact_and_english_texts'),
        ('intake', '0008_draft_owner_key'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HenvendelseCorrection',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('field', models.CharField(choices=[('name', 'Navn'), ('address', 'Adresse'), ('cpr', 'CPR-nummer'), ('preferred_channel', 'Ønsket svarkanal'), ('department', 'Forvaltning'), ('unit', 'Enhed')], max_length=30, verbose_name='felt')),
                ('old_value', borgerraad.privacy.fields.EncryptedTextField(blank=True, verbose_name='før')),
                ('new_value', borgerraad.privacy.fields.EncryptedTextField(blank=True, verbose_name='efter')),
                ('reason', borgerraad.privacy.fields.EncryptedTextField(verbose_name='begrundelse')),
                ('at', models.DateTimeField(verbose_name='tidspunkt')),
            ],
            options={
                'verbose_name': 'rettelse',
                'verbose_name_plural': 'rettelser',
                'ordering': ['at', 'id'],
            },
        ),
        migrations.AddField(
            model_name='henvendelse',
            name='cpr_hash',
            field=borgerraad.privacy.fields.KeyedHashField(blank=True, db_index=True, default='', editable=False, max_length=64, source='cpr', verbose_name='CPR-opslag'),
        ),
        migrations.AddIndex(
            model_name='henvendelse',
            index=models.Index(django.db.models.functions.text.Upper('email'), condition=models.Q(('email', ''), _negated=True), name='intake_henv_email_upper'),
        ),
        migrations.AddIndex(
            model_name='henvendelse',
            index=models.Index(django.db.models.functions.text.Upper('name'), django.db.models.functions.text.Upper('address'), name='intake_henv_name_address'),
        ),
        migrations.AddField(
            model_name='henvendelsecorrection',
            name='by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='af'),
        ),
        migrations.AddField(
            model_name='henvendelsecorrection',
            name='henvendelse',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='corrections', to='intake.henvendelse'),
        ),
        migrations.RunPython(backfill_cpr_hash, migrations.RunPython.noop, elidable=False),
    ]
