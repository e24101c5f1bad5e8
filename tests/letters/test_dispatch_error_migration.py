"""Migration letters 0007: the English sentences failed dispatches kept before are turned into codes,
so staff read them in their own language too; a sentence it does not know is kept as it was."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import translation

from borgerraad.letters import services
from borgerraad.letters.models import Dispatch
from tests.migrations import migrate_to, migrate_to_latest

BEFORE = ("letters", "0006_default_templates_signature_and_conclusion")
STORED = {  # channel: the sentence a failed dispatch kept before 0007
    "email": "SMTP: ConnectionRefusedError",
    "digital_post": "KOMBIT STS answered HTTP 500.",
    "print": "Something a channel of one's own said.",
}


@pytest.mark.django_db(transaction=True)
def test_the_stored_english_sentences_become_codes_read_in_danish_and_english(concluded_case, rasmus):
    letter = services.letter_finalise(
        letter=services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus), by=rasmus,
    )
    dispatches = {channel: Dispatch.objects.create(letter=letter, channel=channel) for channel in STORED}
    try:
        migrate_to(BEFORE)
        with connection.cursor() as cursor:
            for channel, sentence in STORED.items():
                cursor.execute("UPDATE letters_dispatch SET last_error = %s WHERE id = %s",
                               [sentence, dispatches[channel].pk])
    finally:
        migrate_to_latest()

    read = {channel: Dispatch.objects.get(pk=dispatch.pk) for channel, dispatch in dispatches.items()}
    assert read["email"].last_error == "smtp_unreachable"
    with translation.override("da"):
        assert read["email"].last_error_text == "Mailserveren kunne ikke nås (ConnectionRefusedError)."
        assert read["digital_post"].last_error_text == "KOMBIT STS svarede med HTTP-status 500."
        assert read["print"].last_error_text == "Something a channel of one's own said."
    with translation.override("en"):
        assert read["digital_post"].last_error_text == "KOMBIT STS answered with HTTP status 500."
