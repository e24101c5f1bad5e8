"""Django settings for Borgerrådgiveren, read from the environment (see docs/configuration.md).

Production is the default (``DJANGO_DEBUG`` off): it refuses to start without
``DJANGO_SECRET_KEY``, ``DJANGO_ALLOWED_HOSTS``, ``DATABASE_URL`` and ``BORGERRAAD_FIELD_KEYS``
and turns on HSTS, secure cookies and the HTTPS redirect, so a server missing one variable stops
instead of running with development values. Development (``DJANGO_DEBUG=true``, which ``make run``
and the tests set themselves) needs nothing else: SQLite in ``var/``.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from borgerraad.core import defaults as _defaults
from borgerraad.env import env_bool, env_float, env_int, env_list, env_str
from borgerraad.privacy.crypto import derive_development_key, keys_validate

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(env_str("BORGERRAAD_VAR_DIR", str(PROJECT_DIR / "var")))

DEBUG = env_bool("DJANGO_DEBUG", False)

if DEBUG:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
else:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY", required=True)
    if len(SECRET_KEY) < 32:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 32 characters in production.")
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set in production (comma-separated).")

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "borgerraad.accounts.admin_apps.StaffAdminConfig",  # django.contrib.admin behind the staff sign-in with TOTP
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",  # full-text search (cases.search); harmless on SQLite
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "borgerraad.core",
    "borgerraad.triage",
    "borgerraad.privacy",
    "borgerraad.accounts",
    "borgerraad.intake",
    "borgerraad.cases",
    "borgerraad.letters",
    "borgerraad.channels",
    "borgerraad.insights",
    "borgerraad.portal",
    "borgerraad.demo",  # demo_data and seed-demo, on top of the apps they fill
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages compressed when the browser asks; Django's GZip adds random padding against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # Early, so it marks every response of a page with personal data, lockout and error pages too.
    "borgerraad.core.middleware.NoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Last, as django-axes requires: turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

if not DEBUG:
    # Production serves the collected static files itself (``borgerraad collectstatic``).
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "borgerraad.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "borgerraad.core.context_processors.office",
            ],
        },
    },
]

WSGI_APPLICATION = "borgerraad.wsgi.application"

# SQLite is the zero-setup default in development; production names its database (PostgreSQL).
if DEBUG:
    _DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'borgerraad.sqlite3'}")
else:
    _DATABASE_URL = env_str("DATABASE_URL")
    if not _DATABASE_URL:
        raise ImproperlyConfigured(
            "DATABASE_URL must be set in production (postgres://user:password@host:5432/borgerraad)."
        )
DATABASES = {
    "default": dj_database_url.parse(
        _DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;"}
    )
    DATABASES["default"]["TEST"] = {"NAME": env_str("BORGERRAAD_TEST_SQLITE", "") or None}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Danish first, English available through the language switch.
LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Dansk")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]  # our CSS/JS and the vendored DKFDS and htmx
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Uploads live outside the web root and are served only through permission-checked views.
MEDIA_ROOT = Path(env_str("BORGERRAAD_MEDIA_ROOT", str(VAR_DIR / "media")))

# Background work through django.tasks: the database backend by default, RQ on Redis when set.
TASKS_BACKEND = env_str("BORGERRAAD_TASKS_BACKEND", "database")
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
elif TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": env_str("REDIS_URL", "redis://127.0.0.1:6379/0")}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured("BORGERRAAD_TASKS_BACKEND must be database, rq or immediate.")

# E-mail through Django 6.1's MAILERS: the console in development, SMTP in production.
_EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {"default": {"BACKEND": _EMAIL_BACKEND, "OPTIONS": {}}}
if _EMAIL_BACKEND.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": env_str("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 25),
        "username": env_str("EMAIL_HOST_USER", ""),
        "password": env_str("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
    }
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "borgerraadgiveren@localhost")

# Security headers. No inline scripts or styles anywhere: the CSP forbids them.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Preloading commits the whole domain and every subdomain to HTTPS in browsers for good:
        # the municipality decides that (DJANGO_HSTS_PRELOAD), so its absence is not a warning here.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    # Load balancers and probes ask for the health check over plain HTTP behind the TLS proxy.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True

# Error pages (core/errors.py): 403, 404, 429 (rate limits), 500 and 503 (database unavailable) in
# the public layout. When the database cannot be read they show these contact details instead of
# the office's row; Copenhagen's by default, like the rest of the configuration.
CSRF_FAILURE_VIEW = "borgerraad.core.errors.csrf_failure"
OFFICE_FALLBACK = {
    "name": env_str("BORGERRAAD_OFFICE_NAME", _defaults.OFFICE["name"]),
    "municipality": env_str("BORGERRAAD_OFFICE_MUNICIPALITY", _defaults.OFFICE["municipality"]),
    "phone": env_str("BORGERRAAD_OFFICE_PHONE", _defaults.OFFICE["phone"]),
    "email": env_str("BORGERRAAD_OFFICE_EMAIL", _defaults.OFFICE["email"]),
}

# Staff sign-in: password, then a TOTP code (django-otp); lockout after repeated failures
# (django-axes). See docs/accounts.md and borgerraad/accounts/.
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:home"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out users before checking passwords
    "django.contrib.auth.backends.ModelBackend",
]
# A working day; the cookie also ends with the browser, so a shared PC does not stay signed in.
SESSION_COOKIE_AGE = env_int("BORGERRAAD_SESSION_HOURS", 8) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("BORGERRAAD_SESSION_EXPIRE_AT_BROWSER_CLOSE", True)
OTP_TOTP_ISSUER = env_str("BORGERRAAD_OTP_ISSUER", "Borgerrådgiveren")
# The admin never shows a device's secret or QR code: whoever sees it can make the user's codes.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Five failures (passwords and TOTP codes alike) for one username from one address lock that
# pair out for 15 minutes; an administrator unlocks with ``borgerraad axes_reset_username NAME``.
AXES_FAILURE_LIMIT = env_int("BORGERRAAD_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("BORGERRAAD_LOGIN_LOCKOUT_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# One password tried across many usernames (password spraying): every failure from an address,
# whatever the username, counts towards a higher limit that locks the address (accounts/lockout.py).
AXES_HANDLER = "borgerraad.accounts.lockout.AddressLimitHandler"
LOGIN_FAILURE_LIMIT_PER_ADDRESS = env_int("BORGERRAAD_LOGIN_FAILURE_LIMIT_PER_ADDRESS", 20)
AXES_CLIENT_IP_CALLABLE = "borgerraad.core.http.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ADMIN = True
AXES_VERBOSE = False

# Logging: structured enough to operate, never personal data (see docs/configuration.md). Every
# handler drops query strings (search terms, ?next=...) from request lines (core/logging.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Tracebacks are logged with CPR numbers and e-mail addresses masked and exception messages withheld
    # (privacy/logs.py); query strings are cut from request lines (core/logging.py). Both on every handler.
    "filters": {
        "personal_data": {"()": "borgerraad.privacy.logs.PersonalDataFilter"},
        "no_query_strings": {"()": "borgerraad.core.logging.DropQueryStrings"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "django.server": {
            "()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler", "formatter": "plain", "filters": ["no_query_strings", "personal_data"],
        },
        # runserver's access log, as Django's default but without query strings.
        "django.server": {
            "class": "logging.StreamHandler", "formatter": "django.server",
            "filters": ["no_query_strings", "personal_data"],
        },
    },
    "root": {"handlers": ["console"], "level": env_str("BORGERRAAD_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # The scheduler's library logs every run at INFO; our own jobs log what they did.
        "apscheduler": {"level": "WARNING"},
        # The OIDC client logs the PKCE verifier and tokens at DEBUG: never, whatever BORGERRAAD_LOG_LEVEL says.
        "authlib": {"level": "WARNING"},
    },
}

# Field-level encryption of personal data (CPR numbers, free text): see borgerraad/privacy/crypto.py.
# The first key encrypts, all keys decrypt (rotation: docs/configuration.md).
FIELD_ENCRYPTION_KEYS = env_list("BORGERRAAD_FIELD_KEYS")
if not FIELD_ENCRYPTION_KEYS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "BORGERRAAD_FIELD_KEYS must be set in production (comma-separated Fernet keys, newest first)."
        )
    FIELD_ENCRYPTION_KEYS = [derive_development_key(SECRET_KEY)]
# A malformed key stops start-up here, not at the first submission (the message never shows the key).
FIELD_ENCRYPTION_KEYS = keys_validate(FIELD_ENCRYPTION_KEYS)

# The complaint form (borgerraad/intake): uploads, drafts, abuse protection.
INTAKE_UPLOAD_MAX_FILE_BYTES = env_int("BORGERRAAD_UPLOAD_MAX_FILE_MB", 10) * 1024 * 1024
INTAKE_UPLOAD_MAX_TOTAL_BYTES = env_int("BORGERRAAD_UPLOAD_MAX_TOTAL_MB", 25) * 1024 * 1024
INTAKE_DRAFT_HOURS = env_int("BORGERRAAD_DRAFT_HOURS", 72)
if INTAKE_DRAFT_HOURS < 24:
    raise ImproperlyConfigured("BORGERRAAD_DRAFT_HOURS must be at least 24: a half-filled form survives a day.")
INTAKE_RATE_LIMIT = env_str("BORGERRAAD_FORM_RATE_LIMIT", "120/h")
INTAKE_SUBMIT_RATE_LIMIT = env_str("BORGERRAAD_SUBMIT_RATE_LIMIT", "10/h")
INTAKE_REFERENCE_PREFIX = env_str("BORGERRAAD_REFERENCE_PREFIX", "BR")
# Receipts not sent this long after registration (or after an attempt that never finished) are sent by
# the periodic ``receipts_send`` sweep, at most INTAKE_RECEIPT_MAX_ATTEMPTS times (ADR 0003).
INTAKE_RECEIPT_RETRY_SECONDS = env_int("BORGERRAAD_RECEIPT_RETRY_SECONDS", 300)
INTAKE_RECEIPT_MAX_ATTEMPTS = env_int("BORGERRAAD_RECEIPT_MAX_ATTEMPTS", 5)

# Automatic intake channels (borgerraad/channels): the office's mailbox over IMAP, the Digital Post
# inbox folder and the council members' mail domains. An empty IMAP host switches the poller off.
CHANNELS_IMAP = {
    "host": env_str("BORGERRAAD_IMAP_HOST", ""),
    "port": env_int("BORGERRAAD_IMAP_PORT", 993),
    "user": env_str("BORGERRAAD_IMAP_USER", ""),
    "password": env_str("BORGERRAAD_IMAP_PASSWORD", ""),
    "ssl": env_bool("BORGERRAAD_IMAP_SSL", True),
    "folder": env_str("BORGERRAAD_IMAP_FOLDER", "INBOX"),
    "processed_folder": env_str("BORGERRAAD_IMAP_PROCESSED_FOLDER", "Behandlet"),
    "failed_folder": env_str("BORGERRAAD_IMAP_FAILED_FOLDER", "Fejlet"),
}
# A message that fails this many polls is moved to the failed folder and shown to staff (channels.FailedMail).
CHANNELS_MAIL_MAX_ATTEMPTS = env_int("BORGERRAAD_MAIL_MAX_ATTEMPTS", 5)
CHANNELS_COUNCIL_DOMAINS = [d.lower().lstrip("@") for d in env_list("BORGERRAAD_COUNCIL_MAIL_DOMAINS")]
CHANNELS_DIGITAL_POST_INBOX = env_str("BORGERRAAD_DIGITAL_POST_INBOX", str(VAR_DIR / "digital_post" / "inbox"))
CHANNELS_DIGITAL_POST_RECEIVER = env_str(
    "BORGERRAAD_DIGITAL_POST_RECEIVER", "borgerraad.channels.digital_post.inbox.FolderReceiver",
)

# Cache: rate limits must be shared by every process in production (Redis or the database).
_CACHE_URL = env_str("BORGERRAAD_CACHE_URL", "")
if _CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _CACHE_URL}}
elif _CACHE_URL == "database":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "borgerraad_cache"}}
elif _CACHE_URL in ("", "memory"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    raise ImproperlyConfigured("BORGERRAAD_CACHE_URL must be redis://..., database or memory.")

# Behind reverse proxies the client address comes from X-Forwarded-For (borgerraad/core/http.py).
TRUSTED_PROXIES = env_int("BORGERRAAD_TRUSTED_PROXIES", 0)
RATELIMIT_IP_META_KEY = "borgerraad.core.http.client_ip"

# Letters (borgerraad/letters, docs/letters.md): PDFs outside the web root, dispatch by e-mail,
# Digital Post (SF1601 when configured, otherwise a file-drop outbox) and print.
LETTERS_DIR = Path(env_str("BORGERRAAD_LETTERS_DIR", str(VAR_DIR / "letters")))
LETTERS_MEMO_VERSION = env_str("BORGERRAAD_MEMO_VERSION", "1.2")
if LETTERS_MEMO_VERSION not in ("1.1", "1.2"):
    raise ImproperlyConfigured("BORGERRAAD_MEMO_VERSION must be 1.1 or 1.2.")
LETTERS_SF1601_URL = env_str("BORGERRAAD_SF1601_URL", "")  # .../service/KombiPostAfsend_1/kombi
LETTERS_SF1601_CERT = env_str("BORGERRAAD_SF1601_CERT", "")  # client certificate (PEM, key included)
LETTERS_SF1601_STS_URL = env_str("BORGERRAAD_SF1601_STS_URL", "")  # KOMBIT STS .../rest/wstrust/v1/issue
LETTERS_SF1601_TOKEN_URL = env_str("BORGERRAAD_SF1601_TOKEN_URL", "")  # empty: AccessTokenService_1 on URL's host
LETTERS_SF1601_TIMEOUT = env_int("BORGERRAAD_SF1601_TIMEOUT", 30)
if LETTERS_SF1601_URL and not (LETTERS_SF1601_CERT and LETTERS_SF1601_STS_URL):
    raise ImproperlyConfigured("BORGERRAAD_SF1601_URL needs BORGERRAAD_SF1601_CERT and BORGERRAAD_SF1601_STS_URL.")
LETTERS_MAX_ATTEMPTS = env_int("BORGERRAAD_LETTERS_MAX_ATTEMPTS", 8)

# The triage engine's learned component (docs/triage.md, "The learned component"): on (the default), the engine
# takes advice on grounds, area and a decision to change from the newest trained model (``borgerraad
# triage_learn``), else the shipped default model, where its rules found nothing. False switches it off.
TRIAGE_LEARNED = env_bool("BORGERRAAD_TRIAGE_LEARNED", True)

# Recurring problems (borgerraad/insights/clusters.py, docs/insights.md): at least MIN_CASES cases
# within WINDOW_DAYS with klagepunkter against one unit, on one ground, whose texts are alike
# (average TF-IDF cosine similarity at least SIMILARITY) make a flag for the leader.
INSIGHTS_SYSTEMIC_MIN_CASES = env_int("BORGERRAAD_SYSTEMIC_MIN_CASES", 5)
if INSIGHTS_SYSTEMIC_MIN_CASES < 2:
    raise ImproperlyConfigured("BORGERRAAD_SYSTEMIC_MIN_CASES must be at least 2: one case is not a pattern.")
INSIGHTS_SYSTEMIC_WINDOW_DAYS = env_int("BORGERRAAD_SYSTEMIC_WINDOW_DAYS", 90)
if not 1 <= INSIGHTS_SYSTEMIC_WINDOW_DAYS <= 3660:
    raise ImproperlyConfigured("BORGERRAAD_SYSTEMIC_WINDOW_DAYS must be between 1 and 3660 days.")
INSIGHTS_SYSTEMIC_SIMILARITY = env_float("BORGERRAAD_SYSTEMIC_SIMILARITY", 0.2)
if not 0 < INSIGHTS_SYSTEMIC_SIMILARITY <= 1:
    raise ImproperlyConfigured("BORGERRAAD_SYSTEMIC_SIMILARITY must be above 0 and at most 1, e.g. 0.2.")

# The annual beretning (borgerraad/insights/beretning.py, docs/insights.md#beretning): in the publishable
# version a count from 1 up to SUPPRESS_BELOW - 1 is shown as "< SUPPRESS_BELOW", and shares and
# medians over fewer cases than that are not shown.
INSIGHTS_BERETNING_SUPPRESS_BELOW = env_int("BORGERRAAD_BERETNING_SUPPRESS_BELOW", 5)
if not 2 <= INSIGHTS_BERETNING_SUPPRESS_BELOW <= 100:
    raise ImproperlyConfigured("BORGERRAAD_BERETNING_SUPPRESS_BELOW must be between 2 and 100, e.g. 5.")

# The leader's dashboard for the default period is computed by the scheduler's ``insights_refresh``
# this often and stored in the cache (docs/insights.md, "Performance"); 0 computes it on every request.
INSIGHTS_DASHBOARD_REFRESH_SECONDS = env_int("BORGERRAAD_DASHBOARD_REFRESH_SECONDS", 600)
if INSIGHTS_DASHBOARD_REFRESH_SECONDS < 0:
    raise ImproperlyConfigured("BORGERRAAD_DASHBOARD_REFRESH_SECONDS must be 0 or more.")

# The address staff reach the system on, for links in e-mails to staff (insights' henstilling
# reminders). Default: the first allowed host over HTTPS (http://127.0.0.1:8000 in debug).
BORGERRAAD_SITE_URL = env_str(
    "BORGERRAAD_SITE_URL", "http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0].lstrip('.')}",
)
if not BORGERRAAD_SITE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("BORGERRAAD_SITE_URL must start with https:// (or http:// for a test server).")

# The citizen portal (borgerraad/portal, docs/citizen-portal.md): how long a citizen's sign-in lasts.
PORTAL_SESSION_MINUTES = env_int("BORGERRAAD_PORTAL_MINUTES", 30)
PORTAL_EMAIL_SESSION_MINUTES = env_int("BORGERRAAD_PORTAL_EMAIL_MINUTES", 15)
# One-time codes by e-mail for "Mine sager" (borgerraad/portal, docs/citizen-portal.md).
PORTAL_EMAIL_CODE_MINUTES = env_int("BORGERRAAD_PORTAL_CODE_MINUTES", 10)
PORTAL_EMAIL_CODE_TRIES = env_int("BORGERRAAD_PORTAL_CODE_TRIES", 5)
PORTAL_EMAIL_CODE_RATE = env_str("BORGERRAAD_PORTAL_CODE_RATE", "5/h")  # codes asked for, per e-mail address
PORTAL_RATE_LIMIT = env_str("BORGERRAAD_PORTAL_RATE", "20/h")  # code requests and guesses, per IP address

# MitID through the municipality's OpenID Connect broker (portal/oidc.py, docs/citizen-portal.md).
# Empty discovery URL: no MitID button, only the e-mail code. Claim names differ per broker.
PORTAL_OIDC = {
    "discovery_url": env_str("BORGERRAAD_OIDC_DISCOVERY_URL", ""),
    "client_id": env_str("BORGERRAAD_OIDC_CLIENT_ID", ""),
    "client_secret": env_str("BORGERRAAD_OIDC_CLIENT_SECRET", ""),
    "scopes": env_str("BORGERRAAD_OIDC_SCOPES", "openid"),
    "authorize_params": env_str("BORGERRAAD_OIDC_AUTHORIZE_PARAMS", ""),
    "erhverv_scopes": env_str("BORGERRAAD_OIDC_ERHVERV_SCOPES", ""),
    "erhverv_authorize_params": env_str("BORGERRAAD_OIDC_ERHVERV_AUTHORIZE_PARAMS", ""),
    "cpr_claim": env_str("BORGERRAAD_OIDC_CPR_CLAIM", "dk.cpr"),
    "cvr_claim": env_str("BORGERRAAD_OIDC_CVR_CLAIM", ""),
    "name_claim": env_str("BORGERRAAD_OIDC_NAME_CLAIM", "name"),
    "timeout": env_int("BORGERRAAD_OIDC_TIMEOUT", 10),
}
if PORTAL_OIDC["discovery_url"] and not (PORTAL_OIDC["client_id"] and PORTAL_OIDC["client_secret"]):
    raise ImproperlyConfigured("BORGERRAAD_OIDC_DISCOVERY_URL needs BORGERRAAD_OIDC_CLIENT_ID and _CLIENT_SECRET.")
if PORTAL_OIDC["discovery_url"] and not all(
    "openid" in scopes.split() for scopes in (PORTAL_OIDC["scopes"], PORTAL_OIDC["erhverv_scopes"] or "openid")
):
    raise ImproperlyConfigured("BORGERRAAD_OIDC_SCOPES and _ERHVERV_SCOPES must include openid (the ID token).")
