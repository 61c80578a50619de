import type { EmbassyPost, Fiche, FicheDocument, FicheFormat, ForeignContact, ForeignPartner, Funding, OtherThematic, Sdg } from "../fiche/schema";
import { SDG_LABELS } from "../fiche/sdg";
import taxonomy from "../fiche/taxonomy.json" with { type: "json" };
import { atlasCountryName, embassyPostName } from "./countries";
import { misspell } from "./misspell";
import { diplomaticEmail, drawEmail, drawPerson, drawRole, type Person } from "./people";
import { capitalOf, drawCountry, drawTown, FORMER_REGIONS, frenchPlaces, withDe } from "./places";
import { domainOfTheme, GENERIC_TITLES, longTitle, projectTitle, sectionText, type ProseContext } from "./prose";
import { Random } from "./random";
import { foldForMatch } from "../text/fold";

/**
 * The values of one synthetic fiche: exactly the object the parser must give back (the
 * contract's Fiche), drawn with Atlas-like distributions. Layout decisions (label spellings,
 * NA placeholders, blank lines) are the renderers' business; everything here is content.
 */

export interface FicheValues {
  fiche: Fiche;
  /** Partner country codes in partner order (the Fiche only has names). */
  partnerCountryCodes: string[];
}

/** The newest year a generated project starts in (the corpus is a snapshot of this year). */
export const SNAPSHOT_YEAR = 2024;

interface TaxonomyFile {
  themes: { label: string; subThemes: { label: string; subSubThemes: string[] }[] }[];
}

const THEMES = (taxonomy as TaxonomyFile).themes;
const CURRENT_THEMES = THEMES.filter((t) => t.subThemes.length > 0);
const OLD_THEMES = THEMES.filter((t) => t.subThemes.length === 0);

type Thematic = { theme: string; subTheme: string | null; subSubTheme: string | null };

function drawThematic(random: Random, startYear: number): Thematic {
  const old = startYear < 2015 && random.chance(0.35);
  const theme = old ? random.pick(OLD_THEMES) : random.pick(CURRENT_THEMES);
  if (theme.subThemes.length === 0 || random.chance(0.08)) return { theme: theme.label, subTheme: null, subSubTheme: null };
  const sub = random.pick(theme.subThemes);
  const subSub = sub.subSubThemes.length > 0 && random.chance(0.5) ? random.pick(sub.subSubThemes) : null;
  return { theme: theme.label, subTheme: sub.label, subSubTheme: subSub };
}

function drawStartYear(random: Random): number {
  // More projects in recent years, as the Atlas fills up over time.
  return random.weighted<number>(Array.from({ length: SNAPSHOT_YEAR - 1995 + 1 }, (_, i) => [1995 + i, 1 + i * 0.4] as const));
}

/** 1 to 40 foreign partners, most projects 1-3. */
function drawPartnerCount(random: Random): number {
  const [min, max] = random.weighted<readonly [number, number]>([
    [[1, 1], 55], [[2, 2], 18], [[3, 3], 10], [[4, 5], 7], [[6, 10], 6], [[11, 20], 3], [[21, 40], 1],
  ]);
  return random.int(min, max);
}

/** How a foreign collectivité is written: the town, often behind its unit word. */
function partnerLabel(random: Random, town: string, country: string): string {
  const prefixes: Record<string, (readonly [string, number])[]> = {
    africa: [["", 50], ["Commune de ", 25], ["Ville de ", 8], ["Mairie de ", 5], ["Conseil régional de ", 4], ["Commune rurale de ", 4], ["Municipalité de ", 4]],
    maghreb: [["", 55], ["Commune de ", 15], ["Municipalité de ", 15], ["Ville de ", 10], ["Gouvernorat de ", 5]],
    es: [["", 65], ["Municipalidad de ", 15], ["Ayuntamiento de ", 10], ["Municipio de ", 10]],
    pt: [["", 65], ["Prefeitura de ", 20], ["Câmara Municipal de ", 15]],
    it: [["", 80], ["Comune di ", 20]],
    de: [["", 85], ["Stadt ", 10], ["Landkreis ", 5]],
    en: [["", 80], ["City of ", 15], ["Town of ", 5]],
    fr: [["", 60], ["Ville de ", 30], ["Municipalité de ", 10]],
    other: [["", 80], ["Ville de ", 10], ["Province de ", 5], ["Municipalité de ", 5]],
  };
  const group =
    ["MA", "DZ", "TN", "MR", "EG", "LB", "PS", "JO"].includes(country) ? "maghreb"
    : ["SN", "BF", "ML", "BJ", "CM", "NE", "TG", "GN", "CI", "TD", "GA", "CG", "CD", "CF", "MG", "KM", "DJ", "HT", "RW", "BI"].includes(country) ? "africa"
    : ["ES", "MX", "AR", "CO", "PE", "NI", "BO", "EC", "CU", "UY", "PY", "DO", "GT", "SV", "HN", "CR", "PA", "VE", "CL"].includes(country) ? "es"
    : ["PT", "BR", "CV", "MZ", "AO", "GW"].includes(country) ? "pt"
    : country === "IT" ? "it"
    : ["DE", "AT"].includes(country) ? "de"
    : ["GB", "US", "IE", "AU", "NZ"].includes(country) ? "en"
    : ["CA", "BE", "CH", "LU"].includes(country) ? "fr"
    : "other";
  const prefix = random.weighted(prefixes[group]);
  return `${prefix}${town}`;
}

interface FrenchCollectivite {
  name: string;
  /** Short name for prose ("Lyon" rather than "Métropole de Lyon"). */
  short: string;
}

function drawFrench(random: Random, startYear: number): FrenchCollectivite {
  const places = frenchPlaces();
  const kind = random.weighted<"commune" | "departement" | "region" | "epci">([["commune", 62], ["departement", 14], ["region", 12], ["epci", 12]]);
  if (kind === "departement") {
    const d = random.pick(places.departements);
    const unit = startYear < 2015 ? "Conseil général" : random.weighted<string>([["Conseil départemental", 3], ["Département", 2]]);
    return { name: `${unit} ${withDe(d)}`, short: d.nom };
  }
  if (kind === "region") {
    const r = startYear < 2016 && random.chance(0.6) ? random.pick(FORMER_REGIONS) : random.pick(places.regions);
    const name = random.chance(0.6) ? `Région ${r.nom}` : `Conseil régional ${withDe(r)}`;
    return { name, short: r.nom };
  }
  if (kind === "epci") {
    const e = places.epcis.draw(random);
    if (/\d/.test(e.nom)) return drawFrench(random, startYear);
    // etalab abbreviates the unit word; fiches usually spell it out.
    const spelled = random.chance(0.6)
      ? e.nom.replace(/^CA /, "Communauté d'agglomération ").replace(/^CC /, "Communauté de communes ").replace(/^CU /, "Communauté urbaine ")
      : e.nom;
    return { name: spelled, short: e.nom.replace(/^(?:CA|CC|CU|Métropole)\s+(?:d[eu]s?\s+|de la\s+|de l'|d')?/, "") };
  }
  const c = places.communes.draw(random);
  const name = random.weighted<string>([[c.nom, 88], [`Ville de ${c.nom}`, 8], [`Mairie de ${c.nom}`, 2], [c.nom.replace(/\s*-\s*/g, " "), 2]]);
  return { name, short: c.nom };
}

const FORMS = [
  ["Projet de coopération décentralisée", 70],
  ["Jumelage-coopération", 8],
  ["Accord de coopération", 6],
  ["Programme pluriannuel de coopération", 5],
  ["Action ponctuelle", 4],
  ["Convention de partenariat", 4],
  ["Réseau de collectivités", 3],
] as const;

const STATUSES = ["En cours", "Terminé", "En préparation", "Suspendu"] as const;

const OTHER_FUNDERS = [
  ["Agence française de développement", 10],
  ["Union européenne", 5],
  ["Autre", 6],
  ["Usagers français", 2],
  ["Association Solidarité Internationale", 3],
  ["Comité de jumelage", 5],
  ["Cités Unies France", 2],
  ["Fondation de France", 1],
  ["Programme des Nations unies pour le développement", 1],
] as const;

const WATER_AGENCIES = [
  "Agence de l'eau Loire-Bretagne",
  "Agence de l'eau Seine-Normandie",
  "Agence de l'eau Adour-Garonne",
  "Agence de l'eau Rhône Méditerranée Corse",
  "Agence de l'eau Rhin-Meuse",
  "Agence de l'eau Artois-Picardie",
];

function amount(random: Random, median: number): number {
  return Math.max(100, Math.round(random.logNormal(median, 1.0)));
}

function drawFunding(random: Random, years: number[], french: string[], water: boolean): Funding[] {
  const funders: { name: string; median: number; waterRows: boolean }[] = french.map((name) => ({ name, median: 15_000, waterRows: water && random.chance(0.5) }));
  if (random.chance(0.6)) funders.push({ name: "Ministère de l'Europe et des Affaires étrangères", median: 12_000, waterRows: false });
  if (random.chance(0.4)) funders.push({ name: random.pick(["Collectivités et partenaires étrangers", "Partenaires étrangers", "Villes partenaires"]), median: 8_000, waterRows: false });
  if (water && random.chance(0.6)) funders.push({ name: random.pick(WATER_AGENCIES), median: 25_000, waterRows: true });
  const extra = random.weighted<number>([[0, 50], [1, 30], [2, 12], [3, 5], [5, 3]]);
  for (const name of random.sample(OTHER_FUNDERS.map(([n]) => n), extra)) funders.push({ name, median: name === "Union européenne" ? 60_000 : 5_000, waterRows: false });

  const rows: Funding[] = [];
  for (const f of funders) {
    // A funder gives in some of the project's years (all of them for the lead collectivité).
    const fYears = f === funders[0] ? years : years.filter(() => random.chance(0.6));
    for (const year of fYears.length ? fYears : [years[0]]) {
      const amountEur = f.name === "Autre" && random.chance(0.3) ? 0 : amount(random, f.median);
      const waterAmountEur = f.waterRows ? (random.chance(0.2) ? 0 : Math.round(amountEur * random.int(20, 100) / 100)) : null;
      rows.push({ funder: f.name, amountEur, waterAmountEur, year });
    }
  }
  // Fiches list rows in no particular order; keep 1 to 30 of them.
  const shuffled = random.chance(0.5) ? random.sample(rows, rows.length) : rows;
  return shuffled.slice(0, 30);
}

/** Embassy staff for a country in an era: the same people on every fiche of that era. */
interface PostStaff {
  correspondent: Person | null;
  counsellor: Person | null;
}

function postStaff(seed: string, country: string, era: number): PostStaff {
  const r = new Random(`${seed}:post:${country}:${era}`);
  if (r.chance(0.22)) return { correspondent: null, counsellor: null }; // vacant post
  const correspondent = r.chance(0.8) ? drawPerson(r, "FR") : null;
  const counsellor = r.chance(0.15) && correspondent ? correspondent : r.chance(0.7) ? drawPerson(r, "FR") : null;
  return { correspondent, counsellor };
}

function embassyName(person: Person): string {
  return `${person.firstName} ${person.lastName.toUpperCase()}`;
}

function drawPosts(random: Random, seed: string, partners: { country: string; quebec: boolean }[], startYear: number): EmbassyPost[] {
  const era = startYear < 2012 ? 0 : startYear < 2019 ? 1 : 2;
  const seen = new Set<string>();
  const posts: EmbassyPost[] = [];
  for (const [i, p] of partners.entries()) {
    const key = p.quebec ? "CA-QC" : p.country;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i > 0 && !random.chance(0.5)) continue;
    if (posts.length >= 6) break;
    const staff = postStaff(seed, key, era);
    const contacts: EmbassyPost["contacts"] = [];
    if (staff.correspondent) contacts.push({ role: "correspondent", name: embassyName(staff.correspondent), email: diplomaticEmail(staff.correspondent) });
    if (staff.counsellor) contacts.push({ role: "counsellor", name: embassyName(staff.counsellor), email: diplomaticEmail(staff.counsellor) });
    posts.push({ post: embassyPostName(p.country, capitalOf(p.country), p.quebec), contacts });
  }
  return posts;
}

const DOCUMENT_TITLES = ["Convention de coopération", "Accord de coopération multilatérale", "Rapport d'activité", "Budget prévisionnel", "Compte rendu de mission", "Plan d'actions", "Lettre d'intention"];

function drawDocuments(random: Random, startYear: number): FicheDocument[] {
  if (!random.chance(0.12)) return [];
  return Array.from({ length: random.int(1, 2) }, () => {
    const title = random.pick(DOCUMENT_TITLES);
    const slug = title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_");
    return { title, sizeKb: Math.round(random.logNormal(300, 1) * 100) / 100, fileName: `${slug}_${startYear}.pdf` };
  });
}

export function drawFicheValues(random: Random, seed: string, format: FicheFormat): FicheValues {
  const startYear = drawStartYear(random);
  const conventionYear = random.chance(0.1) ? null : startYear - random.weighted<number>([[0, 50], [1, 25], [2, 10], [3, 5], [-1, 5]]);
  const duration = random.int(1, 6);
  const ended = startYear + duration < SNAPSHOT_YEAR;
  const status = random.chance(0.04) ? random.pick(STATUSES) : ended && random.chance(0.7) ? "Terminé" : "En cours";
  const endYear = startYear + duration;
  const endDate = random.chance(0.7) ? (random.chance(0.8) ? `${endYear}-12-31` : `${endYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`) : null;

  // French side first: the lead collectivité names the project.
  const frenchCount = random.weighted<number>([[1, 80], [2, 13], [3, 4], [4, 2], [5, 1]]);
  const frenchSide: FrenchCollectivite[] = [];
  while (frenchSide.length < frenchCount) {
    const c = drawFrench(random, startYear);
    if (!frenchSide.some((f) => f.name === c.name)) frenchSide.push(c);
  }
  if (random.chance(0.02)) frenchSide[0] = { ...frenchSide[0], name: misspell(random, frenchSide[0].name) };

  // Foreign side: a main country; networks spread over several.
  const partnerCount = drawPartnerCount(random);
  const mainCountry = drawCountry(random);
  const sameCountry = partnerCount <= 5 ? 0.75 : 0.25;
  const partners: { name: string; town: string; country: string; quebec: boolean }[] = [];
  let guard = 0;
  while (partners.length < partnerCount && guard++ < partnerCount * 10) {
    const country = partners.length === 0 || random.chance(sameCountry) ? mainCountry : drawCountry(random);
    const town = drawTown(random, country, random.chance(0.03));
    let name = partnerLabel(random, town.name, country);
    if (random.chance(0.02)) name = misspell(random, name);
    // Names equal once folded are one partner to the parser (and to a reader).
    if (partners.some((p) => foldForMatch(p.name) === foldForMatch(name))) continue;
    partners.push({ name, town: town.name, country, quebec: country === "CA" && town.adminCode === "10" });
  }
  const foreignPartners: ForeignPartner[] = partners.map((p) => ({ name: p.name, country: atlasCountryName(p.country) }));

  const primary = drawThematic(random, startYear);
  const otherCount = random.weighted<number>([[0, 50], [1, 20], [2, 14], [3, 8], [4, 5], [5, 3]]);
  const otherThematics: OtherThematic[] = [];
  for (let i = 0; i < otherCount * 3 && otherThematics.length < otherCount; i++) {
    const t = drawThematic(random, Math.max(startYear, 2015));
    const same = (a: Thematic) => a.theme === t.theme && a.subTheme === t.subTheme && a.subSubTheme === t.subSubTheme;
    if (same(primary) || otherThematics.some(same)) continue;
    otherThematics.push({ ...t, priority: otherThematics.length + 1 });
  }

  const sdgs: Sdg[] = [];
  if (startYear >= 2016 && random.chance(0.55)) {
    const goals = random.sample(Array.from({ length: 17 }, (_, i) => i + 1), random.weighted<number>([[1, 30], [2, 30], [3, 25], [4, 15]]));
    goals.forEach((goal, i) => sdgs.push({ goal, label: SDG_LABELS[goal], priority: i + 1 }));
  }

  const domain = domainOfTheme(primary.theme);
  const ctx: ProseContext = {
    domain,
    frenchName: frenchSide[0].short,
    foreignTown: partners[0].town,
    country: atlasCountryName(mainCountry),
    startYear,
  };
  const titleKind = random.weighted<"normal" | "long" | "generic">([["normal", 87], ["long", 8], ["generic", 5]]);
  const title = titleKind === "generic" ? random.pick(GENERIC_TITLES) : titleKind === "long" ? longTitle(random, ctx) : projectTitle(random, ctx);

  const text = (section: Parameters<typeof sectionText>[1], presence: number, median: number): string | null =>
    random.chance(presence) ? sectionText(random, section, ctx, Math.min(8000, random.logNormal(median, 0.7))).join("\n") : null;

  const foreignContacts: ForeignContact[] = [];
  for (const p of partners) {
    const count = random.weighted<number>([[0, 35], [1, 55], [2, 10]]);
    for (let i = 0; i < count; i++) {
      const person = drawPerson(random, p.country);
      const anonymous = random.chance(0.05);
      // The flattened text layout is only readable because surnames are typed in capitals there.
      const lastName = format === "text" || random.chance(0.4) ? person.lastName.toUpperCase() : person.lastName;
      foreignContacts.push({
        partner: p.name,
        lastName: anonymous ? null : lastName,
        firstName: anonymous || random.chance(0.03) ? null : person.firstName,
        role: random.chance(0.7) ? drawRole(random, p.country) : null,
        email: random.chance(0.9) ? drawEmail(random, anonymous ? null : person, p.town, p.country) : null,
      });
    }
  }

  const fundingYears = Array.from({ length: random.weighted<number>([[1, 35], [2, 25], [3, 20], [4, 10], [5, 5], [6, 5]]) }, (_, i) => startYear + i);
  const funding = random.chance(0.93) ? drawFunding(random, fundingYears, frenchSide.map((f) => f.name), domain === "water") : [];

  const managers = () => {
    const names = [frenchSide[0].name, ...random.sample(partners.map((p) => p.name), random.int(0, 2))];
    return names.join(", ");
  };

  const fiche: Fiche = {
    format,
    title,
    conventionYear,
    thematic: primary,
    otherThematics,
    sdgs,
    startYear,
    status,
    endDate,
    context: text("context", 0.9, 900),
    history: text("history", 0.7, 700),
    objectives: text("objectives", 0.9, 600),
    description: text("description", 0.85, 1100),
    partnershipForm: random.weighted(FORMS),
    projectManagers: random.chance(0.5) ? managers() : null,
    contractingAuthorities: random.chance(0.6) ? managers() : null,
    beneficiaries: text("beneficiaries", 0.7, 300),
    foreignPartners,
    foreignContacts,
    frenchPartners: frenchSide.map((f) => f.name),
    triennial: random.chance(0.05) ? null : random.chance(0.15),
    funding,
    volunteers: [],
    documents: drawDocuments(random, startYear),
    embassyPosts: drawPosts(random, seed, partners, startYear),
  };
  return { fiche, partnerCountryCodes: partners.map((p) => p.country) };
}
