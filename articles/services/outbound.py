"""Requests the server makes to addresses it was given (webhook receivers,
oEmbed providers, thumbnails): only public addresses, checked on the address
actually connected to, so a name that resolves elsewhere later (DNS
rebinding) cannot reach inside; no redirects followed; a short timeout; an
answer read only so far."""

import http.client
import ipaddress
import socket
from urllib.parse import urlsplit


class AddressRefused(OSError):
    """The address connected to is not a public one."""


def refusal(address):
    """Why ``address`` (an IP) is not a public address, or None."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "private", "reserved", "multicast"):
        if getattr(ip, f"is_{kind}"):
            return f"{ip} is a {kind.replace('_', '-')} address"
    if ip.is_unspecified or not ip.is_global:
        return f"{ip} is not a public address"
    return None


def host_refusal(url, *, allow_private=False, private_hint=""):
    """Why ``url`` is not a public web address, or None: each address its host
    has now (the request checks again on connecting). With ``allow_private``
    only whether it is a web address whose host can be found. An address
    refused is followed by ``private_hint``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "Use an http:// or https:// address."
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError, UnicodeError) as error:
        return f"{parts.hostname} could not be found ({error})."
    for *_, sockaddr in found:
        reason = None if allow_private else refusal(sockaddr[0])
        if reason:
            named = "" if parts.hostname == sockaddr[0] else f"{parts.hostname}: "
            return f"{named}{reason}. {private_hint}".strip()
    return None


class _Guarded:
    allow_private = False

    def connect(self):
        super().connect()
        reason = None if self.allow_private else refusal(self.sock.getpeername()[0])
        if reason:
            self.close()
            raise AddressRefused(f"refused: {reason}")


class GuardedHTTPConnection(_Guarded, http.client.HTTPConnection):
    pass


class GuardedHTTPSConnection(_Guarded, http.client.HTTPSConnection):
    pass


def request(method, url, *, timeout, limit, allow_private=False, body=None, headers=()):
    """Send one request to ``url``: its status, headers and at most ``limit + 1``
    bytes of its answer (one more than allowed, so the caller can tell a
    body that was too long). Raises OSError when it cannot be sent,
    AddressRefused for an address that is not public (unless
    ``allow_private``), ValueError for an address that is not a web one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("Not a web address.")
    connection_class = (
        GuardedHTTPSConnection if parts.scheme == "https" else GuardedHTTPConnection
    )
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    connection = connection_class(host, parts.port, timeout=timeout)
    connection.allow_private = allow_private
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request(method, path, body=body, headers=dict(headers))
        answer = connection.getresponse()
        return answer.status, answer.headers, answer.read(limit + 1)
    finally:
        connection.close()
