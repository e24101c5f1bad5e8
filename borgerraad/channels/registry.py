"""The automatic intake channels, registered in one place (Healthchecks' ``hc/integrations`` style).

Each channel is a folder under ``borgerraad/channels/`` with its parser and services; the ones that
fetch messages by themselves have a ``poll`` function here. Adding a channel: a folder, a value in
``intake.models.Channel``, a line in ``CHANNELS`` and a row in docs/intake.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from borgerraad.intake.models import Channel


@dataclass(frozen=True)
class ChannelSpec:
    channel: str
    poll: str = ""  # "module:function" that fetches and registers new messages, if the channel polls


CHANNELS = {
    "email": ChannelSpec(Channel.EMAIL, poll="borgerraad.channels.email.imap:mail_poll"),
    "digital_post": ChannelSpec(Channel.DIGITAL_POST, poll="borgerraad.channels.digital_post.inbox:digital_post_poll"),
    "council": ChannelSpec(Channel.BR_REFERRAL),  # the referral form; council e-mail arrives via "email"
}


def poll_channel(name: str):
    module, _, function = CHANNELS[name].poll.partition(":")
    return getattr(import_module(module), function)()
