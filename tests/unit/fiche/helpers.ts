import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ficheSchema, parseFiche, type Fiche, type ParseResult } from "@/lib/fiche";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
/**
 * Options for a test that parses hundreds of fiches: ample room on a loaded 2-core machine
 * (Vitest's 5 s default is not). A timeout only stops a runaway; speed is `npm run bench:parse`.
 */
export const HEAVY = { timeout: 60_000 } as const;

export const SEED_IDS = ["000_437bd9e9f0292f51", "001_671a6b7235ccf533", "002_b057226553d068dc"] as const;
export const CONTEXT_IDS = ["003_15882675ed3ca08f", "004_cf3c64a96288eb00"] as const;

export function readFixture(relative: string): string {
  return readFileSync(path.join(ROOT, relative), "utf8");
}

export function seedText(id: string): string {
  return readFixture(`seeds/${id}.txt`);
}

export function expectedJson(id: string): Fiche {
  return JSON.parse(readFixture(`tests/fixtures/expected/${id}.json`)) as Fiche;
}

/** Parses and asserts success; returns the fiche and warnings. */
export function parseOk(text: string, fileName?: string): { fiche: Fiche; warnings: string[] } {
  const result = parseFiche(text, { fileName });
  if (!result.ok) throw new Error(`expected a fiche, got ${result.error.name}: ${result.error.reason}`);
  return { fiche: result.fiche, warnings: result.warnings };
}

/** Deep equality including key order. */
export function expectSameJson(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual, null, 2)).toBe(JSON.stringify(expected, null, 2));
}

/** The parser's contract for any input: a schema-valid fiche or a typed FicheError. */
export function expectContract(result: ParseResult): void {
  if (result.ok) {
    const checked = ficheSchema.safeParse(result.fiche);
    expect(checked.success, checked.success ? "" : JSON.stringify(checked.error.issues[0])).toBe(true);
  } else {
    expect(["not-a-fiche", "malformed"]).toContain(result.error.kind);
    expect(result.error.reason).not.toMatch(/\n/);
    expect(result.error.reason.length).toBeGreaterThan(0);
  }
}

/** Builds a minimal text-layout fiche around some lines (title first). */
export function textFiche(...lines: string[]): string {
  return ["Titre", "Projet de test", ...lines].join("\n");
}
