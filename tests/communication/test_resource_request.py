"""Seed 004's resource request: stored first, then mailed to the coordinator; a mail failure
keeps it for `retry_form_mail`; honeypot and rate limit reject with a clear message."""

from __future__ import annotations

import io
import socket

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client, override_settings

from communication.forms import HONEYPOT_FIELD
from communication.mail import MailStatus
from communication.models import ResourceRequestFormPage, ResourceRequestSubmission
from tests.communication.conftest import soup

URL = "/forfragan-om-resurs/"


def valid_data() -> dict[str, str]:
    page = ResourceRequestFormPage.objects.get(
        slug="forfragan-om-resurs", locale__language_code="sv"
    )
    values = {
        "Vilken insats behövs?": "En tematräff om arbetsmiljö för deltagare.",
        "Omfattning": "Två träffar à tre timmar",
        "Vilka ska ta del av insatsen?": "Tolv deltagare i arbetsträning",
        "Kontaktperson": "Kim Andersson",
        "E-post": "kim@nybro.example.se",
    }
    fields = {field.clean_name: values[field.label] for field in page.get_form_fields()}
    return {"municipality": "0881", **fields}  # Nybro, chosen from the list


def closed_port() -> int:
    """A loopback port nobody listens on: bind, read the number, close."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def empty_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_request_is_stored_and_mailed_to_the_coordinator(client: Client) -> None:
    response = client.post(URL, valid_data())
    html = soup(response)
    assert html.h1.get_text() == "Tack, vi har tagit emot din förfrågan"
    submission = ResourceRequestSubmission.objects.get()
    assert submission.get_data()["municipality"] == "0881"
    assert HONEYPOT_FIELD not in submission.form_data
    assert submission.mail_status == MailStatus.SENT
    (message,) = mail.outbox
    assert message.to == ["samordnare@kalmar.example.se"]
    assert message.subject == "Förfrågan om resurs"
    assert "Kommun: Nybro" in message.body
    assert "Vilken insats behövs?: En tematräff om arbetsmiljö för deltagare." in message.body


@pytest.mark.django_db
def test_mail_failure_keeps_the_request_and_the_retry_command_sends_it(client: Client) -> None:
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_TIMEOUT=2,
    ):
        response = client.post(URL, valid_data())
        assert response.status_code == 200  # the person is told it was received
        submission = ResourceRequestSubmission.objects.get()
        assert submission.mail_status == MailStatus.FAILED
        assert "Connection" in submission.mail_error or "refused" in submission.mail_error
        with pytest.raises(CommandError, match="still|could not be mailed"):
            call_command("retry_form_mail", stdout=io.StringIO(), stderr=io.StringIO())
    assert mail.outbox == []

    out = io.StringIO()
    call_command("retry_form_mail", stdout=out)
    submission.refresh_from_db()
    assert submission.mail_status == MailStatus.SENT
    assert submission.mail_attempts == 3
    assert len(mail.outbox) == 1
    assert "mailed: 1, still failing: 0" in out.getvalue()
    call_command("retry_form_mail", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # nothing sent twice


@pytest.mark.django_db
def test_missing_and_bad_input_get_clear_messages(client: Client) -> None:
    data = valid_data()
    email_field = next(k for k, v in data.items() if "@" in v)
    data[email_field] = "inte-en-adress"
    data.pop(next(iter(data)))
    response = client.post(URL, data)
    html = soup(response)
    summary = html.find(class_="error-summary")
    text = summary.get_text()
    assert "Förfrågan skickades inte" in text
    assert "Kommun: Det här fältet är obligatoriskt" in text
    assert "E-post: Ange en giltig mejladress." in text
    assert summary.find("a")["href"].startswith("#id_")
    assert ResourceRequestSubmission.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_honeypot_rejects_with_a_clear_message(client: Client) -> None:
    response = client.post(URL, {**valid_data(), HONEYPOT_FIELD: "http://spam.example"})
    html = soup(response)
    assert "ett fält som ska vara tomt var ifyllt" in html.find(class_="error-summary").get_text()
    assert ResourceRequestSubmission.objects.count() == 0
    honeypot = html.find("input", attrs={"name": HONEYPOT_FIELD})
    assert honeypot.find_parent(class_="hp-field")["aria-hidden"] == "true"
    assert honeypot["tabindex"] == "-1"


@pytest.mark.django_db
@override_settings(FORM_SUBMISSIONS_PER_HOUR=2)
def test_rate_limit_rejects_with_a_clear_message_and_status_429(client: Client) -> None:
    for _ in range(2):
        assert client.post(URL, valid_data()).status_code == 200
    response = client.post(URL, valid_data())
    assert response.status_code == 429
    assert "Du har skickat många förfrågningar på kort tid" in response.content.decode()
    assert ResourceRequestSubmission.objects.count() == 2
    # Another address is not affected.
    other = client.post(URL, valid_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


@pytest.mark.django_db
def test_rate_limit_stores_no_address(client: Client) -> None:
    client.post(URL, valid_data(), REMOTE_ADDR="198.51.100.23")
    keys = list(getattr(cache, "_cache", {}))
    assert keys and not any("198.51.100.23" in key for key in keys)
