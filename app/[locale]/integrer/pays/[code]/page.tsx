import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedWidget } from "@/components/embed/EmbedWidget";
import { countryPlaces } from "@/lib/page-data/map-places";
import { countryLabel, statusLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { countryPartners, countryProjects, getCountry } from "@/lib/page-data/country";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";

type Props = { params: Promise<{ code: string }> };

const SHOWN = 30;

async function countryOf(params: Props["params"]) {
  const code = readSegment(countryCodeSegment, (await params).code);
  return code ? getCountry(code) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await countryOf(params);
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  return {
    title: country
      ? t("embed.widget.metaTitle", { name: countryLabel(country.code, country.name, locale) })
      : t("country.notFound.title"),
    robots: { index: false },
  };
}

// /integrer/pays/<code>: the country's projects and partner collectivités' map, for an <iframe>.
export default async function CountryWidget({ params }: Props) {
  const country = await countryOf(params);
  if (!country) notFound();
  const [projects, partners] = await Promise.all([countryProjects(country.code, SHOWN), countryPartners(country.code)]);
  const t = await getTranslations("places");
  const locale = (await getLocale()) as Locale;
  const name = countryLabel(country.code, country.name, locale);
  const places = countryPlaces(partners, country.code, name);
  return (
    <EmbedWidget
      title={name}
      pageHref={`/pays/${country.code}`}
      projects={projects.map((p) => ({
        slug: p.slug,
        title: p.title,
        detail: [
          p.french.map((f) => f.name).join(", "),
          p.startYear ? t("since", { year: String(p.startYear) }) : null,
          p.status && statusLabel(p.status, locale),
        ]
          .filter(Boolean)
          .join(" · "),
      }))}
      total={country.projectCount}
      places={places}
      listed={partners.length}
    />
  );
}
