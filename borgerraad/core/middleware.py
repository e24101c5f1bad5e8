"""``Cache-Control: no-store`` on every page that may show personal data, for shared PCs.

Staff PCs are often shared (docs/accounts.md), and a browser's cache or back button must not
show the next person a case, the inbox, a search result, a revealed CPR number or a downloaded
attachment or letter. Every response under these paths (with or without a language prefix) gets
``Cache-Control: no-store`` (with Django's ``never_cache`` set: ``max-age=0, no-cache, no-store,
must-revalidate, private`` and ``Expires``) and ``Pragma: no-cache`` for old proxies:

- ``/medarbejder/`` — every staff page and download (cases, letters and their PDFs, the print run,
  search, CPR reveal, the audit log, sign-in);
- ``/admin/``;
- ``/klag/`` — the complaint form shows back what the citizen typed; attachment downloads;
- ``/kan-vi-hjaelpe/`` — the guide shows back the citizen's description;
- ``/mine-sager/`` — the citizen portal: sign-in (MitID, e-mail code) and the citizen's own cases.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.utils.cache import add_never_cache_headers

PRIVATE_PREFIXES = ("medarbejder", "admin", "klag", "kan-vi-hjaelpe", "mine-sager")


def _private_path_pattern() -> re.Pattern:
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    prefixes = "|".join(re.escape(prefix) for prefix in PRIVATE_PREFIXES)
    return re.compile(rf"^/(?:(?:{languages})/)?(?:{prefixes})/")


class NoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.private = _private_path_pattern()

    def __call__(self, request):
        response = self.get_response(request)
        if self.private.match(request.path_info):
            add_never_cache_headers(response)
            response["Pragma"] = "no-cache"
        return response
