/**
 * npm run --silent fiche:parse -- FILE [--warnings]
 *
 * Prints the parsed fiche as JSON on stdout (exit 0). A file that is not an Atlas fiche exits 2
 * with one stderr line "FILE: not an Atlas fiche: <reason>"; a fiche that cannot be read exits 3
 * ("FILE: malformed Atlas fiche: <reason>"); usage or I/O errors exit 1, and so does a file the
 * importer refuses to read (not a regular file, too large: lib/import/files.ts). Warnings go to stderr
 * only with --warnings, so stdout stays pure JSON.
 */
import { parseFiche } from "../lib/fiche/index";
import { readFicheText } from "../lib/import/files";
import { printablePath } from "../lib/import/printable";

function main(argv: string[]): number {
  const showWarnings = argv.includes("--warnings");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    process.stderr.write("usage: fiche:parse FILE [--warnings]\n");
    return 1;
  }
  const file = files[0];
  const shown = printablePath(file);
  // Read and decoded exactly as the importer does (same encodings, same refusals).
  const read = readFicheText(file);
  if ("refused" in read) {
    process.stderr.write(`${shown}: cannot read: ${read.refused}\n`);
    return 1;
  }
  const result = parseFiche(read.text, { fileName: file });
  if (!result.ok) {
    const what = result.error.kind === "not-a-fiche" ? "not an Atlas fiche" : "malformed Atlas fiche";
    process.stderr.write(`${shown}: ${what}: ${result.error.reason}\n`);
    return result.error.kind === "not-a-fiche" ? 2 : 3;
  }
  if (showWarnings) for (const w of result.warnings) process.stderr.write(`${shown}: warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify(result.fiche, null, 2)}\n`);
  return 0;
}

// exitCode (not exit()) so a large JSON on a pipe is fully flushed.
process.exitCode = main(process.argv.slice(2));
