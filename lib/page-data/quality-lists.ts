import "server-only";
import {
  approximatePlacements,
  badEmails,
  collectiviteForScope,
  cutTitles,
  duplicateProjects,
  importWarnings,
  overdueProjects,
  projectsWithoutContacts,
  projectsWithoutFunding,
  TITLE_LIMIT,
  type QualityRow,
  type QualityScope,
  type ScopeCollectivite,
} from "./quality";

/** The lists of /qualite, in the order shown, each with its CSV export (`/api/quality/export?list=<key>`). */
export const QUALITY_LISTS = [
  {
    key: "en-cours-echus",
    title: "Projets « En cours » après leur date de fin",
    read: overdueProjects,
    description: "Le statut dit « En cours » alors que la date de fin prévue est passée.",
  },
  {
    key: "titres-coupes",
    title: "Titres coupés à la limite de l'Atlas",
    read: cutTitles,
    description: `L'Atlas coupe les titres vers ${TITLE_LIMIT} caractères : un titre aussi long est probablement tronqué.`,
  },
  {
    key: "sans-financement",
    title: "Projets sans tableau de financement",
    read: projectsWithoutFunding,
    description: "Aucune ligne de financement n'a été lue dans la fiche.",
  },
  {
    key: "sans-contacts",
    title: "Projets sans contacts",
    read: projectsWithoutContacts,
    description: "La fiche ne donne aucun contact chez les partenaires.",
  },
  {
    key: "placements",
    title: "Partenaires placés approximativement ou non placés",
    read: approximatePlacements,
    description: "Complétez la ligne proposée (coordonnées) et ajoutez-la à seeds/geo-overrides.json, puis réimportez.",
  },
  {
    key: "courriels",
    title: "Adresses électroniques mal formées ou obfusquées",
    read: badEmails,
    description:
      "Adresses des contacts de partenaires et d'ambassades qu'un logiciel de messagerie ne peut pas utiliser telles quelles.",
  },
  {
    key: "doublons",
    title: "Doublons probables",
    read: duplicateProjects,
    description: "Mêmes collectivités, même thématique principale et titres proches (similarité de trigrammes).",
  },
  {
    key: "avertissements",
    title: "Fiches importées avec des avertissements",
    read: importWarnings,
    description: "Ce que l'analyse de la fiche a signalé à l'import.",
  },
] as const satisfies readonly {
  key: string;
  title: string;
  description: string;
  read: (scope: QualityScope) => Promise<QualityRow[]>;
}[];

export type QualityList = (typeof QUALITY_LISTS)[number];

export function qualityList(key: string | null): QualityList | undefined {
  return QUALITY_LISTS.find((list) => list.key === key);
}

export interface ResolvedScope {
  scope: QualityScope;
  country: string;
  /** The collectivité the `collectivite` parameter named, when one matched. */
  collectivite: ScopeCollectivite | null;
  /** The text of the `collectivite` parameter, as typed. */
  collectiviteText: string;
}

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** `country` (ISO alpha-2) and `collectivite` (slug or name) from the URL; anything else is ignored. */
export async function resolveQualityScope(
  get: (name: string) => string | string[] | null | undefined,
): Promise<ResolvedScope> {
  const rawCountry = first(get("country")).trim().toUpperCase();
  const country = /^[A-Z]{2}$/.test(rawCountry) ? rawCountry : "";
  const collectiviteText = first(get("collectivite"))
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  const collectivite = collectiviteText ? await collectiviteForScope(collectiviteText) : null;
  return {
    scope: { country: country || undefined, collectiviteId: collectivite?.id ?? (collectiviteText ? -1 : undefined) },
    country,
    collectivite,
    collectiviteText,
  };
}

export const QUALITY_CSV_HEADERS = {
  fr: ["élément", "adresse", "pays", "collectivités", "constat", "correction"],
  en: ["item", "address", "country", "local authorities", "finding", "fix"],
};

export function qualityCsvRows(rows: QualityRow[], origin: string): string[][] {
  return rows.map((row) => [
    row.label,
    origin + row.href,
    row.countries,
    row.collectivites,
    row.detail,
    row.fix?.startsWith("/") ? origin + row.fix : (row.fix ?? ""),
  ]);
}
