"""Shared fixtures. Every test runs with the network (all but 127.0.0.1) and NLTK's downloader disabled."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED = ROOT / "seeds" / "syraq-sitrep-15-russian-flags.txt"


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network or download data."""


LOOPBACK = "127.0.0.1"  # the tests' own HTTP server (tests/text/test_web.py) listens here


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any test that opens a connection to anything but 127.0.0.1, or calls nltk.download()."""
    connect, create_connection = socket.socket.connect, socket.create_connection

    def refuse(*args, **kwargs):
        raise NetworkAttempt(f"network access attempted: {args!r}")

    def loopback_connect(sock, address, *args):
        if not (isinstance(address, tuple) and address[0] == LOOPBACK):
            refuse(address)
        return connect(sock, address, *args)

    def loopback_create_connection(address, *args, **kwargs):
        if address[0] != LOOPBACK:
            refuse(address)
        return create_connection(address, *args, **kwargs)
    monkeypatch.setattr(socket.socket, "connect", loopback_connect)
    monkeypatch.setattr(socket, "create_connection", loopback_create_connection)
    monkeypatch.setattr("nltk.download", refuse)


@pytest.fixture(scope="session")
def seed_article():
    """The seed article, parsed once."""
    from analysis import load_article
    return load_article(SEED)


@pytest.fixture(scope="session")
def seed_analysis():
    """The seed article's full analysis, computed once."""
    from analysis import analyze
    return analyze(SEED)
