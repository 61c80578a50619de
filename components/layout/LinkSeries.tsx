import { Link } from "@/components/navigation/Link";

export interface SeriesItem {
  key: string;
  href: string;
  label: React.ReactNode;
}

/** Names linking to their pages, in a row: "Cuneo, Braga, Oviedo" or "Projet A · Projet B". */
export function LinkSeries({ items, separator = ", " }: { items: SeriesItem[]; separator?: string }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={item.key}>
          {i > 0 && separator}
          <Link href={item.href}>{item.label}</Link>
        </span>
      ))}
    </>
  );
}
