import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/lib/i18n/catalogue";
import { routing } from "@/lib/i18n/routing";

const DIR = path.join(process.cwd(), "lib/i18n/messages");

/**
 * Every key path of a catalogue, e.g. `nav.map`, with its ICU placeholders: `{name}` or `{name, type…`
 * (not the words opening a plural branch, `one {projet nomme…}`, which differ between languages).
 */
function keys(value: unknown, prefix = ""): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (typeof value === "string") {
    found.set(prefix, [...value.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]).sort());
    return found;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [childKey, args] of keys(child, prefix ? `${prefix}.${key}` : key)) found.set(childKey, args);
  }
  return found;
}

function catalogue(locale: string, namespace: string): Map<string, string[]> {
  return keys(JSON.parse(readFileSync(path.join(DIR, locale, `${namespace}.json`), "utf8")));
}

describe("message catalogues", () => {
  it.each(routing.locales)("%s has one file per declared namespace and no other", (locale) => {
    const files = readdirSync(path.join(DIR, locale)).map((file) => file.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...NAMESPACES].sort());
  });

  it.each(NAMESPACES)("namespace %s has the same keys and placeholders in every language", (namespace) => {
    const [first, ...others] = routing.locales;
    const reference = catalogue(first, namespace);
    for (const locale of others) {
      const other = catalogue(locale, namespace);
      const missingInOther = [...reference.keys()].filter((key) => !other.has(key));
      const missingInFirst = [...other.keys()].filter((key) => !reference.has(key));
      expect({ locale, missingInOther, missingInFirst }).toEqual({ locale, missingInOther: [], missingInFirst: [] });
      for (const [key, args] of reference) expect({ key, args: other.get(key) }).toEqual({ key, args });
    }
  });

  it("has no empty message", () => {
    for (const locale of routing.locales)
      for (const namespace of NAMESPACES)
        for (const key of catalogue(locale, namespace).keys()) expect(key).not.toBe("");
  });
});
