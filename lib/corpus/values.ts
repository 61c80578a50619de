import type { Fiche, FicheDocument, FicheFormat, ForeignPartner } from "../fiche/schema";
import { atlasCountryName } from "./countries";
import { drawFunding } from "./funding";
import { drawPosts } from "./posts";
import { drawProjectDates } from "./project-dates";
import { drawForeignContacts, drawForeignSide, drawFrenchSide } from "./project-sides";
import { drawOtherThematics, drawSdgs } from "./project-topics";
import { GENERIC_TITLES, longTitle, projectTitle, sectionText, type ProseContext } from "./prose";
import type { Random } from "./random";
import { drawThematic } from "./thematics";
import { domainOfTheme } from "./word-bank";

/**
 * The values of one synthetic fiche: exactly the object the parser must give back (the
 * contract's Fiche), drawn with Atlas-like distributions. Layout decisions (label spellings,
 * NA placeholders, blank lines) are the renderers' business; everything here is content. Each
 * side of the project is drawn by its own module (dates, partners and contacts, topics).
 */

export interface FicheValues {
  fiche: Fiche;
  /** Partner country codes in partner order (the Fiche only has names). */
  partnerCountryCodes: string[];
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

function drawTitle(random: Random, ctx: ProseContext): string {
  const titleKind = random.weighted<"normal" | "long" | "generic">([
    ["normal", 87],
    ["long", 8],
    ["generic", 5],
  ]);
  if (titleKind === "generic") return random.pick(GENERIC_TITLES);
  return titleKind === "long" ? longTitle(random, ctx) : projectTitle(random, ctx);
}

/** Funding rows over the project's first years, for most projects. */
function drawFundingRows(random: Random, startYear: number, frenchNames: string[], water: boolean) {
  const years = random.weighted<number>([
    [1, 35],
    [2, 25],
    [3, 20],
    [4, 10],
    [5, 5],
    [6, 5],
  ]);
  const fundingYears = Array.from({ length: years }, (_, i) => startYear + i);
  return random.chance(0.93) ? drawFunding(random, fundingYears, frenchNames, water) : [];
}

export function drawFicheValues(random: Random, seed: string, format: FicheFormat): FicheValues {
  const { startYear, conventionYear, status, endDate } = drawProjectDates(random);
  const frenchSide = drawFrenchSide(random, startYear);
  const { partners, mainCountry } = drawForeignSide(random);
  const foreignPartners: ForeignPartner[] = partners.map((p) => ({
    name: p.name,
    country: atlasCountryName(p.country),
  }));
  const primary = drawThematic(random, startYear);
  const otherThematics = drawOtherThematics(random, startYear, primary);
  const sdgs = drawSdgs(random, startYear);

  const domain = domainOfTheme(primary.theme);
  const ctx: ProseContext = {
    domain,
    frenchName: frenchSide[0].short,
    foreignTown: partners[0].town,
    country: atlasCountryName(mainCountry),
    startYear,
  };
  const title = drawTitle(random, ctx);
  const text = (section: Parameters<typeof sectionText>[1], presence: number, median: number): string | null =>
    random.chance(presence)
      ? sectionText(random, section, ctx, Math.min(8000, random.logNormal(median, 0.7))).join("\n")
      : null;
  const foreignContacts = drawForeignContacts(random, partners, format);
  const funding = drawFundingRows(
    random,
    startYear,
    frenchSide.map((f) => f.name),
    domain === "water",
  );
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
