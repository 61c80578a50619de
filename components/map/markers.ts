import L from "leaflet";
import type { PinnedPlace } from "@/lib/domain/map-points";
import type { MapProjectRef } from "@/lib/domain/map-place";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { MapText } from "./map-text";
import { isApproximate, precisionNote, sideLabel } from "./precision";

/**
 * Leaflet markers of places and clusters. Icons are L.divIcon drawn by CSS (map.css): image
 * icons from node_modules come out of Turbopack as bare strings, and CSS keeps the page free
 * of requests. Each icon carries hidden text, so keyboard and screen-reader users hear a name
 * ("Cuneo, Italie, …") on the focusable marker. Client-only (imports Leaflet).
 */

/** The page's language and the map's words, which markers and popups are written in. */
export interface MapWords {
  t: MapText;
  locale: Locale;
}

/** The place's country, named in the page's language by the server (GET /api/map?lang=, PlacesMiniMap). */
const countryOf = (place: PinnedPlace) => place.countryName ?? "";

/** What a marker is called: its name first, so it can be found by name. */
export function placeLabel(place: PinnedPlace, { t, locale }: MapWords): string {
  return t("marker.label", {
    name: place.name,
    country: countryOf(place) || t("marker.unknownCountry"),
    // "French local authority" keeps its capital inside a sentence; French lowercases its label.
    side: locale === "fr" ? sideLabel(place.side, t).toLowerCase() : sideLabel(place.side, t),
    approximate: isApproximate(place) ? t("marker.approximate") : "",
    count: place.projectCount,
  });
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

/** The cluster icons of a map, their hidden name in the page's language. */
export function clusterIcon(t: MapText): (cluster: L.MarkerCluster) => L.DivIcon {
  return (cluster) => {
    const count = cluster.getChildCount();
    const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 50;
    const name = document.createElement("span");
    name.className = "atlas-sr";
    name.textContent = t("marker.cluster", { count: String(count) });
    return L.divIcon({
      className: "atlas-cluster",
      html: `<span aria-hidden="true">${count}</span>${name.outerHTML}`,
      iconSize: [size, size],
    });
  };
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
/** Marks fiche content (place names, project titles) as French inside a page of another language. */
function markContent(el: HTMLElement, locale: Locale): HTMLElement {
  const lang = contentLang(locale);
  if (lang) el.setAttribute("lang", lang);
  return el;
}

/** The popup: place, country and side, the precision caveat, then the projects as links. */
export function popupContent(place: PlaceDetails, { t, locale }: MapWords): HTMLElement {
  const root = document.createElement("div");
  root.className = "atlas-popup";
  const title = markContent(add(add(root, "p", undefined, "atlas-popup__title"), "a", place.name), locale);
  title.setAttribute("href", localizeHref(`/collectivites/${encodeURIComponent(place.slug)}`, locale));
  const country = countryOf(place) || t("popup.unknownCountry");
  add(root, "p", `${country} · ${sideLabel(place.side, t)}`, "atlas-popup__meta");
  const note = precisionNote(place, t);
  if (note) add(root, "p", note, "atlas-popup__approx");
  const count = place.projectCount;
  add(root, "p", t("popup.count", { count }), "atlas-popup__count");
  const list = add(root, "ul", undefined, "atlas-popup__projects");
  for (const project of place.projects) {
    const link = markContent(add(add(list, "li"), "a", project.title), locale);
    link.setAttribute("href", localizeHref(`/projets/${encodeURIComponent(project.slug)}`, locale));
  }
  if (count > place.projects.length) {
    const more = add(
      add(list, "li"),
      place.side === "french" ? "a" : "span",
      t("popup.more", { count: String(count - place.projects.length) }),
    );
    if (place.side === "french") more.setAttribute("href", localizeHref(`/projets?french=${place.id}`, locale));
  }
  return root;
}

/** What the popup shows while its projects load, or when they could not be loaded. */
function popupMessage(place: PinnedPlace, text: string, locale: Locale): HTMLElement {
  const root = document.createElement("div");
  root.className = "atlas-popup";
  markContent(add(root, "p", place.name, "atlas-popup__title"), locale);
  add(root, "p", text, "atlas-popup__meta").setAttribute("role", "status");
  return root;
}

/** The place a marker stands for, read back when the marker is activated. */
const placeOf = new WeakMap<L.Layer, PinnedPlace>();
/** The words a marker is named in, read when its icon is first drawn. */
const wordsOf = new WeakMap<L.Layer, MapWords>();

/**
 * A place's marker. Its accessible name (`title`) is written when its icon is first drawn: most
 * of 30,000 places sit inside clusters, and naming each one up front cost a tenth of a second.
 */
const PlaceMarker = L.Marker.extend({
  _initIcon(this: L.Marker) {
    const place = placeOf.get(this);
    const words = wordsOf.get(this);
    if (place && words && !this.options.title) this.options.title = placeLabel(place, words);
    (L.Marker.prototype as unknown as { _initIcon(this: L.Marker): void })._initIcon.call(this);
  },
}) as unknown as new (
  latlng: L.LatLngExpression,
  options: L.MarkerOptions,
) => L.Marker;

export function placeMarker(place: PinnedPlace, words: MapWords): L.Marker {
  const marker = new PlaceMarker([place.lat, place.lon], { icon: placeIcon(place), keyboard: true, riseOnHover: true });
  placeOf.set(marker, place);
  wordsOf.set(marker, words);
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
export function openPlacePopups(
  group: L.MarkerClusterGroup,
  map: L.Map,
  details: DetailsLoader,
  words: MapWords,
): () => void {
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
      .setContent(popupMessage(place, words.t("popup.loading"), words.locale))
      .openOn(map);
    const show = (content: HTMLElement) => {
      if (controller.signal.aborted || !popup.isOpen()) return;
      popup.setContent(content);
      popup.update(); // re-pans to keep the grown popup in view
      if (fromKeyboard) content.querySelector<HTMLElement>("a")?.focus();
    };
    details(place, controller.signal).then(
      (full) => show(popupContent(full, words)),
      () => show(popupMessage(place, words.t("popup.failed"), words.locale)),
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
