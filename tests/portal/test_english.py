"""Mine sager in English: every portal page, rendered with /en/, holds none of the portal's Danish strings.

The Danish strings are read from the sources (the portal's templates and Python, the shared timeline and
message includes, the timeline labels and the message form), so a string added later without an English
entry fails here. Each page is also rendered in Danish: a string the Danish page shows must be gone from the
English one, and together the Danish pages must show the strings of every part of the portal.
"""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from borgerraad.portal.identity import EMAIL_CODE, MITID
from tests.portal.conftest import ALMA_CPR, citizen, complaint

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2] / "borgerraad"
TEMPLATES = [*sorted((ROOT / "portal/templates/portal").glob("*.html")),
             ROOT / "cases/templates/cases/includes/timeline.html",
             ROOT / "cases/templates/cases/includes/messages.html"]
PYTHON = [*sorted((ROOT / "portal").glob("*.py")), ROOT / "cases/selectors.py", ROOT / "cases/forms.py"]
GETTEXT = {"_", "_lazy", "gettext", "gettext_lazy"}
# Single words are only looked for when they are headings of the portal: others ("Ingen", "måned") also occur
# in the test's own Danish case data.
HEADINGS = {"Beskeder"}


def _template_strings(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    found = set(re.findall(r'{%\s*translate\s+"([^"]+)"', text))
    for block in re.findall(r"{%\s*blocktranslate[^%]*%}(.*?){%\s*endblocktranslate\s*%}", text, re.S):
        found.update(part.strip() for part in re.split(r"{{[^}]*}}", block))
    return found


def _python_strings(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.add(node.args[0].value)
    return found


def danish_strings() -> set[str]:
    strings = set().union(*map(_template_strings, TEMPLATES), *map(_python_strings, PYTHON))
    return {s for s in strings if " " in s} | HEADINGS


def _text(response) -> str:
    return html.unescape(response.content.decode())


def _pages(client, language: str, rasmus, settings) -> dict[str, str]:
    """Every portal page a citizen can meet, as text, in ``language`` ("da" or "en")."""
    prefix = "/en" if language == "en" else ""

    def url(name, *args):
        with translation.override("da"):  # the Danish address, without a language prefix
            return prefix + reverse(f"portal:{name}", args=args)

    pages = {}
    settings.PORTAL_RATE_LIMIT = "1000/h"
    alma_case = complaint(name="Alma Jensen", cpr=ALMA_CPR, email="alma@example.dk", by=rasmus)
    client.cookies.clear()
    pages["sign-in"] = _text(client.get(url("sign_in")))
    pages["email code"] = _text(client.get(url("email_code")))
    pages["email code, bad address"] = _text(client.post(url("email_code"), {"email": "ikke en adresse"}))
    pages["email code, step 2"] = _text(client.post(url("email_code"), {"email": "alma@example.dk"}, follow=True))
    pages["email code, wrong code"] = _text(client.post(url("email_code"), {"code": "000000"}))
    citizen(client, method=EMAIL_CODE, email="ingen@example.dk")
    pages["home, no henvendelser"] = _text(client.get(url("home")))
    citizen(client, method=EMAIL_CODE, email="alma@example.dk")
    pages["home, e-mail"] = _text(client.get(url("home")))
    citizen(client, method=MITID, cpr=ALMA_CPR.replace("-", ""), name="Alma Jensen")
    ref = alma_case.reference
    pages["home, MitID"] = _text(client.get(url("home")))
    pages["case"] = _text(client.get(url("case", ref)))
    pages["message, empty"] = _text(client.post(url("message", ref), {"body": ""}))
    pages["message sent"] = _text(client.post(url("message", ref), {"body": "Her er den."}, follow=True))
    pages["consent withdrawn"] = _text(client.post(url("consent", ref), {}, follow=True))
    pages["consent given"] = _text(client.post(url("consent", ref), {"consent": "on"}, follow=True))
    pages["withdraw, no tick"] = _text(client.post(url("withdraw", ref), {}))
    pages["withdrawn"] = _text(client.post(url("withdraw", ref), {"confirm": "on"}, follow=True))
    alma_case.__class__.objects.filter(pk=alma_case.pk).update(status="afsluttet")
    pages["closed, survey"] = _text(client.get(url("case", ref)))
    pages["survey, unanswered"] = _text(client.post(url("survey", ref), {}))
    pages["survey answered"] = _text(client.post(
        url("survey", ref), {"helped": "yes", "understood": "yes", "treated_well": "partly"}, follow=True,
    ))
    settings.PORTAL_RATE_LIMIT = "0/h"
    client.cookies.clear()
    pages["rate limited"] = _text(client.post(url("email_code"), {"email": "alma@example.dk"}))
    return pages


def test_every_portal_page_in_english_has_no_danish_left(client, rasmus, settings):
    strings = danish_strings()
    danish = _pages(client, "da", rasmus, settings)
    shown_in_danish = {s for s in strings if any(s in page for page in danish.values())}
    # The Danish pages show the strings of every part: e-mail code, Mine sager, timeline, messages,
    # withdraw and consent, the survey and the rate limit.
    assert {
        "Send mig en kode", "Koden fra e-mailen", "Vi har ingen henvendelser fra dig.", "Sådan står din sag",
        "Vi behandler din sag", "Du har trukket klagen tilbage", "Fra Borgerrådgiveren", "Fra dig",
        "Tak. Din besked er sendt til Borgerrådgiveren.", "Du har trukket dit samtykke tilbage.",
        "Sæt kryds, hvis du vil trække klagen tilbage.", "Fik du hjælp?", "Blev du behandlet ordentligt?",
        "Tak for dine svar. De bruges kun til statistik og kan ikke føres tilbage til dig.", "For mange forsøg",
    } <= shown_in_danish
    english = _pages(client, "en", rasmus, settings)
    leftovers = {name: sorted(s for s in shown_in_danish if s in page) for name, page in english.items()}
    assert {name: found for name, found in leftovers.items() if found} == {}
    assert "Where your case stands" in english["case"] and "Did you get help?" in english["closed, survey"]
