import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { filterMessageKeys, valueLabel } from "@/lib/search/filter-messages";
import { FILTERS, LIST_FILTERS } from "@/lib/search/filter-registry";

/** The "search" catalogue of a language, as dotted key paths. */
function messageKeys(locale: string): Set<string> {
  const json = JSON.parse(readFileSync(path.join(process.cwd(), "lib/i18n/messages", locale, "search.json"), "utf8"));
  const walk = (value: unknown, prefix: string): string[] =>
    typeof value === "string"
      ? [prefix]
      : Object.entries(value as object).flatMap(([k, v]) => walk(v, prefix ? `${prefix}.${k}` : k));
  return new Set(walk(json, ""));
}

describe("the search filters' labels", () => {
  it.each(routing.locales)("every filter of the registry has its messages in %s", (locale) => {
    const known = messageKeys(locale);
    const missing = FILTERS.flatMap(filterMessageKeys).filter((key) => !known.has(key));
    expect(missing).toEqual([]);
  });

  it("the French catalogue has no message for a filter the registry does not declare", () => {
    const declared = new Set(FILTERS.map((f) => f.key));
    const orphans = [...messageKeys("fr")]
      .filter((key) => key.startsWith("filters."))
      .map((key) => key.split(".")[1])
      .filter((key) => !declared.has(key as never));
    expect(orphans).toEqual([]);
  });

  it("shows the SDG values with the language's abbreviation, French as before", () => {
    const sdg = LIST_FILTERS.find((f) => f.key === "sdg")!;
    expect(valueLabel(sdg, "6", "Eau propre et assainissement", "fr")).toBe("ODD 6 – Eau propre et assainissement");
    expect(valueLabel(sdg, "6", "Eau propre et assainissement", "en")).toMatch(/^SDG 6 – /);
  });
});
