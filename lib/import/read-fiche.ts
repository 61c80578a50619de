import { parseFiche } from "../fiche";
import { readFicheText } from "./files";
import { prepareFiche, type PreparedFiche } from "./prepare";

/** A file read, parsed and prepared for writing, or the reason it will not be written. */
export type ReadOutcome =
  | { kind: "prepared"; prepared: PreparedFiche }
  | { kind: "rejected"; reason: string; unreadable?: boolean };

/** Everything done to a fiche before the database: the same in a worker thread or in the importer's own. */
export function readFiche(file: string): ReadOutcome {
  const read = readFicheText(file);
  if ("refused" in read) return { kind: "rejected", unreadable: true, reason: read.refused };
  const raw = read.text;
  const parsed = parseFiche(raw, { fileName: file });
  if (!parsed.ok) {
    const what = parsed.error.kind === "not-a-fiche" ? "not an Atlas fiche" : "malformed fiche";
    return { kind: "rejected", reason: `${what}: ${parsed.error.reason}` };
  }
  try {
    return { kind: "prepared", prepared: prepareFiche(file, raw, parsed.fiche, parsed.warnings) };
  } catch (error) {
    return { kind: "rejected", reason: `préparation impossible : ${(error as Error).message.split("\n")[0]}` };
  }
}
