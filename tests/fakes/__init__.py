"""Local stand-ins for the messenger APIs, for end-to-end tests that never leave 127.0.0.1."""

import socket


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (for a webhook server)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
