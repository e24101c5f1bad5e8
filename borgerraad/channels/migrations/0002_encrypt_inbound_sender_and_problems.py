"""The sender of an inbound message and the problems met (naming its files) are encrypted at rest, existing rows too."""

from django.db import migrations

import borgerraad.privacy.fields
from borgerraad.privacy.fields import encrypt_existing_rows


class Migration(migrations.Migration):

    dependencies = [
        ('channels', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='inboundmessage',
            name='problems',
            field=borgerraad.privacy.fields.EncryptedTextField(blank=True, verbose_name='problemer ved modtagelsen'),
        ),
        migrations.AlterField(
            model_name='inboundmessage',
            name='sender',
            field=borgerraad.privacy.fields.EncryptedTextField(blank=True, verbose_name='afsender'),
        ),
        encrypt_existing_rows('channels', 'InboundMessage', ['sender', 'problems']),
    ]
