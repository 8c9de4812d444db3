// wagtail-localize's translation editor finds the choosers' URLs in window.chooserUrls; the
// URLs come from this script element's data attributes. (wagtail-localize writes this as an
// inline script, which the admin's CSP blocks.)
if (typeof window.chooserUrls === 'undefined') {
  const urls = document.currentScript.dataset;
  window.chooserUrls = {
    imageChooser: urls.imageChooser,
    documentChooser: urls.documentChooser,
    pageChooser: urls.pageChooser,
  };
}
