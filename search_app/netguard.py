"""Guarded connections for addresses other people choose (harvested sites, their redirects
and links, alert webhooks): only to public addresses, and never past a deadline.

Every connection resolves the host name once, checks every address it resolves to and
connects to a checked one (TLS still names and verifies the host: SNI and the
certificate check use the name, not the address), so a name that resolves differently
the second time (DNS rebinding) gains nothing. Addresses that carry an IPv4 address
inside an IPv6 one (IPv4-mapped, 6to4, NAT64, Teredo) are judged by the IPv4 address
they lead to. The operator may allow private addresses: all of them, or some networks.

A deadline set with `deadline(seconds)` bounds every connect, TLS handshake, read and
write inside it, so a server that drips a byte at a time is abandoned on time: a
timeout per read alone would let it hold a fetch for as long as it likes. (Name
resolution is the system's, and not bounded by it.)

Low level on purpose: harvest and alerts both use it, and it imports nothing of ours
but errors.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpcore
import httpx

from search_app.errors import MinutesError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
ALLOW_ALL = ("1", "yes", "true", "all")
ALLOW_NONE = ("", "0", "no", "false")
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: the IPv4 address is the last 32 bits
LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: a network's own translators
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated "::a.b.c.d"


class AddressRefused(MinutesError):
    """A host that resolves to an address connections may not go to."""


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address leads to, when it carries one."""
    if ip.version == 4:
        return None
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in NAT64 or ip in IPV4_COMPATIBLE:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: IPAddress) -> bool:
    """Reachable on the public internet: not loopback, private, link-local, shared,
    reserved or multicast, and not an IPv6 form of such an IPv4 address."""
    if not ip.is_global or ip.is_multicast or ip in LOCAL_NAT64:
        return False
    inner = embedded_ipv4(ip)
    return inner is None or is_public(inner)


@dataclass(frozen=True)
class AddressPolicy:
    """Where connections may go: public addresses, and private ones only as the operator
    allows (`setting` names the environment variable that says so, for messages)."""

    all_private: bool = False
    private_networks: tuple[IPNetwork, ...] = ()
    setting: str = ""

    @classmethod
    def from_setting(cls, value: bool | str, setting: str = "") -> AddressPolicy:
        """True or "1" allows every private address; "10.0.0.0/8, 127.0.0.1" allows those
        networks; False or "" none."""
        if isinstance(value, bool):
            return cls(all_private=value, setting=setting)
        if value.strip().lower() in ALLOW_ALL + ALLOW_NONE:
            return cls(all_private=value.strip().lower() in ALLOW_ALL, setting=setting)
        try:
            networks = tuple(ipaddress.ip_network(part.strip()) for part in value.split(","))
        except ValueError as error:
            raise MinutesError(f"{setting or 'allowed private addresses'}: {error}") from error
        return cls(private_networks=networks, setting=setting)

    def permits(self, ip: IPAddress) -> bool:
        return (
            self.all_private
            or is_public(ip)
            or any(ip.version == net.version and ip in net for net in self.private_networks)
        )

    def checked_addresses(self, host: str, port: int) -> list[str]:
        """The addresses `host` resolves to, every one permitted, else AddressRefused (an
        attacker's name may list a public address beside a private one). With every private
        address allowed, the name itself: nothing to check. socket.gaierror if it does not
        resolve."""
        if self.all_private:
            return [host]
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        addresses = list(dict.fromkeys(str(address[0]).split("%")[0] for *_, address in found))
        for address in addresses:
            if not self.permits(ipaddress.ip_address(address)):
                raise AddressRefused(self.refusal(host, address))
        return addresses

    def refusal(self, host: str, address: str) -> str:
        named = host if host == address else f"{host} ({address})"
        hint = f"; {self.setting}=1 allows private addresses" if self.setting else ""
        return f"{named}: a private or local address, not fetched{hint}"


_deadline: ContextVar[float | None] = ContextVar("deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Connections made and used inside the block give up `seconds` after it began."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def seconds_left() -> float | None:
    """What is left of the current fetch's deadline; None outside one."""
    end = _deadline.get()
    return None if end is None else end - time.monotonic()


def past_deadline() -> bool:
    end = _deadline.get()
    return end is not None and time.monotonic() >= end


def time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    """A socket operation's timeout, cut to what is left of the deadline; `expired` when
    nothing is."""
    end = _deadline.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise expired("the deadline for this fetch has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write stops at the deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self.stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> DeadlineStream:
        timeout = time_left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str):
        return self.stream.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses the policy permits, to the very address it checked."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = self.policy.checked_addresses(host, port)
        except socket.gaierror as error:
            raise httpcore.ConnectError(f"{host}: the name does not resolve ({error})") from error
        failure: Exception | None = None
        for address in addresses:
            try:
                limit = time_left(timeout, httpcore.ConnectTimeout)
                stream = super().connect_tcp(address, port, limit, local_address, socket_options)
                return DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                failure = error
        raise failure


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport over the guarded backend."""

    def __init__(self, policy: AddressPolicy, max_connections: int = 10) -> None:
        super().__init__()
        # httpx (pinned below 1.0) takes no network backend: its pool is made again with ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=GuardedBackend(policy),
            max_connections=max_connections,
        )  # fmt: skip
