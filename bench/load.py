"""Load with faults: a realistic mix against gunicorn while Elasticsearch, Valkey and PostgreSQL
are stopped and started again, one after the other.

    .venv/bin/python bench/load.py --connections 200 --minutes 5   # the issue's run (quiet machine)
    .venv/bin/python bench/load.py --smoke                         # seconds per phase (CI)

It starts its own servers with the project's script (``SERVICES_NAME=load scripts/services.sh``:
PostgreSQL, Elasticsearch and Valkey on ports of their own, ``--pg-port`` etc.; the test servers
are never touched), loads the demo into that PostgreSQL once, rebuilds the index, and serves the
site with gunicorn (production settings, the shared cache in Valkey). Then N client threads,
each with one keep-alive connection, send the mix (``READS``; editors' systems creating and
renaming Komvux offers through the API; a Skåne editor signed in to Wagtail's admin renaming
those offers by posting the edit form and publishing) until the fault schedule is done:

    steady · Elasticsearch stopped · started · until the index caught up (≤ 60 s) · settle ·
    Valkey stopped · started · settle · PostgreSQL stopped · started · settle

A settle gap is steady load for longer than a client waits (60 s; ``--smoke``: a phase), so a
request sent or answered while a part was down belongs to that outage alone. ``manage.py
search_sync`` runs every ``--sync-seconds`` meanwhile, as the deployment's timer does
(docker-compose.yml). The report gives requests and errors by status per kind of request,
p50/p95/p99 latency, the errors during each outage, the edits sent, saved (an API write's
2xx; an admin form's redirect to the list, Wagtail's "published") and found afterwards in the
database and the index, and how long after Elasticsearch returned the index held every record
as the database had it then, measured before the next outage. It exits 1 when an acceptance
target is missed: a failed request while Elasticsearch or Valkey is down, an answer other than
our own clean 503 page while PostgreSQL is down, a saved edit lost (the record holds neither
its last saved name nor that of a later write whose answer was an error or none), or the index
not equal to the database within 60 s.

Only 127.0.0.1 is contacted; every phase is bounded; the servers are stopped at the end unless
``--keep-servers`` (the next run then reuses the loaded database).
"""

from __future__ import annotations

import argparse
import http.client
import http.cookiejar
import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from _servers import ROOT, free_port, production_env, start_gunicorn, wait_until_up

SERVICES = ROOT / "scripts" / "services.sh"
# services.sh's loopback-only test credential, not a secret
PASSWORD = os.environ.get("PG_PASSWORD", "valideringsnavet-test")
INDEX_PREFIX = "load"
EDIT_PREFIX = "Lasttest"
# (weight, kind, path): what visitors, counsellors' systems and editors ask for.
READS = [
    (10, "page", "/"),
    (6, "page", "/valideringsmodeller/"),
    (6, "page", "/valideringsmodeller/svets/"),
    (4, "page", "/en/"),
    (4, "page", "/komvux/"),
    (4, "page", "/arbetsgivare/"),
    (5, "search", "/sok/?q=svetsare"),
    (4, "search", "/sok/?q=undersk%C3%B6terska"),
    (3, "search", "/sok/?q=validering+kalmar"),
    (3, "search", "/en/search/?q=cook"),
    (5, "routes", "/vagar/?text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi"),
    (3, "routes", "/vagar/?text=svetsat+i+8+%C3%A5r&municipality=Kalmar"),
    (8, "api", "/api/v1/komvux-offers/?page_size=20"),
    (6, "api", "/api/v1/validation-models/svets/"),
    (4, "api", "/api/v1/validation-models/?occupation=7212"),
    (3, "api", "/api/v1/search/?q=kock"),
]
EDIT_WEIGHT = 8  # of about 100: editors' systems creating and renaming Komvux offers
ADMIN_WEIGHT = 3  # editors renaming those offers in Wagtail's admin form, then publishing
ADMIN_OFFERS = "/admin/snippets/branch_models/komvuxoffer/"
KEEP_ALIVE_SECONDS = 2.0  # gunicorn's default --keep-alive
CLIENT_TIMEOUT = 60.0  # seconds a client waits for an answer, as gunicorn's --timeout
CATCH_UP_SECONDS = 60.0  # the target: the index equals the database this long after ES is back
ADMIN_USER = "lasttest-redaktor"  # a Skåne editor (region 12 owns the load test's offers)


class FormFields(HTMLParser):
    """What a browser posts from a form, as rendered: inputs (checked boxes only), text areas
    and chosen options; nothing inside ``<template>`` (formsets' blanks). The form: the one
    with ``form_id``, else the page's first POST form."""

    def __init__(self, form_id: str = "") -> None:
        super().__init__()
        self.form_id = form_id
        self.fields: dict[str, list[str]] = {}
        self.state = "before"  # before, in, after the form
        self.templates = 0
        self.select: tuple[str, list[str], list[str]] | None = None  # name, chosen, all
        self.textarea: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {key: value or "" for key, value in attrs}
        post = attr.get("method", "").lower() == "post"
        wanted = attr.get("id") == self.form_id if self.form_id else post
        if tag == "form" and self.state == "before" and wanted:
            self.state = "in"
        elif tag == "template":
            self.templates += 1
        if self.state != "in" or self.templates:
            return
        name = attr.get("name", "")
        if tag == "input" and name:
            kind = attr.get("type", "text").lower()
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attr:
                return
            default = "on" if kind in {"checkbox", "radio"} else ""
            self.fields.setdefault(name, []).append(attr.get("value", default))
        elif tag == "select" and name:
            self.select = (name, [], [])
        elif tag == "option" and self.select:
            value = attr.get("value", "")
            self.select[2].append(value)
            if "selected" in attr:
                self.select[1].append(value)
        elif tag == "textarea" and name:
            self.textarea = (name, [])

    def handle_data(self, data: str) -> None:
        if self.textarea:
            self.textarea[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self.templates -= 1
        elif tag == "form" and self.state == "in":
            self.state = "after"
        elif tag == "select" and self.select:
            name, chosen, options = self.select
            # A single choice with none marked posts its first option, as a browser does.
            self.fields.setdefault(name, []).extend(chosen or options[:1])
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, text = self.textarea
            self.fields.setdefault(name, []).append("".join(text).removeprefix("\n"))
            self.textarea = None


def form_fields(html: str, form_id: str = "") -> dict[str, list[str]]:
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.fields


class LoopbackCookies(http.cookiejar.DefaultCookiePolicy):
    """Send the site's Secure cookies (session, CSRF) to 127.0.0.1 over plain HTTP, as browsers
    do for loopback, a secure context; production settings always mark them Secure."""

    def return_ok_secure(
        self, cookie: http.cookiejar.Cookie, request: urllib.request.Request
    ) -> bool:
        return True


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    """Answer a POST's redirect as it is: where it points says whether the form was saved."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class AdminEditor:
    """An editor signed in to Wagtail's admin (a session cookie of its own) who renames a
    record by posting its edit form as a browser does, pressing "Publish"."""

    def __init__(self, port: int, password: str) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.password = password
        jar = http.cookiejar.CookieJar(LoopbackCookies())
        cookies = urllib.request.HTTPCookieProcessor(jar)
        self.opener = urllib.request.build_opener(cookies)
        self.poster = urllib.request.build_opener(cookies, KeepRedirects())
        self.signed_in = False
        self.posted = False  # the last rename sent its form (its outcome is the answer's)
        self.sent = 0.0  # when the last request was sent

    def open(self, path: str, form: dict[str, list[str]] | None = None) -> tuple[int, str, bytes]:
        """Return the status, then the path after redirects (a GET) or the path a POST's
        redirect points to (not followed; empty when none), and the body."""
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.base + path,
            data=urllib.parse.urlencode(form, doseq=True).encode() if form else None,
            headers={"Accept-Language": "sv", "User-Agent": "bench/load.py"},
        )
        self.sent = time.monotonic()
        try:
            opener = self.poster if form else self.opener
            with opener.open(request, timeout=CLIENT_TIMEOUT) as response:
                return response.status, urllib.parse.urlsplit(response.url).path, response.read()
        except urllib.error.HTTPError as error:
            where = error.url if not form else error.headers.get("Location", "")
            return error.code, urllib.parse.urlsplit(where).path, error.read()

    def rename(self, slug: str, name: str) -> tuple[int, bytes, str]:
        """Sign in if need be, find the record in the admin's list, save and publish the new
        name. Return the last answer's status and body, and the edit's outcome: ``saved``
        only when the form's POST is answered with the redirect to the list (Wagtail's
        "published"; the list is not fetched: its answer says nothing about the save),
        ``refused`` for the form again or a redirect elsewhere (to the sign-in), ``unknown``
        for an error answer, ``""`` when no edit was sent."""
        if not self.signed_in:
            status, _path, body = self.open("/admin/login/")
            if status != 200:
                return status, body, ""
            fields = form_fields(body.decode()) | {
                "username": [ADMIN_USER],
                "password": [self.password],
            }
            status, path, body = self.open("/admin/login/", fields)
            if status != 302 or path != "/admin/":
                return status, body, ""
            self.signed_in = True
        status, path, body = self.open(f"{ADMIN_OFFERS}?q={slug}")
        self.signed_in = path != "/admin/login/"  # the session is gone: sign in again
        if status != 200 or not self.signed_in:
            return status, body, ""
        # The edit link, then the record's name (in a span) in the list's title column.
        link = rf'href="{ADMIN_OFFERS}edit/(\d+)/"[^>]*>(?:\s*<[^>]+>)*\s*'
        found = re.search(link + rf"{EDIT_PREFIX} {re.escape(slug)} v", body.decode())
        if not found:
            return 404, body, ""
        edit = f"{ADMIN_OFFERS}edit/{found[1]}/"
        status, _path, body = self.open(edit)
        if status != 200:
            return status, body, ""
        fields = form_fields(body.decode(), "w-editor-form") | {
            "name": [name],
            "action-publish": ["publish"],
        }
        self.posted = True
        status, path, body = self.open(edit, fields)
        if status == 302:
            self.signed_in = path != "/admin/login/"
            return status, body, "saved" if path == ADMIN_OFFERS else "refused"
        return status, body, "refused" if status < 500 else "unknown"


@dataclass
class Sample:
    kind: str
    status: int  # 0: the connection failed or timed out
    started: float
    ended: float
    clean: bool  # a 503 that is our own page or API error (no trace)
    # When the request that gave the status was sent: an admin edit is several requests
    # (list, form, POST), each waiting up to CLIENT_TIMEOUT, so it may span two phases.
    sent: float


@dataclass
class Attempt:
    """One edit sent: the name asked for and what the answer said about it."""

    name: str
    kind: str  # edit (the API) or admin
    status: int
    sent: float
    answered: float
    # saved (2xx; the admin's redirect to the list), refused (4xx, the form again: nothing
    # written), unknown (5xx or no answer: written or not, the answer cannot say)
    outcome: str


@dataclass
class Edits:
    """Every edit sent, per record (slug), in the order its one client sent them."""

    attempts: dict[str, list[Attempt]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def saved(self) -> list[Attempt]:
        return [a for tries in self.attempts.values() for a in tries if a.outcome == "saved"]


def judge_edits(edits: Edits, in_database: dict[str, str]) -> tuple[dict[str, dict], int]:
    """Return the lost edits (slug → its attempts and the database's name) and how many
    records hold a write whose answer was an error or none.

    A record must hold the name of its last saved edit, or of a write sent after it whose
    answer could not say (an error: written or not), or of a write that was never answered
    (the server may apply it after the client gave up, also after a later edit). Anything
    else, the record missing included, is an acknowledged edit lost.
    """
    lost: dict[str, dict] = {}
    held_unacknowledged = 0
    for slug, tries in edits.attempts.items():
        saved = [number for number, attempt in enumerate(tries) if attempt.outcome == "saved"]
        if not saved:
            continue
        last = tries[saved[-1]]
        allowed = {last.name}
        allowed |= {a.name for a in tries[saved[-1] :] if a.outcome == "unknown"}
        allowed |= {a.name for a in tries if a.status == 0}
        name = in_database.get(slug)
        if name not in allowed:
            lost[slug] = {"in_database": name, "attempts": [vars(a) for a in tries]}
        elif name != last.name:
            held_unacknowledged += 1
    return lost, held_unacknowledged


@dataclass
class Window:
    name: str
    began: float
    ended: float = 0.0


def services(command: str, env: dict[str, str]) -> None:
    subprocess.run(["bash", str(SERVICES), command], env=env, check=True, stdout=sys.stderr)


def manage(env: dict[str, str], *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout or ""


def prepare(env: dict[str, str], fresh: bool, password: str) -> str:
    """Migrate and load the demo once (``--fresh``: again), rebuild the index, make a token for
    the editors' systems and give the admin's editor (a Skåne editor) this run's password."""
    import psycopg

    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        loaded = conn.execute(
            "SELECT to_regclass('branch_models_validationmodel') IS NOT NULL"
        ).fetchone()[0]
        if loaded and fresh:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
            loaded = False
        if loaded:
            conn.execute(
                "DELETE FROM branch_models_komvuxoffer WHERE name LIKE %s", (f"{EDIT_PREFIX} %",)
            )
    manage(env, "migrate", "--noinput", "-v0")
    if not loaded:
        print("Loading the demo into the load-test database (minutes) …", file=sys.stderr)
        manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "search_rebuild", "--no-progress")
    script = (
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from wagtail.models import APIToken\n"
        "from hub.groups import NATIONAL_EDITORS\n"
        "from hub.models import Role\n"
        "import os\n"
        "user, _ = get_user_model().objects.get_or_create(username='lasttest', "
        "defaults={'email': 'lasttest@example.invalid'})\n"
        "user.groups.add(Group.objects.get(name=NATIONAL_EDITORS))\n"
        f"editor, _ = get_user_model().objects.get_or_create(username='{ADMIN_USER}', "
        "defaults={'email': 'lasttest-redaktor@example.invalid'})\n"
        "editor.set_password(os.environ['LOAD_ADMIN_PASSWORD'])\n"
        "editor.save()\n"
        "editor.groups.add(Group.objects.get(regional_role__region__code='12', "
        "regional_role__role=Role.EDITOR))\n"
        "print(APIToken.create_token(user=user, name='bench/load.py')[1])\n"
    )
    output = manage(env | {"LOAD_ADMIN_PASSWORD": password}, "shell", "-c", script, capture=True)
    return output.strip().splitlines()[-1]


class Client(threading.Thread):
    """One visitor or system: a keep-alive connection sending the mix until told to stop."""

    def __init__(  # noqa: PLR0913 - what one client needs, all of it
        self,
        port: int,
        token: str,
        admin: AdminEditor,
        run: str,
        number: int,
        stop: threading.Event,
        edits: Edits,
    ) -> None:
        super().__init__(daemon=True)
        self.port, self.token, self.admin, self.run_id = port, token, admin, run
        self.number, self.stop, self.edits = number, stop, edits
        self.samples: list[Sample] = []
        self.rng = random.Random(number)  # noqa: S311 - a load mix, not security
        self.mine: list[str] = []
        self.connection: http.client.HTTPConnection | None = None
        self.answered_at = 0.0  # when the connection last answered
        self.weights = [weight for weight, _kind, _path in READS] + [EDIT_WEIGHT, ADMIN_WEIGHT]

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, bytes]:
        headers = {"Accept-Language": "sv", "User-Agent": "bench/load.py"}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers |= {"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"}
        idle = time.monotonic() - self.answered_at
        if body is not None and self.connection is not None and idle > KEEP_ALIVE_SECONDS / 2:
            # gunicorn closes a connection idle for --keep-alive seconds: a write sent on it
            # just then fails unsent, its outcome unknown to the client; open a fresh one.
            self.connection.close()
            self.connection = None
        for attempt in (1, 2):  # a kept-alive connection the server closed: reconnect once
            if self.connection is None:
                self.connection = http.client.HTTPConnection(
                    "127.0.0.1", self.port, timeout=CLIENT_TIMEOUT
                )
            try:
                self.connection.request(method, path, body=payload, headers=headers)
                response = self.connection.getresponse()
                answer = response.read()
                self.answered_at = time.monotonic()
                return response.status, answer
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.connection.close()
                self.connection = None
                if attempt == 2 or body is not None:
                    raise
        raise AssertionError("unreachable")

    def edit(self) -> tuple[str, int, bytes]:
        """Create a record through the API, or rename one of this client's."""
        if self.mine and self.rng.random() < 0.5:
            slug = self.rng.choice(self.mine)
            name = f"{EDIT_PREFIX} {slug} v{self.rng.randrange(10**6)}"
            path, method, body = f"/api/v1/komvux-offers/{slug}/", "PATCH", {"name": name}
        else:
            slug = f"lasttest-{self.run_id}-{self.number}-{len(self.mine)}"
            name = f"{EDIT_PREFIX} {slug} v0"
            path, method = "/api/v1/komvux-offers/", "POST"
            body = {
                "slug": slug,
                "name": name,
                "owner_region": "12",
                "provider": "komvux-hassleholm",
                "municipality": "1293",
                "level": "vocational",
                "study_form": "on_site",
            }

        def send() -> tuple[int, bytes, str]:
            status, answer = self.request(method, path, body)
            outcome = "saved" if status < 300 else "refused" if status < 500 else "unknown"
            return status, answer, outcome

        status, answer = self.write("edit", slug, name, send)
        return "edit", status, answer

    def admin_edit(self) -> tuple[str, int, bytes]:
        """Rename one of this client's records in the admin (none yet: create one first)."""
        if not self.mine:
            return self.edit()
        slug = self.rng.choice(self.mine)
        name = f"{EDIT_PREFIX} {slug} v{self.rng.randrange(10**6)}"
        status, body = self.write("admin", slug, name, lambda: self.admin.rename(slug, name))
        return "admin", status, body

    def write(
        self, kind: str, slug: str, name: str, send: Callable[[], tuple[int, bytes, str]]
    ) -> tuple[int, bytes]:
        """Send one edit and remember it with what its answer said; a saved new record is
        this client's to rename from then on."""
        sent = time.monotonic()
        self.admin.posted = False
        try:
            status, body, outcome = send()
        except (OSError, http.client.HTTPException):
            if kind == "edit" or self.admin.posted:  # sent, perhaps applied, never answered
                self.remember(slug, Attempt(name, kind, 0, sent, time.monotonic(), "unknown"))
            raise
        if outcome:
            self.remember(slug, Attempt(name, kind, status, sent, time.monotonic(), outcome))
        return status, body

    def remember(self, slug: str, attempt: Attempt) -> None:
        with self.edits.lock:
            self.edits.attempts[slug].append(attempt)
        if attempt.outcome == "saved" and slug not in self.mine:
            self.mine.append(slug)

    def run(self) -> None:
        while not self.stop.is_set():
            choice = self.rng.choices(range(len(self.weights)), self.weights)[0]
            started = time.monotonic()
            kind = READS[choice][1] if choice < len(READS) else "edit"
            kind = "admin" if choice > len(READS) else kind
            try:
                if choice < len(READS):
                    status, body = self.request("GET", READS[choice][2])
                elif choice == len(READS):
                    kind, status, body = self.edit()
                else:
                    kind, status, body = self.admin_edit()
            except (OSError, http.client.HTTPException):
                status, body = 0, b""
                if self.connection is not None:
                    self.connection.close()
                    self.connection = None
                time.sleep(0.2)
            ours = b'class="site-header"' in body or b'"service_unavailable"' in body
            clean = status == 503 and ours and b"Traceback" not in body
            sent = max(started, self.admin.sent) if kind == "admin" else started
            self.samples.append(Sample(kind, status, started, time.monotonic(), clean, sent))


def index_titles(es_port: int) -> dict[str, set[str]]:
    """Slug → titles of the Swedish search documents of the load test's records, as the index
    has them (a title is ``Lasttest <slug> v<version>``)."""
    query = {
        "size": 10000,
        "_source": ["title"],
        "query": {
            "bool": {"filter": [{"term": {"language": "sv"}}, {"prefix": {"title": EDIT_PREFIX}}]}
        },
    }
    request = urllib.request.Request(  # noqa: S310 - loopback
        f"http://127.0.0.1:{es_port}/{INDEX_PREFIX}_search/_search",
        data=json.dumps(query).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
        hits = json.load(response)["hits"]["hits"]
    titles: dict[str, set[str]] = defaultdict(set)
    for hit in hits:
        titles[hit["_source"]["title"].split()[1]].add(hit["_source"]["title"])
    return titles


def database_names(url: str) -> dict[str, str]:
    import psycopg

    with psycopg.connect(url, connect_timeout=5) as conn:
        rows = conn.execute(
            "SELECT slug, name FROM branch_models_komvuxoffer WHERE name LIKE %s",
            (f"{EDIT_PREFIX} %",),
        ).fetchall()
    return dict(rows)


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000 if ordered else 0.0


def main() -> None:  # noqa: C901, PLR0915 - one linear script: set up, load, break, report
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=5.0, help="total length of the run")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="gunicorn")
    parser.add_argument("--threads", type=int, default=4, help="gunicorn threads per worker")
    parser.add_argument("--sync-seconds", type=float, default=10.0, help="search_sync period")
    # 0: a free port, so the run never meets servers already running (a CI's own, say).
    parser.add_argument("--pg-port", type=int, default=0)
    parser.add_argument("--es-port", type=int, default=0)
    parser.add_argument("--valkey-port", type=int, default=0)
    parser.add_argument("--fresh", action="store_true", help="load the demo again")
    parser.add_argument("--keep-servers", action="store_true", help="leave them running")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--smoke", action="store_true", help="prove it runs: 4 connections, 5 s per phase"
    )
    args = parser.parse_args()
    if args.smoke:
        args.connections, args.minutes, args.workers, args.threads = 4, 0.5, 1, 2
    phase = args.minutes * 60 / 8  # the schedule has 8 phases of about this length
    # After each outage, steady load for longer than a client waits for an answer, so that
    # each outage is judged on its own requests (smoke: just a phase; it judges nothing).
    settle = phase if args.smoke else max(phase, CLIENT_TIMEOUT)
    args.pg_port = args.pg_port or free_port()
    args.es_port = args.es_port or free_port()
    args.valkey_port = args.valkey_port or free_port()

    service_env = {
        **os.environ,
        "SERVICES_NAME": "load",
        "PG_PORT": str(args.pg_port),
        "ES_PORT": str(args.es_port),
        "VALKEY_PORT": str(args.valkey_port),
    }
    database_url = (
        f"postgres://valideringsnavet:{PASSWORD}@127.0.0.1:{args.pg_port}/valideringsnavet"
    )
    port = free_port()
    scratch = Path(tempfile.mkdtemp(prefix="vn-load-"))
    env = production_env(
        DATABASE_URL=database_url,
        ELASTICSEARCH_URL=f"http://127.0.0.1:{args.es_port}",
        SEARCH_INDEX_PREFIX=INDEX_PREFIX,
        CACHE_URL=f"redis://127.0.0.1:{args.valkey_port}/0",
        MEDIA_ROOT=str(scratch / "media"),
    )
    server: subprocess.Popen | None = None
    stop = threading.Event()
    try:
        services("start", service_env)
        services("start-valkey", service_env)
        password = secrets.token_urlsafe(24)
        token = prepare(env, args.fresh, password)
        log = (scratch / "gunicorn.log").open("w")
        server = start_gunicorn(env, port, args.workers, threads=args.threads, log=log)
        wait_until_up(f"http://127.0.0.1:{port}/health/")

        def sync_loop() -> None:
            while not stop.wait(args.sync_seconds):
                subprocess.run(
                    [sys.executable, "manage.py", "search_sync"],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=False,
                )

        edits = Edits()
        run_id = f"{int(time.time()) % 100000}"
        clients = [
            Client(port, token, AdminEditor(port, password), run_id, number, stop, edits)
            for number in range(args.connections)
        ]
        syncer = threading.Thread(target=sync_loop, daemon=True)
        began = time.monotonic()
        for client in clients:
            client.start()
        syncer.start()

        windows: list[Window] = []
        caught_up_after: float | None = None

        def outage(name: str, stop_command: str, start_command: str) -> Window:
            window = Window(name, time.monotonic())
            services(stop_command, service_env)
            time.sleep(phase)
            services(start_command, service_env)
            window.ended = time.monotonic()
            windows.append(window)
            return window

        time.sleep(phase)
        es = outage("Elasticsearch", "stop-es", "start-es")
        # Before anything else breaks: how long until the index holds every record as the
        # database had it when Elasticsearch returned (a record edited since is its own
        # edit's business, indexed at once)?
        snapshot = database_names(database_url)
        while time.monotonic() < es.ended + CATCH_UP_SECONDS:
            now = database_names(database_url)
            titles = index_titles(args.es_port)
            behind = [
                slug
                for slug, name in snapshot.items()
                if now.get(slug) == name and titles.get(slug) != {name}
            ]
            if not behind:
                caught_up_after = time.monotonic() - es.ended
                break
            time.sleep(1)
        time.sleep(settle)
        outage("Valkey", "stop-valkey", "start-valkey")
        time.sleep(settle)
        outage("PostgreSQL", "stop-pg", "start-pg")
        time.sleep(settle)
        stop.set()
        for client in clients:
            client.join(timeout=CLIENT_TIMEOUT + 30)
        ended = time.monotonic()

        # Afterwards: one more sync, then the database against the edits and the index.
        manage(env, "search_sync")
        in_database = database_names(database_url)
        titles = index_titles(args.es_port)
        lost, held_unacknowledged = judge_edits(edits, in_database)
        missing_in_index = [slug for slug, name in in_database.items() if name not in titles[slug]]
        stale_in_index = [slug for slug, names in titles.items() if names - {in_database.get(slug)}]
    finally:
        stop.set()
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep_servers:
            services("stop", service_env)

    samples = [sample for client in clients for sample in client.samples]
    load_average = os.getloadavg()

    def during(window: Window) -> list[Sample]:
        """Requests sent or answered while the part was down (the settle gaps are longer than
        a client waits for an answer, so no request belongs to two outages)."""
        return [s for s in samples if s.ended >= window.began and s.sent <= window.ended]

    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_kind[sample.kind].append(sample)
    report: dict[str, object] = {
        "connections": args.connections,
        "gunicorn": f"{args.workers} workers × {args.threads} threads",
        "seconds": round(ended - began, 1),
        "requests": len(samples),
        "requests_per_second": round(len(samples) / (ended - began), 1),
        "load_average_1_5_15": [round(value, 2) for value in load_average],
        "kinds": {},
        "outages": {},
    }
    for kind, items in sorted(by_kind.items()):
        ordered = sorted(s.ended - s.started for s in items)
        report["kinds"][kind] = {  # type: ignore[index]
            "requests": len(items),
            "statuses": dict(sorted(Counter(s.status for s in items).items())),
            "p50_ms": round(percentile(ordered, 0.50), 1),
            "p95_ms": round(percentile(ordered, 0.95), 1),
            "p99_ms": round(percentile(ordered, 0.99), 1),
        }
    ordered = sorted(s.ended - s.started for s in samples)
    report["all"] = {
        "statuses": dict(sorted(Counter(s.status for s in samples).items())),
        "p50_ms": round(percentile(ordered, 0.50), 1),
        "p95_ms": round(percentile(ordered, 0.95), 1),
        "p99_ms": round(percentile(ordered, 0.99), 1),
        "median_ms": round(statistics.median(ordered) * 1000, 1) if ordered else 0,
    }
    failures: list[str] = []
    for window in windows:
        items = during(window)
        statuses = Counter(s.status for s in items)
        if window.name == "PostgreSQL":  # answered, or our own clean 503 asking to retry
            bad = [s for s in items if s.status == 0 or (s.status >= 400 and not s.clean)]
        else:
            bad = [s for s in items if s.status == 0 or s.status >= 500]
        report["outages"][window.name] = {  # type: ignore[index]
            "seconds": round(window.ended - window.began, 1),
            "requests": len(items),
            "statuses": dict(sorted(statuses.items())),
            "failed": len(bad),
        }
        if bad:
            failures.append(f"{len(bad)} failed requests while {window.name} was down")
    saved = edits.saved()
    report["edits"] = {
        "sent": sum(len(tries) for tries in edits.attempts.values()),
        "saved": len(saved),
        "saved_in_the_admin": sum(1 for a in saved if a.kind == "admin"),
        "refused": sum(a.outcome == "refused" for t in edits.attempts.values() for a in t),
        "error_or_no_answer": sum(
            a.outcome == "unknown" for t in edits.attempts.values() for a in t
        ),
        "saved_while_elasticsearch_was_down": sum(
            1 for a in saved if es.began <= a.answered <= es.ended
        ),
        "records": len(in_database),
        "lost": len(lost),
        "records_holding_a_write_answered_with_an_error_or_none": held_unacknowledged,
        "missing_in_index": len(missing_in_index),
        "stale_in_index": len(stale_in_index),
        "index_caught_up_after_elasticsearch_returned_s": (
            round(caught_up_after, 1) if caught_up_after is not None else None
        ),
    }
    if lost:
        report["lost_edits"] = {
            slug: {
                "in_database": detail["in_database"],
                "attempts": [
                    {
                        **attempt,
                        "sent": round(attempt["sent"] - began, 1),
                        "answered": round(attempt["answered"] - began, 1),
                    }
                    for attempt in detail["attempts"]
                ],
            }
            for slug, detail in list(lost.items())[:20]
        }
        failures.append(f"{len(lost)} saved edits not in the database")
    if missing_in_index or stale_in_index:
        failures.append(
            f"index ≠ database: {len(missing_in_index)} missing, {len(stale_in_index)} stale"
        )
    if caught_up_after is None:
        failures.append(
            f"the index had not caught up {CATCH_UP_SECONDS:.0f} s after Elasticsearch returned"
        )
    report["failures"] = failures
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    if failures:
        print(f"\ngunicorn's log: {scratch / 'gunicorn.log'}", file=sys.stderr)
        if not args.smoke:
            raise SystemExit("Acceptance targets missed: " + "; ".join(failures))
        # A few seconds per phase on a shared CI machine judge no target: the smoke run proves
        # the benchmark works end to end and shows what it found; the full run judges.
        print("Acceptance targets missed (smoke: reported, not judged): " + "; ".join(failures))
        return
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
