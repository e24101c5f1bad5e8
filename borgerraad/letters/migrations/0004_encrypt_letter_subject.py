"""A letter's subject may name the citizen (merge fields): encrypted at rest like its body, existing rows too."""

from django.db import migrations

import borgerraad.privacy.fields
from borgerraad.privacy.fields import encrypt_existing_rows


class Migration(migrations.Migration):

    dependencies = [
        ('letters', '0003_letter_hoering'),
    ]

    operations = [
        migrations.AlterField(
            model_name='letter',
            name='subject',
            field=borgerraad.privacy.fields.EncryptedTextField(verbose_name='emne'),
        ),
        encrypt_existing_rows('letters', 'Letter', ['subject']),
    ]
