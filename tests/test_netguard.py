"""Which addresses harvesting and webhooks may connect to (search_app/netguard.py), and the
deadline every connection keeps. Its use is tested where it is used: tests/test_alerts.py
(webhooks) and tests/test_harvest_hostile.py (harvesting)."""

from __future__ import annotations

import time
from ipaddress import ip_address

import httpx
import pytest

from search_app.errors import MinutesError
from search_app.netguard import AddressPolicy, GuardedTransport, deadline, is_public
from tests.hostile_server import HostileServer, drip


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("100.64.0.1", False),  # shared address space (carrier-grade NAT)
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fd00::1", False),
        ("fe80::1", False),
        ("ff0e::1", False),  # global-scope multicast
        ("::ffff:127.0.0.1", False),
        ("::ffff:93.184.215.14", True),
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b::5db8:d70e", True),  # NAT64 of 93.184.215.14
        ("64:ff9b:1::1", False),
        ("2002:c0a8:0101::", False),  # 6to4 of 192.168.1.1
        ("2002:5db8:d70e::", True),
        ("::7f00:1", False),  # IPv4-compatible 127.0.0.1
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
    ],
)
def test_an_address_is_public_only_if_it_and_any_ipv4_address_inside_it_are(address, public):
    assert is_public(ip_address(address)) is public


def test_the_operator_allows_every_private_address_some_networks_or_none():
    everything = AddressPolicy.from_setting("1")
    assert everything.permits(ip_address("10.0.0.1")) and everything.permits(ip_address("::1"))
    some = AddressPolicy.from_setting("10.0.0.0/8, 127.0.0.1")
    assert some.permits(ip_address("10.9.9.9")) and some.permits(ip_address("127.0.0.1"))
    assert not some.permits(ip_address("127.0.0.2")) and not some.permits(ip_address("::1"))
    for nothing in ("", "0", False):
        assert not AddressPolicy.from_setting(nothing).permits(ip_address("127.0.0.1"))
    with pytest.raises(MinutesError, match="MINUTES_ALLOW_PRIVATE_FETCH: .*not-a-network"):
        AddressPolicy.from_setting("not-a-network", "MINUTES_ALLOW_PRIVATE_FETCH")


def test_a_deadline_bounds_a_whole_response_not_each_read():
    with HostileServer() as server:
        server.routes["/slow"] = drip(b"x" * 100, every=0.2)  # 20 s in all
        client = httpx.Client(transport=GuardedTransport(AddressPolicy(all_private=True)))
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout), deadline(1.0):
            client.get(f"{server.base}/slow", timeout=5.0)
        client.close()
    assert time.monotonic() - started < 2.0
