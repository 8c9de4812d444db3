"""Which demo page stands for a page type, for tests that visit one page of every type."""

from __future__ import annotations

from wagtail.models import Page

__all__ = ["first_live_page"]


def first_live_page(model: type[Page], language: str) -> Page | None:
    """Return the first live, public page of exactly ``model`` in ``language``, if any."""
    return (
        model.objects.live()
        .public()
        .exact_type(model)
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
