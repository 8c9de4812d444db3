"""The main menu's pages fit on one row on a laptop screen, in Swedish and in English."""

from __future__ import annotations

import pytest

# Each main-menu link's box and text, and the box of the list holding them.
MENU_BOXES = """() => {
  const list = document.querySelector(".site-nav__pages");
  const box = (el) => el.getBoundingClientRect().toJSON();
  return {
    list: box(list),
    links: [...list.querySelectorAll(":scope > li > a")].map((a) => ({
      text: a.innerText.trim(), ...box(a),
    })),
  };
}"""


@pytest.mark.parametrize(("path", "short_titles"), [("/", {"Om oss"}), ("/en/", {"About us"})])
def test_menu_pages_share_one_row_at_1280_px(browser_page, path, short_titles):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(path)
    menu = browser_page.evaluate(MENU_BOXES)
    links = menu["links"]
    assert short_titles <= {link["text"] for link in links}, links
    assert len(links) >= 10, links  # home, four audiences and sections, about, regions
    rows = {round(link["top"]) for link in links}
    assert len(rows) == 1, f"the menu wraps onto {len(rows)} rows: {links}"
    for link in links:  # nothing clipped or pushed out of the menu to make it fit
        assert link["width"] > 0 and link["height"] >= 24, link  # WCAG 2.5.8 target size
        assert menu["list"]["left"] <= link["left"] and link["right"] <= menu["list"]["right"]
