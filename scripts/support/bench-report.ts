import os from "node:os";

/**
 * Budgets and the printed table of `npm run bench`. A figure that could not be measured (page
 * not built yet, no Chromium) is reported as skipped with the reason, never as a pass.
 */

export interface Budget {
  name: string;
  /** Measured value, or null when skipped. */
  value: number | null;
  limit: number;
  unit: string;
  /** "max": value must be ≤ limit; "min": value must be ≥ limit. */
  kind: "max" | "min";
  note?: string;
}

export interface BudgetResult extends Budget {
  ok: boolean | null;
}

export function checkBudgets(budgets: Budget[]): BudgetResult[] {
  return budgets.map((b) => ({
    ...b,
    ok: b.value === null || Number.isNaN(b.value) ? null : b.kind === "max" ? b.value <= b.limit : b.value >= b.limit,
  }));
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: other work on the machine skews every figure. */
  loadAverage: number;
}

export function machine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

function format(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return "—";
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`.trim();
}

/** A fixed-width table: measurement rows, then the budgets with ✓/✗. */
export function table(rows: [string, string][], budgets: BudgetResult[]): string {
  const lines: string[] = [];
  const width = Math.max(...rows.map(([k]) => k.length), ...budgets.map((b) => b.name.length)) + 2;
  lines.push("Mesures", "-------");
  for (const [k, v] of rows) lines.push(`${k.padEnd(width)}${v}`);
  lines.push("", "Budgets", "-------");
  for (const b of budgets) {
    const mark = b.ok === null ? "–" : b.ok ? "✓" : "✗";
    const limit = `${b.kind === "max" ? "≤" : "≥"} ${format(b.limit, b.unit)}`;
    lines.push(
      `${mark} ${b.name.padEnd(width)}${format(b.value, b.unit).padEnd(16)}${limit.padEnd(16)}${b.note ?? ""}`,
    );
  }
  return lines.join("\n");
}

export { format as formatValue };
