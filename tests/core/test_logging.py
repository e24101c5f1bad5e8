"""No query string reaches a log: a search for a CPR number and a name leaves only the path behind.

The request goes over real HTTP to Django's development server (runserver's request handler and
access-log format), and the lines the configured handlers write are read back.
"""

from __future__ import annotations

import io
import logging
import threading
import urllib.request
from contextlib import contextmanager

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer

from borgerraad.core.logging import DropQueryStrings

SEARCH = "/medarbejder/soeg/?q=120483-1234+Bo+Hansen&status="


@contextmanager
def captured(handler_owner: str):
    """What the configured handlers of logger ``handler_owner`` (or the root, "") write, as text."""
    handlers = [handler for handler in logging.getLogger(handler_owner or None).handlers
                if any(isinstance(f, DropQueryStrings) for f in handler.filters)]
    assert handlers, handler_owner
    stream = io.StringIO()
    previous = [handler.setStream(stream) for handler in handlers]
    try:
        yield stream
    finally:
        for handler, old in zip(handlers, previous, strict=True):
            handler.setStream(old)


@contextmanager
def dev_server():
    server = WSGIServer(("127.0.0.1", 0), WSGIRequestHandler)
    server.set_app(WSGIHandler())  # not get_wsgi_application(): django.setup() would reconfigure logging
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.django_db(transaction=True)  # the server's thread reads the office and saves a session
def test_runservers_access_log_has_no_query_strings():
    with captured("django.server") as log, dev_server() as base:
        # Anonymous: the search redirects to the log-in page, whose ?next= repeats the query.
        with urllib.request.urlopen(base + SEARCH, timeout=10) as response:
            assert response.status == 200 and "/log-ind/" in response.url
    lines = log.getvalue()
    assert '"GET /medarbejder/soeg/ HTTP/1.1" 302' in lines
    assert '"GET /medarbejder/log-ind/ HTTP/1.1" 200' in lines
    assert "120483" not in lines and "Hansen" not in lines and "?" not in lines


def test_the_console_drops_query_strings_from_every_logger():
    with captured("") as log:
        logging.getLogger("django.request").warning("Not Found: %s", "/klag/x/?navn=Bo+Hansen")
        logging.getLogger("borgerraad.anything").info("Redirect to /medarbejder/log-ind/?next=/soeg/%3Fq%3D120483")
    lines = log.getvalue()
    assert "Not Found: /klag/x/" in lines and "Redirect to /medarbejder/log-ind/" in lines
    assert "Hansen" not in lines and "120483" not in lines
