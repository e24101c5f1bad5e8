"""Keeping personal data out of the logs, tracebacks included.

Rules:

- Failures are logged with their traceback (``logger.exception`` / ``exc_info``): an operator
  sees every frame (file, line, function) of every exception in the chain and each exception's
  type. Every handler in ``settings.LOGGING`` runs ``PersonalDataFilter``, which writes that
  traceback before any handler formats the record.
- What a traceback normally quotes is left out: exception messages and source lines can hold what
  a citizen typed (a name, a CPR number, an address, case text), and names cannot be recognised
  in free text. The message is replaced by a note saying it was withheld.
- The log line itself is written by our code and holds ids, not personal data; as a second line of
  defence CPR numbers (``privacy.cpr.mask_cpr``, the one CPR rule) and e-mail addresses
  (``***@domain``) are masked in it and in the traceback text.
- The exception is removed from the record once written, so no later handler or formatter can
  print the unfiltered traceback.
"""

from __future__ import annotations

import logging
import re
import traceback

from borgerraad.privacy.cpr import mask_cpr

# Local part @ domain, as found in text; the domain is kept so an operator can tell mail systems apart.
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@((?:[\w-]+\.)+[\w-]{2,}|localhost)", re.UNICODE)
WITHHELD = "(message withheld: it may hold personal data)"


def personal_data_masked(text: str) -> str:
    """``text`` with CPR numbers as ``DDMMYY-xxxx`` and e-mail addresses as ``***@domain``."""
    return _EMAIL.sub(r"***@\1", mask_cpr(text))


def _type_name(exc_type) -> str:
    module = getattr(exc_type, "__module__", "builtins")
    name = getattr(exc_type, "__qualname__", str(exc_type))
    return name if module == "builtins" else f"{module}.{name}"


def traceback_text(exc_info) -> str:
    """The traceback of ``exc_info`` with frames and exception types only (no messages, no source lines)."""
    chain: list[traceback.TracebackException] = []
    current = traceback.TracebackException(*exc_info, lookup_lines=False, capture_locals=False)
    while current is not None and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    lines: list[str] = []
    for position, exception in enumerate(reversed(chain)):
        if position:
            lines.append("The above exception led to the next one:")
        lines.append("Traceback (most recent call last):")
        lines += [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in exception.stack]
        lines.append(f"{_type_name(exception.exc_type)}: {WITHHELD}")
    return personal_data_masked("\n".join(lines))


class PersonalDataFilter(logging.Filter):
    """Write a record's traceback without personal data, and mask its message, before any handler runs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "personal_data_masked", False):
            return True
        record.msg = personal_data_masked(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = traceback_text(record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = personal_data_masked(record.exc_text)
        if record.stack_info:
            record.stack_info = personal_data_masked(record.stack_info)
        record.personal_data_masked = True
        return True
