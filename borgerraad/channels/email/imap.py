"""The e-mail poller: reads the office's mailbox over IMAP and registers every message once.

Rules:

- TLS (``MailBox``) unless ``BORGERRAAD_IMAP_SSL`` is off, which is for test servers only.
- A message is read without marking it seen, registered (``email_receive``, which commits), and only
  then moved to the processed folder. Nothing is ever deleted on the server.
- A crash between registering and moving leaves the message in the inbox; the next poll reads it
  again, the claim makes registration a no-op, and the move is done then. Two pollers at once
  register it once (the claim's unique key) and both try the move; the second finds nothing to move,
  or the server keeps a second copy in the processed folder (harmless: nothing is deleted or lost).
- A message that cannot be registered (a bug, a database error) stays in the inbox and is logged
  with its traceback; the others go on. Its attempts are counted and its raw copy kept
  (``FailedMail``); after ``CHANNELS_MAIL_MAX_ATTEMPTS`` failed polls it is moved to the failed
  folder (``BORGERRAAD_IMAP_FAILED_FOLDER``, default "Fejlet") and staff see it under
  /medarbejder/fejlet-post/, so it is neither retried for ever nor lost.
"""

from __future__ import annotations

import logging

from django.conf import settings
from imap_tools import MailBox, MailBoxUnencrypted
from imap_tools.errors import MailboxCopyError, MailboxFolderCreateError, MailboxMoveError

from borgerraad.channels.email.services import (
    email_failure_forget,
    email_failure_moved,
    email_failure_record,
    email_receive,
)
from borgerraad.channels.services import PollResult

logger = logging.getLogger(__name__)


def _connect(config: dict):
    box_class = MailBox if config["ssl"] else MailBoxUnencrypted
    return box_class(config["host"], port=config["port"]).login(
        config["user"], config["password"], initial_folder=config["folder"],
    )


def _fetch_raw(mailbox, uid: str) -> bytes | None:
    status, data = mailbox.client.uid("FETCH", uid, "(BODY.PEEK[])")
    if status != "OK":
        return None
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            return item[1]
    return None  # moved away by a concurrent poller


def _move(mailbox, uid: str, folder: str) -> None:
    try:
        mailbox.move(uid, folder)
    except (MailboxMoveError, MailboxCopyError):
        logger.warning("Message %s was gone before it could be moved (a concurrent poll moved it).", uid)


def _folder_ensure(mailbox, folder: str) -> None:
    """Create ``folder`` unless it exists; a concurrent poll creating it first is no error."""
    if mailbox.folder.exists(folder):
        return
    try:
        mailbox.folder.create(folder)
    except MailboxFolderCreateError:
        if not mailbox.folder.exists(folder):
            raise


def mail_poll(*, config: dict | None = None) -> PollResult:
    """Register what is in the inbox folder and move it to the processed folder."""
    config = config or settings.CHANNELS_IMAP
    result = PollResult()
    if not config.get("host"):
        logger.info("No IMAP host configured; the e-mail channel is off.")
        return result
    with _connect(config) as mailbox:
        processed = config["processed_folder"]
        failed_folder = config.get("failed_folder") or "Fejlet"
        for folder in (processed, failed_folder):
            _folder_ensure(mailbox, folder)
        for uid in mailbox.uids():
            raw = _fetch_raw(mailbox, uid)
            if raw is None:
                continue
            try:
                claim = email_receive(raw=raw)
            except Exception as error:
                result.failed += 1
                try:
                    failure = email_failure_record(raw=raw, error=error)
                except Exception:  # the database itself is failing: the message stays in the inbox
                    logger.exception("E-mail %s could not be registered; it stays in the inbox.", uid)
                    continue
                if failure.attempts >= settings.CHANNELS_MAIL_MAX_ATTEMPTS:
                    logger.exception("E-mail %s could not be registered (attempt %s); moved to %s.",
                                     uid, failure.attempts, failed_folder)
                    _move(mailbox, uid, failed_folder)
                    email_failure_moved(failure=failure)
                else:
                    logger.exception("E-mail %s could not be registered (attempt %s); it stays in the inbox.",
                                     uid, failure.attempts)
                continue
            email_failure_forget(raw=raw)
            if claim is None:
                result.duplicates += 1
            else:
                result.registered += 1
            _move(mailbox, uid, processed)
    return result
