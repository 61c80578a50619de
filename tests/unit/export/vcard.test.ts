import vCard from "vcf";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatVCard, formatVCards, personToVCard } from "../../../lib/export/vcard";
import type { ContactPerson } from "../../../lib/domain/contacts";

const sarah: ContactPerson = {
  key: "embassy-1",
  kind: "embassy",
  fullName: "Sarah VAILLANT",
  firstName: "Sarah",
  lastName: "VAILLANT",
  roles: ["Correspondant coopération décentralisée"],
  email: "sarah.vaillant@diplomatie.gouv.fr",
  organisation: "Ambassade de France à Ottawa",
  organisationPath: "/pays/CA",
  countryCode: "CA",
  countryName: "Canada",
  asOf: 2022,
  projects: [{ slug: "repenser-la-ville", title: "Repenser la ville en transition avec les citoyens" }],
};

/** Physical lines as the RFC defines them: CRLF-separated, the last CRLF ending the card. */
const physicalLines = (text: string) => text.split("\r\n").slice(0, -1);
/** RFC 6350 §3.2 unfolding. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const value = (card: vCard, key: string) => {
  const prop = card.get(key);
  return Array.isArray(prop) ? prop.map((p) => p.valueOf()) : prop?.valueOf();
};

describe("formatVCard", () => {
  it("writes a vCard 4.0 that the vcf parser reads back", () => {
    const text = formatVCard(personToVCard(sarah, "https://atlas.example"));
    const cards = vCard.parse(text);
    expect(cards).toHaveLength(1);
    const card = cards[0];
    expect(card.version).toBe("4.0");
    expect(value(card, "fn")).toBe("Sarah VAILLANT");
    expect(value(card, "n")).toBe("VAILLANT;Sarah;;;");
    expect(value(card, "email")).toBe("sarah.vaillant@diplomatie.gouv.fr");
    expect(value(card, "org")).toBe("Ambassade de France à Ottawa");
    expect(value(card, "title")).toBe("Correspondant coopération décentralisée");
    expect(value(card, "kind")).toBe("individual");
    expect(value(card, "url")).toBe("https://atlas.example/pays/CA");
    expect(value(card, "uid")).toBe("urn:atlas:contact:embassy-1");
  });

  it("begins with BEGIN and VERSION, ends with END, with CRLF line ends only", () => {
    const text = formatVCard(personToVCard(sarah, "https://atlas.example"));
    const lines = physicalLines(text);
    expect(lines[0]).toBe("BEGIN:VCARD");
    expect(lines[1]).toBe("VERSION:4.0");
    expect(lines.at(-1)).toBe("END:VCARD");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("escapes backslash, comma, semicolon and newline in text values (RFC 6350 §3.4)", () => {
    expect(escapeText("a\\b,c;d\ne")).toBe("a\\\\b\\,c\\;d\\ne");
    const text = formatVCard({
      fullName: "Dupont, Jean; fils",
      organisation: "Ville de Montréal, Arrondissement",
      note: "ligne 1\nligne 2",
    });
    const unfolded = unfold(text);
    expect(unfolded).toContain("FN:Dupont\\, Jean\\; fils\r\n");
    expect(unfolded).toContain("ORG:Ville de Montréal\\, Arrondissement\r\n");
    expect(unfolded).toContain("NOTE:ligne 1\\nligne 2\r\n");
    // The parser keeps the escapes but finds each property whole.
    const card = vCard.parse(text)[0];
    expect(value(card, "fn")).toBe("Dupont\\, Jean\\; fils");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character, and unfolds to the original", () => {
    const long =
      "Pérennisation du Réseau International des Villes Michelin (RIVM) à travers l’opérationnalisation des premiers partenariats, œuvre commune";
    const text = formatVCard({ fullName: "Monica Arnaudo", note: long });
    for (const line of physicalLines(text)) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`NOTE:${escapeText(long)}\r\n`);
    const card = vCard.parse(text)[0];
    expect(value(card, "note")).toBe(escapeText(long));
  });

  it("folds a line of multi-byte characters only between characters", () => {
    const line = `NOTE:${"é".repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("always has a formatted name, and marks a card without a person as an organisation", () => {
    const office: ContactPerson = {
      ...sarah,
      key: "partner-9",
      kind: "partner",
      fullName: "Référent RIVM d'Oyem (Oyem)",
      firstName: null,
      lastName: null,
      roles: ["Référent RIVM d'Oyem"],
      email: "mairieoyem@gmail.com",
    };
    const card = vCard.parse(formatVCard(personToVCard(office, "https://atlas.example")))[0];
    expect(value(card, "fn")).toBe("Référent RIVM d'Oyem (Oyem)");
    expect(value(card, "kind")).toBe("org");
    expect(card.get("n")).toBeUndefined();
    expect(formatVCard({ fullName: "  " })).toContain("FN:Contact\r\n");
  });

  it("puts several cards in one file that parses into as many cards", () => {
    const text = formatVCards([
      personToVCard(sarah, "https://a"),
      personToVCard(
        {
          ...sarah,
          key: "embassy-2",
          fullName: "Stéphane CATTA",
          firstName: "Stéphane",
          lastName: "CATTA",
          email: "stephane.catta@diplomatie.gouv.fr",
        },
        "https://a",
      ),
    ]);
    const cards = vCard.parse(text);
    expect(cards.map((c) => value(c, "fn"))).toEqual(["Sarah VAILLANT", "Stéphane CATTA"]);
  });
});
