import type { FicheDocument } from "../schema";
import { parseNumber, valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { quote, type Warn } from "./warn";

export const DOCUMENTS_TABLE: TableSpec = {
  columns: [
    "Titre du document",
    "Titre",
    "Taille en Ko",
    "Taille",
    "Taille (Ko)",
    "Nom du fichier",
    "Fichier",
    "Document",
  ],
  headerStarts: ["Titre du document"],
};

const FILE_NAME = /\.[a-z0-9]{1,5}$/i;
const SIZE_UNIT = /^(?:ko|kb|kio|o|octets|mo|mb)$/i;

function sizeOf(value: string, unit?: string): number | null {
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)?$/i.exec(value.trim());
  if (!m) return null;
  const n = parseNumber(m[1]);
  if (n === null) return null;
  const u = (unit ?? m[2] ?? "ko").toLowerCase();
  if (u === "mo" || u === "mb") return Math.round(n * 1024 * 100) / 100;
  if (u === "o" || u === "octets") return Math.round((n / 1024) * 100) / 100;
  return n;
}

/**
 * "Accord de coopération multilatérale 394.63 protocole_coop_2010-2012_PAIR.pdf": the size is
 * the last number followed only by a file name; before it is the title. Cells are positional
 * (title, size in Ko, file name) unless a cell is obviously the size or the file.
 */
export function parseDocument(row: TableRow, warn: Warn): FicheDocument {
  if (row.kind === "cells") {
    const cells = row.cells;
    const [c0 = "", c1 = "", c2 = ""] = cells;
    if (cells.length <= 3 && (c1 === "" || sizeOf(c1) !== null)) {
      return { title: c0, sizeKb: c1 === "" ? null : sizeOf(c1), fileName: valueOrNull(c2) };
    }
    // Columns out of order or extra: recognise the size and the file name by their shape.
    const sizeIndex = cells.findIndex((c) => sizeOf(c) !== null);
    const fileIndex = cells.findIndex((c, i) => i !== sizeIndex && FILE_NAME.test(c) && !c.includes(" "));
    const title = cells.find((c, i) => c !== "" && i !== sizeIndex && i !== fileIndex) ?? "";
    warn(`documents: unexpected cells ${quote(cells.join(" | "))}; matched by shape`);
    return {
      title,
      sizeKb: sizeIndex >= 0 ? sizeOf(cells[sizeIndex]) : null,
      fileName: fileIndex >= 0 ? cells[fileIndex] : null,
    };
  }

  const words = row.text.split(" ");
  const last = words[words.length - 1] ?? "";
  // The file name ends the row, so it is a file name whatever the size's position: test the
  // last word once, then look for the size from the right (one pass, however long the row).
  if (FILE_NAME.test(last)) {
    for (let i = words.length - 2; i >= 1; i--) {
      let next = i + 1;
      let unit: string | undefined;
      if (SIZE_UNIT.test(words[next] ?? "") && next < words.length - 1) {
        unit = words[next];
        next++;
      }
      const size = sizeOf(words[i], unit);
      if (size === null) continue;
      return { title: words.slice(0, i).join(" "), sizeKb: size, fileName: words.slice(next).join(" ") };
    }
  }
  if (words.length > 1 && FILE_NAME.test(last)) {
    warn(`documents: no size in row ${quote(row.text)}`);
    return { title: words.slice(0, -1).join(" "), sizeKb: null, fileName: last };
  }
  warn(`documents: cannot find size and file name in row ${quote(row.text)}; kept it as a title`);
  return { title: row.text, sizeKb: null, fileName: null };
}
