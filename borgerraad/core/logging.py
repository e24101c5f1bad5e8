"""Logs hold no personal data: query strings are cut from every logged request line and path.

Search is a GET, so ``/medarbejder/soeg/?q=<name or CPR number>`` would otherwise land in the
server's access log, and a redirect to the log-in page carries the same query in ``?next=``.
``DropQueryStrings`` removes everything from ``?`` to the end of each URL in a record's message and
arguments; it is set on every handler in ``settings.LOGGING`` (the console and runserver's
``django.server``), so no logger's record reaches the output with a query string. The path itself
is kept (reference numbers are not personal data). Gunicorn's access log is configured apart,
with a format without the query string (docs/configuration.md).
"""

from __future__ import annotations

import logging
import re

# A URL path (absolute or from the root) followed by a query string, up to a space or quote.
_QUERY = re.compile(r"((?:https?://[^\s/\"']+)?/[^\s?\"']*)\?[^\s\"']*")


def without_query_strings(text: str) -> str:
    return _QUERY.sub(r"\1", text)


class DropQueryStrings(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = without_query_strings(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(without_query_strings(arg) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                key: without_query_strings(value) if isinstance(value, str) else value
                for key, value in record.args.items()
            }
        return True
