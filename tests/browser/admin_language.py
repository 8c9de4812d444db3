"""Which of Wagtail's English admin strings have no Swedish translation, and where a page shows
one: for the test that browses the admin in Swedish.

A string counts as translated when any catalogue Django loads for Swedish has it: Wagtail's
own, wagtail-localize's, or ours in ``locale/sv`` (which fills Wagtail's gaps). Strings with
placeholders ("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s") are matched
as patterns, so "1-3 of 3 sidor" is found too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import polib
import wagtail
import wagtail_localize
from django.conf import settings
from django.utils.translation.trans_real import DjangoTranslation

__all__ = ["english_strings_in"]

PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|%[sd]|\{\w*\}")
# Collect the page's own words: text nodes, and what is read out or shown as hints.
PAGE_TEXTS = """() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, template, noscript")) continue;
    if (parent.closest("[lang]:not([lang=sv])")) continue;
    texts.push(node.textContent);
  }
  for (const element of document.body.querySelectorAll("[aria-label], [placeholder], [title]")) {
    for (const name of ["aria-label", "placeholder", "title"]) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  return texts;
}"""


@cache
def _untranslated() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Return Wagtail's msgids that Swedish lacks: plain ones, and patterns for the rest."""
    plain: set[str] = set()
    patterns: list[tuple[re.Pattern[str], str]] = []
    roots = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
    for domain in ("django", "djangojs"):
        swedish = DjangoTranslation("sv", domain=domain)._catalog  # noqa: SLF001
        for root in roots:
            for po in root.glob(f"**/locale/en/LC_MESSAGES/{domain}.po"):
                if ".".join(po.relative_to(root.parent).parts[:-4]) not in settings.INSTALLED_APPS:
                    continue  # e.g. Wagtail's search promotions: not shown here
                for entry in polib.pofile(str(po)):
                    known = (entry.msgid, 0) in swedish if entry.msgid_plural else None
                    if known or (known is None and swedish.get(entry.msgid)):
                        continue
                    for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                        if not re.search(r"[a-z]{3}", msgid):
                            continue  # "OK", "URL": the same in Swedish
                        if PLACEHOLDER.search(msgid):
                            parts = PLACEHOLDER.split(msgid)
                            if any(re.search(r"[a-z]{3}", part) for part in parts):
                                regex = ".+?".join(re.escape(part) for part in parts)
                                patterns.append((re.compile(regex), msgid))
                        else:
                            plain.add(msgid)
    return frozenset(plain), tuple(patterns)


def english_strings_in(page: object) -> set[str]:
    """Return Wagtail's untranslated English strings that the browser tab shows."""
    plain, patterns = _untranslated()
    found = set()
    for text in page.evaluate(PAGE_TEXTS):
        text = " ".join(text.split())
        if not text:
            continue
        if text in plain:
            found.add(text)
            continue
        for pattern, msgid in patterns:
            if pattern.fullmatch(text):
                found.add(f"{text}  ← {msgid}")
                break
    return found
