// Starts the admin's widgets that Wagtail would start with inline scripts (hub/csp.py): every
// <script type="application/json" data-script-call> element, in the page when it has loaded
// or inserted later (modal forms, new inline-panel rows), names an initialiser and its
// arguments. Only the initialisers this script element lists (data-functions) are called.
(() => {
  "use strict";
  const allowed = new Set(JSON.parse(document.currentScript.dataset.functions));
  const selector = 'script[type="application/json"][data-script-call]';
  const started = new WeakSet();

  const start = (element) => {
    if (started.has(element)) return;
    started.add(element);
    const call = JSON.parse(element.textContent);
    const target = allowed.has(call.function) ? window[call.function] : undefined;
    if (typeof target !== 'function') {
      window.reportError(new Error(`Not an admin initialiser: ${call.function}`));
      return;
    }
    try {
      if (call.construct) {
        new target(...call.args);
      } else {
        target(...call.args);
      }
    } catch (error) {
      window.reportError(error); // one broken widget must not stop the others
    }
  };

  const startWithin = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(selector)) start(node);
    node.querySelectorAll(selector).forEach(start);
  };

  document.addEventListener('DOMContentLoaded', () => {
    startWithin(document.documentElement);
    new MutationObserver((records) => {
      records.forEach((record) => record.addedNodes.forEach(startWithin));
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
})();
