"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { preload } from "react-dom";
import { decodeNetwork, type CompactNetwork, type NetworkEdge, type NetworkNode } from "@/lib/domain/network-format";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { foldForMatch } from "@/lib/text/fold";
import { NetworkLegend } from "./NetworkLegend";
import { NodeSummary } from "./NodeSummary";
import type { default as SigmaViewComponent, NetworkControls } from "./SigmaView";

/**
 * The network graph of /reseau: the frame (legend, zoom, node search, status) is rendered on the
 * server; sigma.js and the layout worker load in the browser only, and the data comes from
 * GET /api/network (`src`). The table of links on the page is its keyboard and screen-reader alternative.
 */

/**
 * sigma.js (WebGL, the browser only) as a plain dynamic import, started with the data's request
 * and held in state once there: through next/dynamic (React.lazy), the component suspended on its
 * first render even when its chunk was long loaded, and React's 300 ms throttle on Suspense
 * retries delayed the first frame by as much.
 */
const loadSigmaView = () => import("./SigmaView").then((module) => module.default);

interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  degrees: number[];
}

function withDegrees({ nodes, edges }: { nodes: NetworkNode[]; edges: NetworkEdge[] }): Network {
  const degrees = nodes.map(() => 0);
  for (const edge of edges) {
    degrees[edge.source]++;
    degrees[edge.target]++;
  }
  return { nodes, edges, degrees };
}

const SEARCH_RESULTS = 8;

/** A node's collectivité page, in the page's language. */
const pageOf = (node: NetworkNode, locale: Locale) => localizeHref(`/collectivites/${node.slug}`, locale);

export function NetworkGraph({ src, label }: { src: string; label: string }) {
  const router = useRouter();
  const t = useTranslations("network.graph");
  const locale = useLocale() as Locale;
  const searchId = useId();
  const [network, setNetwork] = useState<Network | null>(null);
  const [failed, setFailed] = useState(false);
  const [SigmaView, setSigmaView] = useState<typeof SigmaViewComponent | null>(null);
  const [controls, setControls] = useState<NetworkControls | null>(null);
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [query, setQuery] = useState("");
  preload(src, { as: "fetch", crossOrigin: "anonymous" });

  useEffect(() => {
    let live = true;
    // The sigma.js chunk downloads while the data does, not after it.
    loadSigmaView()
      .then((view) => live && setSigmaView(() => view))
      .catch(() => live && setFailed(true));
    fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<CompactNetwork>;
      })
      .then((json) => {
        performance.mark("network:fetched");
        if (live) setNetwork(withDegrees(decodeNetwork(json)));
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [src]);

  const wanted = foldForMatch(query);
  const searching = network !== null && wanted.length >= 2;
  // Folded names only once someone searches: 30,000 of them would delay the first frame.
  const folded = useMemo(
    () => (searching && network ? network.nodes.map((node) => foldForMatch(node.name)) : []),
    [network, searching],
  );
  const matches = useMemo(() => {
    if (!searching || !network) return [];
    const found: number[] = [];
    folded.forEach((name, i) => {
      if (name.includes(wanted)) found.push(i);
    });
    return found
      .sort(
        (a, b) =>
          Number(folded[b] === wanted) - Number(folded[a] === wanted) ||
          network.nodes[b].projects - network.nodes[a].projects,
      )
      .slice(0, SEARCH_RESULTS);
  }, [folded, network, searching, wanted]);

  const describe = (index: number) => <NodeSummary node={network!.nodes[index]} degree={network!.degrees[index]} />;
  const focus = (index: number) => {
    setFocused(index);
    controls?.focus(index);
  };
  const open = useCallback(
    (index: number) => network && router.push(pageOf(network.nodes[index], locale)),
    [network, router, locale],
  );
  const onReady = useCallback((ready: NetworkControls) => setControls(ready), []);
  const button = "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm hover:bg-marine-50";

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <div className="relative">
          <label htmlFor={searchId} className="block">
            {t("search")}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            className="w-64 rounded border border-slate-400 px-2 py-1.5"
            placeholder={t("searchPlaceholder")}
          />
          {matches.length > 0 && (
            <ul
              className="absolute z-10 mt-1 w-80 rounded border border-slate-300 bg-white shadow"
              aria-label={t("found")}
            >
              {matches.map((i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="block w-full px-2 py-1 text-left hover:bg-marine-50"
                    onClick={() => {
                      focus(i);
                      setQuery("");
                    }}
                  >
                    {describe(i)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div role="group" aria-label={t("zoom")} className="flex gap-1">
          <button type="button" className={button} onClick={() => controls?.zoomIn()} aria-label={t("zoomIn")}>
            +
          </button>
          <button type="button" className={button} onClick={() => controls?.zoomOut()} aria-label={t("zoomOut")}>
            −
          </button>
          <button
            type="button"
            className={button}
            onClick={() => {
              setFocused(null);
              controls?.reset();
            }}
          >
            {t("overview")}
          </button>
        </div>
        <button type="button" className={button} onClick={() => controls && setLayoutRunning(controls.toggleLayout())}>
          {layoutRunning ? t("freeze") : t("resume")}
        </button>
        <NetworkLegend />
      </div>
      <div
        role="img"
        aria-label={label}
        className="relative h-[70vh] min-h-96 overflow-hidden rounded-lg border border-slate-300 bg-slate-50"
      >
        {!failed && (!network || !SigmaView) && (
          // No pulse on this text: axe could measure its contrast mid-fade.
          <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-700">{t("loading")}</p>
        )}
        {network && network.nodes.length > 0 && SigmaView && (
          <SigmaView
            nodes={network.nodes}
            edges={network.edges}
            focused={focused}
            onReady={onReady}
            onHover={setHover}
            onOpen={open}
            onLayoutChange={setLayoutRunning}
          />
        )}
        {hover && network && (
          <p
            className="pointer-events-none absolute z-10 rounded bg-white/95 px-2 py-1 text-sm shadow"
            style={{ left: hover.x + 12, top: hover.y + 12 }}
          >
            {describe(hover.index)}
          </p>
        )}
        {failed && <p className="absolute inset-0 flex items-center justify-center">{t("failed")}</p>}
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {network &&
          `${t("collectivites", { count: network.nodes.length })} · ${t("links", { count: network.edges.length })}`}
        {focused !== null && network && (
          <>
            {` · ${t("selection")} `}
            {describe(focused)}
            {" · "}
            <a href={pageOf(network.nodes[focused], locale)}>
              {t.rich("openPage", {
                name: network.nodes[focused].name,
                c: (chunks) => <span lang={contentLang(locale)}>{chunks}</span>,
              })}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
