import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { decodeFicheBytes } from "./decode";
import type { ImportSummary } from "./run";

/** Extensions the Atlas fiches come in: flattened text, markdown, saved pages. */
export const FICHE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

/**
 * Real fiches weigh under 100 kB: a file twenty times larger is not one, and reading it would
 * only cost memory and time. Checked on the file's size before any byte is read.
 */
export const MAX_FICHE_BYTES = 2 * 1024 * 1024;

/** An entry that will not be imported, and why (in French): the shape of the import summary's. */
export type RejectedEntry = ImportSummary["rejected"][number];

/**
 * Expands the command-line paths (files or folders, recursively) into fiche files, sorted so that
 * an import is reproducible. Links are followed; a missing path, a broken link or a loop of links,
 * a named pipe or a device, a file above MAX_FICHE_BYTES are reported in `rejected`, never thrown.
 * In a folder, hidden entries and files without a fiche extension are skipped silently.
 */
export function collectFicheFiles(paths: string[]): { files: string[]; rejected: RejectedEntry[] } {
  const files = new Set<string>();
  const rejected: RejectedEntry[] = [];
  // Directories (device:inode) from the command-line path down to the current one.
  const ancestors = new Set<string>();
  const walk = (p: string, named: boolean) => {
    let stat: Stats;
    try {
      stat = statSync(p);
    } catch (error) {
      rejected.push({ file: p, reason: unreachableReason(p, error) });
      return;
    }
    if (stat.isDirectory()) {
      const id = `${stat.dev}:${stat.ino}`;
      if (ancestors.has(id)) {
        rejected.push({ file: p, reason: "boucle de liens symboliques : ce lien mène à un dossier qui le contient" });
        return;
      }
      ancestors.add(id);
      try {
        for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          if (entry.name.startsWith(".")) continue;
          // A plain file is kept by its name alone; links and the rest must be looked at.
          if (entry.isFile() && !isFicheName(entry.name)) continue;
          walk(path.join(p, entry.name), false);
        }
      } catch (error) {
        rejected.push({ file: p, reason: unreachableReason(p, error) });
      } finally {
        ancestors.delete(id);
      }
      return;
    }
    // A file named on the command line is read whatever its extension.
    if (!named && !isFicheName(p)) return;
    const refused = refusalReason(stat);
    if (refused) rejected.push({ file: p, reason: refused });
    else files.add(p);
  };
  for (const p of paths) walk(p, true);
  return { files: [...files].sort(), rejected };
}

function isFicheName(name: string): boolean {
  return FICHE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/** Why an entry that stat() found will not be read, or null for a regular file of a fiche's size. */
export function refusalReason(stat: Stats): string | null {
  if (!stat.isFile()) return `pas un fichier ordinaire (${entryKind(stat)}) : il n'est pas ouvert`;
  if (stat.size > MAX_FICHE_BYTES) {
    return `trop volumineux : ${megabytes(stat.size)} (limite ${megabytes(MAX_FICHE_BYTES)}, une fiche pèse moins de 100 ko)`;
  }
  return null;
}

function entryKind(stat: Stats): string {
  if (stat.isDirectory()) return "dossier";
  if (stat.isFIFO()) return "tube nommé";
  if (stat.isSocket()) return "socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "périphérique";
  return "type inconnu";
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/** Why stat(), open() or readdir() failed on a path, in the words of the import summary. */
function unreachableReason(p: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return "boucle de liens symboliques";
  if (code === "ENOENT" || code === "ENOTDIR") {
    const target = brokenLinkTarget(p);
    return target === null ? "introuvable" : `lien symbolique cassé : sa cible « ${target} » n'existe pas`;
  }
  if (code === "EACCES" || code === "EPERM") return "accès refusé";
  return `illisible : ${code ?? (error as Error).message}`;
}

function brokenLinkTarget(p: string): string | null {
  try {
    return lstatSync(p).isSymbolicLink() ? readlinkSync(p) : null;
  } catch {
    return null;
  }
}

/**
 * A fiche file's text, or why it was not read. Only a regular file of a fiche's size is opened:
 * stat first, so a named pipe is never opened (reading one waits for a writer forever); then the
 * opened file is checked again, in case it was swapped between the two (O_NONBLOCK: opening a
 * pipe that slipped through does not wait either).
 */
export function readFicheText(file: string): { text: string } | { refused: string } {
  let fd: number | undefined;
  try {
    const before = refusalReason(statSync(file));
    if (before) return { refused: before };
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = refusalReason(fstatSync(fd));
    if (opened) return { refused: opened };
    return { text: decodeFicheBytes(readFileSync(fd)).text };
  } catch (error) {
    return { refused: unreachableReason(file, error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
