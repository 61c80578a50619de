import { defineRouting } from "next-intl/routing";

/**
 * The atlas's languages and their URLs. French is the default and keeps every URL it always had
 * (no prefix); English lives under `/en` with English path names. The folders under
 * `app/[locale]` are named after the French paths, which are the internal names below.
 *
 * Locale detection is off: a URL always means the same language. Only the bare home page follows
 * the visitor's cookie or `Accept-Language` (see `homeRedirect` in lib/i18n/negotiation.ts).
 */
export const routing = defineRouting({
  locales: ["fr", "en"],
  defaultLocale: "fr",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  pathnames: {
    "/": "/",
    "/projets": { fr: "/projets", en: "/projects" },
    "/projets/flux.atom": { fr: "/projets/flux.atom", en: "/projects/feed.atom" },
    "/projets/[slug]": { fr: "/projets/[slug]", en: "/projects/[slug]" },
    "/projets/[slug]/fiche": { fr: "/projets/[slug]/fiche", en: "/projects/[slug]/record" },
    "/projets/[slug]/source": { fr: "/projets/[slug]/source", en: "/projects/[slug]/source" },
    "/carte": { fr: "/carte", en: "/map" },
    "/reseau": { fr: "/reseau", en: "/network" },
    "/contacts": "/contacts",
    "/postes": { fr: "/postes", en: "/posts" },
    "/postes/[slug]": { fr: "/postes/[slug]", en: "/posts/[slug]" },
    "/pays/[code]": { fr: "/pays/[code]", en: "/countries/[code]" },
    "/collectivites": { fr: "/collectivites", en: "/local-authorities" },
    "/collectivites/[slug]": { fr: "/collectivites/[slug]", en: "/local-authorities/[slug]" },
    "/statistiques": { fr: "/statistiques", en: "/statistics" },
    "/qualite": { fr: "/qualite", en: "/quality" },
    "/donnees": { fr: "/donnees", en: "/data" },
    "/donnees/atlas.zip": { fr: "/donnees/atlas.zip", en: "/data/atlas.zip" },
    "/integrer/pays/[code]": { fr: "/integrer/pays/[code]", en: "/embed/countries/[code]" },
    "/integrer/collectivites/[slug]": {
      fr: "/integrer/collectivites/[slug]",
      en: "/embed/local-authorities/[slug]",
    },
    "/catalog.jsonld": "/catalog.jsonld",
  },
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
