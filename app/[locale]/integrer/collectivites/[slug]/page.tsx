import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedWidget } from "@/components/embed/EmbedWidget";
import { toMapPlaces } from "@/lib/domain/map-place";
import { countryLabel, statusLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { collectivitePartners, collectiviteProjects } from "@/lib/page-data/collectivite";
import { collectiviteOf } from "../../../collectivites/[slug]/collectivite-of";

type Props = { params: Promise<{ slug: string }> };

const SHOWN = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await collectiviteOf(params);
  const t = await getTranslations();
  return {
    title: c ? t("embed.widget.metaTitle", { name: c.name }) : t("collectivite.notFound.title"),
    robots: { index: false },
  };
}

// /integrer/collectivites/<slug>: the collectivité's projects and partners' map, for an <iframe>.
export default async function CollectiviteWidget({ params }: Props) {
  const c = await collectiviteOf(params);
  if (!c) notFound();
  const [projects, partners] = await Promise.all([collectiviteProjects(c.id), collectivitePartners(c.id)]);
  const t = await getTranslations("places");
  const locale = (await getLocale()) as Locale;
  const places = toMapPlaces(partners.map((p) => ({ ...p, side: p.role })));
  return (
    <EmbedWidget
      title={c.name}
      titleIsContent
      pageHref={`/collectivites/${c.slug}`}
      projects={projects.slice(0, SHOWN).map((p) => ({
        slug: p.slug,
        title: p.title,
        detail: [
          p.countries.map((co) => countryLabel(co.code, co.name, locale)).join(", "),
          p.startYear ? t("since", { year: String(p.startYear) }) : null,
          p.status && statusLabel(p.status, locale),
        ]
          .filter(Boolean)
          .join(" · "),
      }))}
      total={projects.length}
      places={places}
      listed={partners.length}
    />
  );
}
