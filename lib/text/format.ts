/**
 * Numbers as French readers write them ("1 175"). One formatter for the whole app: `toLocaleString`
 * builds a new one at every call, which showed in pages that print a hundred counts.
 */
const COUNT = new Intl.NumberFormat("fr-FR");

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 projet", "12 projets": French takes the singular for 0 and 1. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n > 1 ? many : one}`;
}
