"""Settings of the test OIDC provider (not the product's): everything from the environment the test sets."""

import json
import os

SECRET_KEY = "test-oidc-provider-only"  # noqa: S105 - a throw-away provider on a loopback port
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "tests.oidc_provider.urls"
USE_TZ = True
INSTALLED_APPS = [
    "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "oauth2_provider",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [os.path.join(os.path.dirname(__file__), "templates")],
    "OPTIONS": {"context_processors": ["django.template.context_processors.csrf"]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["OIDC_PROVIDER_DB"]}}
LOGIN_URL = "/login/"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; test users only
OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": os.environ["OIDC_PROVIDER_RSA_KEY"],
    "OIDC_ISS_ENDPOINT": os.environ["OIDC_PROVIDER_ISSUER"],
    "PKCE_REQUIRED": True,
    "OAUTH2_VALIDATOR_CLASS": "tests.oidc_provider.validator.BrokerLikeValidator",
    "SCOPES": {"openid": "OpenID Connect", "profile": "Name", "mitid": "MitID", "nemlogin": "MitID Erhverv"},
    "ID_TOKEN_EXPIRE_SECONDS": 300,
}
OIDC_PROVIDER_USERS = json.loads(os.environ["OIDC_PROVIDER_USERS"])  # {username: {claim: value}}
OIDC_PROVIDER_MODE_FILE = os.environ["OIDC_PROVIDER_MODE_FILE"]
