"""What every dispatch channel implements, and what it is given and returns."""

from __future__ import annotations

from dataclasses import dataclass


class DispatchError(Exception):
    """Sending failed; the dispatch is retried later.

    ``code`` names what failed (``errors.MESSAGES`` says it to staff in their language) and ``params``
    fill in the sentence; neither may hold personal data. ``str()`` is the code and parameters, for the log.
    """

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}
        super().__init__(f"{code} {self.params}" if self.params else code)


@dataclass(frozen=True)
class Outgoing:
    """One finalised letter on its way: ``key`` (the dispatch UUID) makes every resend the same message."""

    key: str
    letter: object  # letters.models.Letter, finalised
    pdf: bytes
    office: object  # core.models.Office


@dataclass(frozen=True)
class Receipt:
    """The channel's answer: ``confirmed`` when the receiver took the letter (not just a file written)."""

    external_id: str
    confirmed: bool


class Channel:
    name: str = ""
    label: str = ""

    def problem(self, letter) -> str:
        """Why ``letter`` cannot go through this channel (a Danish message), or empty when it can."""
        return ""

    def send(self, outgoing: Outgoing) -> Receipt:
        raise NotImplementedError
