"""Forsendelser: the staff page of every dispatch that needs action.

Rasmus (rådgiver) has Bo's kvittering in the print queue, a conclusion letter in the Digital Post
outbox and a letter that failed by e-mail. Rikke's restricted case has a letter in the print queue
too, which only she and Lene (leder) may see. Rasmus fetches the print run, posts it and confirms
it; a letter queued meanwhile stays in the queue. Sanne (sekretær) and a user without roles are
refused.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from borgerraad.letters import services
from borgerraad.letters.dispatch import DispatchError
from borgerraad.letters.dispatch.email import EmailChannel
from borgerraad.letters.models import Dispatch, DispatchStatus
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.cases.conftest import make_case, rikke, sanne  # noqa: F401
from tests.letters.conftest import CPR, pdf_text

pytestmark = pytest.mark.django_db

OVERVIEW = reverse("letters:dispatches")


class _MailServerDown(EmailChannel):
    def send(self, outgoing):
        raise DispatchError("smtp_unreachable", error="ConnectionRefusedError")


def dispatched(case, by, *, kind: str, channel: str) -> Dispatch:
    """A final letter of ``kind`` on ``case``, sent by ``channel`` and attempted once."""
    letter = services.letter_draft(case=case, kind=kind, language="da", by=by)
    letter = services.letter_update(letter=letter, by=by, subject=letter.subject, body=letter.body, channel=channel)
    letter = services.letter_finalise(letter=letter, by=by)
    dispatch = services.letter_send(letter=letter, by=by)
    services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    return dispatch


def failed(case, by, monkeypatch) -> Dispatch:
    letter = services.letter_draft(case=case, kind="forslag", language="da", by=by)
    letter = services.letter_finalise(letter=letter, by=by)
    dispatch = services.letter_send(letter=letter, by=by, channel="email")
    with monkeypatch.context() as patch:
        patch.setattr(services, "channel_get", lambda name: _MailServerDown())
        services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    return dispatch


@pytest.fixture
def restricted_case(rikke, office):  # noqa: F811
    case = make_case(by=rikke, name="Karen Fortrolig", cpr=CPR, address="Nørregade 1, 1165 København K")
    case.restricted, case.assigned_to = True, rikke
    case.save()
    return case


@pytest.fixture
def story(concluded_case, rasmus, rikke, restricted_case, monkeypatch):  # noqa: F811
    """Rasmus's print, outbox and failed dispatches on Bo's case, and Rikke's print dispatch."""
    return {
        "print": dispatched(concluded_case, rasmus, kind="kvittering", channel="print"),
        "outbox": dispatched(concluded_case, rasmus, kind="afslutning", channel="digital_post"),
        "failed": failed(concluded_case, rasmus, monkeypatch),
        "hidden": dispatched(restricted_case, rikke, kind="kvittering", channel="print"),
    }


def listed_ids(html: str) -> list[int]:
    return [int(value) for value in re.findall(r'name="forsendelse" value="(\d+)"', html)]


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def test_the_page_lists_what_needs_action_on_the_cases_the_user_may_see(client, rasmus, story, concluded_case,
                                                                        restricted_case):
    assert story["print"].status == story["hidden"].status == DispatchStatus.HANDED_OVER
    assert story["outbox"].status == DispatchStatus.HANDED_OVER and story["failed"].status == DispatchStatus.FAILED
    login_verified(client, rasmus)
    response = client.get(OVERVIEW)
    assert response.status_code == 200
    html = response.content.decode()
    printing = section(html, "printkoe")
    assert concluded_case.reference in printing and "Kvittering" in printing and "Bo Hansen" in printing
    assert reverse("letters:detail", args=[concluded_case.reference, story["print"].letter_id]) in printing
    assert listed_ids(html) == [story["print"].pk]
    outbox = section(html, "udbakke")
    assert "Afslutning med udfald" in outbox
    assert reverse("letters:dispatch", args=[concluded_case.reference, story["outbox"].letter_id,
                                             story["outbox"].pk, "bekraeft"]) in outbox
    failures = section(html, "fejlede")
    assert "Mailserveren kunne ikke nås (ConnectionRefusedError)." in failures
    assert "E-mail" in failures and "Svar på forslag" in failures
    assert restricted_case.reference not in html and "Karen Fortrolig" not in html
    # The navigation links the page with the number of dispatches that need action.
    case_page = client.get(reverse("cases:case", args=[concluded_case.reference])).content.decode()
    assert re.search(rf'href="{OVERVIEW}">Forsendelser <span class="badge badge-warning">3<', case_page)


def test_the_leader_sees_the_restricted_case_too(client, lene, story, restricted_case):
    login_verified(client, lene)
    html = client.get(OVERVIEW).content.decode()
    assert restricted_case.reference in section(html, "printkoe")
    assert sorted(listed_ids(html)) == sorted([story["print"].pk, story["hidden"].pk])


def test_empty_sections_say_so(client, rasmus, concluded_case):
    login_verified(client, rasmus)
    html = client.get(OVERVIEW).content.decode()
    for text in ("Printkøen er tom.", "Der er ingen breve i Digital Post-udbakken",
                 "Ingen forsendelser er fejlet."):
        assert text in html
    assert "Hent printkørslen" not in html
    assert client.get(reverse("letters:print_run")).status_code == 404


def test_the_secretary_and_a_user_without_roles_are_refused(client, sanne, story):  # noqa: F811
    nobody = User.objects.create_user(username="nobody", email="nobody@kk.example")
    for user in (sanne, nobody):
        client.logout()
        login_verified(client, user)
        assert client.get(OVERVIEW).status_code == 403
        assert client.get(reverse("letters:print_run")).status_code == 403
        response = client.post(reverse("letters:print_run_confirm"), {"forsendelse": [story["print"].pk]})
        assert response.status_code == 403
    assert Dispatch.objects.get(pk=story["print"].pk).status == DispatchStatus.HANDED_OVER
    login_verified(client, sanne)
    assert "Forsendelser" not in client.get(reverse("cases:inbox")).content.decode()


def test_the_print_run_is_one_pdf_of_the_listed_letters_and_is_logged(client, rasmus, story, concluded_case,
                                                                     tmp_path):
    second = dispatched(concluded_case, rasmus, kind="vejledning", channel="print")
    login_verified(client, rasmus)
    html = client.get(OVERVIEW).content.decode()
    assert listed_ids(html) == [story["print"].pk, second.pk]
    link = re.search(r'href="([^"]*printkoersel/\?[^"]*)"', html).group(1).replace("&amp;", "&")
    response = client.get(link)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="printkoersel-')
    text = pdf_text(response.content, tmp_path)
    assert text.count("Bo Hansen") >= 2 and "2300 København S" in text
    assert "Karen Fortrolig" not in text
    # Each letter keeps its own page numbers: two letters, two first pages.
    assert text.count("Side 1 af") == 2
    assert text.index("Vi har modtaget din henvendelse") < text.index("Sådan klager du til")  # in queue order
    kvittering, vejledning = story["print"].letter, second.letter
    logged = AuditEvent.objects.filter(username="rasmus", action="download", object_label=concluded_case.reference)
    assert sorted(logged.values_list("detail", flat=True)) == sorted(
        [f"letter {kvittering.pk} print run", f"letter {vejledning.pk} print run"])
    # Another user's restricted letter cannot be asked for by its id.
    response = client.get(reverse("letters:print_run"), {"id": story["hidden"].pk})
    assert response.status_code == 404


def test_confirming_the_run_confirms_exactly_the_listed_letters(client, rasmus, story, concluded_case):
    assert concluded_case.acknowledged_at is None
    login_verified(client, rasmus)
    ids = listed_ids(client.get(OVERVIEW).content.decode())
    late = dispatched(concluded_case, rasmus, kind="vejledning", channel="print")  # queued after the page was shown
    response = client.post(reverse("letters:print_run_confirm"), {"forsendelse": ids + [story["hidden"].pk]},
                           follow=True)
    assert response.redirect_chain == [(OVERVIEW, 302)]
    assert "1 brev fra printkørslen er bekræftet sendt." in response.content.decode()
    confirmed = Dispatch.objects.get(pk=story["print"].pk)
    assert confirmed.status == DispatchStatus.SENT and confirmed.confirmed_at
    assert Dispatch.objects.get(pk=late.pk).status == DispatchStatus.HANDED_OVER
    assert Dispatch.objects.get(pk=story["hidden"].pk).status == DispatchStatus.HANDED_OVER  # not Rasmus's to see
    # The consequence of the letter runs: a confirmed kvittering acknowledges the case.
    concluded_case.refresh_from_db()
    assert concluded_case.acknowledged_at == confirmed.confirmed_at
    # Pressing again (e.g. a second tab) confirms nothing twice.
    again = client.post(reverse("letters:print_run_confirm"), {"forsendelse": ids}, follow=True).content.decode()
    assert "0 breve fra printkørslen er bekræftet sendt." in again
    assert "1 brev var allerede bekræftet eller er ikke længere i printkøen." in again
    assert listed_ids(again) == [late.pk]


def test_an_outbox_letter_is_confirmed_from_the_page(client, rasmus, story, concluded_case):
    login_verified(client, rasmus)
    outbox = story["outbox"]
    url = reverse("letters:dispatch", args=[concluded_case.reference, outbox.letter_id, outbox.pk, "bekraeft"])
    response = client.post(url, {"tilbage": "forsendelser"}, follow=True)
    assert response.redirect_chain == [(OVERVIEW, 302)]
    assert "Forsendelsen er bekræftet: brevet er sendt." in response.content.decode()
    assert Dispatch.objects.get(pk=outbox.pk).status == DispatchStatus.SENT
    assert "Der er ingen breve i Digital Post-udbakken" in response.content.decode()
    # Without the marker the letter page's own button still returns to the letter page.
    again = client.post(url)
    assert again.status_code == 400


def test_retry_now_from_the_page(client, rasmus, story, concluded_case, settings):
    failed_dispatch = story["failed"]
    Dispatch.objects.filter(pk=failed_dispatch.pk).update(status=DispatchStatus.GAVE_UP, next_attempt_at=None,
                                                          attempts=settings.LETTERS_MAX_ATTEMPTS)
    login_verified(client, rasmus)
    assert "Fejlet, opgivet" in section(client.get(OVERVIEW).content.decode(), "fejlede")
    url = reverse("letters:dispatch", args=[concluded_case.reference, failed_dispatch.letter_id, failed_dispatch.pk,
                                            "proev-igen"])
    before = timezone.now()
    response = client.post(url, {"tilbage": "forsendelser"}, follow=True)
    assert response.redirect_chain == [(OVERVIEW, 302)]
    assert "Forsendelsen prøves igen." in response.content.decode()
    retried = Dispatch.objects.get(pk=failed_dispatch.pk)
    assert retried.status == DispatchStatus.FAILED and retried.next_attempt_at >= before
    assert retried.attempts == settings.LETTERS_MAX_ATTEMPTS - 1
    # Retrying what is not failed is refused with a message on the overview, not an error page.
    outbox = story["outbox"]
    refused = client.post(reverse("letters:dispatch", args=[concluded_case.reference, outbox.letter_id, outbox.pk,
                                                            "proev-igen"]), {"tilbage": "forsendelser"}, follow=True)
    assert refused.redirect_chain == [(OVERVIEW, 302)]
    assert f"{concluded_case.reference}: Forsendelsen er ikke fejlet." in refused.content.decode()


def test_why_a_dispatch_failed_is_told_in_the_readers_language(client, rasmus, story, concluded_case):
    letter_page = reverse("letters:detail", args=[concluded_case.reference, story["failed"].letter_id])
    login_verified(client, rasmus)
    danish = section(client.get(OVERVIEW).content.decode(), "fejlede") + client.get(letter_page).content.decode()
    assert danish.count("Mailserveren kunne ikke nås (ConnectionRefusedError).") == 2
    assert "smtp_unreachable" not in danish and "could not be reached" not in danish
    english = client.get("/en" + OVERVIEW).content.decode() + client.get("/en" + letter_page).content.decode()
    assert english.count("The mail server could not be reached (ConnectionRefusedError).") == 2
    assert "Mailserveren" not in english and "smtp_unreachable" not in english
