"""Glossary linking: the first use of a glossary word on a page becomes a link to its entry,
with the explanation in a tooltip that opens on keyboard focus as well as on hover.

One function does it for every text on the site (``{% glossary %}`` in the block templates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

__all__ = ["GlossaryEntry", "GlossaryLinker"]

# Text inside these elements is never linked: links cannot nest, headings and code stay as is.
SKIP = {"a", "abbr", "button", "code", "dfn", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "summary"}


@dataclass(frozen=True)
class GlossaryEntry:
    """What the linker needs of a glossary term."""

    slug: str
    term: str
    definition: str
    forms: tuple[str, ...]


@dataclass
class GlossaryLinker:
    """Links glossary words in HTML; remembers what it linked so each word is linked once.

    Attributes:
        entries: the terms of the page's language.
        glossary_url: the URL of the glossary page in that language (anchors are the slugs).
        linked: slugs already linked on this page.
    """

    entries: Iterable[GlossaryEntry]
    glossary_url: str
    linked: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.by_form = {form.casefold(): entry for entry in self.entries for form in entry.forms}
        forms = sorted(self.by_form, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?![\w-])", re.I)
            if forms
            else None
        )

    def link(self, html: str) -> str:
        """Return the HTML with the first use of each not-yet-linked glossary word linked."""
        if self.pattern is None or not html:
            return html
        soup = BeautifulSoup(html, "html.parser")
        for text in list(soup.find_all(string=True)):
            if any(parent.name in SKIP for parent in text.parents if isinstance(parent, Tag)):
                continue
            self._link_text(soup, text)
        return str(soup)

    def _link_text(self, soup: BeautifulSoup, text: NavigableString) -> None:
        pieces: list[str | Tag] = []
        position = 0
        for match in self.pattern.finditer(text):
            entry = self.by_form[match.group(1).casefold()]
            if entry.slug in self.linked:
                continue
            self.linked.add(entry.slug)
            pieces += [text[position : match.start()], self._term(soup, entry, match.group(1))]
            position = match.end()
        if not pieces:
            return
        pieces.append(text[position:])
        for piece in pieces:
            if piece:
                text.insert_before(piece if isinstance(piece, Tag) else NavigableString(piece))
        text.extract()

    def _term(self, soup: BeautifulSoup, entry: GlossaryEntry, word: str) -> Tag:
        tip_id = f"term-tip-{entry.slug}"
        wrapper = soup.new_tag("span", attrs={"class": "term"})
        link = soup.new_tag(
            "a",
            attrs={
                "class": "term__link",
                "href": f"{self.glossary_url}#{entry.slug}",
                "aria-describedby": tip_id,
            },
        )
        link.string = word
        tip = soup.new_tag("span", attrs={"class": "term__tip", "role": "tooltip", "id": tip_id})
        tip.string = f"{entry.term}: {entry.definition}"
        wrapper.append(link)
        wrapper.append(tip)
        return wrapper
