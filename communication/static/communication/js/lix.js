/* Live readability (LIX) of easy-to-read texts in the admin; the server computes the same on
   load and warns on save (communication/readability.py holds the rules). */
(() => {
  "use strict";
  const stringsElement = document.getElementById("lix-strings");
  if (!stringsElement) return;
  const strings = JSON.parse(stringsElement.textContent);
  const bands = [25, 30, 40, 50];
  const word = /[\p{L}]+(?:[-'’][\p{L}]+)*/gu;
  const sentenceEnd = /[.:!?]+(?=\s|$)/g;

  function lix(text) {
    const plain = text.replace(/<[^>]*>/g, " ").trim();
    const words = plain.match(word) || [];
    if (!words.length) return null;
    let sentences = (plain.match(sentenceEnd) || []).length;
    if (!/[.:!?]/.test(plain.slice(-1))) sentences += 1;
    const long = words.filter((w) => w.replace(/[-'’]/g, "").length > 6).length;
    return Math.round((words.length / sentences + (100 * long) / words.length) * 10) / 10;
  }

  function label(score) {
    const index = bands.findIndex((limit) => score < limit);
    return strings.labels[index === -1 ? bands.length : index];
  }

  function attach(textarea) {
    let output = textarea.closest("[data-field-wrapper], .w-field__wrapper, .w-panel__content");
    output = output && output.parentElement.querySelector("[data-lix-output]");
    if (!output) {
      output = document.createElement("p");
      output.className = "help";
      output.setAttribute("aria-live", "polite");
      output.dataset.lixOutput = "";
      textarea.insertAdjacentElement("afterend", output);
    }
    const update = () => {
      const score = lix(textarea.value);
      if (score === null) return;
      output.textContent = strings.score
        .replace("%(score)s", score)
        .replace("%(label)s", label(score));
      if (score > strings.limit) {
        const warning = document.createElement("strong");
        warning.textContent = " " + strings.tooHard;
        output.appendChild(warning);
      }
    };
    textarea.addEventListener("input", update);
  }

  document
    .querySelectorAll('textarea[data-lix], textarea[name="summary_easy"]')
    .forEach(attach);
})();
