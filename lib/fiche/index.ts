import { buildFiche } from "./build";
import { detectFormat } from "./detect";
import { MalformedFicheError, NotAFicheError } from "./errors";
import type { Item } from "./items";
import { readHtml } from "./readers/html";
import { readMarkdown } from "./readers/markdown";
import { readText } from "./readers/text";
import { ficheSchema, type Fiche, type FicheFormat } from "./schema";
import { splitSections } from "./sections";

/**
 * Atlas fiche parser: text of a saved fiche (text, markdown or HTML layout) → the object of
 * tests/fixtures/fiche.schema.json. Pure and synchronous; never throws.
 */

export { MalformedFicheError, NotAFicheError } from "./errors";
export { ficheSchema, FICHE_KEYS, type Fiche } from "./schema";
export { detectFormat } from "./detect";

export type ParseResult =
  | { ok: true; fiche: Fiche; warnings: string[] }
  | { ok: false; error: NotAFicheError | MalformedFicheError };

export interface ParseOptions {
  /** Only a hint for layout detection (".html", ".md"); content decides first. */
  fileName?: string;
}

function read(format: FicheFormat, text: string): Item[] {
  if (format === "html") return readHtml(text);
  if (format === "markdown") return readMarkdown(text);
  return readText(text);
}

export function parseFiche(text: string, opts: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== "string") return { ok: false, error: new NotAFicheError("input is not text") };
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (source.trim() === "") return { ok: false, error: new NotAFicheError("empty file") };

    const format = detectFormat(source, opts.fileName);
    const split = splitSections(read(format, source));
    if (!split.sections.some((s) => s.key === "title")) {
      return { ok: false, error: new NotAFicheError("no 'Titre' label found (not a project page)") };
    }
    const warnings: string[] = [];
    const fiche = buildFiche(format, split, (message) => warnings.push(message));

    // The contract is enforced here, so no caller ever sees an object that breaks it.
    const checked = ficheSchema.safeParse(fiche);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return {
        ok: false,
        error: new MalformedFicheError(
          `result breaks the schema at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
        ),
      };
    }
    return { ok: true, fiche, warnings };
  } catch (err) {
    if (err instanceof NotAFicheError || err instanceof MalformedFicheError) return { ok: false, error: err };
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, error: new MalformedFicheError(`internal parser error: ${message}`) };
  }
}
