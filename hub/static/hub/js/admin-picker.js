/* The search box of long checkbox lists in the admin (hub/widgets.py). Type to narrow the
   list (diacritics folded: "malmo" finds Malmö), Down arrow to move to the first match,
   Enter to tick the only match; Enter never submits the form from the search box. */
(() => {
  "use strict";
  const fold = (text) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();

  function attach(picker) {
    if ("vnPickerReady" in picker.dataset) return;
    picker.dataset.vnPickerReady = "";
    const search = picker.querySelector(".vn-picker__search");
    const input = search.querySelector("input");
    const count = search.querySelector("[aria-live]");
    const template = picker.dataset.vnPickerCount;
    const rows = [...picker.querySelectorAll(".vn-picker__options input[type=checkbox]")].map(
      (box) => ({ box, row: box.closest("label").parentElement, text: fold(box.closest("label").textContent) }),
    );
    const visible = () => rows.filter(({ row }) => !row.hidden);

    function update() {
      const query = fold(input.value);
      for (const item of rows) item.row.hidden = Boolean(query) && !item.text.includes(query);
      count.textContent = template
        .replace("{shown}", visible().length)
        .replace("{total}", rows.length)
        .replace("{chosen}", rows.filter(({ box }) => box.checked).length);
    }

    input.addEventListener("input", update);
    input.addEventListener("keydown", (event) => {
      const matches = visible();
      if (event.key === "Enter") {
        event.preventDefault();
        if (matches.length === 1) {
          matches[0].box.click();
          update();
        }
      } else if (event.key === "ArrowDown" && matches.length) {
        event.preventDefault();
        matches[0].box.focus();
      }
    });
    picker.addEventListener("change", update);
    search.hidden = false;
    update();
  }

  const start = () => document.querySelectorAll("[data-vn-picker]").forEach(attach);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
