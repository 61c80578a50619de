import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Fiche, FicheFormat } from "../fiche/schema";
import { hashHex, Random } from "./random";
import { renderHtml } from "./render-html";
import { renderLines } from "./render-lines";
import { drawFicheValues } from "./values";

/**
 * Synthetic Atlas fiches for benchmarks and tests. Each fiche is a pure function of
 * (seed, index): the corpus can be regenerated, extended, or sampled at any index without
 * generating the rest. A generated fiche carries its text and the values it was made from, so a
 * test can parse the text and compare.
 */

export type Defect = "truncated" | "missing-title";

export interface GeneratedFiche {
  index: number;
  fileName: string;
  format: FicheFormat;
  text: string;
  /** What parsing `text` must give back; null for a defective file (see `defect`). */
  expected: Fiche | null;
  defect: Defect | null;
  /** ISO codes of the foreign partners' countries, in partner order. */
  partnerCountryCodes: string[];
}

/** Share of deliberately broken files, as in any real crawl. */
export const DEFECT_RATE = 0.01;

/** Bumped whenever output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 2;

function drawFormat(random: Random): FicheFormat {
  return random.weighted<FicheFormat>([
    ["text", 50],
    ["markdown", 35],
    ["html", 15],
  ]);
}

function render(fiche: Fiche, random: Random): string {
  return fiche.format === "html" ? renderHtml(fiche, random) : renderLines(fiche, random, fiche.format);
}

/** Breaks a rendered file: cut short (a failed download), or without its title (a bad export). */
function applyDefect(text: string, format: FicheFormat, defect: Defect, random: Random): string {
  if (defect === "truncated") return text.slice(0, Math.floor(text.length * (0.15 + random.next() * 0.6)));
  if (format === "html") {
    // Drop the title's field, whatever its markup.
    return text.replace(/<(div|dl) class="champ">(?:(?!<\/\1>).)*?>Titre<\/(?:span|h3|dt)>.*?<\/\1>/s, "");
  }
  const lines = text.split("\n");
  const at = lines.indexOf("Titre");
  if (at >= 0) {
    // Either the label and its value are gone, or the value is empty.
    if (random.chance(0.5)) lines.splice(at, 2);
    else lines[at + 1] = "";
  }
  return lines.join("\n");
}

export function generateFiche(seed: string | number, index: number): GeneratedFiche {
  const seedText = String(seed);
  const random = new Random(`${seedText}:${index}`);
  const format = drawFormat(random);
  const { fiche, partnerCountryCodes } = drawFicheValues(random, seedText, format);
  let text = render(fiche, random);
  const defect: Defect | null = random.chance(DEFECT_RATE)
    ? random.chance(0.5)
      ? "truncated"
      : "missing-title"
    : null;
  if (defect) text = applyDefect(text, format, defect, random);
  const extension = format === "html" ? "html" : format === "markdown" && random.chance(0.4) ? "md" : "txt";
  return {
    index,
    fileName: `${String(index).padStart(5, "0")}_${hashHex(`${seedText}:${index}`)}.${extension}`,
    format,
    text,
    expected: defect ? null : fiche,
    defect,
    partnerCountryCodes,
  };
}

export function* generateFiches(seed: string | number, count: number, start = 0): Generator<GeneratedFiche> {
  for (let index = start; index < start + count; index++) yield generateFiche(seed, index);
}

export interface WrittenCorpus {
  dir: string;
  files: string[];
  bytes: number;
  defects: number;
}

/** Writes `count` fiches into `dir` (created if needed); returns the paths in index order. */
export function writeFiches(
  dir: string,
  seed: string | number,
  count: number,
  onProgress?: (done: number, total: number) => void,
): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  let defects = 0;
  for (const fiche of generateFiches(seed, count)) {
    const file = path.join(dir, fiche.fileName);
    writeFileSync(file, fiche.text);
    files.push(file);
    bytes += Buffer.byteLength(fiche.text);
    if (fiche.defect) defects++;
    if (onProgress && (fiche.index % 100 === 99 || fiche.index === count - 1)) onProgress(fiche.index + 1, count);
  }
  return { dir, files, bytes, defects };
}
