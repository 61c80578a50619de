import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";

/** `npm start` failing: one French line with the remedy, never a stack trace. */
function start(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start failing", () => {
  it("says in one line that DATABASE_URL does not answer, and what to do", async () => {
    // Port 1 on the loopback: nothing listens there.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: "postgresql://atlas:x@127.0.0.1:1/atlas",
      PORT: process.env.PORT ?? "3000",
    };
    delete env.ATLAS_DEBUG;
    const result = await start(env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[atlas\] Échec du démarrage : .*ECONNREFUSED.* — la base de DATABASE_URL ne répond pas/,
    );
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);
});
