"""Henvendelser in named states (``make_henvendelse(channel="email", with_cpr=True)``)."""

from __future__ import annotations

import itertools

from borgerraad.intake.services import HenvendelseData, henvendelse_register

_keys = itertools.count(1)


def henvendelse_data(*, with_cpr: bool = False, **overrides) -> HenvendelseData:
    values = {
        "name": "Bo Hansen",
        "email": "bo@example.dk",
        "preferred_channel": "email",
        "description": "Min sag om boligindretning har ligget stille i fire måneder uden svar.",
        "contacted_unit": "yes_no_answer",
        "consent": True,
    }
    if with_cpr:
        values["cpr"] = "120483-1234"
    values.update(overrides)
    return HenvendelseData(**values)


def make_henvendelse(*, channel: str = "web", with_cpr: bool = False, key: str | None = None, **overrides):
    return henvendelse_register(
        channel=channel,
        submitted=henvendelse_data(with_cpr=with_cpr, **overrides),
        submission_key=key or f"test:{next(_keys)}",
    )
