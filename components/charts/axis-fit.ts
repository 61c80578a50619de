/**
 * Sizes that keep a server-drawn chart's labels readable: no text measuring exists on the
 * server, so widths are estimated from the character count (generous for digits and Latin text
 * at the charts' 12 px). Pure, so the estimates are unit-tested.
 */
export const CHART_FONT_PX = 12;
const CHAR_WIDTH = 0.62 * CHART_FONT_PX;
/** Tick (6) + padding (3) + a little air between a label and the SVG's edge. */
const AXIS_GAP = 14;

export function labelWidth(label: string): number {
  return Math.ceil(label.length * CHAR_WIDTH);
}

/** A left (or right) margin wide enough for the longest of these labels. */
export function marginFor(labels: string[], minimum = 30): number {
  return Math.max(minimum, ...labels.map((l) => labelWidth(l) + AXIS_GAP));
}

/**
 * The band labels to show on an axis of `plotWidth` px: all of them when they fit, else every
 * k-th one (always the first), so no two labels overlap.
 */
export function spacedTicks(labels: string[], plotWidth: number): string[] {
  if (labels.length === 0) return [];
  const band = plotWidth / labels.length;
  const widest = Math.max(...labels.map(labelWidth)) + CHART_FONT_PX; // a gap of one character height
  const step = Math.max(1, Math.ceil(widest / band));
  return labels.filter((_, i) => i % step === 0);
}
