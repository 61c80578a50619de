import type { IatiProject } from "./load";
import { activityIdentifier } from "./organisation";
import { participantsOf } from "./participants";
import { activityDates, activityStatus, BUDGET, budgetsOf, budgetValueDate } from "./timeline";
import { partnerPlaces, recipientCountries } from "./places";
import { sectorsOf } from "./sectors";
import { DOCUMENT_CATEGORY, SDG_TAG_VOCABULARY } from "./codes";
import { REPORTING_ORG_NAME } from "./organisation";

const fr = (text: string) => ({ narrative: { "@xml:lang": "fr", "#": text } });
const plain = (text: string) => ({ narrative: { "#": text } });

function description(p: IatiProject): string {
  return [p.objectives, p.description, p.context].find((t) => t?.trim()) ?? p.title;
}

/** One project as an `iati-activity` (an xmlbuilder2 object; key order is the schema's element order). */
export function activityOf(p: IatiProject, orgId: string, origin: string): Record<string, unknown> {
  const pageUrl = `${origin}/projets/${p.slug}`;
  const foreign = p.partners.filter((pp) => pp.role === "foreign").map((pp) => pp.collectivite);
  const funding = p.funding.map((f) => ({
    funder: f.funder.name,
    kind: f.funderKind,
    amountEur: f.amountEur === null ? null : Number(f.amountEur),
    waterAmountEur: null,
    year: f.year,
  }));
  return {
    "@last-updated-datetime": new Date(p.updatedAt).toISOString(),
    "@xml:lang": "fr",
    "@default-currency": BUDGET.currency,
    "iati-identifier": activityIdentifier(orgId, p.slug),
    "reporting-org": { "@ref": orgId, "@type": "90", "@secondary-reporter": "1", ...plain(REPORTING_ORG_NAME) },
    title: fr(p.title),
    description: { "@type": "1", ...fr(description(p)) },
    "participating-org": participantsOf(p.partners, p.funding).map((o) => ({
      ...(o.ref ? { "@ref": o.ref } : {}),
      "@role": o.role,
      "@type": o.type,
      ...plain(o.name),
    })),
    "activity-status": { "@code": activityStatus(p.status) },
    "activity-date": activityDates(p).map((d) => ({ "@type": d.type, "@iso-date": d.isoDate, ...fr(d.narrative) })),
    "recipient-country": recipientCountries(p.countryCodes).map((c) => ({
      "@code": c.code,
      "@percentage": String(c.percentage),
    })),
    location: partnerPlaces(foreign).map((l) => ({
      name: plain(l.name),
      point: { "@srsName": "http://www.opengis.net/def/crs/EPSG/0/4326", pos: `${l.lat} ${l.lon}` },
      exactness: { "@code": l.exactness },
      "location-class": { "@code": l.locationClass },
      "feature-designation": { "@code": l.feature },
    })),
    sector: sectorsOf(p.thematics.map((t) => t.thematic)).map((s) => ({
      "@vocabulary": s.vocabulary,
      "@code": s.code,
      "@percentage": String(s.percentage),
      ...fr(s.label),
    })),
    tag: p.sdgs.map((s) => ({ "@vocabulary": SDG_TAG_VOCABULARY, "@code": String(s.goal) })),
    budget: budgetsOf(funding).map((b) => ({
      "@type": BUDGET.type,
      "@status": BUDGET.status,
      "period-start": { "@iso-date": `${b.year}-01-01` },
      "period-end": { "@iso-date": `${b.year}-12-31` },
      value: { "@currency": BUDGET.currency, "@value-date": budgetValueDate(b.year), "#": b.amount.toFixed(2) },
    })),
    "document-link": p.documents.map((d) => ({
      "@format": "text/html",
      "@url": `${pageUrl}#documents`,
      title: fr(d.title),
      category: { "@code": DOCUMENT_CATEGORY },
      language: { "@code": "fr" },
    })),
  };
}
