"""Real-browser fixtures: Debian's Chromium through Playwright, the live server, and axe-core.

The live server runs in a thread of this process, so time-machine in the test also moves the
server's clock. ``live_server`` tests run in ``transactional_db``, which empties the tables after
each test; tests/conftest.py loads the default configuration and roles again before each one.
"""

import os

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's event loop in the test thread

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = "/usr/bin/chromium"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "da-DK", "timezone_id": "Europe/Copenhagen"}


@pytest.fixture
def page(page):
    """pytest-playwright's page, failing the test on a JavaScript error or a CSP violation.

    The browser reports both on the console; a blocked inline script or style shows up here.
    """
    errors: list[str] = []
    # An upper bound on waiting, not a speed requirement: the suite shares two cores with its servers.
    page.set_default_timeout(30_000)
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, "errors in the browser console:\n" + "\n".join(errors)


@pytest.fixture
def axe():
    """``axe(page)`` fails the test on any WCAG 2.1 A/AA violation, listing rule ids and targets.

    axe-playwright-python injects axe-core with ``page.evaluate``, which the page's strict CSP
    allows (``add_script_tag`` would be blocked).
    """
    engine = Axe()

    def check(page) -> None:
        results = engine.run(
            page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
        )
        violations = results.response["violations"]
        report = "\n".join(
            f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
            + "\n".join(f"    {node['target']}: {node.get('failureSummary', '')}" for node in violation["nodes"])
            for violation in violations
        )
        assert not violations, f"axe found WCAG 2.1 AA violations on {page.url}:\n{report}"

    return check


@pytest.fixture
def letter_settings(settings, tmp_path):
    """Letters and uploads in the test's own folder, e-mail in memory, tasks run at once, an empty cache."""
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LETTERS_DIR = tmp_path / "letters"
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    cache.clear()
    yield
    cache.clear()
