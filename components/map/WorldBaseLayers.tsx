"use client";

import L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useMap } from "react-leaflet";
import type { WorldBase } from "@/lib/geo-base/world";
import { classBreaks, colourFor, type CountryCount } from "./country-counts";
import { addCountryLabels } from "./country-labels";
import type { LeafletMapProps } from "./LeafletMap";
import { loadWorldBase } from "./world-base";

/** GeoJSON options reach each polygon, so a renderer given here draws them all on one canvas. */
type VectorOptions = L.GeoJSONOptions & { renderer: L.Renderer };

/** Land drawn from the offline base layer (unless tiles are configured), and the choropleth of the country view. */
export function WorldBaseLayers({
  drawLand,
  mode,
  countryCounts,
}: {
  drawLand: boolean;
  mode: LeafletMapProps["mode"];
  countryCounts: CountryCount[];
}) {
  const map = useMap();
  const t = useTranslations("map");
  const attribution = t("controls.baseAttribution");
  const [world, setWorld] = useState<WorldBase | null>(null);
  // One canvas for the ~55,000 border points: far cheaper than one SVG path per country.
  const renderer = useMemo(() => L.canvas({ padding: 0.2 }), []);
  const needed = drawLand || mode === "countries";

  useEffect(() => {
    if (!needed || world) return;
    let live = true;
    loadWorldBase()
      .then((data) => live && setWorld(data))
      .catch(() => {}); // without land the markers still show over the sea colour
    return () => {
      live = false;
    };
  }, [needed, world]);

  useEffect(() => {
    if (!world || !drawLand) return;
    const options: VectorOptions = {
      renderer,
      interactive: false,
      attribution,
      style: { color: "#94a3b8", weight: 0.6, fillColor: "#f8fafc", fillOpacity: 1 },
    };
    const land = L.geoJSON(world as unknown as GeoJSON.FeatureCollection, options).addTo(map);
    land.bringToBack();
    const removeLabels = addCountryLabels(map, world.labels ?? []);
    return () => {
      land.remove();
      removeLabels();
    };
  }, [map, world, drawLand, renderer, attribution]);

  useEffect(() => {
    if (!world || mode !== "countries") return;
    const byCode = new Map(countryCounts.map((c) => [c.code, c]));
    const breaks = classBreaks(Math.max(0, ...countryCounts.map((c) => c.projects)));
    const counted = world.features.filter((f) => byCode.has(f.properties.code));
    const options: VectorOptions = {
      renderer,
      style: (feature) => ({
        color: "#142f5a",
        weight: 0.8,
        fillOpacity: 0.9,
        fillColor: colourFor(byCode.get(feature?.properties.code)?.projects ?? 0, breaks) ?? "#f8fafc",
      }),
      onEachFeature: (feature, layer) => {
        const count = byCode.get(feature.properties.code);
        if (count)
          layer.bindTooltip(t("controls.countryTooltip", { name: count.name, count: count.projects }), {
            sticky: true,
          });
      },
    };
    const choropleth = L.geoJSON(
      { type: "FeatureCollection", features: counted } as unknown as GeoJSON.FeatureCollection,
      options,
    ).addTo(map);
    return () => {
      choropleth.remove();
    };
  }, [map, world, mode, countryCounts, renderer, t]);

  return null;
}
