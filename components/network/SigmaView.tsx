"use client";

import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import { NodePointProgram } from "sigma/rendering";
import type { NetworkEdge, NetworkNode } from "@/lib/domain/network-format";
import { addEdges, buildGraph, type NodeAttributes } from "./graph-model";

/**
 * The WebGL drawing of the network (sigma.js), with ForceAtlas2 running in a web worker for a
 * while after the first frame. Loaded in the browser only (NetworkGraph imports it dynamically).
 */

export interface NetworkControls {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  focus(index: number): void;
  toggleLayout(): boolean;
}

export interface SigmaViewProps {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  focused: number | null;
  onReady(controls: NetworkControls): void;
  onHover(hover: { index: number; x: number; y: number } | null): void;
  onOpen(index: number): void;
  onLayoutChange(running: boolean): void;
}

/** How long the layout runs on its own: longer for larger graphs, never forever. */
const layoutDuration = (nodeCount: number) => Math.min(3_000 + nodeCount * 0.4, 20_000);

/** Runs `task` once the browser has painted the current frame (a frame, then a macrotask). */
function afterNextPaint(task: () => void): { cancel(): void } {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    performance.mark("network:frame");
    timer = window.setTimeout(task, 0);
  });
  return {
    cancel: () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    },
  };
}

export default function SigmaView({ nodes, edges, focused, onReady, onHover, onOpen, onLayoutChange }: SigmaViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes> | null>(null);
  const focusedRef = useRef<number | null>(focused);
  const callbacks = useRef({ onHover, onOpen, onLayoutChange });
  callbacks.current = { onHover, onOpen, onLayoutChange };

  useEffect(() => {
    const big = nodes.length > 5_000;
    // A large graph's first frame shows its nodes only, and its links wait until the nodes stand
    // still: drawing 80,000 of them (in software WebGL without a GPU) takes seconds, every frame.
    const graph = buildGraph(nodes, big ? [] : edges);
    performance.mark("network:graph");
    let edgesHidden = big;
    // Sigma draws its first frame synchronously, in the constructor (the geographic positions).
    const sigma = new Sigma<NodeAttributes>(graph, container.current!, {
      // Nodes as WebGL points (one vertex each) rather than sigma's triangles (three): in software
      // WebGL (headless Chromium, machines without a GPU) the first frame of 32,000 nodes took
      // 1.2 s in the triangles' setup and 0.4 s as points. Only this program is compiled.
      defaultNodeType: "point",
      nodeProgramClasses: { point: NodePointProgram },
      labelRenderedSizeThreshold: big ? 14 : 8,
      hideEdgesOnMove: big,
      zIndex: true,
      labelFont: "Inter Variable, system-ui, sans-serif",
      edgeReducer: (_key, data) => (edgesHidden ? { ...data, hidden: true } : data),
      nodeReducer: (key, data) =>
        focusedRef.current !== null && key === String(focusedRef.current)
          ? { ...data, highlighted: true, forceLabel: true, zIndex: 1 }
          : data,
    });
    sigmaRef.current = sigma;
    performance.mark("network:sigma");
    sigma.on("enterNode", ({ node, event }) =>
      callbacks.current.onHover({ index: Number(node), x: event.x, y: event.y }),
    );
    sigma.on("leaveNode", () => callbacks.current.onHover(null));
    sigma.on("clickNode", ({ node }) => callbacks.current.onOpen(Number(node)));

    // ForceAtlas2 (and the copy of the graph it sends its worker) waits until that frame is on
    // screen; `data-drawn` and the "network:drawn" mark (npm run bench:network) say it is.
    let layout: FA2Layout | null = null;
    const setRunning = (running: boolean) => {
      layout ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false } });
      if (running) layout.start();
      else layout.stop();
      if (big && edgesHidden !== running) {
        edgesHidden = running;
        sigma.refresh();
      }
      callbacks.current.onLayoutChange(running);
    };
    let stopTimer = 0;
    const startTimer = afterNextPaint(() => {
      container.current?.setAttribute("data-drawn", "true");
      performance.mark("network:drawn");
      if (big) addEdges(graph, edges);
      if (layout) return; // the page already started or stopped it
      setRunning(true);
      stopTimer = window.setTimeout(() => setRunning(false), layoutDuration(nodes.length));
    });

    const camera = sigma.getCamera();
    onReady({
      zoomIn: () => void camera.animatedZoom({ duration: 300 }),
      zoomOut: () => void camera.animatedUnzoom({ duration: 300 }),
      reset: () => void camera.animatedReset({ duration: 300 }),
      focus: (index) => {
        const display = sigma.getNodeDisplayData(String(index));
        if (display) void camera.animate({ x: display.x, y: display.y, ratio: 0.08 }, { duration: 500 });
      },
      toggleLayout: () => {
        window.clearTimeout(stopTimer);
        const running = !layout?.isRunning();
        setRunning(running);
        return running;
      },
    });
    return () => {
      startTimer.cancel();
      window.clearTimeout(stopTimer);
      layout?.kill();
      sigma.kill();
      sigmaRef.current = null;
    };
  }, [nodes, edges, onReady]);

  useEffect(() => {
    focusedRef.current = focused;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [focused]);

  return <div ref={container} className="absolute inset-0" data-testid="network-canvas" />;
}
