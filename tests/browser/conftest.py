"""Browser tests: Debian's chromium, driven by Playwright, against a real server of the site.

The site runs as ``manage.py runserver`` in a subprocess on its own database (a fresh PostgreSQL
database beside the test database, or SQLite when the suite runs on SQLite), migrated and filled
with ``load_demo`` and the editorial set-up commands once per session. Why not pytest-django's
``live_server``: it needs ``transactional_db``, which flushes the tables after each test and so
deletes the demo data every other test relies on; and what a browser does through the server
(an editor publishing a page) must not leak into the rolled-back tests either. A separate
database isolates both ways, and the subprocess is the same server a developer runs.

Tests that need to know *which* pages exist ask the test database, which ``load_demo`` filled
identically, so URLs discovered there are served by the browser site.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import environ
import pytest
from django.conf import settings

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
# No first-run UI, no background traffic to Google: the browser talks to our server only.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Run after migrate and load_demo when the command exists (other apps bring some of them).
SETUP_COMMANDS = (
    ["setup_regional_groups"],
    ["setup_editorial_workflows"],
    ["search_rebuild"],
)
ADMIN_PASSWORD = "browser-test-password"
# The password of the people a test puts in the groups our set-up commands made.
EDITOR_PASSWORD = "regional-editors-password"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder ``browser``, so `-m "not browser"` leaves them out.

    They are marked ``django_db`` too, so that the test database (which ``chromium`` sets up
    first) exists even when only browser tests run.
    """
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> pytest.TestReport:
    """On a failure, save a screenshot of every open tab and name the files in the report."""
    report = yield
    browser = getattr(item, "funcargs", {}).get("chromium")
    if report.when == "call" and report.failed and browser is not None:
        folder = Path(tempfile.mkdtemp(prefix="browser-failure-"))
        for number, tab in enumerate(p for c in browser.contexts for p in c.pages):
            path = folder / f"{item.name}-{number}.png"
            tab.screenshot(path=path, full_page=True)
            report.sections.append(("screenshot", f"{tab.url} -> {path}"))
        site = item.funcargs.get("site_server")
        if site is not None and site.log is not None:
            report.sections.append(("site server's log, last lines", site.log_tail()))
    return report


ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> object:
    """Allow ORM calls during a browser test (its fixtures included), and only then.

    Playwright's sync API keeps an asyncio loop in this thread, so Django takes every ORM call
    for one from async code. The tests are synchronous. The variable must not outlive them:
    ``check --deploy`` in other tests rightly refuses it, and the site's server never gets it.
    """
    os.environ[ASYNC_UNSAFE] = "true"
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    """Undo ``pytest_runtest_setup`` once the test's fixtures are torn down."""
    try:
        return (yield)
    finally:
        os.environ.pop(ASYNC_UNSAFE, None)


@dataclass(frozen=True)
class SiteServer:
    """A running server of the site and a way to run management commands on its database."""

    url: str
    env: dict[str, str]
    log: Path | None = None

    def log_tail(self, lines: int = 60) -> str:
        """Return the end of the server's log without static files: a failed page's traceback
        (the DEBUG error pages say only "Server Error" to the browser)."""
        assert self.log is not None
        text = self.log.read_text(errors="replace").splitlines()
        return "\n".join([line for line in text if "GET /static/" not in line][-lines:])

    def manage(self, *args: str) -> str:
        """Run ``manage.py`` with the server's settings and return what it printed."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-4000:]}")
        return result.stdout


def _postgres_admin(config: dict[str, object], sql: str) -> None:
    import psycopg

    with psycopg.connect(
        host=config["HOST"],
        port=config["PORT"],
        user=config["USER"],
        password=config["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(sql)


@pytest.fixture(scope="package")
def server_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yield the URL of an empty database for the browser site, dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path_factory.mktemp('browser') / 'db.sqlite3'}"
        return
    config = environ.Env.db_url_config(url)
    name = f"{config['NAME']}_browser"
    # Without FORCE: PostgreSQL stops its own autovacuum workers, which FORCE may not terminate.
    _postgres_admin(config, f'DROP DATABASE IF EXISTS "{name}"')
    _postgres_admin(config, f'CREATE DATABASE "{name}"')
    yield urlsplit(url)._replace(path=f"/{name}").geturl()
    _postgres_admin(config, f'DROP DATABASE IF EXISTS "{name}"')


def _wait_until_serving(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{url}/health/", timeout=5):  # noqa: S310 - loopback
                return
        except urllib.error.HTTPError:
            return  # it answers (a degraded search still serves pages)
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the browser site did not start:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="package")
def site_server(
    server_database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    """Serve the site with demo data and editorial set-up, as a developer would run it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **{k: v for k, v in os.environ.items() if k != ASYNC_UNSAFE},
        "DATABASE_URL": server_database,
        "DEBUG": "true",
        # runserver answers each request in a new thread, so a persistent connection is never
        # reused and each one stays open until its thread is collected: under the admin's
        # polling that ran PostgreSQL out of connection slots (Django's docs: no persistent
        # connections with the development server).
        "CONN_MAX_AGE": "0",
        # The tests also write rows from their own process, whose new content versions this
        # server's process-memory cache never sees: it answers every request afresh.
        "RESPONSE_CACHE_SECONDS": "0",
        "SEARCH_INDEX_PREFIX": f"{settings.SEARCH_INDEX_PREFIX}_browser",
        "WAGTAILADMIN_BASE_URL": url,
        "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
    }
    log = tmp_path_factory.mktemp("browser-server") / "runserver.log"
    site = SiteServer(url, env, log)
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    for command in SETUP_COMMANDS:
        site.manage(*command)
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_serving(url, server, log)
        yield site
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="package")
def chromium(django_db_setup: None) -> Iterator[object]:
    """Launch Debian's headless chromium for the browser tests; locally skip without it, in CI
    fail. Package scope: Playwright's event loop must be gone before the other tests run.

    The test database is set up first: once Playwright runs, Django refuses ORM calls outside
    the tests (see ``pytest_runtest_setup``).
    """
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: `apt-get install chromium` (scripts/test.sh does)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import Browser, sync_playwright

    with sync_playwright() as playwright, pytest.MonkeyPatch.context() as patch:
        patch.setattr(Browser, "new_context", _watching_csp(Browser.new_context, lambda c: c))
        patch.setattr(Browser, "new_page", _watching_csp(Browser.new_page, lambda p: p.context))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Content-Security-Policy violations Chromium reported since the current test started.
_csp_violations: list[str] = []


def _watching_csp(
    create: Callable[..., Any], context_of: Callable[[Any], Any]
) -> Callable[..., Any]:
    """Wrap ``Browser.new_context``/``new_page`` so every browser context records the CSP
    violations Chromium logs to the console, whichever test (or helper) opened it."""

    def wrapper(self: object, *args: object, **kwargs: object) -> object:
        created = create(self, *args, **kwargs)
        context_of(created).on("console", _record_csp_violation)
        context_of(created).on("console", _record_admin_console_error)
        context_of(created).on("weberror", _record_admin_exception)
        return created

    return wrapper


def _record_csp_violation(message: Any) -> None:
    if "Content Security Policy" in message.text:
        _csp_violations.append(f"{message.location.get('url', '?')}: {message.text}")


# JavaScript errors (console errors, uncaught exceptions) on admin pages since the test started.
_admin_js_errors: list[str] = []


# Wagtail's autosave posts the form to its own page while the editor types; an incomplete form
# is answered 400 "validation_error" (shown as "There are validation errors" beside the save
# button), which Chromium logs as a failed resource although nothing failed for the editor.
AUTOSAVE_REFUSAL = "the server responded with a status of 400"


def _record_admin_console_error(message: Any) -> None:
    url = message.page.url if message.page else message.location.get("url", "")
    resource = message.location.get("url", "")
    if AUTOSAVE_REFUSAL in message.text and resource == url.split("#")[0]:
        return
    if message.type == "error" and "/admin/" in url:
        _admin_js_errors.append(f"{url}: {message.text}")


def _record_admin_exception(error: Any) -> None:
    url = error.page.url if error.page else ""
    if "/admin/" in url:
        _admin_js_errors.append(f"{url}: {error.error}")


@pytest.fixture(autouse=True)
def no_admin_js_errors() -> Iterator[None]:
    """Fail any browser test during which an admin page logged a JavaScript error (issue 16:
    the editors' pages run without errors)."""
    _admin_js_errors.clear()
    yield
    errors, _admin_js_errors[:] = list(_admin_js_errors), []
    assert not errors, "JavaScript errors on admin pages:\n" + "\n".join(errors)


@pytest.fixture(autouse=True)
def no_csp_violations() -> Iterator[None]:
    """Fail any browser test during which a page broke the site's Content-Security-Policy."""
    _csp_violations.clear()
    yield
    violations, _csp_violations[:] = list(_csp_violations), []
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@pytest.fixture
def browser_page(chromium: object, site_server: SiteServer) -> Iterator[object]:
    """Give each test a fresh browser tab (own cookies) whose relative URLs go to the site."""
    context = chromium.new_context(
        base_url=site_server.url, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def log_in(chromium: object, site_server: SiteServer) -> Iterator[Callable[[str], Any]]:
    """Return a function that signs a person in to the admin, each in a browser of their own,
    and lands on the dashboard; the sessions close after the test.

    Waits are generous: a busy 2-core CI machine can take long over the admin's first pages (a
    timing test this is not).
    """
    contexts = []

    def open_session(username: str) -> Any:
        context = chromium.new_context(
            base_url=site_server.url, viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(60_000)
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(EDITOR_PASSWORD)
        with page.expect_navigation():
            page.locator("form button[type=submit]").click()
        assert page.url.endswith("/admin/"), f"{username} could not log in"
        return page

    yield open_session
    for context in contexts:
        context.close()
