"""``python -m tests.oidc_provider PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI``: migrate a fresh database, add
the test users (password = username) and the portal as a confidential client, and serve on 127.0.0.1:PORT."""

import sys

import django


def main(port: str, client_id: str, client_secret: str, redirect_uri: str) -> None:
    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.core.servers.basehttp import run
    from django.core.wsgi import get_wsgi_application
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0)
    for username in settings.OIDC_PROVIDER_USERS:
        get_user_model().objects.create_user(username=username, password=username)
    Application.objects.create(
        name="Borgerrådgiveren", client_id=client_id, client_secret=client_secret, redirect_uris=redirect_uri,
        client_type=Application.CLIENT_CONFIDENTIAL, authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        algorithm=Application.RS256_ALGORITHM, skip_authorization=True,
    )
    run("127.0.0.1", int(port), get_wsgi_application(), threading=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
