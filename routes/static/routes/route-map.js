/* The route finder's map: Leaflet from our own static files, drawn when the map is opened.
   Without a configured tile URL nothing is loaded from elsewhere: the region's outline (the
   plugins' GeoJSON) and the points are drawn on a plain background, each point labelled with
   its name, so the map reads without tiles. The list beside the map holds the same places. */
(function () {
  "use strict";
  var COLOURS = ["#1d4ed8", "#047857", "#9d174d", "#92400e", "#4c1d95", "#334155"];

  function popup(properties) {
    var box = document.createElement("div");
    var name = properties.url ? document.createElement("a") : document.createElement("strong");
    name.textContent = properties.name || "";
    if (properties.url) { name.href = properties.url; }
    box.appendChild(name);
    var details = [properties.kind, properties.city].filter(Boolean).join(", ");
    if (details) { box.appendChild(document.createElement("br")); box.appendChild(document.createTextNode(details)); }
    return box;
  }

  function draw(container, data) {
    var map = L.map(container, { scrollWheelZoom: false });
    var url = container.dataset.tileUrl;
    if (url) {
      L.tileLayer(url, { attribution: container.dataset.tileAttribution, maxZoom: 18 }).addTo(map);
    }
    var overlays = {};
    var bounds = L.latLngBounds([]);
    data.layers.forEach(function (layer, index) {
      var colour = COLOURS[index % COLOURS.length];
      var group = L.geoJSON(layer.geojson, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, { radius: 7, color: "#111", weight: 1, fillColor: colour, fillOpacity: 0.9 });
        },
        style: function () { return { color: colour, weight: 2, fillOpacity: 0.08 }; },
        onEachFeature: function (feature, drawn) {
          var properties = feature.properties || {};
          drawn.bindPopup(popup(properties));
          if (!url && feature.geometry.type === "Point" && properties.name) {
            drawn.bindTooltip(properties.name, { permanent: true, direction: "right", className: "route-map-label" });
          }
        }
      });
      if (group.getLayers().length) {
        group.addTo(map);
        overlays[layer.title] = group;
        bounds.extend(group.getBounds());
      }
    });
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 11 }); }
    else if (data.centre) { map.setView(data.centre, 9); }
    else { map.setView([62, 16], 4); }
  }

  function init() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    var details = document.getElementById("route-map-details");
    var source = document.getElementById("route-map-data");
    var container = document.getElementById("route-map");
    if (!details || !source || !container || typeof L === "undefined") { return; }
    var drawn = false;
    details.addEventListener("toggle", function () {
      if (details.open && !drawn) { drawn = true; draw(container, JSON.parse(source.textContent)); }
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
