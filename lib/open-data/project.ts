import "server-only";
import type { z } from "zod";
import type { FunderKind } from "../domain/funder-kinds";
import { countryLabel, funderKindName, sdgTitle, statusLabel, thematicLabel } from "../i18n/data-labels";
import { localizeHref } from "../i18n/paths";
import type { Locale } from "../i18n/routing";
import { getProject, type ProjectDetail } from "../page-data/project";
import type { partnerSchema, projectRecordSchema, thematicRefSchema } from "./record-schemas";

/** The full record of a project for GET /api/projects/{slug}, read by the project page's own reader. */
export type ProjectRecord = z.output<typeof projectRecordSchema>;

// Prisma includes two levels of parents: the last one has no `parent` field at all.
type ThematicChain = { id: number; label: string; level: number; parent?: ThematicChain | null } | null;

function thematicRef(node: ThematicChain, locale: Locale): z.output<typeof thematicRefSchema> | null {
  if (!node) return null;
  const path: string[] = [];
  for (let n: ThematicChain = node; n; n = n.parent ?? null) path.unshift(thematicLabel(n.label, locale));
  return { id: node.id, label: thematicLabel(node.label, locale), level: node.level, path };
}

function partner(p: ProjectDetail["partners"][number], origin: string): z.output<typeof partnerSchema> {
  const c = p.collectivite;
  return {
    id: c.id,
    slug: c.slug,
    url: `${origin}/collectivites/${c.slug}`,
    name: c.displayName,
    nameAsWritten: p.nameAsWritten,
    countryCode: c.countryCode || null,
    countryLabel: p.countryLabel ?? c.countryLabel,
    kind: c.kind,
    regionCode: c.regionCode,
    regionName: c.regionName,
    placement: { lat: c.lat, lon: c.lon, precision: c.precision, ambiguous: c.geoAmbiguous },
  };
}

function countriesOf(project: ProjectDetail, locale: Locale): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const p of project.partners) {
    const code = p.collectivite.countryCode;
    if (p.role === "foreign" && code && !byCode.has(code)) byCode.set(code, p.countryLabel ?? code);
  }
  return [...byCode].map(([code, name]) => ({ code, name: countryLabel(code, name, locale) }));
}

/** In `locale`: vocabulary labels (status, thematics, SDGs, countries, funder kinds) and the page URL; fiche text as written. */
export async function projectRecord(
  slug: string,
  origin: string,
  locale: Locale = "fr",
): Promise<ProjectRecord | null> {
  const project = await getProject(slug);
  if (!project) return null;
  const decimal = (d: { toNumber(): number } | null) => d?.toNumber() ?? null;
  return {
    slug: project.slug,
    url: `${origin}${localizeHref(`/projets/${project.slug}`, locale)}`,
    title: project.title,
    status: project.status && statusLabel(project.status, locale),
    conventionYear: project.conventionYear,
    startYear: project.startYear,
    endDate: project.endDate?.toISOString().slice(0, 10) ?? null,
    ficheYear: project.ficheYear,
    triennial: project.triennial,
    partnershipForm: project.partnershipForm,
    texts: {
      context: project.context,
      history: project.history,
      objectives: project.objectives,
      description: project.description,
      projectManagers: project.projectManagers,
      contractingAuthorities: project.contractingAuthorities,
      beneficiaries: project.beneficiaries,
    },
    primaryThematic: thematicRef(project.thematic, locale),
    thematics: project.thematics.flatMap((t) => {
      const ref = thematicRef(t.thematic, locale);
      return ref ? [{ ...ref, primary: t.isPrimary, priority: t.priority }] : [];
    }),
    sdgs: project.sdgs.map((s) => ({
      goal: s.goal,
      label: locale === "fr" ? s.sdg.label : sdgTitle(s.goal, locale),
      priority: s.priority,
    })),
    partners: {
      french: project.partners.filter((p) => p.role === "french").map((p) => partner(p, origin)),
      foreign: project.partners.filter((p) => p.role === "foreign").map((p) => partner(p, origin)),
    },
    countries: countriesOf(project, locale),
    funding: project.funding.map((f) => ({
      funder: f.funder.name,
      funderKind: f.funderKind as FunderKind,
      funderKindLabel: funderKindName(f.funderKind, locale),
      year: f.year,
      amountEur: decimal(f.amountEur),
      waterAmountEur: decimal(f.waterAmountEur),
    })),
    embassyPosts: project.embassyPosts.map(({ post }) => ({
      id: post.id,
      slug: post.slug,
      name: post.name,
      countryCode: post.countryCode,
      contacts: project.embassyContacts
        .filter((c) => c.postId === post.id)
        .map((c) => ({ role: c.role, name: c.name, email: c.email })),
    })),
    partnerContacts: project.partnerContacts.map((c) => ({
      collectiviteId: c.collectiviteId,
      partnerName: c.partnerName,
      lastName: c.lastName,
      firstName: c.firstName,
      role: c.role,
      email: c.email,
    })),
    documents: project.documents.map((d) => ({ title: d.title, fileName: d.fileName, sizeKb: decimal(d.sizeKb) })),
    volunteers: project.volunteers.map((v) => ({
      lastName: v.lastName,
      firstName: v.firstName,
      mission: v.mission,
      field: v.field,
      entity: v.entity,
    })),
    source: {
      format: project.format,
      file: project.sourceFile.split("/").pop() ?? project.sourceFile,
      url: `${origin}/projets/${project.slug}/source`,
    },
    updatedAt: project.updatedAt.toISOString(),
  };
}
