import { stripControlChars } from "../text/control-chars";

/**
 * The text query is read at most MAX_QUERY_LENGTH characters long: a longer one is cut at the
 * last word boundary and the visitor is told (the search page shows a notice, the API a field
 * and a header). It is never dropped, which would silently broaden the search to everything.
 */
export const MAX_QUERY_LENGTH = 200;

export interface CleanQuery {
  /** The text searched, or undefined when nothing is left to search. */
  text: string | undefined;
  truncated: boolean;
}

/** Cuts at a word boundary when there is one in the limit, counting characters (code points), not UTF-16 units. */
function shorten(text: string): CleanQuery {
  const chars = Array.from(text);
  if (chars.length <= MAX_QUERY_LENGTH) return { text: text || undefined, truncated: false };
  const head = chars.slice(0, MAX_QUERY_LENGTH).join("");
  const endsOnBoundary = chars[MAX_QUERY_LENGTH] === " ";
  const lastSpace = head.lastIndexOf(" ");
  const cut = endsOnBoundary || lastSpace <= 0 ? head : head.slice(0, lastSpace);
  return { text: cut.trim() || undefined, truncated: true };
}

/** The visitor's text as searched: control characters removed, whitespace collapsed, length bounded. */
export function cleanQuery(raw: string): CleanQuery {
  return shorten(stripControlChars(raw).replace(/\s+/g, " ").trim());
}

/** Whether the `q` of these URL parameters (Next's record or URLSearchParams) was cut to MAX_QUERY_LENGTH. */
export function queryTruncated(input: URLSearchParams | Record<string, string | string[] | undefined>): boolean {
  const raw = input instanceof URLSearchParams ? input.get("q") : [input.q].flat()[0];
  return typeof raw === "string" && cleanQuery(raw).truncated;
}
