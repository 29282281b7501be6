"""Who may reach a served studio: the bind address, the token, and Host/Origin checks.

* A loopback address (127.0.0.1, ::1, localhost) may be served without a token; any other
  address needs one, or ``serve`` refuses to start.
* With a token, the page, the terminal's websocket, uploads and downloads all need it. The
  address printed by ``serve`` carries it as ``?token=``; the first page load turns it into a
  cookie (HttpOnly, SameSite=Strict) and drops it from the address bar.
* Without a token (loopback only), the Host header must name the loopback address, which stops
  a web page that re-points its own name at 127.0.0.1 (DNS rebinding), and the websocket and
  uploads must come from the studio's own page (Origin), which stops another site's page from
  driving the studio from the same browser.
* Downloads (``/files``) must not be asked for by another site's page: a foreign Origin, or the
  ``Sec-Fetch-Site`` a browser sends with a link's GET, which carries no Origin (cross-site, or
  same-site from another port of the same host), or, from a browser that sends neither (older
  Safari), a foreign ``Referer``. A link on the studio's own page, an address typed or bookmarked,
  and a client that sends none of these headers still download.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from authoring.errors import InputError
from authoring.i18n import tr

COOKIE = "stdauthor_token"
TOKEN_RE = re.compile(r"^[A-Za-z0-9_.~-]{12,128}$")
LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``; any other name or address is not."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    """A fresh random token (32 URL-safe characters)."""
    return secrets.token_urlsafe(24)


def choose_token(host: str, token: str | None) -> str | None:
    """The token to require: ``None`` (loopback, none asked), a new one (``auto``) or ``token``.

    Raises InputError (one line) for a non-loopback host without a token, or a token that is
    too short or has characters that do not fit in an address.
    """
    if token is None:
        if not is_loopback(host):
            raise InputError(
                f"拒绝在 {host} 上无口令地提供服务：能连到本机的任何人都可以打开工作室和其中的文件。"
                "请加上 --token auto（或 --token 自定口令），或只在本机使用（--host 127.0.0.1）",
                f"refusing to serve on {host} without a token: anyone who can reach this machine could "
                "open the studio and its files. Add --token auto (or --token YOUR-TOKEN), or keep to "
                "this machine (--host 127.0.0.1)",
            )
        return None
    if token == "auto":
        return new_token()
    if not TOKEN_RE.match(token):
        raise InputError(
            "口令须为 12–128 个字母、数字或 - _ . ~ 字符（或用 --token auto 自动生成）",
            "the token must be 12-128 letters, digits or - _ . ~ (or let --token auto make one)",
        )
    return token


@dataclass(frozen=True)
class Policy:
    """What a request must show. ``token`` None: none needed (loopback only)."""

    host: str
    port: int
    token: str | None

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    def token_ok(self, presented: str | None) -> bool:
        """Whether ``presented`` (from the query or the cookie) is the token (constant time)."""
        if self.token is None:
            return True
        if not presented:
            return False
        return hmac.compare_digest(presented.encode(), self.token.encode())

    def host_ok(self, host_header: str | None) -> bool:
        """Whether a request's Host header may be served.

        Served on loopback without a token, only a loopback name with this port will do; with a
        token (or on another address) any name will, as the token is what counts.
        """
        if self.token is not None or not self.loopback:
            return True
        if not host_header:
            return False
        if host_header.startswith("["):
            name, sep, port = host_header[1:].partition("]:")
        else:
            name, sep, port = host_header.rpartition(":")
        if not sep or ":" in name and not host_header.startswith("["):
            return False
        return is_loopback(name) and port == str(self.port)

    @staticmethod
    def origin_ok(origin: str | None, host_header: str | None) -> bool:
        """Whether a websocket or upload comes from the studio's own page (same scheme-less host)."""
        if not origin or not host_header:
            return False
        for scheme in ("http://", "https://"):
            if origin == scheme + host_header:
                return True
        return False

    @staticmethod
    def download_ok(origin: str | None, host_header: str | None, fetch_site: str | None,
                    referer: str | None = None) -> bool:
        """Whether a download is not asked for by another site's page: no Origin or the page's own,
        ``Sec-Fetch-Site`` (when sent) ``same-origin`` or ``none`` (typed, a bookmark), and no Referer or
        one from the page's own address (a browser that sends neither header still names the linking page)."""
        if origin is not None and not Policy.origin_ok(origin, host_header):
            return False
        if referer and not Policy.origin_ok(_origin_of(referer), host_header):
            return False
        return fetch_site is None or fetch_site in ("same-origin", "none")


def _origin_of(address: str) -> str | None:
    """``scheme://host:port`` of an absolute address (a Referer), or None for anything else."""
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None
