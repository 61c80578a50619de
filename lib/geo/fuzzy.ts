/**
 * Last-resort spelling tolerance ("Clermont Ferand", "Taroudannt"): Levenshtein distance with
 * a cap, so comparing one name with a country's 50k keys stays in the millisecond range.
 */

/** Edit distance between a and b, or max + 1 as soon as it is known to exceed max. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Edits allowed for a key of this length: none under 5 letters (too many short homonyms:
 * "Oyem"/"Oyen"), one up to 8, two beyond.
 */
export function allowedEdits(key: string): number {
  const letters = key.replace(/ /g, "").length;
  if (letters < 5) return 0;
  return letters <= 8 ? 1 : 2;
}

/** Keys within the allowed distance of `key`, closest first (ties keep input order). */
export function closestKeys(key: string, keys: Iterable<string>): string[] {
  const max = allowedEdits(key);
  if (max === 0) return [];
  const hits: { key: string; distance: number }[] = [];
  const first = key.charCodeAt(0);
  for (const candidate of keys) {
    // Spelling slips rarely touch the first letter; checking it first skips ~95% of keys.
    if (candidate.charCodeAt(0) !== first) continue;
    const distance = boundedLevenshtein(key, candidate, max);
    if (distance <= max) hits.push({ key: candidate, distance });
  }
  hits.sort((x, y) => x.distance - y.distance);
  const best = hits.length ? hits[0].distance : 0;
  return hits.filter((h) => h.distance === best).map((h) => h.key);
}
