import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedWidget } from "@/components/embed/EmbedWidget";
import { toMapPlaces } from "@/lib/domain/map-place";
import { collectivitePartners, collectiviteProjects } from "@/lib/page-data/collectivite";
import { collectiviteOf } from "../../../collectivites/[slug]/collectivite-of";

type Props = { params: Promise<{ slug: string }> };

const SHOWN = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await collectiviteOf(params);
  return { title: c ? `${c.name} — widget` : "Collectivité introuvable", robots: { index: false } };
}

// /integrer/collectivites/<slug>: the collectivité's projects and partners' map, for an <iframe>.
export default async function CollectiviteWidget({ params }: Props) {
  const c = await collectiviteOf(params);
  if (!c) notFound();
  const [projects, partners] = await Promise.all([collectiviteProjects(c.id), collectivitePartners(c.id)]);
  const places = toMapPlaces(partners.map((p) => ({ ...p, side: p.role })));
  return (
    <EmbedWidget
      title={c.name}
      pageHref={`/collectivites/${c.slug}`}
      projects={projects.slice(0, SHOWN).map((p) => ({
        slug: p.slug,
        title: p.title,
        detail: [p.countries.map((co) => co.name).join(", "), p.startYear ? `depuis ${p.startYear}` : null, p.status]
          .filter(Boolean)
          .join(" · "),
      }))}
      total={projects.length}
      places={places}
      listed={partners.length}
    />
  );
}
