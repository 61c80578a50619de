import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_BASE_URL } from "./identity";

/**
 * `npm run harvest -- [--from N] [--to N] [--ids FILE] [--out DIR] [--base-url URL] [--delay MS]
 * [--timeout MS] [--refresh] [--import] [--json]`, read into the run's settings.
 */

export const USAGE =
  "Usage : npm run harvest -- [--from N] [--to N] [--ids FICHIER] [--out DOSSIER] [--base-url URL] " +
  "[--delay MS] [--timeout MS] [--refresh] [--import] [--json]";

export const DEFAULTS = {
  from: 1,
  to: 20_000,
  out: "seeds/atlas",
  delayMs: 1_000,
  timeoutMs: 30_000,
  maxConsecutiveFailures: 10,
};

export interface CliOptions {
  ids: number[];
  outDir: string;
  baseUrl: string;
  delayMs: number;
  timeoutMs: number;
  refresh: boolean;
  importAfter: boolean;
  json: boolean;
}

/** The settings, or throws an Error whose message is for the user (French). */
export function parseCliOptions(argv: string[]): CliOptions {
  const { values } = readArgs(argv);
  const baseUrl = values["base-url"] ?? DEFAULT_BASE_URL;
  if (!/^https?:\/\//i.test(baseUrl) || !URL.canParse(baseUrl))
    throw new Error(`--base-url : adresse http(s) attendue, pas « ${baseUrl} »`);
  const ids = values.ids
    ? readIdsFile(values.ids)
    : range(integer("--from", values.from, DEFAULTS.from), integer("--to", values.to, DEFAULTS.to));
  const timeoutMs = integer("--timeout", values.timeout, DEFAULTS.timeoutMs);
  if (timeoutMs === 0) throw new Error("--timeout : au moins 1 ms");
  return {
    ids,
    outDir: values.out ?? DEFAULTS.out,
    baseUrl,
    delayMs: integer("--delay", values.delay, DEFAULTS.delayMs),
    timeoutMs,
    refresh: values.refresh ?? false,
    importAfter: values.import ?? false,
    json: values.json ?? false,
  };
}

const ARGUMENTS = {
  from: { type: "string" },
  to: { type: "string" },
  ids: { type: "string" },
  out: { type: "string" },
  "base-url": { type: "string" },
  delay: { type: "string" },
  timeout: { type: "string" },
  refresh: { type: "boolean" },
  import: { type: "boolean" },
  json: { type: "boolean" },
} as const;

/** node:util's parseArgs, its English refusals said in French. */
function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options: ARGUMENTS });
  } catch (error) {
    throw new Error(`option inconnue ou mal écrite (${(error as Error).message.split(".")[0]})`);
  }
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} : nombre entier positif attendu, pas « ${value} »`);
  return Number(value);
}

function range(from: number, to: number): number[] {
  if (to < from) throw new Error(`--to (${to}) est avant --from (${from})`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Ids one per line or separated by spaces/commas; "#" starts a comment. Duplicates dropped, order kept. */
export function readIdsFile(file: string): number[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`--ids : ${file} illisible (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const ids = new Set<number>();
  for (const line of text.split(/\r?\n/)) {
    for (const token of line
      .replace(/#.*/, "")
      .split(/[\s,;]+/)
      .filter(Boolean)) {
      if (!/^\d+$/.test(token)) throw new Error(`--ids : « ${token} » n'est pas un identifiant de projet`);
      ids.add(Number(token));
    }
  }
  if (ids.size === 0) throw new Error(`--ids : ${file} ne contient aucun identifiant`);
  return [...ids];
}
