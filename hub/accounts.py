"""Editors' accounts: a second factor for the admin, recovery codes and the sign-in records.

Devices, tokens and their throttling are django-otp's (TOTP authenticator apps; static tokens as
recovery codes); lockout after failed password sign-ins and the sign-in records are django-axes'.
This module is the thin Wagtail integration: who must use a second factor, the code prompt,
enrolment, recovery codes, and axes' and django-otp's records in the admin. (wagtail-2fa, the
ready-made integration, does not start under Wagtail 8: see docs/security.md.)

Who: anyone with a confirmed authenticator is always asked for a code, whatever the settings;
with ``ADMIN_2FA_REQUIRED`` (on in production) anyone holding ``hub.require_second_factor``
(superusers, the national editors' group, any regional group an administrator ticks it on) must
enrol at their next sign-in before doing anything else while signed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import qrcode
import qrcode.image.svg
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models.signals import post_delete
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.throttling import BaseThrottle
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from hub.retention import register
from hub.sign_ins import SIGN_IN_RULES

__all__ = [
    "ACCOUNT_RECORDS",
    "RECOVERY_CODE_COUNT",
    "SECOND_FACTOR_PERMISSION",
    "AccountRecords",
    "EnrolView",
    "RecoveryCodesView",
    "SecondFactorForm",
    "SecondFactorMiddleware",
    "SecondFactorView",
    "SignInRecordPolicy",
    "account_viewsets",
    "client_address",
    "new_recovery_codes",
    "pending_step",
    "register_accounts",
]

SECOND_FACTOR_PERMISSION = "hub.require_second_factor"
StrOrPromise = str | Promise
RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery codes"
AUTHENTICATOR_NAME = "authenticator app"
VERIFY_URL = "hub_2fa_verify"
ENROL_URL = "hub_2fa_enrol"
# Reachable before the second factor: signing in and out, and what those pages load.
OPEN_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "health",
    }
)
# The API authenticates by token only and ignores the session: nothing to guard there.
API_PREFIX = "/api/"


def client_address(request: HttpRequest) -> str:
    """The client's address as the API throttles see it (``NUM_PROXIES`` aware), so lockouts
    per address and throttles agree on who the client is behind a proxy."""
    return BaseThrottle().get_ident(request)  # type: ignore[arg-type] # reads META only


def pending_step(user: Any) -> str | None:
    """The URL name of the second-factor step this user still owes, or None.

    ``VERIFY_URL`` when they have an authenticator (or recovery codes) and have not given a
    code in this session; ``ENROL_URL`` when they must have one and have none yet.
    """
    if not user.is_authenticated or user.is_verified():
        return None
    if user_has_device(user, confirmed=True):
        return VERIFY_URL
    if settings.ADMIN_2FA_REQUIRED and user.has_perm(SECOND_FACTOR_PERMISSION):
        return ENROL_URL
    return None


def _url_name(path: str) -> str | None:
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


class SecondFactorMiddleware:
    """Send a signed-in user who owes a second factor to the code prompt or to enrolment.

    After django-otp's ``OTPMiddleware``, which tells whether this session gave a code.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        """Redirect when a step is owed and the page is not one of the open ones."""
        if not request.path_info.startswith(API_PREFIX):
            step = pending_step(request.user)
            if step and _url_name(request.path_info) not in {*OPEN_URL_NAMES, step}:
                return redirect_to_login(request.get_full_path(), login_url=reverse(step))
        return self.get_response(request)


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else reverse("wagtailadmin_home")


class SecondFactorForm(forms.Form):
    """One code: six digits from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, devices: list[Device], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device: Device | None = None

    def clean_code(self) -> str:
        """Find the device that accepts the code (django-otp throttles repeated failures)."""
        code = "".join(self.cleaned_data["code"].split()).lower()
        # Digits go to authenticators, anything else to recovery codes: a wrong code then
        # slows down only the kind of device it was meant for.
        kind = TOTPDevice if code.isdigit() else StaticDevice
        candidates = [device for device in self.devices if isinstance(device, kind)]
        if candidates and not any(device.verify_is_allowed()[0] for device in candidates):
            raise forms.ValidationError(
                _("Too many wrong codes: wait a minute, then try again."), code="throttled"
            )
        for device in candidates:
            if device.verify_token(code):
                self.device = device
                return code
        raise forms.ValidationError(
            _(
                "That code is not valid. Check that your phone's clock is right, wait for a "
                "new code, or use one of your recovery codes."
            ),
            code="invalid",
        )


class SecondFactorView(FormView):
    """`/admin/2fa/verify/`: the code prompt after the password, once per session."""

    form_class = SecondFactorForm
    template_name = "hub/admin/second_factor.html"

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Callable[..., HttpResponseBase]:
        """Keep the code out of error reports."""
        return sensitive_post_parameters("code")(super().as_view(**initkwargs))

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        """Only a signed-in user with a device and no code yet has anything to do here."""
        if pending_step(request.user) != VERIFY_URL:
            return HttpResponseRedirect(_safe_next(request))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        """Give the form the user's confirmed devices."""
        devices = [
            *TOTPDevice.objects.devices_for_user(self.request.user, confirmed=True),
            *StaticDevice.objects.devices_for_user(self.request.user, confirmed=True),
        ]
        return {**super().get_form_kwargs(), "devices": devices}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Carry the page the user was going to."""
        return {**super().get_context_data(**kwargs), "next": _safe_next(self.request)}

    def form_valid(self, form: SecondFactorForm) -> HttpResponse:
        """Mark the session as verified and go on."""
        otp_login(self.request, form.device)
        return HttpResponseRedirect(_safe_next(self.request))


def new_recovery_codes(user: Any) -> list[str]:
    """Replace the user's recovery codes with ``RECOVERY_CODE_COUNT`` new ones."""
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


class EnrolForm(forms.Form):
    """The first code from a newly added authenticator app, proving it is set up."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, device: TOTPDevice, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self) -> str:
        """Check the code against the new device."""
        code = "".join(self.cleaned_data["code"].split())
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("That code does not match. Check the app shows Valideringsnavet and try again.")
            )
        return code


class EnrolView(WagtailAdminTemplateMixin, FormView):
    """`/admin/2fa/enrol/`: add an authenticator app (QR code or key), then see recovery codes.

    Users who must use a second factor are sent here until they have one; others find it on
    their account page. A user who already has one must have given a code in this session.
    """

    page_title = _("Two-step sign-in")
    header_icon = "key"
    form_class = EnrolForm
    template_name = "hub/admin/enrol.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        """Send users who owe a code for an existing device to the prompt first."""
        if pending_step(request.user) == VERIFY_URL:
            return redirect_to_login(request.get_full_path(), login_url=reverse(VERIFY_URL))
        return super().dispatch(request, *args, **kwargs)

    def device(self) -> TOTPDevice:
        """The user's unconfirmed authenticator, made on first view."""
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name=AUTHENTICATOR_NAME, confirmed=False
        )

    def get_form_kwargs(self) -> dict[str, Any]:
        """Give the form the device being set up."""
        return {**super().get_form_kwargs(), "device": self.device()}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Add the QR code (inline SVG, no script) and the key to type in instead."""
        context = super().get_context_data(**kwargs)
        device = context["form"].device
        image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
        return {
            **context,
            "qr_svg": image.to_string(encoding="unicode"),
            "secret": device.config_url.split("secret=")[1].split("&")[0],
        }

    def form_valid(self, form: EnrolForm) -> HttpResponse:
        """Confirm the device, verify this session with it and show the recovery codes."""
        device = form.device
        device.confirmed = True
        device.save()
        otp_login(self.request, device)
        codes = new_recovery_codes(self.request.user)
        return self.response_class(
            self.request,
            "hub/admin/recovery_codes.html",
            {**super().get_context_data(), "codes": codes, "has_authenticator": True},
        )


class RecoveryCodesView(WagtailAdminTemplateMixin, TemplateView):
    """`/admin/2fa/recovery-codes/`: one-time codes for when the authenticator app is lost.

    Posting replaces any earlier codes and shows the new ones once; each works a single time
    at the code prompt.
    """

    page_title = _("Recovery codes")
    header_icon = "key"
    template_name = "hub/admin/recovery_codes.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Say whether the user has an authenticator and how many unused codes remain."""
        device = StaticDevice.objects.filter(
            user=self.request.user, name=RECOVERY_DEVICE_NAME
        ).first()
        return {
            **super().get_context_data(**kwargs),
            "has_authenticator": TOTPDevice.objects.filter(
                user=self.request.user, confirmed=True
            ).exists(),
            "remaining": device.token_set.count() if device else 0,
        }

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        """Replace the user's recovery codes and show the new ones."""
        context = self.get_context_data(**kwargs)
        if context["has_authenticator"]:
            context["codes"] = new_recovery_codes(request.user)
        return self.render_to_response(context)


def _drop_orphaned_recovery_codes(sender: type, instance: TOTPDevice, **kwargs: Any) -> None:
    """Removing a user's last authenticator (an administrator's reset) removes their recovery
    codes too, so the next sign-in starts enrolment afresh instead of asking for a code."""
    if not TOTPDevice.objects.filter(user_id=instance.user_id, confirmed=True).exists():
        StaticDevice.objects.filter(user_id=instance.user_id).delete()


class SignInRecordPolicy(ModelPermissionPolicy):
    """Superusers only, and only the given actions: these records are not edited by hand."""

    def __init__(self, model: type, actions: frozenset[str]) -> None:
        super().__init__(model)
        self.actions = actions

    def user_has_permission(self, user: Any, action: str) -> bool:
        """Allow a superuser the policy's actions."""
        return user.is_active and user.is_superuser and action in self.actions

    def users_with_any_permission(self, actions: list[str]) -> Any:
        """The active superusers, if any of the actions is allowed."""
        users = self.user_model._default_manager.filter(is_active=True, is_superuser=True)
        return users if self.actions.intersection(actions) else users.none()


@dataclass(frozen=True)
class AccountRecords:
    """One kind of account record shown under Settings, and what a superuser may do with it."""

    model: str  # app_label.ModelName
    label: StrOrPromise
    actions: frozenset[str]
    columns: tuple[str, ...]
    search_fields: tuple[str, ...] = ("username", "ip_address")
    list_filter: tuple[str, ...] = ("attempt_time",)


VIEW, VIEW_DELETE = frozenset({"view"}), frozenset({"view", "delete"})
# Delete a lockout to lift it early; delete an authenticator to reset a user who lost theirs.
ACCOUNT_RECORDS = (
    AccountRecords(
        "axes.AccessLog",
        _("Sign-ins"),
        VIEW,
        ("username", "ip_address", "attempt_time", "logout_time", "user_agent"),
    ),
    AccountRecords(
        "axes.AccessFailureLog",
        _("Failed sign-ins"),
        VIEW,
        ("username", "ip_address", "attempt_time", "locked_out", "user_agent"),
    ),
    AccountRecords(
        "axes.AccessAttempt",
        _("Lockouts"),
        VIEW_DELETE,
        ("username", "ip_address", "failures_since_start", "attempt_time"),
    ),
    AccountRecords(
        "otp_totp.TOTPDevice",
        _("Authenticators"),
        VIEW_DELETE,
        ("user", "name", "confirmed", "created_at", "last_used_at"),
        search_fields=("user__username",),
        list_filter=("confirmed",),
    ),
)


def register_accounts() -> None:
    """Connect the receiver above, the records' policies and their retention rules (from
    ``HubConfig.ready``)."""
    for rule in SIGN_IN_RULES:
        register(rule)
    post_delete.connect(_drop_orphaned_recovery_codes, sender=TOTPDevice)
    for records in ACCOUNT_RECORDS:
        model = apps.get_model(records.model)
        register_permission_policy(model, SignInRecordPolicy(model, records.actions))


def account_viewsets() -> list[ModelViewSet]:
    """Settings › Sign-ins, Failed sign-ins, Lockouts and Authenticators, for superusers."""
    return [
        ModelViewSet(
            name=f"accounts_{records.model.split('.')[1].lower()}",
            model=apps.get_model(records.model),
            menu_label=records.label,
            icon="history",
            add_to_settings_menu=True,
            inspect_view_enabled=True,
            copy_view_enabled=False,
            list_display=list(records.columns),
            list_filter=list(records.list_filter),
            search_fields=list(records.search_fields),
            exclude_form_fields=[],
        )
        for records in ACCOUNT_RECORDS
    ]
