import { VACANT_PARAM } from "@/lib/domain/contacts";

/** The directory's links keep its query, country and vacant-posts filters: exports (CSV, vCard) and pages of partner contacts. */
export function directoryLinks(q: string | undefined, country: string[], vacant = false) {
  const base = new URLSearchParams();
  if (q) base.set("q", q);
  for (const c of country) base.append("country", c);
  const query = new URLSearchParams(base);
  if (vacant) query.set(VACANT_PARAM, "1");
  return {
    exportHref: (format: string) => `/api/contacts/export?${new URLSearchParams([...query, ["format", format]])}`,
    pageHref: (n: number) =>
      `/contacts?${new URLSearchParams([...query, ...(n > 1 ? [["page", String(n)]] : [])])}`.replace(/\?$/, ""),
    /** The same search with the "Postes vacants" filter turned on or off. */
    vacantHref: (on: boolean) =>
      `/contacts?${new URLSearchParams([...base, ...(on ? [[VACANT_PARAM, "1"]] : [])])}`.replace(/\?$/, ""),
  };
}
