/** n whole percentages summing to 100, the first ones taking the remainder (3 → 34, 33, 33). */
export function evenPercentages(n: number): number[] {
  if (n === 0) return [];
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 100 - base * n ? 1 : 0));
}
