import { z } from "zod";
import { parseEmbassyPost } from "./embassy";
import { line } from "./items";
import { FOREIGN_CONTACTS_TABLE, parseForeignContact, splitPerson } from "./rows/contacts";
import { DOCUMENTS_TABLE, parseDocument } from "./rows/documents";
import { FUNDING_TABLE, parseFunding } from "./rows/funding";
import { parseForeignPartner, parseFrenchPartner } from "./rows/partners";
import { parseSdg, SDG_TABLE } from "./rows/sdgs";
import { OTHER_THEMATICS_TABLE, parseOtherThematic } from "./rows/thematics";
import { parseVolunteer, VOLUNTEERS_TABLE } from "./rows/volunteers";
import type { Warn } from "./rows/warn";
import {
  documentSchema,
  embassyPostSchema,
  foreignContactSchema,
  foreignPartnerSchema,
  fundingSchema,
  otherThematicSchema,
  sdgSchema,
  volunteerSchema,
} from "./schema";
import { tableRows, type TableRow } from "./tables";

/**
 * Every table splitter behind one signature (one row's text → its reading), with the shape its
 * reading must have: the property test feeds them hostile rows, the parse bench times them.
 * Each splitter gets the text both as a flattened line and as cells (cut at " | ", or at
 * spaces when there is none), the two forms a table row arrives in.
 */

export interface Splitter {
  name: string;
  split: (text: string) => unknown;
  /** What a sane reading looks like (the contract's row schema). */
  output: z.ZodType;
}

const ignore: Warn = () => {};

function flat(text: string): TableRow {
  return { kind: "flat", text };
}

function cells(text: string): TableRow {
  const parts = text.includes(" | ") ? text.split(" | ") : text.split(" ");
  return { kind: "cells", cells: parts };
}

/** Partner names a contact row may start with: real-looking ones plus the row's own first words. */
function partnersFor(text: string): string[] {
  const words = text.split(" ");
  return ["Ville de Montréal", "El Jem", words.slice(0, 3).join(" "), words.slice(0, 40).join(" ")];
}

function rowSplitters(name: string, parse: (row: TableRow) => unknown, output: z.ZodType): Splitter[] {
  return [
    { name: `${name} (ligne)`, split: (text) => parse(flat(text)), output },
    { name: `${name} (cellules)`, split: (text) => parse(cells(text)), output },
  ];
}

export const SPLITTERS: readonly Splitter[] = [
  ...rowSplitters("autres thématiques", (r) => parseOtherThematic(r, ignore), otherThematicSchema),
  ...rowSplitters("ODD", (r) => parseSdg(r, ignore), sdgSchema.nullable()),
  ...rowSplitters("partenaires étrangers", (r) => parseForeignPartner(r, ignore), foreignPartnerSchema),
  ...rowSplitters("partenaires français", (r) => parseFrenchPartner(r), z.string().nullable()),
  ...rowSplitters("financements", (r) => parseFunding(r, ignore), fundingSchema),
  ...rowSplitters("volontaires", (r) => parseVolunteer(r, ignore), volunteerSchema),
  ...rowSplitters("documents", (r) => parseDocument(r, ignore), documentSchema),
  {
    name: "contacts étrangers (ligne)",
    split: (text) => parseForeignContact(flat(text), partnersFor(text), ignore),
    output: foreignContactSchema,
  },
  {
    name: "contacts étrangers (cellules)",
    split: (text) => parseForeignContact(cells(text), partnersFor(text), ignore),
    output: foreignContactSchema,
  },
  {
    name: "noms (nom, prénom, fonction)",
    split: (text) => {
      const { lastName, firstName, role } = splitPerson(text.split(" "));
      return { lastName, firstName, role };
    },
    output: z.strictObject({
      lastName: z.string().nullable(),
      firstName: z.string().nullable(),
      role: z.string().nullable(),
    }),
  },
  ...[OTHER_THEMATICS_TABLE, SDG_TABLE, FUNDING_TABLE, VOLUNTEERS_TABLE, DOCUMENTS_TABLE, FOREIGN_CONTACTS_TABLE].map(
    (spec): Splitter => ({
      name: `en-têtes de tableau (${spec.columns[0]})`,
      split: (text) => tableRows([line(text)], spec),
      output: z.array(z.unknown()),
    }),
  ),
  {
    name: "postes diplomatiques",
    split: (text) =>
      parseEmbassyPost("Ambassade de France", ["Correspondant", text, `Courriel : ${text}`, text], ignore),
    output: embassyPostSchema,
  },
];
