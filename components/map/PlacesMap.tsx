"use client";

import "./map.css";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { preload } from "react-dom";
import type { CountryProjects } from "@/lib/domain/map-place";
import { classBreaks, classLabel, colourFor } from "./country-counts";
import { inlinePlaces, type Loaded, placeDetailsUrl, startPlaces, takePlaces } from "./places-source";
import type { CompactMap } from "@/lib/domain/map-format";

/**
 * The map of partner places, for /carte and the project pages. Server-rendered as a frame
 * (legend, view switch, status) while Leaflet itself loads only in the browser. Places come
 * inline with their projects (`data`, small sets) or from GET /api/map (`src`), whose popups
 * fetch their projects from GET /api/map/places/<id> with the same filters.
 */

type Variant = "full" | "mini";

function MapSkeleton() {
  const t = useTranslations("map");
  return (
    <div
      aria-hidden="true"
      className="absolute inset-0 z-[1000] flex items-center justify-center bg-marine-50 text-sm text-slate-700"
    >
      {t("loadingPage")}
    </div>
  );
}

const loadLeafletMap = () => import("./LeafletMap");
// Start downloading Leaflet as soon as this module runs in the browser, not after hydration.
if (typeof window !== "undefined") void loadLeafletMap();
const LeafletMap = dynamic(loadLeafletMap, { ssr: false, loading: () => <MapSkeleton /> });

export interface PlacesMapProps {
  /** The map's accessible name, e.g. "Carte des collectivités partenaires". */
  label: string;
  data?: CompactMap;
  src?: string;
  variant?: Variant;
}

export function PlacesMap({ label, data, src, variant = "full" }: PlacesMapProps) {
  const t = useTranslations("map");
  const helpId = useId();
  const inline = useMemo(() => (data ? inlinePlaces(data) : null), [data]);
  const [fetched, setFetched] = useState<{ src: string; loaded: Loaded } | null>(null);
  const [failed, setFailed] = useState(false);
  const [mode, setMode] = useState<"places" | "countries">("places");
  // Ask for the places while the HTML is parsed, not after hydration: the fetch below reuses it.
  if (src) preload(src, { as: "fetch", crossOrigin: "anonymous" });

  // Fetch (and decode) from the first render, during hydration, rather than once it is committed.
  const startedFor = useRef<string | null>(null);
  if (src && typeof window !== "undefined" && startedFor.current !== src) {
    startedFor.current = src;
    startPlaces(src);
  }

  useEffect(() => {
    if (!src) return;
    let live = true;
    setFailed(false);
    takePlaces(src)
      .then((loaded) => {
        if (!live) return;
        setFetched({ src, loaded });
        performance.mark("atlas-map:data");
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [src]);

  const loaded = inline ?? (fetched && fetched.src === src ? fetched.loaded : null);
  const places = loaded?.places ?? null;
  const countries = loaded?.countries;
  // Country names come in the page's language (PlacesMiniMap, GET /api/map?lang=).
  const countryCounts = countries ?? [];
  const detailsUrl = useMemo(
    () => (src && !inline ? (id: number) => placeDetailsUrl(src, id) : undefined),
    [src, inline],
  );
  const status = failed
    ? t("status.failed")
    : places === null
      ? t("status.loading")
      : places.length === 0
        ? t("status.none")
        : t("status.shown", { count: places.length });

  return (
    <div className="space-y-2">
      {variant === "full" && (
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <legend className="sr-only">{t("mode.legend")}</legend>
          <span aria-hidden="true" className="font-medium">
            {t("mode.show")}
          </span>
          {(["places", "countries"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name={`${helpId}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {t(`mode.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p id={helpId} className="sr-only">
        {t("help")}
      </p>
      <div
        className={`relative overflow-hidden rounded border border-slate-300 ${variant === "mini" ? "h-80" : "h-[min(70vh,36rem)] min-h-80"}`}
      >
        <LeafletMap
          places={places}
          detailsUrl={detailsUrl}
          mode={mode}
          countryCounts={countryCounts}
          label={label}
          descriptionId={helpId}
          variant={variant}
        />
        {places === null && !failed && <MapSkeleton />}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {status}
      </p>
      {mode === "places" ? <PlacesLegend /> : <CountriesView counts={countryCounts} />}
    </div>
  );
}

function PlacesLegend() {
  const t = useTranslations("map");
  const items = [
    ["atlas-marker atlas-marker--foreign", t("legend.foreign")],
    ["atlas-marker atlas-marker--french", t("legend.french")],
    ["atlas-marker atlas-marker--foreign atlas-marker--approx", t("legend.approximate")],
  ] as const;
  return (
    <ul aria-label={t("legend.label")} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {items.map(([classes, text]) => (
        <li key={text} className="inline-flex items-center gap-2">
          <span className={`${classes} atlas-legend-swatch`} aria-hidden="true">
            <span className="atlas-marker__shape" />
          </span>
          {text}
        </li>
      ))}
      <li className="inline-flex items-center gap-2">
        <span className="atlas-cluster atlas-legend-cluster" aria-hidden="true">
          12
        </span>
        {t("legend.cluster")}
      </li>
    </ul>
  );
}

function CountriesView({ counts }: { counts: CountryProjects[] }) {
  const t = useTranslations("map");
  const breaks = classBreaks(Math.max(0, ...counts.map((c) => c.projects)));
  if (counts.length === 0) return <p className="text-sm text-slate-700">{t("countries.none")}</p>;
  return (
    <div className="space-y-3">
      <ul aria-label={t("countries.legend")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {breaks.map((from, i) => (
          <li key={from} className="inline-flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-6 rounded-sm border border-marine-800"
              style={{ background: colourFor(from, breaks) }}
            />
            {t("countries.classItem", {
              range: classLabel(breaks, i, t),
              many: String(from > 1 || i < breaks.length - 1),
            })}
          </li>
        ))}
      </ul>
      <div className="max-h-72 overflow-y-auto" tabIndex={0} role="region" aria-label={t("countries.region")}>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("countries.caption")}</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1 pr-2">
                {t("countries.country")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("countries.projects")}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.code} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {c.name}
                </th>
                <td className="py-1 text-right tabular-nums">{c.projects}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
