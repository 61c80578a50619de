/**
 * Numbers as French readers write them ("1 175"). One formatter for the whole app: `toLocaleString`
 * builds a new one at every call, which showed in pages that print a hundred counts.
 */
const COUNT = new Intl.NumberFormat("fr-FR");

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** The word that agrees with n ("projet" for 0 and 1, "projets" above): French takes the singular for 0 and 1. */
export function pluralWord(n: number, one: string, many: string): string {
  return n > 1 ? many : one;
}

/** "1 projet", "12 projets". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${pluralWord(n, one, many)}`;
}
