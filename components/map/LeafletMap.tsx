"use client";

import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import L from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { AttributionControl, MapContainer, TileLayer, ZoomControl, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import type { PinnedPlace } from "@/lib/domain/map-points";
import type { CountryCount } from "./country-counts";
import { zoomIntoCluster } from "./cluster-zoom";
import type { Locale } from "@/lib/i18n/routing";
import {
  clusterIcon,
  openPlacePopups,
  placeMarker,
  type DetailsLoader,
  type MapWords,
  type PlaceDetails,
} from "./markers";
import { TILE_ATTRIBUTION, TILE_URL } from "./world-base";
import { WorldBaseLayers } from "./WorldBaseLayers";

/**
 * The Leaflet part of the map, loaded only in the browser (PlacesMap imports it with
 * `dynamic(…, { ssr: false })`). Markers are built imperatively and added to the
 * react-leaflet-cluster group in one `addLayers` call: one React element per place would not
 * render 10,000 places in time.
 */

/**
 * Clusters need a maximum zoom; past it, places sharing a point are spread out (spiderfied).
 * Town level is enough for collectivités, and each extra level costs clustering time.
 */
export const MAX_ZOOM = 10;
/** Land waits for the first clustered render (it costs ~100 ms of drawing), but no longer than this. */
const LAND_DELAY_MAX_MS = 2500;
const WORLD_CENTER: L.LatLngTuple = [20, 10];

export interface LeafletMapProps {
  places: PinnedPlace[] | null;
  /** Where a popup fetches its place's projects; without it the places carry them. */
  detailsUrl?: (id: number) => string;
  mode: "places" | "countries";
  countryCounts: CountryCount[];
  /** The map's accessible name. */
  label: string;
  /** Id of the text telling keyboard users how to use the map. */
  descriptionId?: string;
  variant: "full" | "mini";
}

export default function LeafletMap({
  places,
  detailsUrl,
  mode,
  countryCounts,
  label,
  descriptionId,
  variant,
}: LeafletMapProps) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const words = useMemo<MapWords>(() => ({ t, locale }), [t, locale]);
  const iconOfCluster = useMemo(() => clusterIcon(t), [t]);
  const [group, setGroup] = useState<L.MarkerClusterGroup | null>(null);
  const [clustered, setClustered] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setClustered(true), LAND_DELAY_MAX_MS);
    return () => clearTimeout(timer);
  }, []);
  const landNow = clustered || mode === "countries" || places?.length === 0;
  return (
    <MapContainer
      className="atlas-map"
      style={{ height: "100%" }}
      center={WORLD_CENTER}
      zoom={2}
      minZoom={0}
      maxZoom={MAX_ZOOM}
      zoomControl={false}
      attributionControl={false}
      scrollWheelZoom={variant === "full"}
    >
      <MapAccessibility label={label} descriptionId={descriptionId} words={words} />
      <ZoomControl position="topleft" zoomInTitle={t("controls.zoomIn")} zoomOutTitle={t("controls.zoomOut")} />
      <AttributionControl position="bottomright" prefix={false} />
      {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
      <WorldBaseLayers drawLand={!TILE_URL && landNow} mode={mode} countryCounts={countryCounts} />
      {mode === "places" && (
        <MarkerClusterGroup
          ref={setGroup}
          iconCreateFunction={iconOfCluster}
          maxClusterRadius={48}
          showCoverageOnHover={false}
          zoomToBoundsOnClick={false}
          spiderfyOnMaxZoom
        >
          {null}
        </MarkerClusterGroup>
      )}
      <FitToPlaces places={places} maxZoom={variant === "mini" ? 6 : 7} />
      <PlaceMarkers
        group={mode === "places" ? group : null}
        places={places}
        detailsUrl={detailsUrl}
        words={words}
        onRendered={() => setClustered(true)}
      />
    </MapContainer>
  );
}

/** Names the map for assistive technology and translates Leaflet's English labels. */
function MapAccessibility({ label, descriptionId, words }: { label: string; descriptionId?: string; words: MapWords }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    if (descriptionId) container.setAttribute("aria-describedby", descriptionId);
    const onPopupOpen = (event: L.PopupEvent) => {
      const close = event.popup.getElement()?.querySelector(".leaflet-popup-close-button");
      close?.setAttribute("aria-label", words.t("popup.close"));
      close?.setAttribute("title", words.t("popup.closeTitle"));
    };
    map.on("popupopen", onPopupOpen);
    return () => {
      map.off("popupopen", onPopupOpen);
    };
  }, [map, label, descriptionId, words]);
  return null;
}

/** Fits the view to the places (so `?country=ES` shows Spain), or the world when there are none. */
function FitToPlaces({ places, maxZoom }: { places: PinnedPlace[] | null; maxZoom: number }) {
  const map = useMap();
  useEffect(() => {
    if (!places) return;
    if (places.length === 0) map.setView(WORLD_CENTER, 2, { animate: false });
    else
      map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon] as L.LatLngTuple)), {
        padding: [28, 28],
        maxZoom,
        animate: false,
      });
  }, [map, places, maxZoom]);
  return null;
}

/** Marks the first clustered render for tests and the benchmark, once the frame is painted. */
function markReady(container: HTMLElement, count: number, onRendered: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      container.dataset.mapReady = "true";
      container.dataset.mapPlaces = String(count);
      const root = document.documentElement;
      if (!root.dataset.mapRenderMs) root.dataset.mapRenderMs = String(Math.round(performance.now()));
      onRendered();
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
  };
}

/** The popup's details: carried by inline places, fetched (with the map's filters) otherwise. */
function detailsLoader(detailsUrl?: (id: number) => string): DetailsLoader {
  return async (place, signal) => {
    if (place.projects && place.slug) return place as PlaceDetails;
    if (!detailsUrl) throw new Error("Projets indisponibles");
    const response = await fetch(detailsUrl(place.id), { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { ...place, ...((await response.json()) as PlaceDetails) };
  };
}

function PlaceMarkers({
  group,
  places,
  detailsUrl,
  words,
  onRendered,
}: {
  group: L.MarkerClusterGroup | null;
  places: PinnedPlace[] | null;
  detailsUrl?: (id: number) => string;
  words: MapWords;
  onRendered: () => void;
}) {
  const onRenderedRef = useRef(onRendered);
  useEffect(() => {
    onRenderedRef.current = onRendered;
  });
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    if (!places) container.dataset.mapReady = "false"; // new filters: a new render is coming
    if (!group || !places) return;
    container.dataset.mapReady = "false";
    const markers = places.map((place) => placeMarker(place, words));
    performance.mark("atlas-map:markers");
    group.addLayers(markers);
    performance.mark("atlas-map:clustered");
    const stopPopups = openPlacePopups(group, map, detailsLoader(detailsUrl), words);
    const onClusterClick = (event: L.LeafletEvent) => zoomIntoCluster(map, (event as L.MarkerClusterEvent).layer);
    // Clusters are focusable buttons: Enter or Space zooms into them, as a click does.
    const onClusterKey = (event: L.LeafletEvent) => {
      const { layer, originalEvent } = event as L.MarkerClusterEvent;
      const key = (originalEvent as KeyboardEvent | undefined)?.key;
      if (key !== "Enter" && key !== " ") return;
      originalEvent?.preventDefault();
      zoomIntoCluster(map, layer);
      container.focus();
    };
    const onZoom = () => (container.dataset.mapZoom = String(map.getZoom()));
    onZoom();
    map.on("zoomend", onZoom);
    group.on("clusterclick", onClusterClick);
    group.on("clusterkeypress", onClusterKey);
    const cancelReady = markReady(container, places.length, () => onRenderedRef.current());
    return () => {
      cancelReady();
      stopPopups();
      group.off("clusterkeypress", onClusterKey);
      group.off("clusterclick", onClusterClick);
      map.off("zoomend", onZoom);
      group.clearLayers();
    };
  }, [map, group, places, detailsUrl, words]);
  return null;
}
