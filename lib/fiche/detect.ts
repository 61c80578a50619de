import type { FicheFormat } from "./schema";
import { isMarkdownSeparator, looksLikePipeRow } from "./readers/markdown";

/**
 * Which layout a file uses. HTML first (a saved page may contain pipes); markdown when the text
 * has pipe-table separators or several pipe rows; otherwise plain text. The file name is only a
 * hint used when the content is undecided (e.g. a markdown fiche whose tables are all missing).
 */
export function detectFormat(text: string, fileName?: string): FicheFormat {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^(?:\ufeff)?(?:<!doctype html|<html|<\?xml[^>]*>\s*<(?:!doctype html|html))/.test(head)) return "html";
  if (text.includes("</")) {
    // Three closing block tags make it HTML; stop counting there (pages are large).
    const closing = /<\/(?:div|p|td|tr|th|table|body|html|h[1-6]|span|li|ul|dd|dt|section)>/gi;
    let found = 0;
    while (closing.exec(text) !== null) if (++found >= 3) return "html";
  }

  let pipeRows = 0;
  for (const raw of text.includes("|") ? text.split(/\r\n|\r|\n/) : []) {
    if (raw.includes("-") && raw.includes("|") && isMarkdownSeparator(raw)) return "markdown";
    if (raw.includes("|") && looksLikePipeRow(raw) && ++pipeRows >= 3) return "markdown";
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  return "text";
}
