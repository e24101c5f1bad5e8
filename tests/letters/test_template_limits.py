"""A letter template cannot hang the server or exhaust its memory: the leader gets a clear error.

Lene (leder) edits and previews templates in the admin; every attack goes through those pages.
The rendering's clock is a counter here (``CountingClock``): every reading is one step later, so
"stopped after ``TemplateLimits.MAX_SECONDS``" is checked by how many readings the rendering made,
never by how long the test took on a shared machine.
"""

from __future__ import annotations

import tracemalloc

import pytest
from django.urls import reverse
from django.utils.html import escape

from borgerraad.letters import rendering
from borgerraad.letters.models import LetterTemplate
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db

TOO_SLOW = "tager for lang tid at flette"
TOO_LARGE = "for stor"
TOO_LONG = "Brevet bliver for langt"

ATTACKS = [
    ("{% for i in range(10**9) %}x{% endfor %}", "range() må højst give 1000 tal"),
    ("{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}{% endfor %}{% endfor %}"
     "{% endfor %}", TOO_SLOW),
    ("{% set s = 'x' * 20000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}", TOO_SLOW),
    ("{{ 'x' * 10**9 }}", TOO_LARGE),
    ("{{ ''.join(['x'] * 10**8) }}", TOO_LARGE),
    ("{{ ''.join(range(1000)|map('string')|list * 10**6) }}", TOO_LARGE),
    ("{{ 10**100000 }}", TOO_LARGE),
    ("{% set a = 'x' * 90000 %}{{ a ~ a ~ a }}", TOO_LARGE),
    ("{{ 'x'|center(10**9) }}", "for stort tal"),
    ("{{ 'x'.ljust(10**9) }}", "for stort tal"),
    ("{{ range(3)|batch(10**9, 'x')|list }}", "for stort tal"),
    ("{{ '%1000000000d' % 1 }}", "for stor bredde"),
    ("{{ '{:>1000000000}'.format(1) }}", "for stor bredde"),
    ("{{ '{:>{w}}'.format(1, w=10**9) }}", "for stor bredde"),
    ("{{ ('x' * 1000)|replace('x', 'y' * 1000) }}", TOO_LARGE),
    ("{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}", TOO_LONG),
    # Endless recursion: too deep, or too slow first when memory tracing slows it down.
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "Skabelonen kan ikke flettes: Skabelonen"),
    ("{{ klagepunkter.append(1) }}", "unsafe"),  # the immutable sandbox: merge fields cannot be changed
]


@pytest.fixture
def leader(client, lene):
    lene.is_staff = True
    lene.save()
    login_verified(client, lene)
    return client


class CountingClock:
    """Stands in for ``time`` in ``letters.rendering``: each ``monotonic()`` reading is ``STEP`` seconds on."""

    STEP = 0.001

    def __init__(self):
        self.readings = 0

    def monotonic(self) -> float:
        self.readings += 1
        return self.readings * self.STEP


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    counting = CountingClock()
    monkeypatch.setattr(rendering, "time", counting)
    return counting


def _preview(leader, body: str):
    return leader.post(reverse("admin:letters_lettertemplate_preview"), {
        "kind": "afslutning", "language": "da", "subject": "Svar", "body": body,
    })


@pytest.mark.parametrize(("source", "message"), ATTACKS)
def test_the_preview_refuses_a_runaway_template_clearly(leader, source, message):
    # The process's first preview loads the URL map, the admin and the letter pipeline; what is traced is
    # the runaway template, so a harmless preview goes first.
    _preview(leader, "Kære borger")
    tracemalloc.start()
    try:
        response = _preview(leader, source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024, f"the preview used {peak / 1e6:.0f} MB"
    assert response.status_code == 200
    assert escape(message) in response.content.decode()


@pytest.mark.parametrize("seconds", [rendering.TemplateLimits.MAX_SECONDS, 0.5])
@pytest.mark.parametrize("source", [source for source, message in ATTACKS if message == TOO_SLOW])
def test_a_template_that_runs_too_long_is_stopped_at_the_configured_limit(leader, clock, monkeypatch,
                                                                          source, seconds):
    monkeypatch.setattr(rendering.TemplateLimits, "MAX_SECONDS", seconds)
    _preview(leader, "Kære borger")
    clock.readings = 0
    response = _preview(leader, source)
    assert escape(f"tager for lang tid at flette (over {seconds:g} sekunder)") in response.content.decode()
    # Stopped once the clock passed the limit: not before it, and not long after (a few readings for the subject).
    steps = round(seconds / CountingClock.STEP)
    assert steps < clock.readings <= steps + 20


@pytest.mark.parametrize(("source", "message"), ATTACKS[:4])
def test_the_editor_refuses_to_save_a_runaway_template(leader, source, message):
    template = LetterTemplate.objects.get(kind="afslutning", language="da")
    change = reverse("admin:letters_lettertemplate_change", args=[template.pk])
    response = leader.post(change, {"kind": "afslutning", "language": "da", "subject": "Svar", "body": source,
                                    "active": "on"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "kan ikke flettes" in content and escape(message) in content
    template.refresh_from_db()
    assert template.body != source


def test_ordinary_templates_still_render():
    source = ("{{ '%d kr.'|format(25000) }} {{ '{:,}'.format(12345) }} {{ sag.reference }} "
              "{% for p in klagepunkter %}{{ p.nummer }}. {{ p.beskrivelse|truncate(20) }}{% endfor %} "
              "{{ ('ab' * 3)|center(10) }} {{ range(3)|list }} {{ borger.navn ~ ', ' ~ borger.adresse }}")
    text = rendering.render_text(source, rendering.sample_context())
    assert text.startswith("25000 kr. 12,345 BR-2026-00001 1. Ingen svar på breve.")
    assert "Æble Østergård Ålund, Testvej 1" in text
