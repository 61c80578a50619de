import fc from "fast-check";
import { describe, it } from "vitest";
import { parseFiche } from "@/lib/fiche";
import { expectContract, HEAVY, readFixture, SEED_IDS } from "./helpers";

/**
 * Mutation fuzzing: seeds (all layouts) edited at random — lines deleted, duplicated, swapped,
 * shuffled, truncated, random bytes or characters inserted. Whatever comes out must be a
 * schema-valid fiche or a typed FicheError; parseFiche must never throw.
 */

const sources = [
  ...SEED_IDS.map((id) => readFixture(`seeds/${id}.txt`)),
  ...SEED_IDS.map((id) => readFixture(`tests/fixtures/html/${id}.html`)),
  readFixture("tests/fixtures/synthetic/old-form.md"),
  readFixture("tests/fixtures/synthetic/new-form.txt"),
];

type Mutation =
  | { op: "delete"; at: number; count: number }
  | { op: "duplicate"; at: number; to: number }
  | { op: "swap"; at: number; to: number }
  | { op: "shuffle"; at: number; count: number; seed: number }
  | { op: "truncate"; at: number }
  | { op: "bytes"; at: number; col: number; bytes: number[] }
  | { op: "chars"; at: number; col: number; text: string };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: position, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant("duplicate" as const), at: position, to: position }),
  fc.record({ op: fc.constant("swap" as const), at: position, to: position }),
  fc.record({
    op: fc.constant("shuffle" as const),
    at: position,
    count: fc.integer({ min: 2, max: 12 }),
    seed: fc.integer(),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: position }),
  fc.record({
    op: fc.constant("bytes" as const),
    at: position,
    col: position,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    op: fc.constant("chars" as const),
    at: position,
    col: position,
    text: fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
  }),
);

function apply(text: string, mutations: Mutation[]): string {
  let lines = text.split("\n");
  for (const m of mutations) {
    const i = Math.floor(m.at * lines.length);
    switch (m.op) {
      case "delete":
        lines.splice(i, m.count);
        break;
      case "duplicate":
        lines.splice(Math.floor(m.to * lines.length), 0, lines[i] ?? "");
        break;
      case "swap": {
        const j = Math.floor(m.to * lines.length);
        [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
        break;
      }
      case "shuffle": {
        const window = lines.slice(i, i + m.count);
        let s = m.seed;
        for (let k = window.length - 1; k > 0; k--) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const r = s % (k + 1);
          [window[k], window[r]] = [window[r], window[k]];
        }
        lines.splice(i, window.length, ...window);
        break;
      }
      case "truncate": {
        const joined = lines.join("\n");
        lines = joined.slice(0, Math.floor(m.at * joined.length)).split("\n");
        break;
      }
      case "bytes":
      case "chars": {
        const line = lines[i] ?? "";
        const col = Math.floor(m.col * (line.length + 1));
        const insert = m.op === "bytes" ? String.fromCharCode(...m.bytes) : m.text;
        lines[i] = line.slice(0, col) + insert + line.slice(col);
        break;
      }
    }
  }
  return lines.join("\n");
}

describe("property: mutated seeds never break the parser", () => {
  it("schema-valid fiche or typed FicheError, never a throw", HEAVY, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (source, mutations) => {
          expectContract(parseFiche(apply(source, mutations)));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("arbitrary strings", HEAVY, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        expectContract(parseFiche(text));
        expectContract(parseFiche(`Titre\n${text}`));
      }),
      { numRuns: 1000 },
    );
  });
});
