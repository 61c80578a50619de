import type { ContactPerson } from "../domain/contacts";

/**
 * A small vCard 4.0 writer (RFC 6350). Written here rather than taken from vcards-js (which emits
 * 3.0 with non-standard CHARSET parameters) or vcf (which leaves escaping to the caller): the
 * rules are few and the unit tests check them, and check the output with the `vcf` parser.
 * - lines end with CRLF and are folded at 75 octets, never inside a UTF-8 character (§3.2);
 * - text values escape backslash, comma, semicolon and newline (§3.4);
 * - structured values (N, ORG) join their escaped components with ";".
 */
export interface VCardInput {
  fullName: string;
  familyName?: string | null;
  givenName?: string | null;
  /** "individual" for a person; "org" when only an office or a generic address is known. */
  kind?: "individual" | "org";
  organisation?: string | null;
  title?: string | null;
  email?: string | null;
  note?: string | null;
  url?: string | null;
  uid?: string | null;
}

const CRLF = "\r\n";

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line: at most 75 octets per physical line, continuations start with a space. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** One vCard, CRLF-terminated. */
export function formatVCard(card: VCardInput): string {
  const fullName = card.fullName.trim() || card.organisation?.trim() || card.email?.trim() || "Contact";
  const lines = ["BEGIN:VCARD", "VERSION:4.0", property("PRODID", "-//Atlas de la coopération décentralisée//FR")];
  if (card.kind) lines.push(property("KIND", card.kind));
  lines.push(property("FN", escapeText(fullName)));
  if (card.familyName || card.givenName) {
    lines.push(property("N", [card.familyName ?? "", card.givenName ?? "", "", "", ""].map(escapeText).join(";")));
  }
  if (card.organisation) lines.push(property("ORG", escapeText(card.organisation)));
  if (card.title) lines.push(property("TITLE", escapeText(card.title)));
  if (card.email) lines.push(property("EMAIL;TYPE=work", escapeText(card.email.trim())));
  if (card.url) lines.push(property("URL", card.url));
  if (card.note) lines.push(property("NOTE", escapeText(card.note)));
  if (card.uid) lines.push(property("UID", card.uid));
  lines.push("END:VCARD");
  return lines.join(CRLF) + CRLF;
}

/** Several cards in one .vcf file, as address books import them. */
export function formatVCards(cards: VCardInput[]): string {
  return cards.map(formatVCard).join("");
}

/** A directory person as a card: roles as title, the post or collectivité as organisation, projects in the note. */
export function personToVCard(person: ContactPerson, origin: string): VCardInput {
  const personal = Boolean(person.lastName || person.firstName);
  const noteParts = [
    person.countryName ? `Pays : ${person.countryName}` : null,
    person.asOf ? `À jour de ${person.asOf}` : null,
    person.projects.length ? `Projets : ${person.projects.map((p) => p.title).join(" ; ")}` : null,
  ].filter(Boolean);
  return {
    fullName: person.fullName,
    familyName: person.lastName,
    givenName: person.firstName,
    kind: personal ? "individual" : "org",
    organisation: person.organisation,
    title: person.roles.join(", ") || null,
    email: person.email,
    note: noteParts.join("\n") || null,
    url: person.organisationPath ? `${origin}${person.organisationPath}` : null,
    uid: `urn:atlas:contact:${person.key}`,
  };
}
