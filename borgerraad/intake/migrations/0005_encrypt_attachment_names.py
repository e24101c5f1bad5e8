"""An attachment's own file name may hold a name or a CPR number: encrypted at rest, and CPR numbers in
existing names (also glued to other text, ``scan_230456-1478.pdf``) masked."""

from django.db import migrations

import borgerraad.privacy.fields
from borgerraad.privacy.cpr import mask_cpr
from borgerraad.privacy.fields import encrypt_existing_rows


class Migration(migrations.Migration):

    dependencies = [
        ('intake', '0004_henvendelse_case_opened'),
    ]

    operations = [
        migrations.AlterField(
            model_name='attachment',
            name='original_name',
            field=borgerraad.privacy.fields.EncryptedTextField(verbose_name='filnavn'),
        ),
        encrypt_existing_rows('intake', 'Attachment', ['original_name'], clean=mask_cpr),
    ]
