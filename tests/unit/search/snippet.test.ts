import { describe, expect, it } from "vitest";
import { queryLexemes, snippetOf } from "@/lib/search/snippet";

const marked = (snippet: string | null) => [...(snippet ?? "").matchAll(/\u0001([^\u0002]*)\u0002/g)].map((m) => m[1]);

describe("queryLexemes", () => {
  it("reads the lexemes of a tsquery's text, folded", () => {
    expect(queryLexemes("'eau' & ( 'clermont' | 'clermond' )")).toEqual(["eau", "clermont", "clermond"]);
    expect(queryLexemes("'l''eau' & 'dechet'")).toEqual(["l eau", "dechet"]);
    expect(queryLexemes("")).toEqual([]);
  });
});

describe("snippetOf", () => {
  const text =
    "Le projet vise la gestion des déchets ménagers à Dakar. Les Déchets verts sont compostés. L'eau potable et les eaux usées sont traitées.";

  it("marks the words whose folded form starts with a stem, whatever their accents and case", () => {
    expect(marked(snippetOf(text, ["dechet"]))).toEqual(["déchets", "Déchets"]);
    expect(marked(snippetOf(text, ["eau"]))).toEqual(["eau", "eaux"]);
  });

  it("does not mark a stem found inside a word", () => {
    expect(marked(snippetOf("Un réseau de villes et un bureau.", ["eau"]))).toEqual([]);
  });

  it("needs a whole word for a very short stem", () => {
    expect(marked(snippetOf("À la une : la lune.", ["la"]))).toEqual(["la", "la"]);
    expect(marked(snippetOf("Les lacs.", ["la"]))).toEqual([]);
  });

  it("returns null when nothing matches, so no snippet is shown", () => {
    expect(snippetOf(text, ["jumelag"])).toBeNull();
    expect(snippetOf(null, ["eau"])).toBeNull();
    expect(snippetOf(text, [])).toBeNull();
  });

  it("keeps at most two passages of about thirty words around the matches", () => {
    const filler = (n: number, word = "mot") => Array.from({ length: n }, () => word).join(" ");
    const long = `${filler(50)} déchets ${filler(80)} déchets ${filler(80)} déchets ${filler(40)}`;
    const snippet = snippetOf(long, ["dechet"])!;
    const passages = snippet.split(" … ");
    expect(passages).toHaveLength(2);
    for (const p of passages) {
      expect(p.split(" ").length).toBeLessThanOrEqual(30);
      expect(marked(p)).toEqual(["déchets"]);
      // A few words of context before the match.
      expect(p.startsWith("mot mot")).toBe(true);
    }
  });

  it("leaves the text around the marks as it was written", () => {
    expect(snippetOf("Accès à l’eau, enfin !", ["eau"])).toBe("Accès à l’\u0001eau\u0002, enfin !");
  });
});
