"""Newsroom settings: one file, configured by environment variables.

See README.md for the variables and their defaults.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from newsroom.email_url import email_settings

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or (
    "dev-only-insecure-key" if DEBUG else ""
)
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off")

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else ""
    ).split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "articles",
    "nested_admin",
    "markdownx",
    "reversion",
    "newsroom.admin.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    # The Content API (articles/api/, README "Content API").
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
]

MIDDLEWARE = [
    # As high as possible, as django-cors-headers asks, and above the page
    # cache: a cached API answer gets the CORS headers of each request's Origin.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise goes directly after SecurityMiddleware, per its documentation.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Readers' pages cached whole, above compression (the gzipped body is
    # stored) and above the session (a hit runs no SQL): articles/caching/.
    "articles.caching.pages.PageCacheMiddleware",
    "newsroom.compression.TextGZipMiddleware",
    # Brotli for public pages, below GZip, which leaves a compressed body alone.
    "newsroom.compression.PublicPageBrotliMiddleware",
    # Below both, so the ETag is the uncompressed body's.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, which would otherwise be the first to read an oversized form.
    "newsroom.security.RequestLimitsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.security.ContentSecurityPolicyMiddleware",
    "newsroom.security.PermissionsPolicyMiddleware",
    "newsroom.security.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not SQLite's in-memory default: the browser tests' live server
    # then gets connections of its own instead of sharing the test thread's.
    # NEWSROOM_TEST_DB lets two test runs on one checkout keep apart.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("NEWSROOM_TEST_DB") or BASE_DIR / "test-db.sqlite3"
    }
    # Pages of 16 KB instead of SQLite's 4 KB: an article's row (about 3 KB)
    # then shares its page with four others instead of taking one alone
    # (README, "What an article costs on disk"). SQLite takes it when it
    # creates the file; an existing file keeps its pages until a VACUUM.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA page_size = 16384",
        **DATABASES["default"].get("OPTIONS", {}),
    }

# Read replicas (newsroom/replicas.py, README "Scaling out"): readers' pages
# read from one of these, editors and writes from `default`. Alias -> the
# database NAME configured, by which the router tells a replica from the test
# mirror of `default` the test runner makes of it (so the suite is unchanged).
NEWSROOM_REPLICAS = {}
for number, url in enumerate(
    filter(
        None, map(str.strip, os.environ.get("DATABASE_REPLICA_URLS", "").split(","))
    ),
    start=1,
):
    replica = dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True)
    if replica["ENGINE"] == "django.db.backends.postgresql":
        # A replica that is down is skipped after this, not waited on.
        replica["OPTIONS"] = {"connect_timeout": 3, **replica.get("OPTIONS", {})}
    replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica{number}"] = replica
    NEWSROOM_REPLICAS[f"replica{number}"] = replica["NAME"]
if NEWSROOM_REPLICAS:
    DATABASE_ROUTERS = ["newsroom.replicas.ReplicaRouter"]
    # Before the page cache, which reads the database on a miss.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("articles.caching.pages.PageCacheMiddleware"),
        "newsroom.replicas.ReplicaRoutingMiddleware",
    )
# Readers read the primary for this long after any write commits: longer than
# the replicas ever lag, or a page cached meanwhile may be an old one.
NEWSROOM_REPLICA_LAG_SECONDS = float(
    os.environ.get("NEWSROOM_REPLICA_LAG_SECONDS", "10")
)

# A cache every process and app server shares: Redis when REDIS_URL is set,
# else a table in the database (made by `manage.py createcachetable`).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        }
    }

# Readers' pages, cached whole (articles/caching/, README "Performance and
# caching"): with the rest in Redis; else in a folder beside an SQLite
# database (shared by the processes of its one machine, and a hit needs no
# SQL); else in the database's cache table.
if os.environ.get("REDIS_URL"):
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "pages"}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": f"{DATABASES['default']['NAME']}-pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
else:
    CACHES["pages"] = {
        **CACHES["default"],
        "KEY_PREFIX": "pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
# The article change page loads its stylesheets and scripts as three bundles
# (articles/admin/bundles.py, `make assets`), except in development, where
# files edited show at once. NEWSROOM_ADMIN_BUNDLES=0 or 1 decides instead.
NEWSROOM_ADMIN_BUNDLES = (
    os.environ.get("NEWSROOM_ADMIN_BUNDLES", "0" if DEBUG else "1") != "0"
)

# NEWSROOM_PAGE_CACHE=0 switches the page cache off (make bench's cold runs).
NEWSROOM_PAGE_CACHE = os.environ.get("NEWSROOM_PAGE_CACHE", "1") != "0"
NEWSROOM_PAGE_CACHE_SECONDS = 3600  # writes and schedules end entries sooner
# Addresses per sitemap file: /sitemap.xml while everything fits, else each
# section of its index (articles by blocks of ids). A part of 1,000 builds in
# under twice a list page's time (issue 18 allows three); the protocol, 50,000.
NEWSROOM_SITEMAP_SECTION_SIZE = 1000
NEWSROOM_BROWSER_MAX_AGE = 60
NEWSROOM_SHARED_MAX_AGE = 300
NEWSROOM_STALE_WHILE_REVALIDATE = 30
# An HTTP cache in front (Varnish, Fastly…) to send PURGE requests to. They
# wait in a table until sent (articles/caching/outbox.py): a failed one is
# tried again after 10 s, then 20 s, 40 s… at most an hour apart.
NEWSROOM_CDN_PURGE_URL = os.environ.get("NEWSROOM_CDN_PURGE_URL", "")
NEWSROOM_CDN_PURGE_TIMEOUT = float(os.environ.get("NEWSROOM_CDN_PURGE_TIMEOUT", "2"))
NEWSROOM_CDN_PURGE_RETRY_SECONDS = 10
NEWSROOM_CDN_PURGE_RETRY_MAX_SECONDS = 3600

# The Content API (articles/api/, README "Content API"): public and read-only,
# JSON only (the page cache keys an address, not an Accept header; the
# browsable docs are /api/v1/docs/), no session or CSRF: nothing personal.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": f"{os.environ.get('NEWSROOM_SITE_NAME', 'The Newsroom')} Content API",
    "DESCRIPTION": "Published articles, topics, tags and authors, read-only.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from our own static files: the CSP allows no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}
# Browsers may read the API from these origins (comma-separated), and only
# the API: django-cors-headers answers nothing outside /api/.
CORS_ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("NEWSROOM_API_CORS_ORIGINS", "").split(",")
    if origin.strip()
]
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": f"django.contrib.auth.password_validation.{name}",
        **({"OPTIONS": {"min_length": 12}} if name == "MinimumLengthValidator" else {}),
    }
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# django-axes counts failed logins first, then Django checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
# Dates in one unambiguous form, the zone named (newsroom/formats/en/formats.py).
FORMAT_MODULE_PATH = "newsroom.formats"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / "media"
# Uploaded images: files under MEDIA_ROOT by default, served by Django when
# DEBUG or DJANGO_SERVE_MEDIA is on (see README, "Images in production").
# With NEWSROOM_S3_BUCKET set they live in S3-compatible object storage that
# every app server shares; credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, which boto3 reads from the environment itself.
SERVE_MEDIA = DEBUG or os.environ.get("DJANGO_SERVE_MEDIA") == "1"
if os.environ.get("NEWSROOM_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["NEWSROOM_S3_BUCKET"],
            "endpoint_url": os.environ.get("NEWSROOM_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("NEWSROOM_S3_REGION") or None,
            "custom_domain": os.environ.get("NEWSROOM_MEDIA_DOMAIN") or None,
            # Pages store image URLs when saved: they must not expire.
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {
                "CacheControl": "public, max-age=31536000, immutable"
            },
        },
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Behind HTTPS in production (see README, "Deploying"): each one is off unless
# the environment turns it on, so plain-HTTP development and tests still work.
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = os.environ.get("DJANGO_SECURE_HSTS_PRELOAD") == "1"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = (
    os.environ.get("DJANGO_SECURE_COOKIES") == "1"
)
if os.environ.get("DJANGO_SECURE_PROXY_SSL_HEADER") == "1":
    # Only behind a proxy that sets this header itself; never trust it otherwise.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "The Newsroom")

# Email (README, "Notifications"): EMAIL_URL, else the usual EMAIL_* variables
# for an SMTP server, else each message printed to the console. Tests use
# Django's locmem backend (pytest-django sets it). A mail server that stops
# answering holds up only the background sender, and for 10 s at most.
EMAIL_TIMEOUT = 10
if os.environ.get("EMAIL_URL"):
    globals().update(email_settings(os.environ["EMAIL_URL"]))
elif os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS") == "1"
    EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL") == "1"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
# Links in emails point here (the editor's change page): services queue them
# without a request to take the host from.
NEWSROOM_SITE_URL = os.environ.get("NEWSROOM_SITE_URL") or (
    "http://localhost:8000"
    if DEBUG or not ALLOWED_HOSTS
    else f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
)
# Notifications wait in a table until sent (articles/services/notifications.py):
# a failed one is tried again after a minute, then 2, 4… at most an hour
# apart, and given up on (shown as failed to superusers) after 8 tries.
NEWSROOM_NOTIFICATION_RETRY_SECONDS = 60
NEWSROOM_NOTIFICATION_RETRY_MAX_SECONDS = 3600
NEWSROOM_NOTIFICATION_MAX_ATTEMPTS = 8
# Sent from a background thread once the change commits; tests send them in
# the committing thread, where the test's transaction is visible.
NEWSROOM_NOTIFICATIONS_IN_BACKGROUND = True
# Webhooks (articles/services/webhooks.py, README "Webhooks"): a failed
# delivery is tried again after 30 s, then 60 s… at most an hour apart, and
# given up on 24 hours after its event. Receivers on loopback, private,
# link-local or reserved addresses are refused (SSRF) unless this is "1".
NEWSROOM_WEBHOOK_ALLOW_PRIVATE = os.environ.get("NEWSROOM_WEBHOOK_ALLOW_PRIVATE") == "1"
NEWSROOM_WEBHOOK_TIMEOUT = 5
NEWSROOM_WEBHOOK_RETRY_SECONDS = 30
NEWSROOM_WEBHOOK_RETRY_MAX_SECONDS = 3600
NEWSROOM_WEBHOOKS_IN_BACKGROUND = True

# markdownx reads this when it is imported, so it must be set here and not
# overridden per test: the admin preview and the public page share one renderer.
MARKDOWNX_MARKDOWNIFY_FUNCTION = "articles.rendering.render_markdown"
MARKDOWNX_EDITOR_RESIZABLE = True

# Security headers and limits (README, "Security"; issue 8).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Browser features no page of ours uses, turned off for every page.
PERMISSIONS_POLICY = dict.fromkeys(
    (
        "accelerometer", "browsing-topics", "camera", "geolocation", "gyroscope",
        "magnetometer", "microphone", "payment", "usb",
    ),
    (),
)  # fmt: skip
# Readers' pages: nothing inline, nothing from another host (JSON-LD is a data
# block, which script-src does not govern), except images from the media
# domain, and from any host named in NEWSROOM_CSP_IMAGE_HOSTS (a bucket
# without a media domain, a CDN).
CSP_IMAGE_HOSTS = [
    host.strip()
    for host in os.environ.get("NEWSROOM_CSP_IMAGE_HOSTS", "").split(",")
    if host.strip()
]
if os.environ.get("NEWSROOM_MEDIA_DOMAIN"):
    CSP_IMAGE_HOSTS.append(f"https://{os.environ['NEWSROOM_MEDIA_DOMAIN']}")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", *CSP_IMAGE_HOSTS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
    }
}
# The editor's pages (Django admin, django-nested-admin, markdownx, our admin
# scripts) need no inline script or style either, checked in the browser by
# tests/browser/test_browser_security.py; only nested-admin's stylesheet draws its
# icons from data: URLs.
ADMIN_URL_PREFIXES = ("/admin/", "/_nested_admin/", "/markdownx/")
# Never cached, always private (articles/caching/pages.py): the editors' side
# and shared previews. deploy/varnish/newsroom.vcl passes the same prefixes.
PRIVATE_URL_PREFIXES = (*ADMIN_URL_PREFIXES, "/preview/")
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "img-src": ["'self'", "data:", *CSP_IMAGE_HOSTS],
    }
}
# Embeds (README, "Embeds"; issue 17): oEmbed asked when an article is saved,
# each request bounded by this many seconds. NEWSROOM_OEMBED_ENDPOINTS
# ("youtube=http://…,mastodon=http://…") points providers elsewhere, e.g. at
# a local oEmbed server in tests; NEWSROOM_OEMBED_ALLOW_PRIVATE=1 lets the
# addresses providers answer with (thumbnails) be on a private network.
NEWSROOM_OEMBED_TIMEOUT = float(os.environ.get("NEWSROOM_OEMBED_TIMEOUT", "3"))
# A save asks no new provider once this long has gone on asking them (its
# other addresses stay links, with a warning; the next save tries again).
NEWSROOM_OEMBED_SAVE_SECONDS = float(
    os.environ.get("NEWSROOM_OEMBED_SAVE_SECONDS", "6")
)
NEWSROOM_OEMBED_ENDPOINTS = dict(
    pair.strip().split("=", 1)
    for pair in os.environ.get("NEWSROOM_OEMBED_ENDPOINTS", "").split(",")
    if "=" in pair
)
NEWSROOM_OEMBED_ALLOW_PRIVATE = os.environ.get("NEWSROOM_OEMBED_ALLOW_PRIVATE") == "1"

# Login throttling with django-axes: 5 failures for one user name from one
# address lock that pair out for an hour, or until an editor deletes the
# attempt under "Axes" in the admin.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The hour counts from the lockout: trying again meanwhile does not extend it,
# so the page's "locked for 1 hour" stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "newsroom.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "newsroom.security.client_ip"
# Proxies in front of the site that append to X-Forwarded-For (0: none, the
# client's address is REMOTE_ADDR).
NEWSROOM_TRUSTED_PROXIES = int(os.environ.get("NEWSROOM_TRUSTED_PROXIES", "0"))

# Request limits. The admin form of a large article (50 sections of 6 bullet
# points, 30 FAQ entries) posts about 2,900 fields: see tests/web/test_security.py.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # form text, files not included
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads go to a temporary file
NEWSROOM_MAX_REQUEST_BYTES = int(
    os.environ.get("NEWSROOM_MAX_REQUEST_BYTES", 100 * 1024 * 1024)
)
