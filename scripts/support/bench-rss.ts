import { readFileSync } from "node:fs";

/**
 * The web server's peak resident memory (VmHWM in /proc, Linux), in MB: read before the server
 * stops, it covers every request of the bench. Null where /proc is not there.
 */
export function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}
