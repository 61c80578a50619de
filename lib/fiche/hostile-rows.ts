/**
 * Long table rows shaped to hurt a splitter: random words of the Atlas's own vocabulary (known
 * themes, country names, job titles, capitalised names, numbers, e-mails, file names), long
 * comma lists, runs of separators that fold to nothing, one label repeated. Deterministic (a
 * seeded generator), so the property test and the parse bench see the same rows.
 */

/** Words a row splitter reacts to; hostile rows are made of them. */
export const HOSTILE_WORDS: readonly string[] = [
  // taxonomy (themes with commas, sub-themes, sub-sub-themes)
  "Education,",
  "Social",
  "et",
  "Recherche",
  "Economie",
  "durable",
  "Aménagement",
  "du",
  "territoire",
  "transports",
  "Environnement,",
  "Climat",
  "Energie",
  "Eau",
  "assainissement",
  "Santé",
  "Jeunesse",
  "&",
  "genre",
  "Culture",
  "Patrimoine",
  // partners and countries
  "Ville",
  "de",
  "Montréal",
  "Canada",
  "Tunisie",
  "République",
  "démocratique",
  "Congo",
  "El",
  "Jem",
  // people, roles, placeholders, e-mails
  "DUPONT",
  "BEN",
  "SALAH",
  "Marie",
  "Jean-François",
  "Conseiller",
  "Directrice",
  "Maire",
  "NA",
  "n/a",
  "-",
  "a.b@c.fr",
  "x[at]y.org",
  "<z@w.com>",
  // numbers, years, sizes, files, missions
  "1",
  "12",
  "250,50",
  "3000",
  "2021",
  "1999",
  "€",
  "Ko",
  "Mo",
  "rapport.pdf",
  "annexe.docx",
  "Volontariat",
  "Solidarité",
  "Internationale",
  "(VSI)",
  "Service",
  "Civique",
  "ODD",
  "11",
  "Villes",
  "communautés",
  // separators
  ",",
  ";",
  "|",
  "/",
  "–",
  ":",
  "(",
  ")",
  "•",
];

/** Separators that fold to nothing: a run of them must not multiply the work. */
export const SEPARATORS: readonly string[] = [",", ";", "|", "/", "-", "–", ":", "•", "&"];

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `unit` repeated (space-separated) until the text reaches `size` characters. */
export function repeatTo(unit: string, size: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    parts.push(unit);
    length += unit.length + 1;
  }
  return parts.join(" ");
}

/** `size` characters of words drawn from HOSTILE_WORDS. */
export function randomWords(size: number, seed = 12): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const word = HOSTILE_WORDS[Math.floor(next() * HOSTILE_WORDS.length)];
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(" ");
}

export interface HostileRow {
  name: string;
  text: string;
}

/** The hostile shapes, each about `size` characters long. */
export function hostileRows(size: number): HostileRow[] {
  const theme = "Economie durable";
  return [
    { name: "mots au hasard", text: randomWords(size) },
    { name: "liste à virgules", text: repeatTo("Education, Social, Recherche, Jeunesse,", size) },
    { name: "séparateurs", text: repeatTo(SEPARATORS.join(" "), size) },
    {
      name: "thème puis séparateurs",
      text: `${theme} ${repeatTo("-", size)} Aménagement du territoire et transports 1`,
    },
    { name: "thème répété", text: repeatTo(theme, size) },
    { name: "thème à virgule répété", text: repeatTo("Education, Social et Recherche", size) },
    { name: "sous-thème répété", text: `${theme} ${repeatTo("Aménagement du territoire et transports", size)}` },
    { name: "majuscules", text: repeatTo("DUPONT", size) },
    { name: "nombres", text: repeatTo("1 250,50 2021", size) },
    { name: "e-mails", text: repeatTo("a.b@c.fr", size) },
    { name: "documents", text: repeatTo("rapport 12 Ko annexe.pdf", size) },
    { name: "missions", text: repeatTo("Volontariat de Solidarité Internationale", size) },
    { name: "cellules", text: repeatTo("Ville de Montréal |", size) },
    { name: "un seul mot", text: "a".repeat(size) },
  ];
}
