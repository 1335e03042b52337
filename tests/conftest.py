"""Shared fixtures. Every test runs with the network and NLTK's downloader disabled."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED = ROOT / "seeds" / "syraq-sitrep-15-russian-flags.txt"


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network or download data."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any test that opens a connection or calls nltk.download()."""
    def refuse(*args, **kwargs):
        raise NetworkAttempt(f"network access attempted: {args!r}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
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
