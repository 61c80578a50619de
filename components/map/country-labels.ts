import L from "leaflet";
import type { CountryLabel } from "@/lib/geo-base/country-labels";

/**
 * Country names over the offline base map, from `LABEL_MIN_ZOOM` on (at world zoom they would
 * crowd the markers): a zoomed-in map is then not an empty outline. Decoration only: the pane
 * is hidden from assistive technology and lets clicks through to the markers.
 */
export const LABEL_MIN_ZOOM = 4;
const PANE = "atlasCountryLabels";

function labelsPane(map: L.Map): HTMLElement {
  const pane = map.getPane(PANE) ?? map.createPane(PANE);
  pane.classList.add("atlas-country-labels");
  pane.setAttribute("aria-hidden", "true");
  return pane;
}

function labelMarker({ name, at: [lon, lat] }: CountryLabel): L.Marker {
  const text = document.createElement("span");
  text.textContent = name;
  const icon = L.divIcon({ className: "atlas-country-label", html: text, iconSize: undefined });
  return L.marker([lat, lon], { icon, pane: PANE, interactive: false, keyboard: false });
}

/** Adds the labels layer, shown only from LABEL_MIN_ZOOM; returns the function that removes it. */
export function addCountryLabels(map: L.Map, labels: CountryLabel[]): () => void {
  labelsPane(map);
  const layer = L.layerGroup(labels.map(labelMarker));
  const sync = () => {
    if (map.getZoom() >= LABEL_MIN_ZOOM) layer.addTo(map);
    else layer.remove();
  };
  sync();
  map.on("zoomend", sync);
  return () => {
    map.off("zoomend", sync);
    layer.remove();
  };
}
