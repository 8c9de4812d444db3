"""The self-study course: a course, its sections and their lessons."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from communication.blocks import BodyBlock, QuestionBlock
from communication.models.base import AudienceTagged, SitePage, intro_field

__all__ = [
    "CoursePage",
    "CourseSectionPage",
    "LessonPage",
]


class CoursePage(SitePage, AudienceTagged, Page):
    """A web course (the seed's basprogram): sections of lessons, a self-test after each."""

    page_description = _("A self-study course made of sections and lessons.")

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("last_reviewed")],
            heading=_("Audience and review"),
        ),
    ]
    subpage_types = ["communication.CourseSectionPage"]
    schema_type = "Course"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def sections(self) -> models.QuerySet[CourseSectionPage]:
        """Return the live sections in order."""
        return CourseSectionPage.objects.child_of(self).live().public()

    def schema_org(self, request: HttpRequest | None = None) -> dict[str, Any]:
        data = super().schema_org(request)
        data["provider"] = {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
        data["isAccessibleForFree"] = True
        return data


class CourseSectionPage(RoutablePageMixin, SitePage, Page):
    """A part of a course: its lessons, then a self-test at ``test/``.

    The self-test is a plain form answered with POST and marked on the server. Nothing about
    the reader is stored: no session, no database row; the answers live only in the request.
    """

    page_description = _("A section of a course, with its lessons and a self-test.")

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    questions = StreamField(
        [("question", QuestionBlock())],
        blank=True,
        verbose_name=_("self-test questions"),
        help_text=_("Shown after the last lesson. Each answer has its own feedback."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("questions"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["communication.CoursePage"]
    subpage_types = ["communication.LessonPage"]
    text_fields = ("intro", "body", "questions")

    class Meta:
        verbose_name = _("course section")
        verbose_name_plural = _("course sections")

    @cached_property
    def course(self) -> CoursePage:
        return self.get_parent().specific

    def lessons(self) -> models.QuerySet[LessonPage]:
        """Return the live lessons of this section in order."""
        return LessonPage.objects.child_of(self).live().public()

    def next_section(self) -> CourseSectionPage | None:
        """Return the following live section of the course, if any."""
        return self.course.sections().filter(path__gt=self.path).first()

    @path("test/", name="self_test")
    def self_test(self, request: HttpRequest) -> HttpResponse:
        """Show the self-test; on POST, mark the answers and show feedback per answer."""
        from communication.selftest import mark

        if not self.questions:
            raise Http404
        result = mark(self.questions, request.POST if request.method == "POST" else None)
        context = self.get_context(request)
        context["result"] = result
        return render(request, "communication/self_test.html", context)


class LessonPage(SitePage, Page):
    """One lesson of a course section; glossary words in its text are explained inline."""

    page_description = _("One lesson in a course section.")

    intro = intro_field()
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["communication.CourseSectionPage"]
    subpage_types: list[str] = []
    schema_type = "LearningResource"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def section(self) -> CourseSectionPage:
        return self.get_parent().specific

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        siblings = list(self.section.lessons())
        position = next(i for i, lesson in enumerate(siblings) if lesson.pk == self.pk)
        context.update(
            {
                "section": self.section,
                "lesson_number": position + 1,
                "lesson_count": len(siblings),
                "previous_lesson": siblings[position - 1] if position > 0 else None,
                "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
            }
        )
        return context
