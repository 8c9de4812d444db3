/* Small enhancements; every page works without them. */
(() => {
  "use strict";
  // Glossary tooltips open on hover and focus (CSS); Escape hides an open one (WCAG 1.4.13).
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const term = document.activeElement && document.activeElement.closest(".term");
    if (term) term.classList.add("term--dismissed");
  });
  document.addEventListener("focusout", (event) => {
    const term = event.target.closest && event.target.closest(".term");
    if (term) term.classList.remove("term--dismissed");
  });
  // The main menu folds behind its button on narrow screens (CSS); the button opens and closes
  // it, and Escape closes it and returns focus to the button.
  const toggle = document.querySelector(".site-nav__toggle");
  if (toggle) {
    toggle.hidden = false;
    const setOpen = (open) => toggle.setAttribute("aria-expanded", String(open));
    toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
    toggle.closest(".site-nav").addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
      setOpen(false);
      toggle.focus();
    });
  }
  // Filter panels fold behind a disclosure on narrow screens, so that results come first; where
  // they sit beside the results they open (data-open-at holds the media query).
  document.querySelectorAll("details[data-open-at]").forEach((details) => {
    const wide = window.matchMedia(details.dataset.openAt);
    const sync = () => {
      details.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
  });
  // Printed articles and lessons show every answer of their questions and answers.
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll("details:not([open])").forEach((details) => {
      details.setAttribute("open", "");
      details.dataset.openedForPrint = "";
    });
  });
  window.addEventListener("afterprint", () => {
    document.querySelectorAll("details[data-opened-for-print]").forEach((details) => {
      details.removeAttribute("open");
      delete details.dataset.openedForPrint;
    });
  });
})();
