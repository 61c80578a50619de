/**
 * Typed failures of the fiche parser. parseFiche never throws: it returns one of these in
 * `{ ok: false, error }`, so callers (CLI, importer) can tell "this file is something else"
 * (NotAFicheError, skip it) from "this is a fiche we could not read" (MalformedFicheError).
 */
export type FicheErrorKind = "not-a-fiche" | "malformed";

export abstract class FicheError extends Error {
  abstract readonly kind: FicheErrorKind;
  /** One line, no trailing period, suitable for `FILE: not an Atlas fiche: <reason>`. */
  readonly reason: string;

  constructor(reason: string) {
    // A reason may quote file content: keep it on one line and short so logs stay greppable.
    const oneLine = reason.replace(/\s+/g, " ").trim().slice(0, 300) || "unknown reason";
    super(oneLine);
    this.reason = oneLine;
    this.name = new.target.name;
  }
}

/** The text is not an Atlas fiche at all (no `Titre` label), e.g. a context document. */
export class NotAFicheError extends FicheError {
  readonly kind = "not-a-fiche" as const;
}

/** The text looks like a fiche but cannot yield a valid object (empty title, internal bug…). */
export class MalformedFicheError extends FicheError {
  readonly kind = "malformed" as const;
}
