"""Never stale: an Elasticsearch outage delays index updates but loses none, and a rebuild never
shows readers an empty or partial index.

"Down" is the same backend pointed at a closed port (the node is shared by other test runs, so
it is not stopped); "restart" points it back at the real node.
"""

from __future__ import annotations

import http.client
import io
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections
from elasticsearch import helpers

from branch_models.models import Actor, ActorKind, Credential, KomvuxOffer, ValidationModel
from hub.models import Role
from search.backends import get_search_backend
from search.backends.base import CHUNK_SIZE, SearchQuery, SearchUnavailable, analyse
from search.index import iter_documents
from search.models import OutboxEntry, SearchEntry, SearchFacet
from search.outbox import apply_pending
from search.rebuild import rebuild
from tests.hub.api.helpers import client_with_token, database_unreachable, token_for

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]

SKANE_OFFER = "komvux-hassleholm-sfi-lager-truck"  # a demo offer owned by Skåne (12)
CLOSED_PORT = "http://127.0.0.1:9"  # discard port: nothing listens on loopback


def _indexed(backend) -> dict[str, dict[str, object]]:
    """Every document in the live index, without the analysed tokens."""
    documents = {}
    for hit in helpers.scan(
        backend.client, index=backend.alias, query={"query": {"match_all": {}}}
    ):
        source = hit["_source"]
        documents[hit["_id"]] = {
            "title": source["title"],
            "url": source["url"],
            "summary": source["summary"],
            "keywords": source["keywords"],
            "body": source["body"],
            "facets": {name: sorted(values) for name, values in source["facets"].items()},
        }
    return documents


def _expected(prefix: str = "") -> dict[str, dict[str, object]]:
    """What the database says the index must hold (the documents whose id starts with prefix)."""
    return {
        doc.doc_id: {
            "title": doc.title,
            "url": doc.url,
            "summary": doc.summary,
            "keywords": doc.keywords,
            "body": doc.body,
            "facets": {name: sorted(values) for name, values in doc.facets.items()},
        }
        for doc in iter_documents()
        if doc.doc_id.startswith(prefix)
    }


def test_outage_keeps_edits_and_search_sync_catches_up(
    make_backend, settings, django_capture_on_commit_callbacks
):
    make_backend("search.backends.elasticsearch")
    real_url = settings.ELASTICSEARCH_URL
    with django_capture_on_commit_callbacks(execute=True):
        doomed = Actor.objects.create(
            name="Flyttbar aktör", slug="flyttbar", kind=ActorKind.OTHER, live=True
        )

    settings.ELASTICSEARCH_URL = CLOSED_PORT
    get_search_backend.cache_clear()
    with django_capture_on_commit_callbacks(execute=True):
        Actor.objects.create(
            name="Stormvalidering", slug="stormvalidering", kind=ActorKind.OTHER, live=True
        )
    with django_capture_on_commit_callbacks(execute=True):
        model = ValidationModel.objects.public().first()
        model.name = "Omdöpt valideringsmodell"
        model.save()
    with django_capture_on_commit_callbacks(execute=True):
        credential = Credential.objects.public().first()
        credential.live = False
        credential.save()
    with django_capture_on_commit_callbacks(execute=True):
        doomed.delete()

    pending = OutboxEntry.objects.filter(processed_at__isnull=True)
    assert pending.count() >= 4  # the four objects, and the documents that mention them
    assert all(entry.attempts == 1 and entry.last_error for entry in pending)
    result = get_search_backend().search(SearchQuery("stormvalidering"))
    assert result.degraded
    assert [hit.title for hit in result.hits] == ["Stormvalidering"]

    settings.ELASTICSEARCH_URL = real_url
    get_search_backend.cache_clear()
    call_command("search_sync", stdout=None)
    assert not OutboxEntry.objects.filter(processed_at__isnull=True).exists()
    backend = get_search_backend()
    indexed, expected = _indexed(backend), _expected()
    assert sorted(indexed) == sorted(expected)
    for doc_id, document in expected.items():
        assert indexed[doc_id] == document, doc_id
    result = backend.search(SearchQuery("stormvalidering"))
    assert not result.degraded
    assert [hit.title for hit in result.hits] == ["Stormvalidering"]


def test_search_sync_reports_what_still_fails(settings, django_capture_on_commit_callbacks):
    settings.SEARCH_BACKEND = "search.backends.elasticsearch"
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    get_search_backend.cache_clear()
    with django_capture_on_commit_callbacks(execute=True):
        Actor.objects.create(name="Väntande", slug="vantande", kind=ActorKind.OTHER, live=True)
    with pytest.raises(SystemExit) as exit_info:
        call_command("search_sync", stdout=None)
    assert exit_info.value.code == 1
    get_search_backend.cache_clear()


def test_postgresql_lost_right_after_an_edit_commits_keeps_the_edit_and_its_index_update(
    make_backend, django_capture_on_commit_callbacks
):
    """PostgreSQL stopping between an API edit's commit and its index update (``bench/load.py``
    stops it under load): the update stays in the outbox instead of turning the saved edit into
    an error answer (503: "not saved, try again"), and ``search_sync`` indexes it later."""
    backend = make_backend("search.backends.elasticsearch")
    client = client_with_token(token_for("skane-editor", "12", Role.EDITOR))
    path = f"/api/v1/komvux-offers/{SKANE_OFFER}/"
    with django_capture_on_commit_callbacks() as after_commit:
        response = client.patch(path, {"name": "Truckomstartskurs"}, format="json")
    assert response.status_code == 200, response.content
    assert after_commit
    with database_unreachable():
        for callback in after_commit:  # what Django runs after the commit, PostgreSQL gone
            callback()

    assert KomvuxOffer.objects.get(slug=SKANE_OFFER).name == "Truckomstartskurs"
    assert OutboxEntry.objects.filter(processed_at__isnull=True).exists()
    assert "Truckomstartskurs" not in [h.title for h in backend.search(SearchQuery("truck")).hits]
    call_command("search_sync", stdout=None)
    assert not OutboxEntry.objects.filter(processed_at__isnull=True).exists()
    titles = [hit.title for hit in backend.search(SearchQuery("truckomstartskurs")).hits]
    assert titles == ["Truckomstartskurs"]


class HoldingProxy:
    """A loopback HTTP proxy to the real node that holds the first bulk write until released,
    as a congested network or a node busy restarting does (the shared node is not slowed).
    Once ``down`` is set, it closes every connection unanswered, as a node that died."""

    def __init__(self, node_url: str) -> None:
        self.held, self.release, self.down = threading.Event(), threading.Event(), threading.Event()
        node = urlsplit(node_url)
        proxy = self

        class Forward(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the client expects

            def forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if "/_bulk" in self.path and not proxy.held.is_set():
                    proxy.held.set()
                    proxy.release.wait(60)
                if proxy.down.is_set():
                    self.close_connection = True
                    return
                upstream = http.client.HTTPConnection(node.hostname, node.port, timeout=60)
                skip = {"host", "connection", "content-length", "transfer-encoding"}
                headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
                upstream.request(self.command, self.path, body=body, headers=headers)
                answer = upstream.getresponse()
                data = answer.read()
                upstream.close()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in skip:
                        self.send_header(name, value)
                length = answer.getheader("Content-Length", "0")
                self.send_header("Content-Length", length if self.command == "HEAD" else len(data))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = forward

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: the test reports what matters."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[BaseException]]:
    """Start work with a database connection of its own, so its writes commit and their index
    updates run as after a request (the test's own transaction never commits)."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - reported by the caller's assertion
            errors.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def committed(work: Callable[[], object]) -> None:
    """Run work in a thread of its own (see in_thread) and wait for it."""
    thread, errors = in_thread(work)
    thread.join()
    assert not errors, errors


def _advisory_lock_waiters() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        return cursor.fetchone()[0]


def test_a_retry_racing_a_new_edit_never_leaves_the_older_state_indexed(settings):
    """`search_sync` retries a rename made while the node was down; meanwhile the record is
    renamed again. The retry read the older name: it must not land over the newer one (a load
    run with Elasticsearch restarted found a renamed record stale this way)."""
    if connection.vendor != "postgresql":
        pytest.skip("two connections writing at once: SQLite runs one writer at a time")
    settings.SEARCH_BACKEND = "search.backends.elasticsearch"
    real_url = settings.ELASTICSEARCH_URL
    get_search_backend.cache_clear()
    slug = f"kapplopning-{uuid.uuid4().hex[:8]}"
    proxy = HoldingProxy(real_url)

    def rename(name: str) -> Callable[[], None]:
        def save() -> None:
            actor = Actor.objects.get(slug=slug)
            actor.name = name
            actor.save()

        return save

    def remove() -> None:
        for actor in Actor.objects.filter(slug=slug):
            pk = str(actor.pk)
            actor.delete()  # its documents go too
            OutboxEntry.objects.filter(index_name="branch_models.actor", object_pk=pk).delete()

    try:
        committed(
            lambda: Actor.objects.create(
                name="Kapplöpningsaktör", slug=slug, kind=ActorKind.OTHER, live=True
            )
        )
        pk = str(Actor.objects.get(slug=slug).pk)
        settings.ELASTICSEARCH_URL = CLOSED_PORT
        get_search_backend.cache_clear()
        committed(rename("Kapplöpning förra namnet"))
        assert OutboxEntry.objects.filter(object_pk=pk, processed_at__isnull=True).exists()

        # The node is back (through the proxy); search_sync's write of the older name is slow.
        settings.ELASTICSEARCH_URL = proxy.url
        get_search_backend.cache_clear()
        sync, sync_errors = in_thread(apply_pending)
        assert proxy.held.wait(30)
        edit, edit_errors = in_thread(rename("Kapplöpning nya namnet"))
        deadline = time.monotonic() + 30
        while edit.is_alive() and not _advisory_lock_waiters() and time.monotonic() < deadline:
            time.sleep(0.05)
        proxy.release.set()
        sync.join()
        edit.join()
        assert not sync_errors and not edit_errors, (sync_errors, edit_errors)

        settings.ELASTICSEARCH_URL = real_url
        get_search_backend.cache_clear()
        backend = get_search_backend()
        titles = {
            doc_id: document["title"]
            for doc_id, document in _indexed(backend).items()
            if doc_id.startswith(f"branch_models.actor:{pk}:")
        }
        assert titles and set(titles.values()) == {"Kapplöpning nya namnet"}, titles
        hits = backend.search(SearchQuery("kapplöpning")).hits
        assert [hit.title for hit in hits if hit.pk == pk] == ["Kapplöpning nya namnet"]
        assert not OutboxEntry.objects.filter(object_pk=pk, processed_at__isnull=True).exists()
    finally:
        proxy.close()
        settings.ELASTICSEARCH_URL = real_url
        get_search_backend.cache_clear()
        committed(remove)
        get_search_backend.cache_clear()


@contextmanager
def searching(backend, query: SearchQuery) -> Iterator[list[int]]:
    """Search in two threads while the block runs; yield the totals they saw."""
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def search_until_done() -> None:
        try:
            while not done.is_set():
                seen.append(backend.search(query).total)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    searchers = [threading.Thread(target=search_until_done) for _ in range(2)]
    for thread in searchers:
        thread.start()
    try:
        yield seen
    finally:
        done.set()
        for thread in searchers:
            thread.join()
    assert not errors
    assert len(seen) > 10


def test_rebuild_under_concurrent_searches_never_shows_a_partial_index(make_backend):
    backend = make_backend("search.backends.elasticsearch")
    query = SearchQuery("validering", per_page=5)
    expected = backend.search(query).total
    assert expected > 50
    with searching(backend, query) as seen:
        rebuild()
        rebuild()
    assert set(seen) == {expected}


def test_rebuilding_one_type_leaves_the_others_searchable_and_fixes_its_own(make_backend):
    backend = make_backend("search.backends.elasticsearch")
    before = _indexed(backend)
    # Written without signals (as a raw import would): the index does not know yet.
    actor = Actor.objects.public().order_by("pk").first()
    Actor.objects.filter(pk=actor.pk).update(name="Tyst omdöpt aktör")
    Actor.objects.filter(pk=Actor.objects.public().order_by("-pk").first().pk).update(live=False)
    others = SearchQuery("validering", per_page=5, filters={"type": ("branch_models.credential",)})
    expected = backend.search(others).total
    assert expected > 0
    with searching(backend, others) as seen:
        call_command("search_rebuild", "branch_models.Actor", "--no-progress", stdout=io.StringIO())
    assert set(seen) == {expected}
    # Actors now as in the database, every other document exactly as before.
    actors = "branch_models.actor:"
    indexed, expected_actors = _indexed(backend), _expected(actors)
    assert {k: v for k, v in indexed.items() if k.startswith(actors)} == expected_actors
    assert {k: v for k, v in indexed.items() if not k.startswith(actors)} == {
        k: v for k, v in before.items() if not k.startswith(actors)
    }
    # Any word may match ("aktör" is in many records); the renamed actor covers all three.
    fallback = backend.fallback.search(SearchQuery("tyst omdöpt aktör"))
    assert fallback.hits[0].pk == str(actor.pk)
    assert not fallback.partial


def test_a_rebuild_leaves_the_database_fallback_complete_and_true(make_backend):
    """The fallback is written chunk by chunk while threads analyse and send the next chunks
    (``search.backends.base.ahead``): when the rebuild returns it holds every document, each
    with its own texts, tokens and facets."""
    make_backend("search.backends.elasticsearch")
    documents = list(iter_documents())
    assert len(documents) > 2 * CHUNK_SIZE  # three chunks or more passed through the threads
    entries = {entry.doc_id: entry for entry in SearchEntry.objects.all()}
    assert sorted(entries) == sorted(doc.doc_id for doc in documents)
    facets: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for doc_id, name, value in SearchFacet.objects.values_list("entry__doc_id", "name", "value"):
        facets[doc_id][name].append(value)
    for item in analyse(documents):
        doc, entry = item.document, entries[item.document.doc_id]
        assert (entry.title, entry.url, entry.summary, entry.body) == (
            doc.title,
            doc.url,
            doc.summary,
            doc.body,
        )
        assert (entry.title_tokens, entry.keywords_tokens, entry.body_tokens) == (
            item.title_tokens,
            item.keywords_tokens,
            item.body_tokens,
        )
        assert {name: sorted(values) for name, values in facets[doc.doc_id].items()} == {
            name: sorted(values) for name, values in doc.facets.items() if values
        }, doc.doc_id


def test_elasticsearch_dying_during_a_rebuild_fails_it_and_keeps_both_old_versions(
    make_backend, settings
):
    """The bulk writes run in a thread of their own: their error must still fail the rebuild,
    roll the database fallback back and leave the old index serving."""
    backend = make_backend("search.backends.elasticsearch")
    real_url = settings.ELASTICSEARCH_URL
    query = SearchQuery("validering", per_page=5)
    served = backend.search(query).total
    actor = Actor.objects.public().order_by("pk").first()
    Actor.objects.filter(pk=actor.pk).update(name="Halvvägs omdöpt aktör")  # no signals
    stored = sorted(SearchEntry.objects.values_list("doc_id", "title", "body_tokens"))
    proxy = HoldingProxy(real_url)

    def die_during_the_first_bulk() -> None:
        if proxy.held.wait(60):
            proxy.down.set()
        proxy.release.set()

    killer = threading.Thread(target=die_during_the_first_bulk)
    killer.start()
    settings.ELASTICSEARCH_URL = proxy.url
    get_search_backend.cache_clear()
    try:
        with pytest.raises(SearchUnavailable, match="failed during the rebuild"):
            rebuild()
    finally:
        proxy.release.set()
        killer.join()
        proxy.close()
        settings.ELASTICSEARCH_URL = real_url
        get_search_backend.cache_clear()
    assert proxy.held.is_set()
    assert sorted(SearchEntry.objects.values_list("doc_id", "title", "body_tokens")) == stored
    backend = get_search_backend()
    assert backend.search(query).total == served
    assert "Halvvägs omdöpt aktör" not in {doc["title"] for doc in _indexed(backend).values()}


def test_rebuild_of_an_unknown_type_names_the_indexed_ones():
    with pytest.raises(CommandError, match="branch_models.validationmodel"):
        call_command("search_rebuild", "branch_models.Region", "--no-progress")
