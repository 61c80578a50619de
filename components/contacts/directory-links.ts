/** The directory's links keep its query and country filter: exports (CSV, vCard) and pages of partner contacts. */
export function directoryLinks(q: string | undefined, country: string[]) {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  for (const c of country) query.append("country", c);
  return {
    exportHref: (format: string) => `/api/contacts/export?${new URLSearchParams([...query, ["format", format]])}`,
    pageHref: (n: number) => `/contacts?${new URLSearchParams([...query, ...(n > 1 ? [["page", String(n)]] : [])])}`.replace(/\?$/, ""),
  };
}
