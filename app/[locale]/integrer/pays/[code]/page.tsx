import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedWidget } from "@/components/embed/EmbedWidget";
import { countryPlaces } from "@/components/country/country-links";
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
  return { title: country ? `${country.name} — widget` : "Pays introuvable", robots: { index: false } };
}

// /integrer/pays/<code>: the country's projects and partner collectivités' map, for an <iframe>.
export default async function CountryWidget({ params }: Props) {
  const country = await countryOf(params);
  if (!country) notFound();
  const [projects, partners] = await Promise.all([countryProjects(country.code, SHOWN), countryPartners(country.code)]);
  const places = countryPlaces(partners, country.code, country.name);
  return (
    <EmbedWidget
      title={country.name}
      pageHref={`/pays/${country.code}`}
      projects={projects.map((p) => ({
        slug: p.slug,
        title: p.title,
        detail: [p.french.map((f) => f.name).join(", "), p.startYear ? `depuis ${p.startYear}` : null, p.status]
          .filter(Boolean)
          .join(" · "),
      }))}
      total={country.projectCount}
      places={places}
      listed={partners.length}
    />
  );
}
