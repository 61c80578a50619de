import L from "leaflet";
import type { MapPlace } from "@/lib/domain/map-place";
import { isApproximate, precisionNote, sideLabel } from "./precision";
import { plural } from "@/lib/text/format";

/**
 * Leaflet markers of places and clusters. Icons are L.divIcon drawn by CSS (map.css): image
 * icons from node_modules come out of Turbopack as bare strings, and CSS keeps the page free
 * of requests. Each icon carries hidden text, so keyboard and screen-reader users hear a name
 * ("Cuneo, Italie, …") on the focusable marker. Client-only (imports Leaflet).
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** What a marker is called: its name first, so it can be found by name. */
export function placeLabel(place: MapPlace): string {
  const approx = isApproximate(place) ? ", position approximative" : "";
  const projects = plural(place.projects.length, "projet", "projets");
  return `${place.name}, ${place.countryName || "pays inconnu"}, ${sideLabel(place.side).toLowerCase()}${approx}, ${projects}`;
}

/**
 * One icon per look (French/foreign × exact/approximate), shared by all markers: 10,000 places
 * need no 10,000 icon objects. The marker's `title` gives each one its accessible name.
 */
const icons = new Map<string, L.DivIcon>();

export function placeIcon(place: MapPlace): L.DivIcon {
  const classes = ["atlas-marker", `atlas-marker--${place.side}`];
  if (isApproximate(place)) classes.push("atlas-marker--approx");
  const key = classes.join(" ");
  let icon = icons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: key,
      html: '<span class="atlas-marker__shape" aria-hidden="true"></span>',
      iconSize: [18, 18],
      iconAnchor: [9, 9],
      popupAnchor: [0, -8],
    });
    icons.set(key, icon);
  }
  return icon;
}

export function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 50;
  return L.divIcon({
    className: "atlas-cluster",
    html: `<span aria-hidden="true">${count}</span><span class="atlas-sr">Groupe de ${count} lieux : activer pour zoomer</span>`,
    iconSize: [size, size],
  });
}

/** The popup: place, country and side, the precision caveat, then the projects as links. */
export function popupContent(place: MapPlace): HTMLElement {
  const root = document.createElement("div");
  root.className = "atlas-popup";
  const add = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string, className?: string) => {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    parent.appendChild(el);
    return el;
  };
  const title = add(add(root, "p", undefined, "atlas-popup__title"), "a", place.name);
  title.setAttribute("href", `/collectivites/${encodeURIComponent(place.slug)}`);
  add(root, "p", `${place.countryName || "Pays inconnu"} · ${sideLabel(place.side)}`, "atlas-popup__meta");
  const note = precisionNote(place);
  if (note) add(root, "p", note, "atlas-popup__approx");
  const count = place.projects.length;
  add(root, "p", `${plural(count, "projet", "projets")} :`, "atlas-popup__count");
  const list = add(root, "ul", undefined, "atlas-popup__projects");
  for (const project of place.projects) {
    const link = add(add(list, "li"), "a", project.title);
    link.setAttribute("href", `/projets/${encodeURIComponent(project.slug)}`);
  }
  return root;
}

/** The place a marker stands for, read back when the marker is activated. */
const placeOf = new WeakMap<L.Layer, MapPlace>();

export function placeMarker(place: MapPlace): L.Marker {
  const marker = L.marker([place.lat, place.lon], { icon: placeIcon(place), title: placeLabel(place), keyboard: true, riseOnHover: true });
  placeOf.set(marker, place);
  return marker;
}

/**
 * Opens the popup of the marker clicked (or activated with Enter) in a cluster group. One popup
 * is created on demand, rather than one bound to each of up to 10,000 markers.
 */
export function openPlacePopups(group: L.MarkerClusterGroup, map: L.Map): () => void {
  const open = (event: L.LeafletEvent) => {
    const marker = (event as L.LeafletEvent & { layer?: L.Marker }).layer ?? (event.propagatedFrom as L.Marker | undefined);
    const place = marker && placeOf.get(marker);
    if (!marker || !place) return;
    L.popup({ maxHeight: 280, maxWidth: 320, minWidth: 200, offset: [0, -6] }).setLatLng(marker.getLatLng()).setContent(popupContent(place)).openOn(map);
  };
  const onKey = (event: L.LeafletEvent) => {
    const key = ((event as L.LeafletKeyboardEvent).originalEvent as KeyboardEvent | undefined)?.key;
    if (key === "Enter" || key === " ") {
      (event as L.LeafletKeyboardEvent).originalEvent.preventDefault();
      open(event);
    }
  };
  group.on("click", open);
  group.on("keypress", onKey);
  return () => {
    group.off("click", open);
    group.off("keypress", onKey);
  };
}
