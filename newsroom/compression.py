"""Response compression for what Django serves itself (pages, feeds, and
uploads where no web server or storage is in front)."""

from django.middleware.gzip import GZipMiddleware

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
