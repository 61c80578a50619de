import { useTranslations } from "next-intl";

/** The table of contents of /qualite: each list with its count, linking to its section. */
export function QualityListsNav({ lists }: { lists: { key: string; title: string; rows: unknown[] }[] }) {
  const t = useTranslations("quality");
  return (
    <nav aria-label={t("nav")}>
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {lists.map((list) => (
          <li key={list.key}>
            <a href={`#${list.key}`}>{list.title}</a> : {list.rows.length}
          </li>
        ))}
      </ul>
    </nav>
  );
}
