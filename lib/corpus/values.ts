import type {
  Fiche,
  FicheDocument,
  FicheFormat,
  ForeignContact,
  ForeignPartner,
  OtherThematic,
  Sdg,
} from "../fiche/schema";
import { SDG_LABELS } from "../fiche/sdg";
import { atlasCountryName } from "./countries";
import { drawFunding } from "./funding";
import { misspell } from "./misspell";
import { drawFrench, drawPartnerCount, type FrenchCollectivite, partnerLabel } from "./partners";
import { drawEmail, drawPerson, drawRole } from "./people";
import { drawCountry, drawTown } from "./places";
import { drawPosts } from "./posts";
import { GENERIC_TITLES, longTitle, projectTitle, sectionText, type ProseContext } from "./prose";
import type { Random } from "./random";
import { drawThematic, type Thematic } from "./thematics";
import { domainOfTheme } from "./word-bank";
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

function drawStartYear(random: Random): number {
  // More projects in recent years, as the Atlas fills up over time.
  return random.weighted<number>(
    Array.from({ length: SNAPSHOT_YEAR - 1995 + 1 }, (_, i) => [1995 + i, 1 + i * 0.4] as const),
  );
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

const DOCUMENT_TITLES = [
  "Convention de coopération",
  "Accord de coopération multilatérale",
  "Rapport d'activité",
  "Budget prévisionnel",
  "Compte rendu de mission",
  "Plan d'actions",
  "Lettre d'intention",
];

function drawDocuments(random: Random, startYear: number): FicheDocument[] {
  if (!random.chance(0.12)) return [];
  return Array.from({ length: random.int(1, 2) }, () => {
    const title = random.pick(DOCUMENT_TITLES);
    const slug = title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_");
    return { title, sizeKb: Math.round(random.logNormal(300, 1) * 100) / 100, fileName: `${slug}_${startYear}.pdf` };
  });
}

export function drawFicheValues(random: Random, seed: string, format: FicheFormat): FicheValues {
  const startYear = drawStartYear(random);
  const conventionYear = random.chance(0.1)
    ? null
    : startYear -
      random.weighted<number>([
        [0, 50],
        [1, 25],
        [2, 10],
        [3, 5],
        [-1, 5],
      ]);
  const duration = random.int(1, 6);
  const ended = startYear + duration < SNAPSHOT_YEAR;
  const status = random.chance(0.04) ? random.pick(STATUSES) : ended && random.chance(0.7) ? "Terminé" : "En cours";
  const endYear = startYear + duration;
  const endDate = random.chance(0.7)
    ? random.chance(0.8)
      ? `${endYear}-12-31`
      : `${endYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`
    : null;

  // French side first: the lead collectivité names the project.
  const frenchCount = random.weighted<number>([
    [1, 80],
    [2, 13],
    [3, 4],
    [4, 2],
    [5, 1],
  ]);
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
  const foreignPartners: ForeignPartner[] = partners.map((p) => ({
    name: p.name,
    country: atlasCountryName(p.country),
  }));

  const primary = drawThematic(random, startYear);
  const otherCount = random.weighted<number>([
    [0, 50],
    [1, 20],
    [2, 14],
    [3, 8],
    [4, 5],
    [5, 3],
  ]);
  const otherThematics: OtherThematic[] = [];
  for (let i = 0; i < otherCount * 3 && otherThematics.length < otherCount; i++) {
    const t = drawThematic(random, Math.max(startYear, 2015));
    const same = (a: Thematic) => a.theme === t.theme && a.subTheme === t.subTheme && a.subSubTheme === t.subSubTheme;
    if (same(primary) || otherThematics.some(same)) continue;
    otherThematics.push({ ...t, priority: otherThematics.length + 1 });
  }

  const sdgs: Sdg[] = [];
  if (startYear >= 2016 && random.chance(0.55)) {
    const goals = random.sample(
      Array.from({ length: 17 }, (_, i) => i + 1),
      random.weighted<number>([
        [1, 30],
        [2, 30],
        [3, 25],
        [4, 15],
      ]),
    );
    goals.forEach((goal, i) => {
      sdgs.push({ goal, label: SDG_LABELS[goal], priority: i + 1 });
    });
  }

  const domain = domainOfTheme(primary.theme);
  const ctx: ProseContext = {
    domain,
    frenchName: frenchSide[0].short,
    foreignTown: partners[0].town,
    country: atlasCountryName(mainCountry),
    startYear,
  };
  const titleKind = random.weighted<"normal" | "long" | "generic">([
    ["normal", 87],
    ["long", 8],
    ["generic", 5],
  ]);
  const title =
    titleKind === "generic"
      ? random.pick(GENERIC_TITLES)
      : titleKind === "long"
        ? longTitle(random, ctx)
        : projectTitle(random, ctx);

  const text = (section: Parameters<typeof sectionText>[1], presence: number, median: number): string | null =>
    random.chance(presence)
      ? sectionText(random, section, ctx, Math.min(8000, random.logNormal(median, 0.7))).join("\n")
      : null;

  const foreignContacts: ForeignContact[] = [];
  for (const p of partners) {
    const count = random.weighted<number>([
      [0, 35],
      [1, 55],
      [2, 10],
    ]);
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

  const fundingYears = Array.from(
    {
      length: random.weighted<number>([
        [1, 35],
        [2, 25],
        [3, 20],
        [4, 10],
        [5, 5],
        [6, 5],
      ]),
    },
    (_, i) => startYear + i,
  );
  const funding = random.chance(0.93)
    ? drawFunding(
        random,
        fundingYears,
        frenchSide.map((f) => f.name),
        domain === "water",
      )
    : [];

  const managers = () => {
    const names = [
      frenchSide[0].name,
      ...random.sample(
        partners.map((p) => p.name),
        random.int(0, 2),
      ),
    ];
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
