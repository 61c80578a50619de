/**
 * npm run --silent fiche:parse -- FILE [--warnings]
 *
 * Prints the parsed fiche as JSON on stdout (exit 0). A file that is not an Atlas fiche exits 2
 * with one stderr line "FILE: not an Atlas fiche: <reason>"; a fiche that cannot be read exits 3
 * ("FILE: malformed Atlas fiche: <reason>"); usage or I/O errors exit 1. Warnings go to stderr
 * only with --warnings, so stdout stays pure JSON.
 */
import { readFileSync } from "node:fs";
import { parseFiche } from "../lib/fiche/index";

/** Saved pages are usually UTF-8; older ones are Windows-1252. The parser takes text, so decode here. */
export function decodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function main(argv: string[]): number {
  const showWarnings = argv.includes("--warnings");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    process.stderr.write("usage: fiche:parse FILE [--warnings]\n");
    return 1;
  }
  const file = files[0];
  let text: string;
  try {
    text = decodeFile(readFileSync(file));
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const result = parseFiche(text, { fileName: file });
  if (!result.ok) {
    const what = result.error.kind === "not-a-fiche" ? "not an Atlas fiche" : "malformed Atlas fiche";
    process.stderr.write(`${file}: ${what}: ${result.error.reason}\n`);
    return result.error.kind === "not-a-fiche" ? 2 : 3;
  }
  if (showWarnings) for (const w of result.warnings) process.stderr.write(`${file}: warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify(result.fiche, null, 2)}\n`);
  return 0;
}

// exitCode (not exit()) so a large JSON on a pipe is fully flushed.
process.exitCode = main(process.argv.slice(2));
