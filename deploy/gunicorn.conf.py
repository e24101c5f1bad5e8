"""gunicorn's configuration for Borgerrådgiveren: ``gunicorn -c deploy/gunicorn.conf.py borgerraad.wsgi``.

Read by the systemd unit (deploy/systemd/borgerraad-web.service) and the container image
(Containerfile). Settings from the environment:

- ``BORGERRAAD_BIND`` (default ``127.0.0.1:8000``): where to listen; the TLS proxy forwards here.
- ``BORGERRAAD_WORKERS`` (default: 2 per CPU core plus 1): worker processes.
- ``BORGERRAAD_TIMEOUT`` (default 60): seconds before a stuck worker is restarted (PDF letters
  take a few seconds).
- ``BORGERRAAD_FORWARDED_ALLOW_IPS`` (default ``127.0.0.1,::1``): the proxies whose
  ``X-Forwarded-Proto`` is believed (so Django knows the request came over HTTPS).

The access log leaves out query strings and the referrer: search queries hold CPR numbers and
names (``%(U)s`` is the path without the query string; ``%(r)s`` would log it all).
"""

import multiprocessing
import os

bind = os.environ.get("BORGERRAAD_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("BORGERRAAD_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("BORGERRAAD_TIMEOUT", "60"))
graceful_timeout = 30
forwarded_allow_ips = os.environ.get("BORGERRAAD_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
wsgi_app = "borgerraad.wsgi:application"

accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
