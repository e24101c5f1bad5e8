"""Dispatch channels: one folder each, registered here and nowhere else.

To add a channel: create ``dispatch/<name>/__init__.py`` with a class that subclasses
``base.Channel`` (``name``, ``label``, ``problem(letter)`` and ``send(outgoing)``), add it to
``CHANNELS`` below and to ``models.LetterChannel``, write its tests in ``tests/letters/`` and
describe it in docs/letters.md.
"""

from __future__ import annotations

from importlib import import_module

from borgerraad.letters.dispatch.base import Channel, DispatchError, Outgoing, Receipt

CHANNELS: dict[str, str] = {
    "email": "borgerraad.letters.dispatch.email.EmailChannel",
    "digital_post": "borgerraad.letters.dispatch.digital_post.DigitalPostChannel",
    "print": "borgerraad.letters.dispatch.print.PrintChannel",
}


def channel_get(name: str) -> Channel:
    """The channel plug-in registered as ``name``; KeyError for an unknown one."""
    module_name, _dot, class_name = CHANNELS[name].rpartition(".")
    return getattr(import_module(module_name), class_name)()


__all__ = ["CHANNELS", "Channel", "DispatchError", "Outgoing", "Receipt", "channel_get"]
