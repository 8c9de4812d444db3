/* The route finder's form and results, as progressive enhancement (no inline script: CSP).
   1. Fields with a <datalist> become ARIA 1.2 comboboxes with list autocomplete: a listbox of
      suggestions under the field, arrow keys to move, Enter to choose, Escape to close, and a
      status message for screen readers. Without this script the browser's own list remains,
      and the server understands what is typed either way ("Hassleholm", "svetsat i 8 år").
   2. After a search, focus moves to the results heading and the page scrolls to it, so the
      answer is what a keyboard or screen-reader user meets first. */
(function () {
  "use strict";
  var MAX_SUGGESTIONS = 8;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function suggestions(values, query) {
    var wanted = fold(query);
    if (wanted.length < 2) { return []; }
    var starts = [], contains = [];
    values.forEach(function (value) {
      var folded = fold(value);
      if (folded === wanted) { return; }
      if (folded.indexOf(wanted) === 0) { starts.push(value); }
      else if (folded.indexOf(" " + wanted) !== -1) { contains.push(value); }
    });
    return starts.concat(contains).slice(0, MAX_SUGGESTIONS);
  }

  function enhance(box) {
    var input = box.querySelector("input[list]");
    var datalist = input && document.getElementById(input.getAttribute("list"));
    if (!datalist) { return; }
    var values = Array.prototype.map.call(datalist.options, function (option) { return option.value; });
    var listbox = document.createElement("ul");
    var status = document.createElement("p");
    var label = document.querySelector('label[for="' + input.id + '"]');
    var active = -1;
    var shown = [];

    input.removeAttribute("list");
    datalist.parentNode.removeChild(datalist);
    listbox.id = input.id + "-listbox";
    listbox.className = "combobox__listbox";
    listbox.setAttribute("role", "listbox");
    listbox.hidden = true;
    if (label) {
      label.id = label.id || input.id + "-label";
      listbox.setAttribute("aria-labelledby", label.id);
    }
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    input.insertAdjacentElement("afterend", listbox);
    box.appendChild(status);

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(listbox.children, function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", listbox.children[index].id);
        listbox.children[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      highlight(-1);
    }

    function choose(index) {
      input.value = shown[index];
      close();
      status.textContent = "";
    }

    function update() {
      shown = suggestions(values, input.value);
      listbox.textContent = "";
      shown.forEach(function (value, index) {
        var option = document.createElement("li");
        option.id = listbox.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = value;
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { choose(index); input.focus(); });
        listbox.appendChild(option);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      listbox.hidden = shown.length === 0;
      input.setAttribute("aria-expanded", shown.length ? "true" : "false");
      status.textContent = shown.length ? shown.length + " " + box.dataset.suggestionsText : "";
    }

    input.addEventListener("input", update);
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
      var open = !listbox.hidden;
      if (event.key === "ArrowDown") {
        if (!open) { update(); }
        if (shown.length) { highlight((active + 1) % shown.length); }
        event.preventDefault();
      } else if (event.key === "ArrowUp" && open) {
        highlight(active <= 0 ? shown.length - 1 : active - 1);
        event.preventDefault();
      } else if (event.key === "Enter" && open && active >= 0) {
        choose(active);
        event.preventDefault();
      } else if (event.key === "Escape" && open) {
        close();
        event.preventDefault();
      }
    });
  }

  function focusResults() {
    var heading = document.getElementById("routes-heading");
    if (!heading) { return; }
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  }

  function init() {
    document.querySelectorAll("[data-combobox]").forEach(enhance);
    focusResults();
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
