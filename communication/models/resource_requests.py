"""The resource-request form: its page, fields and submissions."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField

from branch_models.models import Region
from communication.blocks import BodyBlock
from communication.mail import MailStatus, deliver
from communication.models.base import SitePage, intro_field

__all__ = [
    "ResourceRequestField",
    "ResourceRequestFormPage",
    "ResourceRequestSubmission",
]


class ResourceRequestField(AbstractFormField):
    """A field of a resource-request form, defined by the editor."""

    page = ParentalKey(
        "communication.ResourceRequestFormPage",
        on_delete=models.CASCADE,
        related_name="form_fields",
    )


class ResourceRequestSubmission(AbstractFormSubmission):
    """A stored request with its mail delivery state; ``retry_form_mail`` resends failures."""

    mail_status = models.CharField(
        _("mail status"), max_length=16, choices=MailStatus.choices, default=MailStatus.PENDING
    )
    mail_attempts = models.PositiveSmallIntegerField(_("mail attempts"), default=0)
    mail_error = models.TextField(_("last mail error"), blank=True)
    mailed_at = models.DateTimeField(_("mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("resource request")
        verbose_name_plural = _("resource requests")


class ResourceRequestFormPage(SitePage, AbstractEmailForm):
    """A municipality asks its regional coordinator for a workshop or support (seed 004).

    Every valid request is stored first and then mailed to the coordinator (``to_address``);
    when mail fails the request stays stored and ``manage.py retry_form_mail`` sends it later.
    A honeypot field and a per-address rate limit keep spam out without storing anything
    about the sender beyond the request itself.
    """

    page_description = _("A form where a municipality asks its region for a workshop or support.")

    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The region whose coordinator receives the requests."),
    )
    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    thank_you_text = RichTextField(_("thank-you text"), blank=True)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Coordinator's mail"),
        ),
    ]
    subpage_types: list[str] = []
    text_fields = ("intro", "body")
    # Addresses are the same in every language (wagtail-localize would offer them as text).
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    class Meta:
        verbose_name = _("resource request form")
        verbose_name_plural = _("resource request forms")

    def get_submission_class(self) -> type[ResourceRequestSubmission]:
        return ResourceRequestSubmission

    def get_form_class(self) -> type:
        from communication.forms import ResourceRequestForm

        return type("ResourceRequestForm", (ResourceRequestForm, super().get_form_class()), {})

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from communication.forms import rate_limit_exceeded

        if request.method == "POST" and rate_limit_exceeded(request, self):
            form = self.get_form(request.POST, page=self, user=request.user)
            form.add_error(None, form.rate_limit_message)
            context = self.get_context(request)
            context["form"] = form
            return render(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form: Any) -> ResourceRequestSubmission:
        """Store the request, then mail it; a mail failure leaves it stored for a retry."""
        submission = self.get_submission_class().objects.create(
            form_data=form.submission_data(), page=self
        )
        deliver(submission)
        return submission
