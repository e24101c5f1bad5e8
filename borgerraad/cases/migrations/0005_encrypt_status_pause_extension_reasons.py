"""Reasons on status changes, pauses and extensions may hold personal data: encrypted at rest, existing rows too."""

from django.db import migrations

import borgerraad.privacy.fields
from borgerraad.privacy.fields import encrypt_existing_rows


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0004_hoering_sent_on_dispatch'),
    ]

    operations = [
        migrations.AlterField(
            model_name='extension',
            name='reason',
            field=borgerraad.privacy.fields.EncryptedTextField(verbose_name='begrundelse'),
        ),
        migrations.AlterField(
            model_name='pause',
            name='reason',
            field=borgerraad.privacy.fields.EncryptedTextField(verbose_name='begrundelse'),
        ),
        migrations.AlterField(
            model_name='statuschange',
            name='reason',
            field=borgerraad.privacy.fields.EncryptedTextField(blank=True, verbose_name='begrundelse'),
        ),
        encrypt_existing_rows('cases', 'Extension', ['reason']),
        encrypt_existing_rows('cases', 'Pause', ['reason']),
        encrypt_existing_rows('cases', 'StatusChange', ['reason']),
    ]
