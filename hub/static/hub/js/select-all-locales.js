// wagtail-localize's "Translate" form: the "select all" box ticks or clears every locale.
// (wagtail-localize writes this as an inline script, which the admin's CSP blocks.)
document.addEventListener('DOMContentLoaded', () => {
  const selectAll = document.querySelector('[name="select_all"]');
  const locales = document.querySelectorAll('[name="locales"]');
  selectAll?.addEventListener('change', () => {
    locales.forEach((locale) => {
      locale.checked = selectAll.checked;
    });
  });
});
