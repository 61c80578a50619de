/**
 * Bytes of a fiche file → its text. Most fiches are UTF-8; files saved by Windows tools may be
 * UTF-16 with a byte-order mark, and older saves Windows-1252 or ISO-8859-1. The importer and
 * `npm run fiche:parse` both decode here, so they read the same characters (and a fiche saved in
 * another encoding keeps its identity instead of becoming a second project with broken accents).
 *
 * The order, most certain first: a byte-order mark; bytes that are valid UTF-8 (text in a
 * single-byte encoding with any accent almost never is); the declaration: the charset of the
 * HTTP Content-Type when the caller got the bytes from a server (the harvest), else a saved
 * page's own `<meta charset>` or `http-equiv`; Windows-1252, the superset of ISO-8859-1 that
 * French Windows wrote.
 *
 * iconv-lite decodes: Node 20's TextDecoder("windows-1252") reads 0x80–0x9F as ISO-8859-1's
 * controls (0x92 → U+0092 instead of ’, nodejs/node#60888). TextDecoder still checks UTF-8 and
 * names a declared label the way browsers do ("iso-8859-1" and "latin1" mean windows-1252).
 */
import iconv from "iconv-lite";

/** How the text was found; `by` says which rule decided. */
export interface DecodedText {
  text: string;
  encoding: string;
  by: "bom" | "utf-8" | "declaration" | "fallback";
}

const BYTE_ORDER_MARKS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Same bound as the HTML standard's prescan, with room for a "saved from" comment before <head>. */
const DECLARATION_SCAN_BYTES = 4096;

/** `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">` alike. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The single-byte encoding assumed when nothing else decides (ISO-8859-1 files read the same). */
const FALLBACK_ENCODING = "windows-1252";

/**
 * `httpCharset`: the charset label of the response's Content-Type, when there was a response; it
 * stands for the page's declaration (HTTP's word wins over the page's own, as in browsers).
 */
export function decodeFicheBytes(bytes: Buffer, httpCharset?: string | null): DecodedText {
  const bom = BYTE_ORDER_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  // iconv-lite drops the mark itself.
  if (bom) return { text: iconv.decode(bytes, bom.encoding), encoding: bom.encoding, by: "bom" };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", by: "utf-8" };

  const declared = (httpCharset ? encodingOfLabel(httpCharset) : null) ?? declaredEncoding(bytes);
  if (declared) return { text: iconv.decode(bytes, declared), encoding: declared, by: "declaration" };

  return { text: iconv.decode(bytes, FALLBACK_ENCODING), encoding: FALLBACK_ENCODING, by: "fallback" };
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The encoding a saved page declares, by its WHATWG name, or null. A page claiming UTF-8 or
 * UTF-16 is not believed (its bytes were just found not to be either), nor a label unknown here.
 */
function declaredEncoding(bytes: Buffer): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  return label ? encodingOfLabel(label) : null;
}

/** A charset label by its WHATWG name, or null when unknown here or claiming UTF-8/16. */
function encodingOfLabel(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  if (encoding === "utf-8" || encoding.startsWith("utf-16") || !iconv.encodingExists(encoding)) return null;
  return encoding;
}
