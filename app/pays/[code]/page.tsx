import type { Metadata } from "next";
import Link from "next/link";
import { FeedLink } from "@/components/standards/FeedLink";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { notFound } from "next/navigation";
import { EmbassyPostCard, MAX_PROJECTS } from "@/components/contacts/EmbassyPostCard";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { Section } from "@/components/project/Section";
import { ProjectLinks } from "@/components/places/ProjectLinks";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { findEmbassyPosts, findPartnerContacts } from "@/lib/search/contacts";
import {
  countryFrenchCollectivites, countryFunding, countryPartners, countryProjects, countryThematics, getCountry,
  type CountryPartner,
} from "@/lib/search/country";
import type { MapPlace } from "@/lib/search/map";
import { parseSearchParams, toQueryString } from "@/lib/search/params";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { plural } from "@/lib/text/format";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = readSegment(countryCodeSegment, (await params).code);
  const country = code ? await getCountry(code) : null;
  if (!country) return { title: "Pays introuvable" };
  return {
    title: country.name,
    description: `Coopération décentralisée avec ${country.name} : ${country.projectCount} projet(s), collectivités partenaires, financements et contacts.`,
  };
}

function placesOf(partners: CountryPartner[], code: string, name: string): MapPlace[] {
  return partners.flatMap((p) =>
    p.lat === null || p.lon === null || p.precision === "none"
      ? []
      : [{ id: p.id, slug: p.slug, name: p.name, countryCode: code, countryName: name, side: "foreign" as const, lat: p.lat, lon: p.lon,
           precision: p.precision as MapPlace["precision"], ambiguous: p.ambiguous, projects: p.projects }],
  );
}

const PROJECT_LIMIT = 20;
/**
 * A country with thousands of partnerships made a page of several megabytes: long lists show
 * their first entries, the French collectivités unfold with `?francaises=toutes`.
 */
const FRENCH_SHOWN = 30;
const FRENCH_PER_PARTNER = 5;

export default async function CountryPage({ params, searchParams }: Props) {
  // The layout has already answered 404 or redirected for anything but a known upper-case code.
  const code = readSegment(countryCodeSegment, (await params).code);
  const country = code ? await getCountry(code) : null;
  if (!code || !country) notFound();

  const allFrench = (await searchParams).francaises === "toutes";
  const search = parseSearchParams({ country: code });
  const searchHref = (overrides: Parameters<typeof toQueryString>[1] = {}) => `/projets${toQueryString(search, overrides)}`;
  const [projects, partners, french, funding, thematics, posts, partnerContacts] = await Promise.all([
    countryProjects(code, PROJECT_LIMIT),
    countryPartners(code),
    countryFrenchCollectivites(code),
    countryFunding(code),
    countryThematics(code),
    findEmbassyPosts({ country: [code] }, { projectLimit: MAX_PROJECTS }),
    findPartnerContacts({ country: [code] }, 0),
  ]);

  return (
    <article className="space-y-10 [&_a]:underline">
      <header className="space-y-3">
        <nav aria-label="Fil d'Ariane" className="text-sm"><Link href="/projets">Projets</Link> › <span>Pays</span></nav>
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{country.name}</h1>
        <p className="text-slate-700">
          <Link href={searchHref()}>{plural(country.projectCount, "projet", "projets")}</Link> avec{" "}
          {plural(partners.length, "collectivité partenaire", "collectivités partenaires")} et{" "}
          {plural(french.length, "collectivité française", "collectivités françaises")} ·{" "}
          {plural(posts.length, "poste diplomatique", "postes diplomatiques")}
        </p>
        <p><FeedLink params={{ country: [code] }} /></p>
        <nav aria-label="Sur cette page" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><a href="#projets">Projets</a></li>
            <li><a href="#partenaires">Collectivités partenaires</a></li>
            <li><a href="#collectivites-francaises">Collectivités françaises</a></li>
            <li><a href="#financement">Financement</a></li>
            <li><a href="#postes">Postes et contacts</a></li>
            <li><a href="#thematiques">Thématiques</a></li>
          </ul>
        </nav>
      </header>

      <Section id="projets" title={`Projets (${country.projectCount})`}>
        {projects.length === 0 ? (
          <p className="text-sm text-slate-600">Aucun projet n&apos;a de partenaire dans ce pays.</p>
        ) : (
          <>
            <ProjectLinks projects={projects} highlightCountry={code} />
            {country.projectCount > projects.length && (
              <p className="mt-3"><Link href={searchHref()}>Voir les {country.projectCount} projets dans la recherche</Link></p>
            )}
          </>
        )}
      </Section>

      <Section id="partenaires" title={`Collectivités partenaires (${partners.length})`}>
        {partners.length === 0 ? (
          <p className="text-sm text-slate-600">Aucune collectivité de ce pays n&apos;est partenaire d&apos;un projet.</p>
        ) : (
          <div className="space-y-4">
            <PlacesMiniMap places={placesOf(partners, code, country.name)} label={`Carte des collectivités partenaires en ${country.name}`} listed={partners.length} />
            <ul className="grid gap-2 sm:grid-cols-2">
              {partners.map((p) => (
                <li key={p.id} className="rounded border border-slate-200 p-3 text-sm">
                  <Link href={`/collectivites/${p.slug}`} className="font-medium">{p.name}</Link>
                  <span className="text-slate-700"> · {plural(p.projectCount, "projet", "projets")}</span>
                  {p.frenchPartners.length > 0 && (
                    <p className="mt-1 text-slate-700">
                      Avec{" "}
                      <LinkSeries items={p.frenchPartners.slice(0, FRENCH_PER_PARTNER).map((f) => ({ key: f.slug, href: `/collectivites/${f.slug}`, label: f.name }))} />
                      {p.frenchPartners.length > FRENCH_PER_PARTNER && ` et ${plural(p.frenchPartners.length - FRENCH_PER_PARTNER, "autre", "autres")}`}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <Section id="collectivites-francaises" title={`Collectivités françaises engagées (${french.length})`}>
        {french.length === 0 ? (
          <p className="text-sm text-slate-600">Aucune collectivité française renseignée.</p>
        ) : (
          <>
          <ul className="grid gap-1 sm:grid-cols-2">
            {(allFrench ? french : french.slice(0, FRENCH_SHOWN)).map((f) => (
              <li key={f.id} className="text-sm">
                <Link href={`/collectivites/${f.slug}`} className="font-medium">{f.name}</Link>
                {f.regionName && <span className="text-slate-700"> ({f.regionName})</span>}
                {" · "}
                <Link href={searchHref({ french: [f.id] })}>{plural(f.projectCount, "projet", "projets")}</Link>
              </li>
            ))}
          </ul>
          {french.length > FRENCH_SHOWN && (
            <p className="mt-3 text-sm">
              {allFrench
                ? <Link href={`/pays/${code}#collectivites-francaises`} scroll={false}>N&apos;afficher que les {FRENCH_SHOWN} plus engagées</Link>
                : <Link href={`/pays/${code}?francaises=toutes#collectivites-francaises`} scroll={false}>Afficher les {french.length} collectivités françaises</Link>}
            </p>
          )}
          </>
        )}
      </Section>

      <Section id="financement" title="Financement par année">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Montants complets des projets ayant un partenaire dans ce pays : une fiche ne répartit pas son budget entre
          ses partenaires, un projet avec plusieurs pays compte donc entièrement pour chacun.
        </p>
        <FundingByYear rows={funding} caption={`Financement des projets avec ${country.name}, par année et type de financeur`} kindHref={(kind) => searchHref({ funder: [kind as never] })} />
      </Section>

      <Section id="postes" title="Postes diplomatiques et contacts">
        {posts.length === 0 ? (
          <p className="text-sm text-slate-600">Aucune fiche ne nomme de poste diplomatique dans ce pays.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {posts.map((post) => <li key={post.id}><EmbassyPostCard post={post} /></li>)}
          </ul>
        )}
        <p className="mt-3 text-sm">
          {partnerContacts.total > 0 ? (
            <Link href={`/contacts?country=${code}`}>
              Contacts des collectivités partenaires dans l&apos;annuaire ({partnerContacts.total})
            </Link>
          ) : (
            "Aucun contact de collectivité partenaire dans ce pays."
          )}
        </p>
      </Section>

      <Section id="thematiques" title="Thématiques principales">
        {thematics.length === 0 ? (
          <p className="text-sm text-slate-600">Aucune thématique renseignée.</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {thematics.map((t) => (
              <li key={t.id}>
                {t.parentLabel && <span className="text-slate-700">{t.parentLabel} › </span>}
                <span className="font-medium">{t.label}</span>
                {" · "}
                <Link href={searchHref({ thematic: [t.id] })}>{plural(t.count, "projet", "projets")}</Link>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <EmbedCode path={`/integrer/pays/${code}`} title={`Coopération décentralisée : ${country.name}`} />
    </article>
  );
}
