"""A real SMTP server for tests: aiosmtpd on a loopback port, keeping what it receives."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
import time
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """aiosmtpd handler: every message received, parsed."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.stall_next = False  # hold the next message without answering (to kill a run)
        self.stalled = threading.Event()
        self.released = threading.Event()  # the held message was answered (451)
        self.pause = 0.0  # seconds each message takes to be accepted (a slow server)

    def wait_for(self, count: int, timeout: float = 10) -> list[email.message.EmailMessage]:
        """The messages once `count` have arrived: the site sends its emails after it
        answers, from a thread of its own."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.messages) >= count, f"{len(self.messages)} of {count} emails arrived"
        return self.messages

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.stall_next:
            self.stall_next = False
            self.stalled.set()
            await asyncio.sleep(3)
            self.released.set()
            return "451 Try again later"
        await asyncio.sleep(self.pause)
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted"


class MailServer:
    """aiosmtpd on a loopback port, stopped and started again on the same port."""

    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
