"""The embedded default, as `make run` starts it: SQLite, database search, demo data, a server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from bs4 import BeautifulSoup

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "embedded-editors-password"
WRITERS = 20


def fetch(url: str, attempts: int = 60) -> tuple[int, str]:
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                return response.status, response.read().decode()
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer")


@dataclass(frozen=True)
class EmbeddedSite:
    """The running server, its log, and the pages the editors' test writes under."""

    url: str
    log: Path
    pages: dict[str, Any]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedSite]:
    """Migrate a fresh SQLite database, load the demo, index it and serve it, as `make run` does.

    Kalmar's regional developer and editor are put in the groups ``load_demo`` made.
    """
    folder = tmp_path_factory.mktemp("embedded")
    env = {k: v for k, v in os.environ.items() if k not in {"ELASTICSEARCH_URL", "SEARCH_BACKEND"}}
    env["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
    manage = [sys.executable, "manage.py"]
    people = f"from tests.browser.regional_setup import run; run({PASSWORD!r})"
    steps = (["migrate", "--noinput"], ["load_demo"], ["search_rebuild"], ["shell", "-c", people])
    for command in steps:
        done = subprocess.run(
            [*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True, text=True
        )
    pages = json.loads(done.stdout.strip().splitlines()[-1])
    port = free_port()
    log = folder / "runserver.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        fetch(f"{url}/robots.txt", attempts=600)  # a busy machine may take minutes to start it
        yield EmbeddedSite(url, log, pages)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def embedded_site(embedded: EmbeddedSite) -> str:
    return embedded.url


def test_serves_swedish_home_with_demo_content(embedded_site: str) -> None:
    status, html = fetch(f"{embedded_site}/")
    assert status == 200
    assert '<html lang="sv"' in html
    assert "Vad är validering?" in html


def test_serves_english_home(embedded_site: str) -> None:
    status, html = fetch(f"{embedded_site}/en/")
    assert status == 200
    assert '<html lang="en"' in html
    assert "What is validation?" in html


def test_health_reports_sqlite_and_database_search(embedded_site: str) -> None:
    status, body = fetch(f"{embedded_site}/health/")
    health = json.loads(body)
    assert status == 200
    assert health["status"] == "ok"
    assert health["database"]["vendor"] == "sqlite"
    assert health["search"]["backend"] == "database"


def test_search_corrects_a_typo_and_reads_a_compound(embedded_site: str) -> None:
    # Both need the vocabulary that the rebuild after the demo builds; saving records does not.
    _status, typo = fetch(f"{embedded_site}/sok/?q=svettsare")
    assert "Validering av <mark>svetsare</mark>" in typo
    _status, compound = fetch(f"{embedded_site}/sok/?q=m%C3%A5larutbildning")
    assert "Validering av <mark>målare</mark>" in compound


def _form_data(html: str) -> dict[str, list[str]]:
    """Return what a browser would post from the admin's page form as it was rendered."""
    soup = BeautifulSoup(html, "html.parser")
    # The page editor's own form (the edit view has other POST forms before it).
    form = soup.find("form", id="page-edit-form") or soup.find(
        "form", method=re.compile("^post$", re.I)
    )
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), field.get("type", "")
        if not name or kind in {"submit", "button", "file"}:
            continue
        if kind in {"checkbox", "radio"} and not field.has_attr("checked"):
            continue
        if field.name == "select":
            chosen = [o for o in field.find_all("option") if o.has_attr("selected")]
            values = [o.get("value", o.text) for o in chosen]
        elif field.name == "textarea":
            values = [field.text]
        else:
            values = [field.get("value", "on" if kind in {"checkbox", "radio"} else "")]
        data.setdefault(name, []).extend(values)
    return data


def _signed_in(site: str, username: str) -> requests.Session:
    session = requests.Session()
    token = _form_data(session.get(f"{site}/admin/login/", timeout=120).text)
    answer = session.post(
        f"{site}/admin/login/",
        data={**token, "username": username, "password": PASSWORD},
        timeout=120,
    )
    assert answer.url == f"{site}/admin/", f"{username} could not sign in"
    return session


def _write_news(site: EmbeddedSite, session: requests.Session, number: int) -> str:
    """Write one news item through the admin's form, as a browser posts it: even numbers
    press "submit to Kalmar's workflow", odd ones save a draft and save it again. Return what
    went wrong, or nothing."""
    news = site.pages["news"]
    add = f"{site.url}/admin/pages/add/communication/newspage/{news}/"
    html = session.get(add, timeout=120).text
    data = _form_data(html)
    # The body's StreamField is drawn by the editor's script, which adds its item count.
    data.update(
        {"body-count": ["0"]},
        title=[f"Samtidig nyhet {number} i Kalmar län"],
        slug=[f"samtidig-nyhet-{number}"],
        intro=["Skriven i samma ögonblick som nitton andra."],
        audiences=["individuals"],
    )
    if number % 2 == 0:
        submit = BeautifulSoup(html, "html.parser").find("button", attrs={"name": "action-submit"})
        data["action-submit"] = [submit["value"]]
    answer = session.post(add, data=data, timeout=120)
    expected = f"/admin/pages/{news}/" if number % 2 == 0 else "/edit/"
    if answer.status_code != 200 or not answer.url.endswith(expected):
        return f"{number}: {answer.status_code} at {answer.url}"
    if number % 2:
        data = _form_data(session.get(answer.url, timeout=120).text)
        data.update({"body-count": ["0"]}, intro=["Ändrad medan de andra sparade."])
        again = session.post(answer.url, data=data, timeout=120)
        if again.status_code != 200 or again.url != answer.url:
            return f"{number}: saving again answered {again.status_code} at {again.url}"
    return ""


def test_twenty_editors_save_and_submit_at_once_without_an_error(embedded: EmbeddedSite) -> None:
    """SQLite in WAL mode with a busy timeout (issue 16): Kalmar's developer and editor, in
    twenty browser sessions, saving and submitting news through the admin's forms at the same
    moment, all succeed, and the server logs no error."""
    people = ("kalmar_utvecklare", "kalmar_redaktor")
    sessions = [_signed_in(embedded.url, people[n % 2]) for n in range(WRITERS)]
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        problems = list(pool.map(lambda n: _write_news(embedded, sessions[n], n), range(WRITERS)))
    assert not [p for p in problems if p], problems
    listing = (
        sessions[1].get(f"{embedded.url}/admin/pages/{embedded.pages['news']}/", timeout=120).text
    )
    titles = re.findall(r"Samtidig nyhet (\d+) i Kalmar län", listing)
    assert sorted(set(map(int, titles))) == list(range(WRITERS))
    # Kalmar's editor finds the ten submitted ones awaiting review on the dashboard.
    dashboard = sessions[1].get(f"{embedded.url}/admin/", timeout=120).text
    panel = BeautifulSoup(dashboard, "html.parser").find(id="awaiting-review-section")
    assert panel is not None, "no 'awaiting your review' panel on the editor's dashboard"
    awaiting = re.findall(r"Samtidig nyhet (\d+) i Kalmar län", panel.get_text())
    assert sorted(set(map(int, awaiting))) == list(range(0, WRITERS, 2))
    log = embedded.log.read_text()
    assert "database is locked" not in log and "Traceback" not in log, log[-3000:]
