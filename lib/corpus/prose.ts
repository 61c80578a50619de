import type { Random } from "./random";
import {
  ARRIVALS,
  BENEFICIARIES,
  CHALLENGES,
  type Domain,
  FIELDS,
  OBJECTS,
  type Section,
  TEMPLATES,
  VERB_NOUNS,
  VERBS,
} from "./word-bank";

/**
 * French prose for the free-text sections and the titles, built from a word bank: sentence
 * templates whose slots are filled with the partnership's own places and with objects of its
 * theme, so that full-text search sees the vocabulary a real fiche would have. Lengths are
 * drawn per section, heavy-tailed like the Atlas (many short texts, some very long ones).
 */

export interface ProseContext {
  domain: Domain;
  frenchName: string;
  foreignTown: string;
  country: string;
  startYear: number;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "la gestion des déchets" → "gestion des déchets" (after "en matière de"). */
function bare(object: string): string {
  return object.replace(/^(?:la |l'|le |les )/, "");
}

function fill(template: string, random: Random, ctx: ProseContext): string {
  const objects = OBJECTS[ctx.domain];
  const out = template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case "town":
        return ctx.foreignTown;
      case "french":
        return ctx.frenchName;
      case "country":
        return ctx.country;
      case "obj":
      case "obj2":
        return random.pick(objects);
      case "objBare":
        return bare(random.pick(objects));
      case "challenge":
        return random.pick(CHALLENGES[ctx.domain]);
      case "field":
        return random.pick(FIELDS[ctx.domain]);
      case "verb":
      case "verb2":
        return random.pick(VERBS);
      case "verbNoun":
        return random.pick(VERB_NOUNS);
      case "ben":
      case "ben2":
        return random.pick(BENEFICIARIES);
      case "pop":
        return formatThousands(Math.round(random.logNormal(45_000, 1.2) / 100) * 100);
      case "count":
        return formatThousands(Math.round(random.logNormal(2_000, 1.0) / 10) * 10);
      case "pct":
        return String(random.int(20, 75));
      case "small":
        return String(random.int(2, 4));
      case "pastYear":
        return String(ctx.startYear - random.int(1, 6));
      case "oldYear":
        return String(ctx.startYear - random.int(5, 30));
      default:
        return slot;
    }
  });
  // "à le"/"de le" never appear: objects start with la/l'/bare nouns, but a verb noun may meet "à la".
  // Elision where a slot put a vowel after "de"/"que" ("de améliorer" → "d'améliorer").
  return capitalise(
    contract(out)
      .replace(/(?<=^|[\s(])(de|que) (?=[aeiouyàâéèêîôûAEIOUYÀÂÉÈÊÎÔÛ])/g, (_m, w: string) =>
        w === "de" ? "d'" : "qu'",
      )
      .replace(/(?<=^|\s)de hygiène/g, "d'hygiène"),
  );
}

/** "à les" → "aux", "de le" → "du"… where a slot starts with an article. */
function contract(text: string): string {
  return text
    .replace(/(?<=^|\s)à les /g, "aux ")
    .replace(/(?<=^|\s)à le /g, "au ")
    .replace(/(?<=^|\s)de les /g, "des ")
    .replace(/(?<=^|\s)de le /g, "du ");
}

/** One paragraph: `sentences` sentences, sometimes opened by a connector. */
function paragraph(random: Random, section: Section, ctx: ProseContext, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    let s = fill(random.pick(TEMPLATES[section]), random, ctx);
    if (i > 0 && !s.startsWith("-") && random.chance(0.25) && /^(?:Le|La|Les|Des|Un|Une|Il|Plusieurs|Une) /.test(s)) {
      s = random.pick(ARRIVALS) + s.charAt(0).toLowerCase() + s.slice(1);
    }
    parts.push(s);
  }
  // Bullet lines stand alone, like the Atlas's lists of objectives.
  return parts.join(" ");
}

/**
 * Free text of a section as paragraphs (one line each), about `targetChars` long, or null for
 * a section left empty. Bullets ("- …") are kept as their own lines.
 */
export function sectionText(random: Random, section: Section, ctx: ProseContext, targetChars: number): string[] {
  const lines: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const sentences = random.int(1, 5);
    const text = paragraph(random, section, ctx, sentences);
    if (text.includes(" - ") || text.startsWith("- ")) {
      // Keep list items one per line.
      for (const piece of text.split(/ (?=- )/)) lines.push(piece);
    } else {
      lines.push(text);
    }
    length += text.length + 1;
  }
  return lines;
}

/** Thousands with a no-break-free space, as fiches typed in a word processor show them. */
function formatThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** A project title for the partnership. */
export function projectTitle(random: Random, ctx: ProseContext): string {
  const obj = random.pick(OBJECTS[ctx.domain]);
  const templates = [
    `${random.pick(VERB_NOUNS)} ${obj} à ${ctx.foreignTown}`,
    `Coopération décentralisée entre ${ctx.frenchName} et ${ctx.foreignTown}`,
    `${capitalise(obj)} : partenariat ${ctx.frenchName} - ${ctx.foreignTown}`,
    `Renforcement des capacités de la commune de ${ctx.foreignTown} en matière de ${bare(obj)}`,
    `Jumelage-coopération ${ctx.frenchName} - ${ctx.foreignTown}`,
    `Programme d'appui à ${obj} (${ctx.country})`,
    `${random.pick(VERB_NOUNS)} ${obj} dans la région de ${ctx.foreignTown}`,
    `Projet ${ctx.foreignTown} ${ctx.startYear}-${ctx.startYear + random.int(1, 3)} : ${obj}`,
  ];
  return capitalise(contract(random.pick(templates)));
}

/** Titles that many fiches share word for word (the Atlas has dozens of these). */
export const GENERIC_TITLES = [
  "Coopération décentralisée",
  "Programme de coopération décentralisée",
  "Jumelage-coopération",
  "Partenariat de coopération",
  "Convention de coopération",
  "Projet de coopération internationale",
];

/** A long title in the Atlas style: a name, a colon, then a summary the Atlas cuts at 250 characters. */
export function longTitle(random: Random, ctx: ProseContext): string {
  const head = projectTitle(random, ctx);
  const tail = sectionText(random, "objectives", ctx, 300).join(" ");
  const full = `${head} : ${tail}`;
  return full.slice(0, 250).trimEnd();
}
