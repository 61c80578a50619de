import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** A module specifier of ours (`@/…` or relative) as a file, or null for a package. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module the browser loads: the "use client" files and what they import, transitively (type-only imports aside). */
function clientModules(): Set<string> {
  const entries = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "components"))].filter(
    (file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")),
  );
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8").replace(/^import type[\s\S]*?from\s+["'][^"']+["'];?/gm, "");
    for (const match of source.matchAll(/(?:from\s+|import\()\s*["']([^"']+)["']/g)) {
      const target = resolve(file, match[1]);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe("the messages sent to the browser", () => {
  it("cover every namespace a client module translates with", () => {
    const read = new Map<string, string>();
    for (const file of clientModules()) {
      for (const match of readFileSync(file, "utf8").matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) {
        read.set(match[1], path.relative(ROOT, file));
      }
    }
    expect(read.size).toBeGreaterThan(5);
    const covered = (namespace: string) =>
      CLIENT_NAMESPACES.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`));
    const missing = [...read].filter(([namespace]) => !covered(namespace)).map(([ns, file]) => `${ns} (${file})`);
    expect(missing).toEqual([]);
  });

  it("leave the data vocabularies and country names on the server", () => {
    // lib/i18n/data-labels (thematic tree, countries in two languages) weighed 12 kB gzipped in the
    // project page's download when the map translated country names in the browser.
    const serverOnly = ["lib/i18n/data-labels.ts", "lib/countries/index.ts", "lib/i18n/catalogue.ts"];
    const client = [...clientModules()].map((file) => path.relative(ROOT, file));
    expect(client.length).toBeGreaterThan(20);
    expect(client.filter((file) => serverOnly.includes(file))).toEqual([]);
  });

  it("keep the nesting of the namespaces they pick, and nothing else", () => {
    const messages = {
      map: { title: "Carte" },
      search: { box: { label: "Rechercher" }, results: { none: "Aucun" } },
      statistics: { title: "Statistiques" },
    };
    expect(clientMessages(messages)).toEqual({ map: { title: "Carte" }, search: { box: { label: "Rechercher" } } });
  });
});
