/**
 * Numbers as French readers write them ("1 175"). One formatter for the whole app: `toLocaleString`
 * builds a new one at every call, which showed in pages that print a hundred counts.
 */
const COUNT = new Intl.NumberFormat("fr-FR");

export function formatCount(n: number): string {
  return COUNT.format(n);
}
