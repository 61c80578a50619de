import { plural } from "@/lib/text/format";
import type { CountryChoice } from "./map-summary";

/** A plain GET form that keeps the other filters (as hidden fields) and replaces the country. */
export function CountryZoomForm({
  otherParams,
  countries,
  selected,
}: {
  otherParams: [string, string][];
  countries: CountryChoice[];
  selected: string;
}) {
  return (
    <form method="get" action="/carte" className="flex flex-wrap items-end gap-2 text-sm">
      {otherParams.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col">
        Zoomer sur un pays
        <select name="country" defaultValue={selected} className="rounded border border-slate-400 px-2 py-1.5">
          <option value="">Tous les pays</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
              {c.count ? ` (${plural(c.count, "projet", "projets")})` : ""}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800">
        Afficher
      </button>
    </form>
  );
}
