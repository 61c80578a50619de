import { readFileSync } from "node:fs";
import { parseFiche } from "../fiche";
import { prepareFiche, type PreparedFiche } from "./prepare";

/** A file read, parsed and prepared for writing, or the reason it will not be written. */
export type ReadOutcome =
  | { kind: "prepared"; prepared: PreparedFiche }
  | { kind: "rejected"; reason: string; unreadable?: boolean };

/** Everything done to a fiche before the database: the same in a worker thread or in the importer's own. */
export function readFiche(file: string): ReadOutcome {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    return { kind: "rejected", unreadable: true, reason: `illisible : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
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
