import { frenchCountryName } from "../countries/index";
import type { Precision } from "./types";

/**
 * Text of `npm run geo:report`: the placements a human should look at — anything not placed
 * exactly on its town, and exact placements chosen among homonyms without context. The caller
 * reads the rows from the database; this file only formats.
 */

export interface GeoReportRow {
  name: string;
  /** ISO alpha-2; "FR" for French collectivités; null when unknown. */
  countryCode: string | null;
  precision: Precision;
  source: string;
  ambiguous: boolean;
  /** Optional extras, printed when present. */
  matchedName?: string | null;
  admin1?: string | null;
}

/** Sections in the order a reviewer should read them: worst first. */
const SECTIONS: { precision: Precision; title: string }[] = [
  { precision: "none", title: "Not placed" },
  { precision: "country", title: "Placed on the country only (capital)" },
  { precision: "region", title: "Placed on a region or its seat" },
  { precision: "city-part", title: "Sub-units placed on their city" },
  { precision: "fuzzy", title: "Loose name matches or approximate points" },
];

function country(code: string | null): string {
  if (!code) return "country unknown";
  const name = frenchCountryName(code);
  return name ? `${name} (${code})` : code;
}

function line(row: GeoReportRow): string {
  const parts = [`  - ${row.name} — ${country(row.countryCode)}`];
  if (row.matchedName && row.matchedName !== row.name)
    parts.push(`→ ${row.matchedName}${row.admin1 ? ` [${row.admin1}]` : ""}`);
  else if (row.admin1) parts.push(`[${row.admin1}]`);
  parts.push(`(${row.source}${row.ambiguous ? ", ambiguous" : ""})`);
  return parts.join(" ");
}

function byCountryThenName(a: GeoReportRow, b: GeoReportRow): number {
  return (a.countryCode ?? "").localeCompare(b.countryCode ?? "") || a.name.localeCompare(b.name, "fr");
}

/** Formats the review report; rows may come in any order and may repeat nothing. */
export function formatGeoReport(rows: GeoReportRow[]): string {
  const exactClear = rows.filter((r) => r.precision === "exact" && !r.ambiguous).length;
  const toCheck = rows.length - exactClear;
  const out: string[] = [
    `Gazetteer report: ${rows.length} collectivités, ${exactClear} placed exactly, ${toCheck} to check.`,
  ];
  const counts = SECTIONS.map((s) => `${s.precision} ${rows.filter((r) => r.precision === s.precision).length}`);
  out.push(
    `By precision: exact ${rows.filter((r) => r.precision === "exact").length}, ${counts.join(", ")}; ambiguous ${rows.filter((r) => r.ambiguous).length}.`,
  );

  for (const section of SECTIONS) {
    const list = rows.filter((r) => r.precision === section.precision).sort(byCountryThenName);
    if (!list.length) continue;
    out.push("", `${section.title} (${list.length})`, ...list.map(line));
  }
  const ambiguous = rows.filter((r) => r.precision === "exact" && r.ambiguous).sort(byCountryThenName);
  if (ambiguous.length) {
    out.push(
      "",
      `Homonyms chosen by population (${ambiguous.length}): add context or an override in seeds/geo-overrides.json`,
      ...ambiguous.map(line),
    );
  }
  if (!toCheck) out.push("", "Nothing to check.");
  return `${out.join("\n")}\n`;
}
