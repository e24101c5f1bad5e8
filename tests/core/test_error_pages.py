"""Error pages through HTTP with DEBUG off (pytest-django's default): the service's own layout in
Danish or English, a way back and the office's contact details, also when the database is down."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import Client

from borgerraad.intake.models import Draft, Henvendelse
from tests.accounts.helpers import login_verified, staff_user
from tests.intake.test_views import fill_all, post

pytestmark = pytest.mark.django_db

PHONE = "33 66 14 00"  # Copenhagen's office, from the data migration


def page(response) -> str:
    return response.content.decode()


def assert_layout_with_contact(content: str, *, phone: str = PHONE) -> None:
    assert 'class="header"' in content and 'class="footer"' in content  # base.html, not Django's bare page
    assert f">{phone}</a>" in content


def test_404_in_danish_with_a_way_back_and_the_office(client):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    content = page(response)
    assert "<h1>Siden findes ikke</h1>" in content
    assert '<a class="button button-primary" href="/">Til forsiden</a>' in content
    assert_layout_with_contact(content)


def test_404_in_english(client):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    content = page(response)
    assert "<h1>Page not found</h1>" in content and 'lang="en"' in content
    assert 'href="/en/">To the front page</a>' in content
    assert_layout_with_contact(content)


def test_404_on_a_staff_page_leads_back_to_the_staff_front_page(client):
    response = client.get("/medarbejder/findes-ikke/")
    assert response.status_code == 404
    assert 'href="/medarbejder/">Til medarbejdersiden</a>' in page(response)


def test_403_for_a_signed_in_user_who_is_not_staff(client):
    login_verified(client, staff_user("bob", is_staff=False))
    response = client.get("/medarbejder/")
    assert response.status_code == 403
    content = page(response)
    assert "<h1>Du har ikke adgang til siden</h1>" in content
    assert 'href="/">Til forsiden</a>' in content
    assert_layout_with_contact(content)


def test_a_form_sent_without_its_security_token_gets_a_polite_403():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/klag/trin/1/", {"submitter_kind": "citizen"})
    assert response.status_code == 403
    content = page(response)
    assert "<h1>The page had expired</h1>" in content
    assert "send the form again" in content
    assert_layout_with_contact(content)


@pytest.mark.urls("tests.core.error_urls")
def test_a_rate_limit_answers_429_not_403(client):
    cache.clear()
    assert client.get("/test-limited/").status_code == 200
    response = client.get("/test-limited/")
    assert response.status_code == 429
    content = page(response)
    assert "<h1>For mange forespørgsler</h1>" in content
    assert_layout_with_contact(content)


@pytest.mark.urls("tests.core.error_urls")
def test_500_in_the_layout_with_the_office():
    client = Client(raise_request_exception=False)
    response = client.get("/en/test-broken/")
    assert response.status_code == 500
    content = page(response)
    assert "<h1>Something went wrong</h1>" in content
    assert "a bug in a view" not in content and "Traceback" not in content
    assert_layout_with_contact(content)


@pytest.mark.urls("tests.core.error_urls")
def test_500_with_the_database_down_shows_the_contact_details_from_the_settings(settings, monkeypatch):
    settings.OFFICE_FALLBACK = {**settings.OFFICE_FALLBACK, "phone": "70 70 70 70"}

    def database_down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("borgerraad.core.errors.office_get", database_down)
    response = Client(raise_request_exception=False).get("/test-broken/")
    assert response.status_code == 500
    assert "<h1>Der opstod en fejl</h1>" in page(response)
    assert_layout_with_contact(page(response), phone="70 70 70 70")


def _database_down(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


def test_database_down_answers_503_with_retry_after_and_the_fallback_contact(settings):
    settings.OFFICE_FALLBACK = {**settings.OFFICE_FALLBACK, "phone": "70 70 70 70"}
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(_database_down):
        response = client.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    content = page(response)
    assert "<h1>The site is temporarily unavailable</h1>" in content
    assert_layout_with_contact(content, phone="70 70 70 70")


def test_the_database_failing_during_a_submit_keeps_the_draft_and_it_submits_once_after(client):
    """A 503 page instead of a 500 while the database is unavailable; after recovery the citizen
    continues with the same draft and gets one henvendelse."""
    client.raise_request_exception = False
    fill_all(client)

    def henvendelse_insert_fails(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT") and Henvendelse._meta.db_table in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(henvendelse_insert_fails):
        failed = post(client, 5, {"consent": "yes", "action": "submit"})
    assert failed.status_code == 503
    assert "Siden er midlertidigt utilgængelig" in page(failed)
    assert "det, du nåede at gemme, ikke gået tabt" in page(failed)
    assert Henvendelse.objects.count() == 0
    draft = Draft.objects.get()
    assert draft.henvendelse_id is None

    review = client.get("/klag/trin/5/")
    assert review.status_code == 200
    assert "Jobcenter København" in page(review) and "120483-xxxx" in page(review)
    done = post(client, 5, {"consent": "yes", "action": "submit"})
    assert done.status_code == 302 and done["Location"].endswith("/klag/kvittering/")
    again = post(client, 5, {"consent": "yes", "action": "submit"})
    assert again.status_code == 302
    assert Henvendelse.objects.count() == 1
    assert Henvendelse.objects.get().description.startswith("Jeg har ventet otte uger")
