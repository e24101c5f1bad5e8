"""Hooks: how apps built on cases hear of a klagepunkt's decision or outcome without cases importing them.

Apps higher up (``insights``) register a listener in their ``AppConfig.ready()``; the cases
services call ``hook_run`` inside their transaction, after the klagepunkt is saved. A listener
that raises rolls the whole change back, so what it keeps can never fall out of step with the
case. Listeners hold their own rules; the registry only calls them in the order they registered.

Events:

- ``klagepunkt_decided``: visitation decided a new point (``klagepunkt``, ``by``).
- ``klagepunkt_closed``: a point got its outcome (``klagepunkt``, ``by``).
"""

from __future__ import annotations

from collections.abc import Callable

KLAGEPUNKT_DECIDED = "klagepunkt_decided"
KLAGEPUNKT_CLOSED = "klagepunkt_closed"

_listeners: dict[str, list[Callable[..., None]]] = {KLAGEPUNKT_DECIDED: [], KLAGEPUNKT_CLOSED: []}


def hook_register(event: str, listener: Callable[..., None]) -> None:
    """Call ``listener(**kwargs)`` on ``event``; registering the same listener twice keeps one."""
    if event not in _listeners:
        raise ValueError(f"Unknown hook {event!r}; hooks: {', '.join(sorted(_listeners))}.")
    if listener not in _listeners[event]:
        _listeners[event].append(listener)


def hook_run(event: str, **kwargs) -> None:
    for listener in list(_listeners[event]):
        listener(**kwargs)
