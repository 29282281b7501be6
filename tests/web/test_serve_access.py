"""Who may reach a served studio: loopback without a token, anything else only with one."""

from __future__ import annotations

import pytest

from authoring.errors import InputError
from authoring.web.access import Policy, choose_token, is_loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.org", "localhost.evil", ""])
def test_other_addresses_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_loopback_needs_no_token() -> None:
    assert choose_token("127.0.0.1", None) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "studio.example"])
def test_other_address_without_token_is_refused(host: str) -> None:
    with pytest.raises(InputError) as caught:
        choose_token(host, None)
    message = caught.value.message()
    assert "--token" in message and host in message and "\n" not in message


def test_auto_makes_a_fresh_token_and_a_given_one_is_kept() -> None:
    first, second = choose_token("0.0.0.0", "auto"), choose_token("0.0.0.0", "auto")
    assert first and second and first != second and len(first) >= 24
    assert choose_token("0.0.0.0", "committee-2024-abc") == "committee-2024-abc"


@pytest.mark.parametrize("token", ["short", "has space in it", "x" * 200, "中文口令中文口令中文口令"])
def test_unusable_tokens_are_refused(token: str) -> None:
    with pytest.raises(InputError):
        choose_token("0.0.0.0", token)


def test_token_check() -> None:
    policy = Policy("0.0.0.0", 8000, "committee-2024-abc")
    assert policy.token_ok("committee-2024-abc")
    assert not policy.token_ok("committee-2024-abd")
    assert not policy.token_ok(None) and not policy.token_ok("")
    assert Policy("127.0.0.1", 8000, None).token_ok(None)


def test_host_header_on_loopback_without_token() -> None:
    policy = Policy("127.0.0.1", 8000, None)
    for good in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000"):
        assert policy.host_ok(good), good
    # DNS rebinding: another name resolving to 127.0.0.1 must not reach the studio.
    for bad in ("evil.example:8000", "127.0.0.1:9000", "127.0.0.1", None, "", "::1:8000"):
        assert not policy.host_ok(bad), bad
    assert Policy("0.0.0.0", 8000, "committee-2024-abc").host_ok("studio.lan:8000")


def test_origin_must_be_the_page_itself() -> None:
    assert Policy.origin_ok("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert not Policy.origin_ok("http://evil.example", "127.0.0.1:8000")
    assert not Policy.origin_ok(None, "127.0.0.1:8000")
    assert not Policy.origin_ok("null", "127.0.0.1:8000")
