"""What the benchmarks share: production settings for the site's processes, a free loopback
port, gunicorn started on it, and waiting until a server answers.

Not a benchmark itself (the leading underscore keeps it out of ``tests/bench``'s smoke runs);
the benchmarks import it as ``_servers``, their own folder being first on ``sys.path``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import IO

__all__ = ["ROOT", "free_port", "production_env", "start_gunicorn", "wait_until_up"]

ROOT = Path(__file__).resolve().parent.parent
# DEBUG off (Django keeps every query in memory under DEBUG), loopback hosts only, and no API
# throttle: one client from one address would be stopped with 429 (issue 18).
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else-0123456789",
    "ALLOWED_HOSTS": "localhost,127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",
    "API_THROTTLE_ANON": "100000000/min",
    "API_THROTTLE_USER": "100000000/min",
    "LOG_LEVEL": "WARNING",
    # Shared by the benchmarks: collectstatic then only copies what changed.
    "STATIC_ROOT": str(ROOT / ".cache" / "bench-static"),
}


def production_env(**overrides: str) -> dict[str, str]:
    """This process's environment with the production settings above, then the overrides.

    ``DJANGO_ALLOW_ASYNC_UNSAFE`` (set by test runners) is left out: the site must run as
    deployed.
    """
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return inherited | PRODUCTION | overrides


def free_port() -> int:
    """A loopback port nothing listens on now, so a run never meets servers already running."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(
    env: dict[str, str],
    port: int,
    workers: int,
    *,
    threads: int = 1,
    log: IO[str] | None = None,
) -> subprocess.Popen:
    """Serve the site with gunicorn on 127.0.0.1:port, as deployed (``hub.wsgi``).

    One thread per worker is gunicorn's sync worker; more make it gthread. Its output goes to
    ``log`` (else this process's). The caller waits with ``wait_until_up`` and terminates it.
    """
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "hub.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--timeout=60",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )


def wait_until_up(url: str, timeout: float = 120.0) -> None:
    """Wait until the URL answers 200; exit with a message when it does not within timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")
