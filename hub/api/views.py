"""Base views of the open API: the conventions every endpoint shares.

``PublicAPIMixin`` gives every view of the open API its request rates and its error format.
``RecordViewSetMixin`` gives a list and a detail endpoint their common behaviour: lookup by
public identifier (slug or official code), filters, ``?ordering=``, cursor pages,
``?expand=``, CSV for lists and, where a record has a schema.org description, JSON-LD for its
detail. Apps build their viewsets from it in ``<app>/api/views.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, cast

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.parsers import BaseParser, JSONParser
from rest_framework.permissions import SAFE_METHODS
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.serializers import Serializer
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView
from rest_framework.viewsets import GenericViewSet

from hub.api.authentication import APITokenAuthentication
from hub.api.errors import exception_handler
from hub.api.fields import expandable_fields
from hub.api.filters import RegistryOrderingFilter
from hub.api.pagination import RegistryCursorPagination
from hub.api.renderers import CSVRenderer, JSONLDRenderer
from hub.api.throttling import AnonymousThrottle, TokenThrottle

__all__ = [
    "APIRootView",
    "NotFoundView",
    "PublicAPIMixin",
    "RecordDetailMixin",
    "RecordViewSetMixin",
]


class PublicAPIMixin:
    """The open API's authentication, request rates and error format (mix in before a DRF view
    class).

    Set here rather than in ``REST_FRAMEWORK``, whose defaults reach every DRF view in the
    process: Wagtail's admin API behind the page explorer and wagtail-localize's translation
    editor would otherwise count editors against the public rates (per editor, or, in a view
    that reads no session, as anonymous clients sharing their office's address) and answer in
    our error format; and they authenticate editors by their admin session, which the open API
    does not accept (its writes take a token, so no page can make them with a visitor's cookie).
    ``tests/hub/api/test_scope.py`` checks every view under ``/api/v1/`` has it.
    """

    authentication_classes: Sequence[type[BaseAuthentication]] = [APITokenAuthentication]
    throttle_classes: Sequence[type[BaseThrottle]] = [AnonymousThrottle, TokenThrottle]

    def get_exception_handler(self) -> Callable[[Exception, dict[str, Any]], Response | None]:
        """Answer errors in the API's one format (``hub.api.errors``)."""
        return exception_handler


if TYPE_CHECKING:
    # The mixin's methods call a generic view set's; the type checker sees that base.
    _ViewSetBase = GenericViewSet
else:
    _ViewSetBase = object


class RecordViewSetMixin(PublicAPIMixin, _ViewSetBase):
    """Shared behaviour of registry endpoints (mix into a DRF ``GenericViewSet``).

    Request bodies are JSON only (anything else is ``415``). This is set here rather than in
    ``REST_FRAMEWORK``, whose defaults also apply to the admin's DRF views: wagtail-localize's
    translation editor saves each string as a multipart form.

    Attributes:
        linked_data: builds the record's schema.org JSON-LD (``branch_models.linked_data``);
            when set, the detail endpoint also answers ``application/ld+json`` and ``.jsonld``.
    """

    pagination_class = RegistryCursorPagination
    parser_classes: Sequence[type[BaseParser]] = [JSONParser]
    filter_backends: Sequence[type] = [DjangoFilterBackend, RegistryOrderingFilter]
    linked_data: ClassVar[Callable[[Any, HttpRequest], dict[str, Any]] | None] = None

    def get_renderers(self) -> list[BaseRenderer]:
        """JSON everywhere; CSV for lists; JSON-LD for details that have a description."""
        if self.action == "list":
            return [JSONRenderer(), CSVRenderer()]
        if self.action == "retrieve" and self.linked_data is not None:
            return [JSONRenderer(), JSONLDRenderer()]
        return [JSONRenderer()]

    def _blank_serializer(self) -> Serializer:
        """The endpoint's serializer without data, to read its fields."""
        return cast(Serializer, self.get_serializer_class()())

    def _wants(self, renderer: type[BaseRenderer]) -> bool:
        accepted = getattr(self.request, "accepted_renderer", None)
        return accepted is not None and accepted.format == renderer.format

    @property
    def expand(self) -> frozenset[str]:
        """The related fields ``?expand=`` asks to show as records (GET only)."""
        if not hasattr(self, "_expand"):
            raw = self.request.query_params.get("expand", "")
            names = {name.strip() for name in raw.split(",") if name.strip()}
            if names and self.request.method in SAFE_METHODS:
                allowed = expandable_fields(self._blank_serializer())
                unknown = sorted(names - set(allowed))
                if unknown:
                    raise ValidationError(
                        {
                            "expand": [
                                _("Cannot expand %(unknown)s: expand one of %(allowed)s.")
                                % {"unknown": ", ".join(unknown), "allowed": ", ".join(allowed)}
                            ]
                        }
                    )
            self._expand = frozenset(names) if self.request.method in SAFE_METHODS else frozenset()
        return self._expand

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "expand": self.expand}

    def paginate_queryset(self, queryset: Any) -> Any:
        """CSV is an export: every matching record in one file, not one page."""
        if self._wants(CSVRenderer):
            return None
        return super().paginate_queryset(queryset)

    def get_renderer_context(self) -> dict[str, Any]:
        context = super().get_renderer_context()
        if self.action == "list":
            context["header"] = list(self._blank_serializer().fields)
        return context


class RecordDetailMixin(RecordViewSetMixin):
    """A list endpoint with a detail endpoint by identifier, JSON-LD where described."""

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """Return one published record, as JSON or (if asked) as schema.org JSON-LD."""
        record = self.get_object()
        linked_data = type(self).linked_data  # a plain function, not a method
        if linked_data is not None and self._wants(JSONLDRenderer):
            return Response(linked_data(record, request._request))
        return Response(self.get_serializer(record).data)


class APIRootView(PublicAPIMixin, APIView):
    """List the API's endpoints and where its documentation is."""

    #: (title, URL name) of the endpoints listed, filled by ``hub.api.urls``.
    endpoints: ClassVar[list[tuple[str, str]]] = []

    @extend_schema(exclude=True)
    def get(self, request: Request, format: str | None = None) -> Response:
        links = {
            name: reverse(url_name, request=request, format=format)
            for name, url_name in self.endpoints
        }
        return Response(
            {
                "endpoints": links,
                "schema": reverse("api:schema", request=request),
                "documentation": reverse("api:docs", request=request),
            }
        )


class NotFoundView(PublicAPIMixin, APIView):
    """Answer any unknown path under the API with the API's 404, not the site's HTML page."""

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        raise NotFound
