import { useTranslations } from "next-intl";
import { SIDE_COLOURS } from "./graph-model";

/** What the graph's colours and sizes mean. */
export function NetworkLegend() {
  const t = useTranslations("network.graph");
  return (
    <ul className="flex gap-3" aria-label={t("legend")}>
      {(["french", "foreign"] as const).map((side) => (
        <li key={side}>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-3 w-3 rounded-full"
            style={{ background: SIDE_COLOURS[side] }}
          />
          {t(side)}
        </li>
      ))}
      <li>{t("size")}</li>
    </ul>
  );
}
