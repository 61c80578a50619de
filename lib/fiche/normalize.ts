/**
 * Value normalisers shared by every layout: whitespace, placeholders, e-mails, dates, numbers.
 * The contract (fiche.schema.json) fixes these rules, so they live in one place.
 */

// \s already covers U+00A0, U+2000–U+200A, U+202F, U+3000 and U+FEFF; add the zero-width ones
// that word processors leave in pasted text.
const SPACES = /(?:\s|\u200b|\u200c|\u200d|\u2060)+/g;

/** True when `clean` would change the value (a char loop: far cheaper than a regex here). */
function needsCleaning(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  let prevSpace = true; // a leading space needs cleaning
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (c < 32 || (c >= 0x7f && isOddSpace(c))) {
      return true;
    } else prevSpace = false;
  }
  return prevSpace; // trailing space
}

function isOddSpace(c: number): boolean {
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Trim and collapse every run of whitespace (incl. no-break spaces) to one space. */
export function clean(value: string): string {
  // Most lines are already clean (readers and earlier passes clean them): skip the rewrite.
  if (!needsCleaning(value)) return value;
  return value.replace(SPACES, " ").trim();
}

const PLACEHOLDER = /^(?:na|n\/a|n\.a\.?|-|–|—)$/i;

/** True for values the Atlas prints when a field was left empty: '', 'NA', 'na', 'N/A', '-'. */
export function isPlaceholder(value: string): boolean {
  const c = clean(value);
  return c === "" || PLACEHOLDER.test(c);
}

/** Cleaned value, or null for a placeholder. */
export function valueOrNull(value: string | null | undefined): string | null {
  if (value == null) return null;
  const c = clean(value);
  return isPlaceholder(c) ? null : c;
}

/**
 * Free text of a section: each line trimmed and collapsed, empty lines dropped (the expected
 * outputs drop the blank line between "Objectifs locaux" and "Objectifs en France"), lines
 * joined by a single "\n".
 */
export function joinParagraphs(lines: readonly string[]): string | null {
  const kept: string[] = [];
  for (const line of lines) {
    const c = clean(line);
    if (c !== "") kept.push(c);
  }
  if (kept.length === 0) return null;
  if (kept.length === 1 && isPlaceholder(kept[0])) return null;
  return kept.join("\n");
}

/** `name[at]host` (the Atlas's anti-spam spelling) and friends → `name@host`. */
export function deobfuscateEmail(value: string): string {
  return value
    .replace(/\s*(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\[arobase\]|\(arobase\))\s*/gi, "@")
    .replace(/\s*(?:\[dot\]|\(dot\)|\[point\])\s*/gi, ".")
    .replace(/^mailto:/i, "");
}

const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/;

/** The e-mail in a token (after de-obfuscation), or null when the token is not one. */
export function asEmail(token: string): string | null {
  if (!token.includes("@") && !/[[({]at[\])}]|arobase/i.test(token)) return null; // no "@" can come out of it
  const t = trimEnds(deobfuscateEmail(clean(token)), "<(", ">),;.");
  return EMAIL.test(t) ? t : null;
}

/** `value` without the `lead` characters at its start and `trail` ones at its end (a char loop: a regex `[…]+$` is quadratic on long runs). */
function trimEnds(value: string, lead: string, trail: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && lead.includes(value[start])) start++;
  while (end > start && trail.includes(value[end - 1])) end--;
  return value.slice(start, end);
}

const YEAR = /(?:^|[^\d])((?:19|20|21)\d\d)(?!\d)/;

/** First plausible year (1900–2199) in a value: "2017", "01/01/2019", "Année 2020". */
export function parseYear(value: string | null): number | null {
  if (value == null) return null;
  const m = YEAR.exec(value);
  return m ? Number(m[1]) : null;
}

/** True for a 4-digit token that reads as a year. */
export function isYearToken(token: string): boolean {
  return /^(?:19|20|21)\d\d$/.test(token);
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** French dates → ISO: 31/12/2023, 31-12-2023, 31.12.2023, 2023-12-31, 31 décembre 2023. */
export function parseIsoDate(value: string | null): string | null {
  if (value == null) return null;
  const v = clean(value);
  let m = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(v);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(v);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?:^|\s)(\d{1,2})(?:er)?\s+([a-zéûè]+)\s+(\d{4})(?!\d)/i.exec(v);
  if (m) {
    const month =
      MONTHS[
        m[2]
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
      ];
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/** A plain number token ("3000", "394.63", "394,63"), or null. */
export function parseNumber(token: string): number | null {
  const t = clean(token).replace(/\s*(?:€|eur|euros?|ko|kb|kio)$/i, "");
  if (!NUMBER.test(t)) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** A small integer (priority column), or null. */
export function parseSmallInt(value: string): number | null {
  const t = clean(value);
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}
