"""Response compression for what Django serves itself (pages, feeds, and
uploads where no web server or storage is in front)."""

import brotli
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

from articles.caching.pages import accepts_brotli, is_private, storable

# Formats compressed already: gzip only spends CPU on them, and a gzipped
# image loses its length and byte ranges. SVG is text and still gets gzipped.
COMPRESSED_TYPES = (
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/avif",
    "image/gif",
    "font/",
    "video/",
    "audio/",
    "application/zip",
    "application/gzip",
    "application/pdf",
)


class TextGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, leaving already compressed formats alone."""

    def process_response(self, request, response):
        if response.get("Content-Type", "").startswith(COMPRESSED_TYPES):
            return response
        return super().process_response(request, response)


# A quality made for compressing on the fly, as CDNs do for pages they have
# not cached: on the 50-section article, about gzip's size (4% more) in a
# fifth of its time. WhiteNoise compresses static files at the maximum once,
# at collectstatic.
BROTLI_QUALITY = 2
BROTLI_MIN_LENGTH = 200  # as Django's gzip: not worth it below


class PublicPageBrotliMiddleware:
    """Brotli for the pages every reader gets alike; everything else is left
    to Django's gzip (TextGZipMiddleware, above this one).

    Only public pages, because of BREACH: it guesses a secret in a page, such
    as a CSRF token, from the size of the page compressed, and Django's gzip
    pads its output with random bytes against it. A page the page cache may
    share between readers (no personal cookie in, no cookie out, nothing
    private in its Cache-Control) holds no secret to guess.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and not is_private(request)
            and storable(response)
            and len(response.content) >= BROTLI_MIN_LENGTH
            and not response.has_header("Content-Encoding")
            and not response.get("Content-Type", "").startswith(COMPRESSED_TYPES)
        ):
            patch_vary_headers(response, ("Accept-Encoding",))
            if accepts_brotli(request):
                compress(response)
        return response


def compress(response):
    response.content = brotli.compress(response.content, quality=BROTLI_QUALITY)
    response["Content-Length"] = str(len(response.content))
    response["Content-Encoding"] = "br"
    # The ETag is the uncompressed body's (ConditionalGetMiddleware sits
    # below): a weak one then, as Django's gzip makes it.
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response["ETag"] = "W/" + etag
