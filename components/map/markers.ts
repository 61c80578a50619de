import L from "leaflet";
import type { PinnedPlace } from "@/lib/domain/map-points";
import type { MapProjectRef } from "@/lib/domain/map-place";
import { isApproximate, precisionNote, sideLabel } from "./precision";
import { plural } from "@/lib/text/format";

/**
 * Leaflet markers of places and clusters. Icons are L.divIcon drawn by CSS (map.css): image
 * icons from node_modules come out of Turbopack as bare strings, and CSS keeps the page free
 * of requests. Each icon carries hidden text, so keyboard and screen-reader users hear a name
 * ("Cuneo, Italie, …") on the focusable marker. Client-only (imports Leaflet).
 */

const _escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** What a marker is called: its name first, so it can be found by name. */
export function placeLabel(place: PinnedPlace): string {
  const approx = isApproximate(place) ? ", position approximative" : "";
  const projects = plural(place.projectCount, "projet", "projets");
  return `${place.name}, ${place.countryName || "pays inconnu"}, ${sideLabel(place.side).toLowerCase()}${approx}, ${projects}`;
}

/**
 * One icon per look (French/foreign × exact/approximate), shared by all markers: 10,000 places
 * need no 10,000 icon objects. The marker's `title` gives each one its accessible name.
 */
const icons = new Map<string, L.DivIcon>();

export function placeIcon(place: PinnedPlace): L.DivIcon {
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

/** A place's details for its popup: given inline, or fetched when the popup opens. */
export type PlaceDetails = PinnedPlace & { slug: string; projects: MapProjectRef[] };
export type DetailsLoader = (place: PinnedPlace, signal: AbortSignal) => Promise<PlaceDetails>;

const add = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string, className?: string) => {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  parent.appendChild(el);
  return el;
};

/** The popup: place, country and side, the precision caveat, then the projects as links. */
export function popupContent(place: PlaceDetails): HTMLElement {
  const root = document.createElement("div");
  root.className = "atlas-popup";
  const title = add(add(root, "p", undefined, "atlas-popup__title"), "a", place.name);
  title.setAttribute("href", `/collectivites/${encodeURIComponent(place.slug)}`);
  add(root, "p", `${place.countryName || "Pays inconnu"} · ${sideLabel(place.side)}`, "atlas-popup__meta");
  const note = precisionNote(place);
  if (note) add(root, "p", note, "atlas-popup__approx");
  const count = place.projectCount;
  add(root, "p", `${plural(count, "projet", "projets")} :`, "atlas-popup__count");
  const list = add(root, "ul", undefined, "atlas-popup__projects");
  for (const project of place.projects) {
    const link = add(add(list, "li"), "a", project.title);
    link.setAttribute("href", `/projets/${encodeURIComponent(project.slug)}`);
  }
  if (count > place.projects.length) {
    const more = add(
      add(list, "li"),
      place.side === "french" ? "a" : "span",
      `et ${count - place.projects.length} autres`,
    );
    if (place.side === "french") more.setAttribute("href", `/projets?french=${place.id}`);
  }
  return root;
}

/** What the popup shows while its projects load, or when they could not be loaded. */
function popupMessage(place: PinnedPlace, text: string): HTMLElement {
  const root = document.createElement("div");
  root.className = "atlas-popup";
  add(root, "p", place.name, "atlas-popup__title");
  add(root, "p", text, "atlas-popup__meta").setAttribute("role", "status");
  return root;
}

/** The place a marker stands for, read back when the marker is activated. */
const placeOf = new WeakMap<L.Layer, PinnedPlace>();

/**
 * A place's marker. Its accessible name (`title`) is written when its icon is first drawn: most
 * of 30,000 places sit inside clusters, and naming each one up front cost a tenth of a second.
 */
const PlaceMarker = L.Marker.extend({
  _initIcon(this: L.Marker) {
    const place = placeOf.get(this);
    if (place && !this.options.title) this.options.title = placeLabel(place);
    (L.Marker.prototype as unknown as { _initIcon(this: L.Marker): void })._initIcon.call(this);
  },
}) as unknown as new (
  latlng: L.LatLngExpression,
  options: L.MarkerOptions,
) => L.Marker;

export function placeMarker(place: PinnedPlace): L.Marker {
  const marker = new PlaceMarker([place.lat, place.lon], { icon: placeIcon(place), keyboard: true, riseOnHover: true });
  placeOf.set(marker, place);
  return marker;
}

/**
 * Popups stay whole on screen: sized to the map (a phone's map is narrower than 320 px of popup
 * plus margins), and the map pans to show them, clear of the zoom buttons.
 */
const PAD_TOP_LEFT: L.PointTuple = [44, 12];
const PAD_BOTTOM_RIGHT: L.PointTuple = [12, 24];

function popupOptions(map: L.Map): L.PopupOptions {
  const size = map.getSize();
  const maxWidth = Math.max(120, Math.min(320, size.x - PAD_TOP_LEFT[0] - PAD_BOTTOM_RIGHT[0] - 40));
  return {
    maxWidth,
    minWidth: Math.min(200, maxWidth),
    maxHeight: Math.max(120, Math.min(280, size.y - 120)),
    offset: [0, -6],
    autoPan: true,
    keepInView: true,
    autoPanPaddingTopLeft: PAD_TOP_LEFT,
    autoPanPaddingBottomRight: PAD_BOTTOM_RIGHT,
  };
}

/**
 * Opens the popup of the marker clicked (or activated with Enter) in a cluster group. One popup
 * is created on demand, rather than one bound to each of up to 30,000 markers. From the
 * keyboard, focus moves into the popup, and Escape closes it and goes back to the marker.
 */
export function openPlacePopups(group: L.MarkerClusterGroup, map: L.Map, details: DetailsLoader): () => void {
  let abort: AbortController | null = null;
  let opener: HTMLElement | null = null;
  const open = (event: L.LeafletEvent, fromKeyboard: boolean) => {
    const marker =
      (event as L.LeafletEvent & { layer?: L.Marker }).layer ?? (event.propagatedFrom as L.Marker | undefined);
    const place = marker && placeOf.get(marker);
    if (!marker || !place) return;
    abort?.abort();
    const controller = (abort = new AbortController());
    opener = marker.getElement() ?? null;
    const popup = L.popup(popupOptions(map))
      .setLatLng(marker.getLatLng())
      .setContent(popupMessage(place, "Chargement des projets…"))
      .openOn(map);
    const show = (content: HTMLElement) => {
      if (controller.signal.aborted || !popup.isOpen()) return;
      popup.setContent(content);
      popup.update(); // re-pans to keep the grown popup in view
      if (fromKeyboard) content.querySelector<HTMLElement>("a")?.focus();
    };
    details(place, controller.signal).then(
      (full) => show(popupContent(full)),
      () => show(popupMessage(place, "Les projets de ce lieu n'ont pas pu être chargés.")),
    );
  };
  const onClick = (event: L.LeafletEvent) => open(event, false);
  const onKey = (event: L.LeafletEvent) => {
    const key = ((event as L.LeafletKeyboardEvent).originalEvent as KeyboardEvent | undefined)?.key;
    if (key === "Enter" || key === " ") {
      (event as L.LeafletKeyboardEvent).originalEvent.preventDefault();
      open(event, true);
    }
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !map.getContainer().querySelector(".leaflet-popup")) return;
    map.closePopup();
    if (opener?.isConnected) opener.focus();
  };
  const container = map.getContainer();
  group.on("click", onClick);
  group.on("keypress", onKey);
  container.addEventListener("keydown", onEscape);
  return () => {
    abort?.abort();
    group.off("click", onClick);
    group.off("keypress", onKey);
    container.removeEventListener("keydown", onEscape);
  };
}
