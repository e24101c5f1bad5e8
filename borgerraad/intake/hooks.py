"""Hooks: how apps built on intake hear that a henvendelse's receipt e-mail went, without intake importing them.

The receipt e-mail is the citizen's acknowledgement (kvittering) of a written henvendelse; the
case that cases opens on it counts as acknowledged from that moment (one notion of receipt,
docs/cases.md). ``cases`` registers a listener in its ``AppConfig.ready()``; ``services`` calls
``hook_run`` after the receipt is recorded as sent.

Events:

- ``receipt_sent``: the receipt e-mail of ``henvendelse_id`` was accepted by the mail server ``at``.
"""

from __future__ import annotations

from collections.abc import Callable

RECEIPT_SENT = "receipt_sent"

_listeners: dict[str, list[Callable[..., None]]] = {RECEIPT_SENT: []}


def hook_register(event: str, listener: Callable[..., None]) -> None:
    """Call ``listener(**kwargs)`` on ``event``; registering the same listener twice keeps one."""
    if event not in _listeners:
        raise ValueError(f"Unknown hook {event!r}; hooks: {', '.join(sorted(_listeners))}.")
    if listener not in _listeners[event]:
        _listeners[event].append(listener)


def hook_run(event: str, **kwargs) -> None:
    for listener in list(_listeners[event]):
        listener(**kwargs)
