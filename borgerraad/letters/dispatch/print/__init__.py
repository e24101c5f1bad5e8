"""Print (fysisk post) for citizens exempt from Digital Post.

The letter is rendered again with the address in the envelope window and queued as
``LETTERS_DIR/print-queue/<dispatch uuid>.pdf`` (the same name on every retry) for the office's
print run. Queuing is a hand-over: staff confirm the dispatch when the print run is posted.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from borgerraad.letters.dispatch.base import Channel, Outgoing, Receipt


def print_queue_dir() -> Path:
    return Path(settings.LETTERS_DIR) / "print-queue"


class PrintChannel(Channel):
    name = "print"
    label = "Fysisk post"

    def problem(self, letter) -> str:
        return "" if letter.recipient_address.strip() else _("Modtageren har ingen postadresse.")

    def send(self, outgoing: Outgoing) -> Receipt:
        from borgerraad.letters.services import letter_print_pdf

        directory = print_queue_dir()
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / f"{outgoing.key}.pdf"
        temporary = directory / f".{outgoing.key}.pdf.tmp"
        temporary.write_bytes(letter_print_pdf(letter=outgoing.letter, office=outgoing.office))
        os.replace(temporary, target)
        return Receipt(external_id=target.name, confirmed=False)
