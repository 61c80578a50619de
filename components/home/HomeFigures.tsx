import { Link } from "@/components/navigation/Link";
import type { Figure } from "./figures";

const DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** The atlas in figures: each card is a link to the search (or the page) that lists what it counts. */
export function HomeFigures({ figures, lastImport }: { figures: Figure[]; lastImport: Date | null }) {
  return (
    <section aria-labelledby="chiffres" className="space-y-3">
      <h2 id="chiffres" className="text-xl font-semibold text-marine-800">
        L&apos;atlas en chiffres
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {figures.map((f) => (
          <li key={f.key} className={f.kind === "funding" ? "col-span-2 sm:col-span-1" : undefined}>
            <Link
              href={f.href}
              data-figure={f.key}
              className="flex h-full flex-col rounded-lg border border-slate-200 p-3 no-underline shadow-sm hover:border-marine-600"
            >
              <span className="text-2xl font-bold tabular-nums text-marine-800">{f.shown}</span>
              <span className="text-sm text-slate-800">{f.label}</span>
              {f.detail && <span className="text-xs text-slate-600">{f.detail}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {lastImport && (
        <p className="text-sm text-slate-700">
          Dernier import :{" "}
          <time dateTime={lastImport.toISOString()} data-last-import="">
            {DATE.format(lastImport)}
          </time>
        </p>
      )}
    </section>
  );
}
