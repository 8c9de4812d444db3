"""Settings for every mode, read from the environment (12-factor).

Nothing set gives the embedded default: SQLite, database search, debug on. Production is
``DEBUG=false``; it then refuses to start without ``SECRET_KEY`` and ``ALLOWED_HOSTS`` and turns
on secure cookies, HSTS and HTTPS redirects. Every variable is documented in ``.env.example``.
"""

from __future__ import annotations

import zoneinfo
from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from hub.plugins.discovery import enabled_plugins, plugin_settings_from_env

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)

if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="embedded-default-not-for-production")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
else:
    if not env.str("SECRET_KEY", default=""):
        raise ImproperlyConfigured("Set SECRET_KEY in the environment: production needs one.")
    if not env.list("ALLOWED_HOSTS", default=[]):
        raise ImproperlyConfigured(
            "Set ALLOWED_HOSTS in the environment (comma-separated host names) for production."
        )
    SECRET_KEY = env.str("SECRET_KEY")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "hub",
    "reference",
    "branch_models",
    "communication",
    "search",
    "routes",
    "coordination",
    "outcomes",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "wagtail.api.v2",
    # Wagtail's v3 app is not mounted: it is installed for its admin pages for API tokens.
    "wagtail.api.v3",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "import_export",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Regional plugins: installed by entry point (group `valideringsnavet.plugins`), enabled by
# HUB_PLUGINS (comma-separated slugs, in order; unset = every installed plugin, empty = none).
# Each plugin's settings come from HUB_<SLUG>_<KEY> variables (docs/plugins.md).
_hub_plugins = enabled_plugins(env.list("HUB_PLUGINS") if "HUB_PLUGINS" in env.ENVIRON else None)
HUB_PLUGINS = [plugin.slug for plugin in _hub_plugins]
HUB_PLUGINS_CONFIG = plugin_settings_from_env(HUB_PLUGINS)
INSTALLED_APPS += [plugin.app for plugin in _hub_plugins]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside everything that only shapes a fresh answer: a kept one skips it (hub.response_cache).
    "hub.response_cache.ResponseCacheMiddleware",
    # Sees the response after the session and CSRF middleware set their cookies (hub.http_cache).
    "hub.http_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "hub.middleware.LocaleFallbackMiddleware",
    "hub.api.middleware.APIConventionsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "hub.accounts.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out sign-in into its page
]

# Editors' accounts (hub/accounts.py, docs/security.md). A user with a confirmed authenticator
# is always asked for a code; with ADMIN_2FA_REQUIRED (default: on in production) users holding
# "require second factor" (superusers, national editors, regional groups an administrator
# ticks) must enrol at their next sign-in.
ADMIN_2FA_REQUIRED = env.bool("ADMIN_2FA_REQUIRED", default=not DEBUG)
OTP_TOTP_ISSUER = "Valideringsnavet"
# Failed sign-ins lock the username and, separately, the client address (django-axes), the
# address at a higher limit: one NAT address may front a whole office (hub/sign_ins.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
LOGIN_ADDRESS_FAILURE_LIMIT = env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=50)
AXES_HANDLER = "hub.sign_ins.SignInLockoutHandler"
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_ENABLE_ADMIN = False  # the records are in Wagtail's admin: Settings › Sign-ins
AXES_CLIENT_IP_CALLABLE = "hub.accounts.client_address"
AXES_LOCKOUT_TEMPLATE = "hub/admin/lockout.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False

ROOT_URLCONF = "hub.urls"
CSRF_FAILURE_VIEW = "hub.errors.csrf_failure"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Content-Security-Policy on every response (site, admin, API), by django-csp. Scripts only from
# our own origin: no inline scripts anywhere, the admin included (Wagtail's inline widget scripts
# become data a static script acts on: hub/csp.py), no nonces, no 'unsafe-eval'.
# Styles allow inline attributes because Wagtail's admin sets `style=` on elements; that is not
# script execution. Frames: Wagtail's preview frames our own pages, so 'self'. CSP_REPORT_ONLY=true
# sends the same policy as Content-Security-Policy-Report-Only (docs/security.md, deployment).
_csp = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *env.list("CSP_IMG_SRC", default=[])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *env.list("CSP_FRAME_SRC", default=[])],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "worker-src": [SELF, "blob:"],
    }
}
if env.bool("CSP_REPORT_ONLY", default=False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _csp
else:
    CONTENT_SECURITY_POLICY = _csp

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves several editors at once (runserver threads, autosave): WAL lets
    # readers go on while one writes, IMMEDIATE takes the write lock when a transaction starts
    # (no "database is locked" when a reader later wants to write) and a writer waits up to 20 s
    # for the lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Swedish is the default and has no URL prefix; other locales live under /<code>/.
# Arabic is right-to-left. Django ships no locale data for Somali and Tigrinya, so they are added
# to its table below; the UI strings for them come from our own catalogues (<app>/locale/).
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("so", _("Somali")),
    ("ti", _("Tigrinya")),
]
EXTRA_LANG_INFO = {
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
}
LANG_INFO.update(EXTRA_LANG_INFO)
# Django's own strings that public pages show (month names in dates, a.m./p.m., some language
# names) in Somali and Tigrinya, which Django has no catalogue for: without them they fall back
# to Swedish. Only those live here; every app keeps its own strings in <app>/locale/.
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
# "Translate this page" creates the translation as a draft. (wagtail-localize would publish it at
# once when the source is live: untranslated text, and a way around the editorial workflow.)
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Slugs in ASCII (å→a, ä→a, ö→o): a shared link to /evenemang/valideringsdag-i-kalmar-lan/ stays
# readable instead of being percent-encoded.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TIME_ZONE = "Europe/Stockholm"
# The editors' time zone choices: the IANA Area/Location names. The system's list also holds
# file names such as "localtime" that browsers reject, which broke the account page's script.
WAGTAIL_USER_TIME_ZONES = sorted(
    name for name in zoneinfo.available_timezones() if "/" in name and name.isascii()
)
# Dates and numbers in each language's own order (hub/formats: no "Feb. 3, 2026").
FORMAT_MODULE_PATH = ["hub.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Wagtail. Its own search backend serves the editors' admin search only; the public search and
# the API go through the `search` app (docs/search.md), never through WAGTAILSEARCH_BACKENDS.
WAGTAIL_SITE_NAME = "Valideringsnavet"
# The public site's address for canonical links and social cards (hub/public_urls.py); empty =
# the Wagtail Site's host when the request came to it, else the request's own host.
PUBLIC_BASE_URL = env.str("PUBLIC_BASE_URL", default="")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No Gravatar: the admin would send a hash of every editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Public search (the `search` app): Elasticsearch when ELASTICSEARCH_URL is set, else the database.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
SEARCH_BACKEND = env.str(
    "SEARCH_BACKEND",
    default="search.backends.elasticsearch" if ELASTICSEARCH_URL else "search.backends.database",
)
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="valideringsnavet")
# Primary shards of a new index (taking effect at the next search_rebuild) and its replicas once
# built: a number, or a range such as "0-1" that Elasticsearch fits to the nodes it has.
SEARCH_INDEX_SHARDS = env.int("SEARCH_INDEX_SHARDS", default=1)
SEARCH_INDEX_REPLICAS = env.str("SEARCH_INDEX_REPLICAS", default="0-1")
# How old a process's tally of searches may grow before it is written (search.analytics).
SEARCH_STATS_FLUSH_SECONDS = env.float("SEARCH_STATS_FLUSH_SECONDS", default=30.0)

# The route finder's map (routes/): a tile URL template such as
# https://tile.openstreetmap.org/{z}/{x}/{y}.png, and the attribution the tile provider requires.
# Empty: the map draws its points and regional layers on a plain background, loading nothing
# from elsewhere.
ROUTES_MAP_TILE_URL = env.str("ROUTES_MAP_TILE_URL", default="")
ROUTES_MAP_TILE_ATTRIBUTION = env.str("ROUTES_MAP_TILE_ATTRIBUTION", default="")

# Menus, facet labels, route lists and throttle counters. More than one web process (gunicorn
# workers, containers) needs a shared cache: CACHE_URL=redis://host:6379/0 uses Django's own
# RedisCache (django-environ picks it while django-redis is not installed), as docker-compose.yml
# does, in a subclass that degrades to no cache, logged, when the server does not answer
# (hub/cache.py); dbcache://hub_cache (after `manage.py createcachetable`) needs no extra server.
# Unset: process memory, fine for one process; `check --deploy` warns about it (hub.W001).
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "hub.cache.ResilientRedisCache"

# The open API (hub/api, docs/api.md): public reads, token writes, one error format.
# Process-wide: these defaults also govern third-party DRF views in the admin (Wagtail's page
# explorer API, wagtail-localize's translation editor), so nothing here may narrow what they
# need. The API's authentication, throttles, error format and JSON-only bodies are set on its views
# (hub.api.views.PublicAPIMixin); the rates stay here, where DRF's throttles look them up.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "hub.api.schema.HubAutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="120/min"),
        "user": env.str("API_THROTTLE_USER", default="600/min"),
    },
    "NUM_PROXIES": env.int("NUM_PROXIES", default=0),
}
# How long a shared cache (CDN, reverse proxy) may serve an anonymous API answer unchanged.
API_CACHE_SECONDS = env.int("API_CACHE_SECONDS", default=60)
# How long any cache may keep an anonymous public page (hub.http_cache); publishing purges it
# from a front cache at once when FRONTEND_CACHE_PURGE_URL is set.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
# How long this site keeps a whole anonymous answer in CACHES (hub.response_cache). A change a
# visitor could see makes every kept answer unused at once (with one shared cache, in every
# process); this only bounds the rest. 0: keep none.
RESPONSE_CACHE_SECONDS = env.int("RESPONSE_CACHE_SECONDS", default=60)
# A caching reverse proxy (Varnish, nginx with a purge module) in front: Wagtail sends it a PURGE
# for a page's URLs when the page is published, moved or unpublished (docs/operations.md).
# Installed always (it does nothing without WAGTAILFRONTENDCACHE) so one code path runs
# everywhere.
INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
        }
    }
SPECTACULAR_SETTINGS = {
    "TITLE": "Valideringsnavet API",
    "DESCRIPTION": (
        "The open registry of Swedish validation (validering): industry validation models "
        "with their steps, credentials, Komvux offers, actors and the official reference data "
        "they hang on, plus the site's published pages. Reads are public and show published "
        "records only; writes need a token (see docs/api.md). Records are identified by slug, "
        "reference data by official code (SCB, SNI 2007, SSYK 2012)."
    ),
    "VERSION": "1",
    "PREPROCESSING_HOOKS": ["hub.api.schema.public_api_only"],
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="valideringsnavet@localhost")
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# Where to report a vulnerability (/.well-known/security.txt): comma-separated mailto: or https:
# URIs of the operator's security contact. Empty = mailto:DEFAULT_FROM_EMAIL.
SECURITY_CONTACT = env.list("SECURITY_CONTACT", default=[])

# Public forms (resource requests): posts accepted per client address and form per hour.
FORM_SUBMISSIONS_PER_HOUR = env.int("FORM_SUBMISSIONS_PER_HOUR", default=10)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Background-task bookkeeping is noise at INFO in commands such as load_demo.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail.tasks": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},  # one line per request otherwise
    },
}

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
