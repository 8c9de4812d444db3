"""Editors' accounts: two-step sign-in, lockout after failed sign-ins, the sign-in records.

Every test signs in through the admin's login form, as an editor would, with users in the
groups ``load_demo`` (``setup_regional_groups``) made.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from hub.accounts import RECOVERY_CODE_COUNT

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-editor-passphrase"
NATIONAL = "Nationella redaktörer"
SKANE_EDITORS = "Skåne län – regionala redaktörer"
SKANE_DEVELOPERS = "Skåne län – regionala utvecklare"
INVALID_CODE = "Koden stämmer inte"  # the admin speaks the site's language, Swedish


def _editor(username: str, group: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.se", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def _sign_in(client: Client, username: str, password: str = PASSWORD) -> object:
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
    )


def _code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def _reaches_admin(client: Client) -> bool:
    response = client.get("/admin/")
    return response.status_code == 200 and "wagtail-sidebar" in response.text


@override_settings(OTP_TOTP_THROTTLE_FACTOR=0)  # the right code straight after a wrong one
def test_editor_with_an_authenticator_cannot_reach_the_admin_without_the_code(
    client: Client,
) -> None:
    editor = _editor("skane.redaktor", SKANE_EDITORS)
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)

    response = _sign_in(client, "skane.redaktor")
    assert response.status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/snippets/", "/admin/2fa/recovery-codes/"):
        answer = client.get(path)
        assert answer.status_code == 302
        assert answer.url.startswith("/admin/2fa/verify/")
    assert not _reaches_admin(client)

    wrong = client.post("/admin/2fa/verify/", {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert INVALID_CODE in wrong.text
    assert not _reaches_admin(client)

    right = client.post("/admin/2fa/verify/", {"code": _code(device), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right.url == "/admin/pages/"
    assert _reaches_admin(client)


def test_wrong_codes_slow_down_further_tries(client: Client) -> None:
    editor = _editor("skane.redaktor", SKANE_EDITORS)
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    _sign_in(client, "skane.redaktor")
    client.post("/admin/2fa/verify/", {"code": "000000"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttling_failure_timestamp = timezone.now()  # as if the wrong code came just now
    device.save()
    refused = client.post("/admin/2fa/verify/", {"code": _code(device)})
    assert "För många felaktiga koder" in refused.text
    assert not _reaches_admin(client)


def test_the_code_prompt_does_not_send_anyone_off_site(client: Client) -> None:
    editor = _editor("skane.redaktor", SKANE_EDITORS)
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    _sign_in(client, "skane.redaktor")
    response = client.post(
        "/admin/2fa/verify/", {"code": _code(device), "next": "https://evil.example/"}
    )
    assert response.url == "/admin/"


@override_settings(ADMIN_2FA_REQUIRED=True, OTP_TOTP_THROTTLE_FACTOR=0)
def test_national_editor_enrols_at_first_sign_in_and_can_use_a_recovery_code_once(
    client: Client,
) -> None:
    _editor("nationell", NATIONAL)
    _sign_in(client, "nationell")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/2fa/enrol/")

    enrol = client.get(response.url)
    assert enrol.status_code == 200
    assert "<svg" in enrol.text  # the QR code
    device = TOTPDevice.objects.get(user__username="nationell", confirmed=False)
    assert enrol.context["secret"] in enrol.text  # the key to type instead
    wrong = client.post("/admin/2fa/enrol/", {"code": "123456"})
    assert "Kontrollera att appen visar Valideringsnavet" in wrong.text
    shown = client.post("/admin/2fa/enrol/", {"code": _code(device)})
    codes = shown.context["codes"]
    assert len(codes) == RECOVERY_CODE_COUNT
    assert all(code in shown.text for code in codes)
    assert _reaches_admin(client)

    phone_lost = Client()
    _sign_in(phone_lost, "nationell")
    assert not _reaches_admin(phone_lost)
    used = phone_lost.post("/admin/2fa/verify/", {"code": codes[0]})
    assert used.status_code == 302
    assert _reaches_admin(phone_lost)

    again = Client()
    _sign_in(again, "nationell")
    assert INVALID_CODE in again.post("/admin/2fa/verify/", {"code": codes[0]}).text
    assert not _reaches_admin(again)


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_regional_groups_need_a_second_factor_only_when_an_administrator_says_so(
    client: Client,
) -> None:
    _editor("skane.utvecklare", SKANE_DEVELOPERS)
    _sign_in(client, "skane.utvecklare")
    assert _reaches_admin(client)

    group = Group.objects.get(name=SKANE_DEVELOPERS)
    group.permissions.add(Permission.objects.get(codename="require_second_factor"))
    call_command("setup_regional_groups", stdout=None)  # a re-run keeps the administrator's tick
    assert group.permissions.filter(codename="require_second_factor").exists()
    assert Group.objects.get(name=NATIONAL).permissions.filter(codename="require_second_factor")

    fresh = Client()
    _sign_in(fresh, "skane.utvecklare")
    assert fresh.get("/admin/").url.startswith("/admin/2fa/enrol/")


def test_without_the_requirement_editors_sign_in_with_a_password_as_before(
    client: Client,
) -> None:
    _editor("nationell", NATIONAL)
    _sign_in(client, "nationell")
    assert _reaches_admin(client)


def test_ten_failed_sign_ins_lock_the_account_for_a_while(client: Client) -> None:
    _editor("skane.redaktor", SKANE_EDITORS)
    for _attempt in range(9):
        failed = _sign_in(client, "skane.redaktor", "wrong")
        assert failed.status_code == 200
    assert _sign_in(client, "skane.redaktor", "wrong").status_code == 429

    other_address = Client(REMOTE_ADDR="192.0.2.10")
    locked = _sign_in(other_address, "skane.redaktor")  # the right password, too late
    assert locked.status_code == 429
    assert "För många misslyckade inloggningar" in locked.text
    assert not _reaches_admin(other_address)


@override_settings(LOGIN_ADDRESS_FAILURE_LIMIT=15)
def test_an_address_locks_only_at_its_own_higher_limit(client: Client) -> None:
    """Ten colleagues behind one office address mistyping once each lock nobody out; a guesser
    trying many usernames from one address is locked at the address's limit."""
    _editor("skane.redaktor", SKANE_EDITORS)
    for attempt in range(10):
        _sign_in(client, f"colleague{attempt}", "wrong")
    assert _sign_in(client, "skane.redaktor").status_code == 302
    client.logout()
    for attempt in range(15):
        _sign_in(client, f"guess{attempt}", "wrong")
    assert _sign_in(client, "skane.redaktor").status_code == 429
    assert _sign_in(Client(REMOTE_ADDR="192.0.2.10"), "skane.redaktor").status_code == 302


def test_the_address_limit_is_higher_than_the_account_limit() -> None:
    assert settings.LOGIN_ADDRESS_FAILURE_LIMIT > settings.AXES_FAILURE_LIMIT == 10


def test_sign_in_records_are_deleted_after_90_days_and_listed_on_the_privacy_page(
    client: Client,
) -> None:
    _editor("skane.redaktor", SKANE_EDITORS)
    _editor("kalmar.redaktor", "Kalmar län – regionala redaktörer")
    _sign_in(Client(), "skane.redaktor")
    _sign_in(Client(), "skane.redaktor", "wrong")
    _sign_in(Client(REMOTE_ADDR="192.0.2.10"), "kalmar.redaktor")
    _sign_in(Client(REMOTE_ADDR="192.0.2.11"), "kalmar.redaktor", "wrong")
    records = (AccessLog, AccessFailureLog, AccessAttempt)
    for model in records:
        model.objects.filter(username="skane.redaktor").update(
            attempt_time=timezone.now() - timedelta(days=91)
        )

    call_command("apply_retention", stdout=io.StringIO())

    for model in records:  # the old ones went, the recent ones stay
        assert list(model.objects.values_list("username", flat=True)) == ["kalmar.redaktor"]
    privacy = client.get("/en/personuppgifter/").text
    assert "Editors&#x27; sign-ins to the admin" in privacy
    assert "90 days after the sign-in attempt" in privacy


def test_administrators_review_sign_ins_and_lift_lockouts_in_the_admin(client: Client) -> None:
    _editor("skane.redaktor", SKANE_EDITORS)
    _sign_in(Client(), "skane.redaktor")
    _sign_in(Client(), "skane.redaktor", "wrong")
    User.objects.create_superuser("admin", "admin@example.se", PASSWORD)
    _sign_in(client, "admin")

    sign_ins = client.get("/admin/accounts_accesslog/")
    assert sign_ins.status_code == 200
    assert "skane.redaktor" in sign_ins.text
    failures = client.get("/admin/accounts_accessfailurelog/")
    assert "skane.redaktor" in failures.text
    assert "/admin/accounts_accesslog/" in client.get("/admin/").text  # in the Settings menu

    editor = Client()
    _sign_in(editor, "skane.redaktor")
    assert _reaches_admin(editor)
    for path in ("/admin/accounts_accesslog/", "/admin/accounts_totpdevice/"):
        assert editor.get(path).status_code in {302, 403}
