import type { Random } from "./random";

/**
 * Typing slips as the Atlas's contributors make them: a dropped or doubled letter, two letters
 * swapped, accents left out. Applied to one word of five letters or more, never the first
 * letter, on the name's last long word (the proper name, not its "Ville de"), so it stays
 * recognisable; the gazetteer's fuzzy matching should place most of them.
 */
export function misspell(random: Random, name: string): string {
  const words = name.split(" ");
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (candidates.length === 0) return name;
  // The proper name, not the unit word before it ("Ville de …", "Conseil régional de …").
  const [word, index] = candidates[candidates.length - 1];
  const plain = word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
  let changed: string;
  if (plain !== word && random.chance(0.5)) {
    changed = plain;
  } else {
    const at = random.int(1, word.length - 2);
    const kind = random.int(0, 2);
    if (kind === 0) changed = word.slice(0, at) + word.slice(at + 1);
    else if (kind === 1) changed = word.slice(0, at) + word[at] + word.slice(at);
    else changed = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
  const out = [...words];
  out[index] = changed;
  return out.join(" ");
}
