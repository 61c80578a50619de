import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiche } from "../../../lib/fiche";
import { decodeFicheBytes } from "../../../lib/import/decode";
import { readFicheText } from "../../../lib/import/files";
import { encode, ENCODINGS, latin1Text } from "./reencode";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SEED_IDS = ["000_437bd9e9f0292f51", "001_671a6b7235ccf533", "002_b057226553d068dc"];
const seedText = (id: string) => readFileSync(path.join(ROOT, "seeds", `${id}.txt`), "utf8");
const expectedJson = (id: string) => readFileSync(path.join(ROOT, "tests/fixtures/expected", `${id}.json`), "utf8");

function parsedJson(text: string, fileName: string): string {
  const result = parseFiche(text, { fileName });
  if (!result.ok) throw new Error(`${fileName}: ${result.error.reason}`);
  return `${JSON.stringify(result.fiche, null, 2)}\n`;
}

describe("decoding a fiche's bytes", () => {
  it("takes UTF-8, UTF-16LE and UTF-16BE by their byte-order mark, and drops the mark", () => {
    const text = "Titre\nCoopération à Dakar – l’eau\n";
    expect(decodeFicheBytes(Buffer.from(`\ufeff${text}`, "utf8"))).toEqual({ text, encoding: "utf-8", by: "bom" });
    expect(decodeFicheBytes(encode(text, "utf-16le-bom"))).toEqual({ text, encoding: "utf-16le", by: "bom" });
    expect(decodeFicheBytes(encode(text, "utf-16be-bom"))).toEqual({ text, encoding: "utf-16be", by: "bom" });
  });

  it("reads bytes that are not UTF-8 as Windows-1252: 0x92 is ’ (U+2019), not the control U+0092", () => {
    const decoded = decodeFicheBytes(Buffer.from([0x6c, 0x92, 0x65, 0x61, 0x75, 0x20, 0x96, 0x20, 0xe9, 0x85, 0x9c]));
    expect(decoded).toEqual({ text: "l’eau – é…œ", encoding: "windows-1252", by: "fallback" });
  });

  it("takes the HTTP Content-Type charset as the declaration, before the page's own", () => {
    // 0xA4 is € in ISO-8859-15 but ¤ in Windows-1252: the server's word decides.
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Co'),
      Buffer.from([0xfb, 0x74, 0x20, 0xa4]),
    ]);
    expect(decodeFicheBytes(page, "ISO-8859-15")).toMatchObject({ encoding: "iso-8859-15", by: "declaration" });
    expect(decodeFicheBytes(page, "ISO-8859-15").text).toMatch(/Coût €$/);
    // An unknown or UTF-8 label from the server leaves the page's own declaration in charge.
    expect(decodeFicheBytes(page, "x-unknown")).toMatchObject({ encoding: "windows-1252", by: "declaration" });
    expect(decodeFicheBytes(page, "utf-8").text).toMatch(/Coût ¤$/);
  });

  it("follows a saved page's <meta charset> or http-equiv declaration when the bytes are not UTF-8", () => {
    // 0xA4 is € in ISO-8859-15 but ¤ in Windows-1252: the declaration decides.
    const page = (meta: string) =>
      Buffer.concat([
        Buffer.from(`<html><head>${meta}</head><body><p>Co`),
        Buffer.from([0xfb, 0x74, 0x20, 0x31, 0x30, 0x20, 0xa4]),
      ]);
    expect(decodeFicheBytes(page('<meta charset="iso-8859-15">'))).toMatchObject({
      encoding: "iso-8859-15",
      by: "declaration",
    });
    expect(decodeFicheBytes(page('<meta charset="iso-8859-15">')).text).toMatch(/Coût 10 €$/);
    const httpEquiv = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-15">';
    expect(decodeFicheBytes(page(httpEquiv)).text).toMatch(/Coût 10 €$/);
    // Browsers read a page labelled ISO-8859-1 as Windows-1252, and so does the importer.
    expect(
      decodeFicheBytes(Buffer.concat([Buffer.from('<meta charset="ISO-8859-1"><p>l'), Buffer.of(0x92, 0xe9)])).text,
    ).toMatch(/l’é$/);
    // An unknown label, or a page claiming UTF-8 whose bytes are not: Windows-1252.
    expect(decodeFicheBytes(page('<meta charset="klingon">')).text).toMatch(/Coût 10 ¤$/);
    expect(decodeFicheBytes(page('<meta charset="utf-8">'))).toMatchObject({
      encoding: "windows-1252",
      by: "fallback",
    });
  });

  it("keeps valid UTF-8 even when a page declares something else (the declaration is often stale)", () => {
    const page = Buffer.from('<meta charset="windows-1252"><p>Coopération</p>', "utf8");
    expect(decodeFicheBytes(page)).toEqual({
      text: '<meta charset="windows-1252"><p>Coopération</p>',
      encoding: "utf-8",
      by: "utf-8",
    });
  });
});

describe("the seed fiches saved in other encodings give exactly the expected JSON", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-encodings-"));
  for (const id of SEED_IDS) {
    for (const encoding of ENCODINGS.filter((e) => e !== "iso-8859-1")) {
      it(`${id} in ${encoding}`, () => {
        const file = path.join(dir, `${id}.${encoding}.txt`);
        writeFileSync(file, encode(seedText(id), encoding));
        const read = readFicheText(file);
        if (!("text" in read)) throw new Error(read.refused);
        expect(parsedJson(read.text, file)).toBe(expectedJson(id));
      });
    }
    // The seeds hold œ ’ – …, which ISO-8859-1 lacks: substituted as a Latin-1 editor would, the
    // Latin-1 file must read as that same substituted text saved in UTF-8 (accents included).
    it(`${id} in iso-8859-1 (œ ’ – … substituted)`, () => {
      const text = latin1Text(seedText(id));
      expect(text).toMatch(/[éèàç]/);
      const file = path.join(dir, `${id}.iso-8859-1.txt`);
      writeFileSync(file, encode(text, "iso-8859-1"));
      const read = readFicheText(file);
      if (!("text" in read)) throw new Error(read.refused);
      expect(read.text).toBe(text);
      expect(parsedJson(read.text, file)).toBe(parsedJson(text, file));
    });
  }

  it("npm run fiche:parse reads a UTF-16 fiche as the importer does", { timeout: 60_000 }, () => {
    const file = path.join(dir, "utf16-cli.txt");
    writeFileSync(file, encode(seedText(SEED_IDS[0]), "utf-16le-bom"));
    const r = spawnSync("npx", ["tsx", "scripts/fiche-parse.ts", file], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expectedJson(SEED_IDS[0]));
  });
});
