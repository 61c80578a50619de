import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A web server left behind by an `npm start` that was SIGKILLed keeps its port; the next
 * `npm start` finds it through this pid file and stops it before starting its own.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

export async function stopLeftoverProcess(pidFile: string, mustContain: string): Promise<boolean> {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  unlinkSync(pidFile);
  // Only a live process that is still ours (pids get reused) is stopped.
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !commandLine(pid).includes(mustContain)) return false;
  process.kill(pid, "SIGTERM");
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, "SIGKILL");
  return true;
}

export function writePidFile(pidFile: string, pid: number | undefined): void {
  if (!pid) return;
  // With DATABASE_URL nothing else creates .data/.
  mkdirSync(path.dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, `${pid}\n`);
}
