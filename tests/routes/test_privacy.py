"""Request logs of the route finder keep the path but never the person's input."""

from __future__ import annotations

import logging

import pytest

from routes.privacy import RouteQueryFilter


def record(msg: str, args: object) -> logging.LogRecord:
    return logging.LogRecord("django.server", logging.INFO, __file__, 1, msg, args, None)


@pytest.mark.parametrize(
    "line",
    [
        "GET /vagar/?text=kock&municipality=Osby HTTP/1.1",
        "GET /en/routes/pdf/?text=kock HTTP/1.1",
        "GET /api/v1/routes/?text=kock HTTP/1.1",
    ],
)
def test_development_server_line_loses_the_query(line: str):
    entry = record('"%s" %s %s', (line, "200", "512"))
    RouteQueryFilter().filter(entry)
    message = entry.getMessage()
    assert "kock" not in message
    assert line.split("?")[0] in message


def test_other_paths_keep_their_query():
    entry = record('"%s" %s %s', ("GET /sok/?q=kock HTTP/1.1", "200", "512"))
    RouteQueryFilter().filter(entry)
    assert "q=kock" in entry.getMessage()


def test_gunicorn_access_line_loses_query_and_referrer():
    atoms = {
        "h": "10.0.0.1",
        "r": "GET /en/routes/?text=kock HTTP/1.1",
        "U": "/en/routes/",
        "q": "text=kock",
        "s": "200",
        "f": "https://example.org/vagar/?text=kock",
    }
    entry = record('%(h)s "%(r)s" %(s)s "%(f)s" %(q)s', atoms)
    RouteQueryFilter().filter(entry)
    assert "kock" not in entry.getMessage()
    assert "/en/routes/" in entry.getMessage()


def test_filter_is_installed_on_the_request_loggers():
    for name in ("django.server", "gunicorn.access"):
        assert any(isinstance(f, RouteQueryFilter) for f in logging.getLogger(name).filters)
