/* Fillable checklist (coordination): everything stays in the browser.
 * Each text field gets a printed copy of its value beside it, so the printout and the PDF show
 * the text in full (a field on paper would cut long comments off). Nothing is sent anywhere. */
(function () {
  "use strict";
  var form = document.querySelector(".checklist-fill__form");
  if (!form) return;

  function mirror(field) {
    var copy = field.nextElementSibling;
    if (!copy || !copy.classList.contains("checklist-fill__printed")) {
      copy = document.createElement("span");
      copy.className = "checklist-fill__printed";
      copy.setAttribute("aria-hidden", "true");
      field.insertAdjacentElement("afterend", copy);
    }
    copy.textContent = field.value;
  }

  var fields = form.querySelectorAll(".checklist-fill__input");
  Array.prototype.forEach.call(fields, function (field) {
    mirror(field);
    field.addEventListener("input", function () { mirror(field); });
  });

  var button = document.querySelector(".checklist-fill__print");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
})();
