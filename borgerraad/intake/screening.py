"""Running the triage engine on a henvendelse's answers (the same engine as the guide and staff).

The engine's verdict is advice: it never blocks a citizen from submitting (staff decide). When
the engine fails, the henvendelse is still registered, with an empty result for staff to triage
by hand; the failure is logged without any of the citizen's text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

from borgerraad.privacy.cpr import mask_cpr

logger = logging.getLogger(__name__)

RESULT_KEYS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found", "explanation")


def engine_text(*, description: str, desired_outcome: str = "") -> str:
    return "\n\n".join(part for part in (description, desired_outcome) if part)


def _as_dict(result: Any) -> dict:
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if dataclasses.is_dataclass(result):
        return dataclasses.asdict(result)
    if isinstance(result, Mapping):
        return dict(result)
    return {key: getattr(result, key) for key in dir(result) if not key.startswith("_")}


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_safe(item) for item in value]
    if isinstance(value, str):
        # The result is stored unencrypted: no CPR number may slip in through quoted evidence.
        return mask_cpr(value)
    if isinstance(value, int | float | bool) or value is None:
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def screen(
    *,
    text: str,
    contacted_unit: str = "",
    event_date: dt.date | None = None,
    received_date: dt.date | None = None,
    channel: str = "web",
) -> dict:
    """The engine's result as plain JSON (contract keys first, extra keys such as rules kept)."""
    from borgerraad.triage.engine import triage
    from borgerraad.triage.selectors import triage_config_get

    answers: dict[str, str] = {}
    if contacted_unit:
        answers["contacted_unit"] = contacted_unit
    if event_date:
        answers["event_date"] = event_date.isoformat()
    if received_date:
        answers["received_date"] = received_date.isoformat()
    try:
        result = _as_dict(triage(text, answers=answers, channel=channel, config=triage_config_get()))
    except Exception:  # noqa: BLE001 - a triage bug must never lose a henvendelse
        logger.exception("Triage failed; the henvendelse is kept for manual triage.")
        return {}
    return _json_safe(result)
