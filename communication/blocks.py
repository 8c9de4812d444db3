"""StreamField blocks shared by the communication page types."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

__all__ = ["BodyBlock", "CalloutBlock"]


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for the one thing a reader must not miss."""

    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "communication/blocks/callout.html"
        label = _("Call-out")


class BodyBlock(blocks.StreamBlock):
    """The body of a page: headings, rich text and call-outs."""

    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", template="communication/blocks/heading.html"
    )
    text = blocks.RichTextBlock(label=_("Text"))
    callout = CalloutBlock()
