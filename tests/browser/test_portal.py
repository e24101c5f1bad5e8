"""Mine sager in a real browser: Alma signs in with MitID at the local OIDC provider, complains with the form,
follows her case, reads the advisor's letter and message, answers with a file, and the advisor finds the answer
in the case journal. axe checks every portal page; the pages also work by keyboard only and without JavaScript.

The provider (tests/oidc_provider, a real django-oauth-toolkit OIDC provider) runs in a subprocess with this
live server's callback registered. It serves on 127.0.0.1 and the live server on localhost, so the two Django
sites' cookies stay apart in the browser (cookies are not separated by port).
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import case_open_from_henvendelse, message_send, visitation_record
from borgerraad.intake.models import Henvendelse
from tests.accounts.helpers import PASSWORD, staff_user, totp_code, totp_device
from tests.browser.test_complaint_form import expect_step, fill_about, next_step, pdf
from tests.cases.conftest import point
from tests.portal.broker import CITIZEN, CITIZEN_NAME, configure, provider_process
from tests.portal.conftest import sent_letter

pytestmark = pytest.mark.browser

WAIT_MS = 30_000  # the longest wait for a page or element (each step waits on a condition, never a sleep)
FOCUS_VISIBLE = """() => {
  const style = getComputedStyle(document.activeElement);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== 'none';
}"""


@pytest.fixture(scope="module")
def live_provider(live_server, tmp_path_factory):
    callback = live_server.url.replace("127.0.0.1", "localhost") + "/mine-sager/log-ind/retur/"
    with provider_process(tmp_path_factory.mktemp("browser_oidc"), callback) as provider:
        yield provider


@pytest.fixture
def site(live_server, live_provider, settings, tmp_path):
    """The live server's address on localhost, the portal configured for the provider."""
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LETTERS_DIR = tmp_path / "letters"
    url = live_server.url.replace("127.0.0.1", "localhost")
    settings.BORGERRAAD_SITE_URL = url
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    configure(settings, live_provider)
    expect.set_options(timeout=WAIT_MS)
    yield url
    expect.set_options(timeout=5_000)  # Playwright's default, for the other tests
    cache.clear()


def mitid_sign_in(page, site: str) -> None:
    page.set_default_timeout(WAIT_MS)
    page.goto(site + "/mine-sager/")
    page.get_by_role("link", name="Log ind med MitID", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("MitID (test)")
    page.get_by_label("Bruger-ID").fill(CITIZEN)
    page.get_by_label("Adgangskode").fill(CITIZEN)
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine sager")
    expect(page.get_by_text("Du er logget ind med MitID.")).to_be_visible()


def complain(page, site: str) -> str:
    page.goto(site + "/klag/trin/1/")
    page.get_by_role("radio", name="Som borger").check()
    page.get_by_role("radio", name="For mig selv eller min egen virksomhed").check()
    next_step(page)
    expect_step(page, 2, "Dine kontaktoplysninger")
    expect(page.get_by_text("Bekræftet med MitID.").first).to_be_visible()
    page.get_by_label("Adresse").fill("Nørregade 1, 1165 København K")
    page.get_by_role("textbox", name="E-mail").fill("alma@example.dk")
    page.get_by_role("radio", name="E-mail").check()
    next_step(page)
    expect_step(page, 3, "Hvad drejer det sig om?")
    fill_about(page, "Jobcentret har ikke svaret på mine breve i otte uger.")
    next_step(page)
    expect_step(page, 4, "Første kontakt og dokumenter")
    page.get_by_role("radio", name="Ja, men jeg har ikke fået svar").check()
    next_step(page)
    expect_step(page, 5, "Samtykke og indsendelse")
    page.get_by_role("radio", name="Ja, det må I gerne").check()
    page.get_by_role("button", name="Send klagen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tak – vi har modtaget din klage")
    return page.locator(".intake-reference").inner_text()


def advisor_answers(reference: str, advisor) -> None:
    """The staff side through the services: the case is opened, a letter sent, a message written."""
    henvendelse = Henvendelse.objects.get(reference=reference)
    case = case_open_from_henvendelse(henvendelse=henvendelse, by=advisor)
    case.assigned_to = advisor
    case.save(update_fields=["assigned_to"])
    visitation_record(case=case, points=[point()], by=advisor, reason="Tages op.")
    sent_letter(case, subject="Vi har modtaget din klage")
    message_send(case=case, body="Har du afgørelsen fra jobcentret?", from_citizen=False, by=advisor)


def test_a_citizen_follows_her_case_and_answers_the_advisor(page, site, axe, browser):
    rasmus = staff_user("rasmus", Role.RAADGIVER, first_name="Rasmus", last_name="Holm")
    device = totp_device(rasmus)

    page.set_default_timeout(WAIT_MS)
    page.goto(site + "/mine-sager/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log ind og følg din sag")
    axe(page)
    mitid_sign_in(page, site)
    expect(page.get_by_text("Vi har ingen henvendelser fra dig.")).to_be_visible()
    axe(page)

    reference = complain(page, site)
    assert Henvendelse.objects.get(reference=reference).name == CITIZEN_NAME
    page.goto(site + "/mine-sager/")
    case_link = page.get_by_role("link", name=f"Sag {reference}")
    expect(case_link).to_be_visible()
    expect(page.get_by_role("listitem").filter(has=case_link)).to_contain_text("Status: Modtaget")
    axe(page)

    advisor_answers(reference, rasmus)
    case_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Sag {reference}")
    expect(page.locator("[aria-current=step]")).to_contain_text("Vi behandler din sag")
    messages = page.get_by_role("region", name="Beskeder")
    expect(messages).to_contain_text("Fra Borgerrådgiveren")
    expect(messages).to_contain_text("Har du afgørelsen fra jobcentret?")
    axe(page)
    letter = page.request.get(site + page.get_by_role("link", name="Vi har modtaget din klage").get_attribute("href"))
    assert letter.ok and letter.headers["content-type"] == "application/pdf" and letter.body().startswith(b"%PDF")

    page.get_by_role("textbox", name="Besked").fill("Ja, her er afgørelsen.")
    page.get_by_label("Vedhæft filer (valgfrit)").set_input_files(pdf("afgoerelse.pdf"))
    page.get_by_role("button", name="Send besked").click()
    expect(page.get_by_role("status")).to_contain_text("Tak. Din besked er sendt til Borgerrådgiveren.")
    expect(messages).to_contain_text("Ja, her er afgørelsen.")
    expect(messages.get_by_role("link", name="Hent afgoerelse.pdf")).to_be_visible()
    axe(page)

    # The advisor signs in (another browser) and finds the answer in the case's journal.
    staff = browser.new_context(locale="da-DK")
    staff_page = staff.new_page()
    staff_page.set_default_timeout(WAIT_MS)
    staff_page.goto(site + f"/medarbejder/sager/{reference}/")
    staff_page.get_by_label("Brugernavn").fill("rasmus")
    staff_page.get_by_label("Adgangskode").fill(PASSWORD)
    staff_page.get_by_role("button", name="Fortsæt").click()
    staff_page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(device))
    staff_page.get_by_role("button", name="Log ind").click()
    expect(staff_page).to_have_url(site + f"/medarbejder/sager/{reference}/")
    journal = staff_page.get_by_role("region", name="Journal")
    expect(journal.get_by_role("row").filter(has_text="Besked fra borgeren")).to_have_count(1)
    staff.close()


def test_mine_sager_by_keyboard_only(page, site, axe):
    rasmus = staff_user("rasmus", Role.RAADGIVER)
    mitid_sign_in(page, site)
    reference = complain(page, site)
    advisor_answers(reference, rasmus)
    page.goto(site + "/mine-sager/")

    def tab_to(name: str, role: str = "link") -> None:
        target = page.get_by_role(role, name=name)
        for _ in range(60):
            page.keyboard.press("Tab")
            if target.evaluate("element => element === document.activeElement"):
                assert page.evaluate(FOCUS_VISIBLE), f"no visible focus on {name}"
                return
        raise AssertionError(f"Tab never reached {name}")

    tab_to(f"Sag {reference}")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Sag {reference}")
    tab_to("Besked", role="textbox")
    page.keyboard.type("Svar skrevet med tastaturet.")
    tab_to("Send besked", role="button")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Tak. Din besked er sendt til Borgerrådgiveren.")
    expect(page.get_by_role("region", name="Beskeder")).to_contain_text("Svar skrevet med tastaturet.")


def test_mine_sager_without_javascript(browser, site):
    rasmus = staff_user("rasmus", Role.RAADGIVER)
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    mitid_sign_in(page, site)
    reference = complain(page, site)
    advisor_answers(reference, rasmus)
    page.goto(site + "/mine-sager/")
    page.get_by_role("link", name=f"Sag {reference}").click()
    page.get_by_role("textbox", name="Besked").fill("Svar uden JavaScript.")
    page.get_by_label("Vedhæft filer (valgfrit)").set_input_files(pdf("bilag.pdf"))
    page.get_by_role("button", name="Send besked").click()
    expect(page.get_by_role("status")).to_contain_text("Tak. Din besked er sendt til Borgerrådgiveren.")
    expect(page.get_by_role("link", name="Hent bilag.pdf")).to_be_visible()
    page.get_by_role("button", name="Log ud").first.click()
    expect(page.get_by_text("Du er nu logget ud.")).to_be_visible()
    context.close()
