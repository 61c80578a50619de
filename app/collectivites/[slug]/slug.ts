/** Next may hand the segment still percent-encoded; a malformed escape is just an unknown slug. */
export function slugFromSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
