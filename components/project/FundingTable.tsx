import { fundingMatrix, formatEuros, type FundingRowInput } from "@/lib/domain/funding-matrix";
import { funderKindLabel } from "@/lib/domain/funder-kinds";
import { plural } from "@/lib/text/format";
import { ScrollArea } from "@/components/layout/ScrollArea";

/** Funder × year, with totals per year, per funder and overall. */
export function FundingTable({ rows }: { rows: FundingRowInput[] }) {
  const m = fundingMatrix(rows);
  const yearLabel = (y: number | null) => (y === null ? "Année ?" : String(y));
  return (
    <div>
      <ScrollArea label="Tableau des financements par financeur et par année">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption className="mb-2 text-left text-slate-700">
            {plural(m.rowCount, "ligne", "lignes")} de financement,{" "}
            {plural(m.funders.length, "financeur", "financeurs")}, en euros.
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">
                Financeur
              </th>
              {m.years.map((y) => (
                <th key={String(y)} scope="col" className="px-2 py-2 text-right tabular-nums">
                  {yearLabel(y)}
                </th>
              ))}
              <th scope="col" className="py-2 pl-2 text-right">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {m.funders.map((f) => (
              <tr key={f.name} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  {f.name}
                  <span className="block text-xs text-slate-600">{funderKindLabel(f.kind)}</span>
                </th>
                {m.years.map((y) => (
                  <td key={String(y)} className="px-2 text-right tabular-nums">
                    {f.byYear.has(y) ? formatEuros(f.byYear.get(y)!) : "—"}
                  </td>
                ))}
                <td className="pl-2 text-right font-medium tabular-nums">{formatEuros(f.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <th scope="row" className="py-2 pr-3 text-left">
                Total par année
              </th>
              {m.years.map((y) => (
                <td key={String(y)} className="px-2 text-right tabular-nums" data-year={yearLabel(y)}>
                  {formatEuros(m.yearTotals.get(y) ?? 0)}
                </td>
              ))}
              <td className="pl-2 text-right tabular-nums" data-total="all">
                {formatEuros(m.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollArea>
      {m.waterTotal > 0 && (
        <p className="mt-2 text-sm">Dont montants 1 % eau (loi Oudin) : {formatEuros(m.waterTotal)}</p>
      )}
    </div>
  );
}
