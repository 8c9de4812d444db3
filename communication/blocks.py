"""StreamField blocks shared by the communication page types.

``BodyBlock`` is the one body every page type uses, so an editor learns one set of blocks and
the glossary, print styles and search see the same structure everywhere.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from communication.choosers import (
    ActorChooserBlock,
    CredentialChooserBlock,
    KomvuxOfferChooserBlock,
    ValidationModelChooserBlock,
)

__all__ = [
    "AccordionBlock",
    "BodyBlock",
    "CalloutBlock",
    "DocumentBlock",
    "FigureBlock",
    "QuestionBlock",
    "RecordsBlock",
    "StepListBlock",
    "VideoBlock",
]

TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol", "h3"]
RECORD_TEMPLATE = "communication/blocks/record.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for the one thing a reader must not miss."""

    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "communication/blocks/callout.html"
        label = _("Call-out")


class FigureBlock(blocks.StructBlock):
    """An image with the alternative text every image on the site must have."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Required. Say what the image shows for someone who cannot see it. "
            "Do not start with “Image of”."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "communication/blocks/figure.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    """An embedded video with a transcript, so it can be read as well as watched (WCAG 1.2)."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = EmbedBlock(label=_("Video address"), help_text=_("e.g. a YouTube or Vimeo link"))
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Required: everything said and shown that matters, as text."),
    )

    class Meta:
        icon = "media"
        template = "communication/blocks/video.html"
        label = _("Video")


class StepBlock(blocks.StructBlock):
    """One step of a step list."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("Explanation"), required=False)


class StepListBlock(blocks.StructBlock):
    """Numbered steps, shown as a list or as the seed's staircase (the route in a picture).

    The staircase is HTML and CSS around an ordered list, so the picture and its text
    alternative are the same words.
    """

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    layout = blocks.ChoiceBlock(
        label=_("Layout"),
        choices=[("list", _("Numbered list")), ("staircase", _("Staircase picture"))],
        default="list",
    )
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=2)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "list-ol"
        template = "communication/blocks/steps.html"
        label = _("Steps")


class QuestionAnswerBlock(blocks.StructBlock):
    """One question of an accordion."""

    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open one by one (native details/summary, no script)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "communication/blocks/accordion.html"
        label = _("Questions and answers")


class DocumentBlock(blocks.StructBlock):
    """A document to download, with its format and size shown before the reader clicks."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "communication/blocks/document.html"
        label = _("Download")


def record_blocks() -> list[tuple[str, blocks.Block]]:
    """Return one chooser block per registry record type, each rendered as a card."""
    return [
        (
            "validation_model",
            ValidationModelChooserBlock(label=_("Validation model"), template=RECORD_TEMPLATE),
        ),
        ("credential", CredentialChooserBlock(label=_("Credential"), template=RECORD_TEMPLATE)),
        (
            "komvux_offer",
            KomvuxOfferChooserBlock(label=_("Komvux offer"), template=RECORD_TEMPLATE),
        ),
        ("actor", ActorChooserBlock(label=_("Actor"), template=RECORD_TEMPLATE)),
    ]


class RecordsBlock(blocks.StreamBlock):
    """Links to registry records, e.g. the records related to an article."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(record_blocks(), **kwargs)

    class Meta:
        icon = "link"
        label = _("Registry records")


class BodyBlock(blocks.StreamBlock):
    """The body of every page: text, media, steps, questions and links to registry records."""

    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", template="communication/blocks/heading.html"
    )
    text = blocks.RichTextBlock(
        label=_("Text"), features=TEXT_FEATURES, template="communication/blocks/text.html"
    )
    callout = CalloutBlock()
    image = FigureBlock()
    video = VideoBlock()
    steps = StepListBlock()
    accordion = AccordionBlock()
    document = DocumentBlock()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(record_blocks(), **kwargs)


class AnswerBlock(blocks.StructBlock):
    """One answer option of a self-test question, with the feedback shown when it is chosen."""

    text = blocks.CharBlock(label=_("Answer"), max_length=250)
    correct = blocks.BooleanBlock(label=_("Correct answer"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), help_text=_("Shown when the reader picks this answer: say why.")
    )


class QuestionBlock(blocks.StructBlock):
    """A multiple-choice question of a self-test; exactly one answer is correct."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2, max_num=6)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if correct != 1:
            raise StructBlockValidationError(
                block_errors={
                    "answers": ErrorList(
                        [ValidationError(_("Mark exactly one answer as correct."))]
                    )
                }
            )
        return value
