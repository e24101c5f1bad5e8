"""Who the citizen filling in the complaint form is, when MitID says so.

The citizen portal (``portal``) signs citizens in with MitID. It is built on intake (it shows the
citizen's own henvendelser), so intake does not import it: the portal registers its reader here
in its ``AppConfig.ready()``, and the complaint form asks ``mitid_citizen(request)``. Without a
reader nobody is signed in, and the form is the anonymous one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class VerifiedCitizen:
    """A person signed in with MitID (not MitID Erhverv): name and CPR number as MitID gave them."""

    cpr: str
    name: str


_readers: list[Callable[[object], VerifiedCitizen | None]] = []


def mitid_citizen_reader_register(reader: Callable[[object], VerifiedCitizen | None]) -> None:
    """Read the signed-in citizen with ``reader(request)``; registering again replaces it."""
    _readers[:] = [reader]


def mitid_citizen(request) -> VerifiedCitizen | None:
    """The person signed in with MitID on ``request``, or None."""
    return _readers[0](request) if _readers else None
