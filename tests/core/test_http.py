"""The client address used for rate limits, with and without trusted proxies."""

from django.test import RequestFactory

from borgerraad.core.http import client_ip


def request(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_the_socket_address_counts_and_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_ip(request("10.0.0.5", "1.2.3.4")) == "10.0.0.5"


def test_behind_one_proxy_the_address_it_appended_counts(settings):
    settings.TRUSTED_PROXIES = 1
    # The client forged "6.6.6.6"; the proxy appended the real peer 203.0.113.7.
    assert client_ip(request("10.0.0.1", "6.6.6.6, 203.0.113.7")) == "203.0.113.7"


def test_behind_two_proxies(settings):
    settings.TRUSTED_PROXIES = 2
    assert client_ip(request("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2")) == "203.0.113.7"


def test_a_missing_header_falls_back_to_the_socket(settings):
    settings.TRUSTED_PROXIES = 1
    assert client_ip(request("10.0.0.9")) == "10.0.0.9"
