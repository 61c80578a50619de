/**
 * Re-encodes fiche text the way other tools saved it, for tests (generated in a temp folder:
 * no binary fixture is committed). Node writes UTF-16LE and ISO-8859-1 itself; Windows-1252 is
 * iconv-lite's (Node 20's own TextDecoder gets its 0x80–0x9F characters wrong).
 */
import iconv from "iconv-lite";

export type Encoding = "utf-16le-bom" | "utf-16be-bom" | "windows-1252" | "iso-8859-1";

export const ENCODINGS: Encoding[] = ["utf-16le-bom", "utf-16be-bom", "windows-1252", "iso-8859-1"];

const WINDOWS_1252 = new Map<string, number>(
  Array.from({ length: 256 }, (_, byte) => [iconv.decode(Buffer.of(byte), "windows-1252"), byte]),
);

/** Characters of the seeds that ISO-8859-1 lacks, and what a Latin-1 editor would have typed. */
export const LATIN1_SUBSTITUTES: Record<string, string> = {
  œ: "oe",
  Œ: "OE",
  "’": "'",
  "‘": "'",
  "–": "-",
  "…": "...",
  "•": "*",
};

export function latin1Text(text: string): string {
  return text.replace(/[œŒ’‘–…•]/g, (c) => LATIN1_SUBSTITUTES[c]);
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case "utf-16le-bom":
      return Buffer.from(`\ufeff${text}`, "utf16le");
    case "utf-16be-bom":
      return Buffer.from(`\ufeff${text}`, "utf16le").swap16();
    case "windows-1252":
      return Buffer.from(
        [...text].map((c) => {
          const byte = WINDOWS_1252.get(c);
          if (byte === undefined) throw new Error(`${JSON.stringify(c)} has no Windows-1252 byte`);
          return byte;
        }),
      );
    case "iso-8859-1":
      for (const c of text) if (c.codePointAt(0)! > 0xff) throw new Error(`${JSON.stringify(c)} is not in ISO-8859-1`);
      return Buffer.from(text, "latin1");
  }
}
