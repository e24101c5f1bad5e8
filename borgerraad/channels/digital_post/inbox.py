"""Where incoming Digital Post comes from: a receiver interface and the folder receiver.

Rules:

- A receiver hands out messages (``receive``) and is told afterwards whether each was handled
  (``acknowledge``), only after registration has committed. ``FolderReceiver`` reads ``*.xml`` files
  from ``BORGERRAAD_DIGITAL_POST_INBOX`` and moves them to ``processed/`` or ``failed/`` next to it;
  a Serviceplatformen/Beskedfordeler receiver implements the same two methods and is chosen with
  ``BORGERRAAD_DIGITAL_POST_RECEIVER``.
- Exactly-once does not depend on the receiver: a message handed out twice is a no-op
  (``channels.services.inbound_register``). An invalid message is acknowledged as failed and
  logged; it never blocks the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from borgerraad.channels.digital_post.memo import MemoError
from borgerraad.channels.digital_post.services import digital_post_receive
from borgerraad.channels.services import PollResult

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceivedMessage:
    key: str  # what the receiver needs to acknowledge it (a file name, a Beskedfordeler message id)
    xml: bytes


class Receiver(Protocol):
    def receive(self) -> Iterable[ReceivedMessage]: ...

    def acknowledge(self, message: ReceivedMessage, *, handled: bool) -> None: ...


class FolderReceiver:
    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder or settings.CHANNELS_DIGITAL_POST_INBOX)

    def receive(self) -> Iterable[ReceivedMessage]:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.xml")):
            try:
                yield ReceivedMessage(key=path.name, xml=path.read_bytes())
            except FileNotFoundError:  # taken by a concurrent run
                continue

    def acknowledge(self, message: ReceivedMessage, *, handled: bool) -> None:
        target = self.folder / ("processed" if handled else "failed")
        target.mkdir(parents=True, exist_ok=True)
        try:
            (self.folder / message.key).replace(target / message.key)
        except FileNotFoundError:
            logger.info("Digital Post file %s was already moved by a concurrent run.", message.key)


def digital_post_poll(*, receiver: Receiver | None = None) -> PollResult:
    receiver = receiver or import_string(settings.CHANNELS_DIGITAL_POST_RECEIVER)()
    result = PollResult()
    for message in receiver.receive():
        try:
            claim = digital_post_receive(xml=message.xml)
        except MemoError:
            logger.warning("Digital Post message %s is not valid MeMo; moved aside.", message.key, exc_info=True)
            result.failed += 1
            receiver.acknowledge(message, handled=False)
            continue
        except Exception:
            logger.exception("Digital Post message %s could not be registered; it stays.", message.key)
            result.failed += 1
            continue
        if claim is None:
            result.duplicates += 1
        else:
            result.registered += 1
        receiver.acknowledge(message, handled=True)
    return result
