import { afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  watch,
} from "node:fs";
import path from "node:path";
import { sharedDataRoot, startEmbeddedPostgres } from "../../lib/db/embedded";
import { withPasswordFile } from "../../lib/db/pg-cluster";
import { listeningAddresses, waitFor } from "./start-support";
import { withClient } from "./test-db";

/**
 * The embedded PostgreSQL's first setup, then `npm start` for real, from a clone inside a 0700 folder (as under /root), with its own TMPDIR
 * watched: the flow a newcomer runs as root, through Ctrl-C.
 */
const SKIPPED = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report"]);
const webPort = Number(process.env.PORT ?? 3000);
const pgPort = Number(process.env.ATLAS_PG_PORT ?? 54329);

const privateDir = mkdtempSync("/tmp/atlas-private-"); // mkdtemp makes it 0700
const clone = path.join(privateDir, "atlas");
const tmpDir = mkdtempSync("/tmp/atlas-tmpdir-");
let child: ChildProcess | null = null;

function copyWorktree(): void {
  mkdirSync(clone);
  for (const entry of readdirSync(process.cwd())) {
    if (!SKIPPED.has(entry)) cpSync(entry, path.join(clone, entry), { recursive: true });
  }
  execFileSync("cp", ["-al", "node_modules", path.join(clone, "node_modules")]); // hard links: fast
}

const passwordFilesInTmp = () => new Set(readdirSync("/tmp").filter((n) => n.startsWith("pg-password-")));

afterAll(async () => {
  // Its own process group (detached): a failed test still stops tsx, Next and PostgreSQL.
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
  rmSync(privateDir, { recursive: true, force: true });
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(sharedDataRoot(path.join(clone, ".data")), { recursive: true, force: true });
}, 60_000);

describe("npm start from a clone in a private folder", () => {
  it("serves the atlas on the loopback, as a non-superuser, without leaking the password, and stops cleanly", async () => {
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
    copyWorktree();
    const before = passwordFilesInTmp();
    const tmpEvents: string[] = [];
    const watcher = watch(tmpDir, (_event, name) => tmpEvents.push(String(name)));

    let output = "";
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TMPDIR: tmpDir,
      ATLAS_PG_PORT: String(pgPort),
      PORT: String(webPort),
    };
    delete env.DATABASE_URL;
    delete env.HOST;
    child = spawn(process.execPath, [path.join(clone, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--dev"], {
      cwd: clone,
      env,
      detached: true,
    });
    child.stdout!.on("data", (c) => (output += c));
    child.stderr!.on("data", (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));

    await waitFor(
      `« Atlas servi sur » (sortie : ${output})`,
      () => output.includes("Atlas servi sur") || child!.exitCode !== null,
      240_000,
    );
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
    expect(output).toContain("Atlas servi sur");
    expect(
      await waitFor(
        "next dev à l'écoute",
        () => listeningAddresses(webPort).length > 0 && listeningAddresses(webPort),
        120_000,
      ),
    ).toEqual(["127.0.0.1"]);

    // The data went where the postgres account can reach it; the private folder stayed private.
    expect(existsSync(path.join(sharedDataRoot(path.join(clone, ".data")), "pg", "PG_VERSION"))).toBe(true);
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);

    // What Next was given: the app role, which reads and writes but is no superuser.
    const nextPid = Number(readFileSync(path.join(clone, ".data/web-server.pid"), "utf8"));
    const environ = readFileSync(`/proc/${nextPid}/environ`, "utf8").split("\0");
    const databaseUrl = environ.find((v) => v.startsWith("DATABASE_URL="))!.slice("DATABASE_URL=".length);
    await withClient(databaseUrl, async (c) => {
      expect((await c.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).rows[0].rolsuper).toBe(
        false,
      );
      await c.query("INSERT INTO country (code, name_fr) VALUES ('ZZ', 'Essai') ON CONFLICT DO NOTHING");
      expect((await c.query("SELECT count(*)::int AS n FROM project")).rows[0].n).toBeGreaterThan(0);
    });

    child.kill("SIGINT");
    expect(await exited).toBe(0);
    watcher.close();
    expect(output).toMatch(/Arrêt du serveur web…[\s\S]*Arrêt de PostgreSQL…[\s\S]*Terminé\./);
    expect(existsSync(path.join(clone, ".data/web-server.pid"))).toBe(false);
    expect(listeningAddresses(pgPort)).toEqual([]);
    // initdb's password file never went through TMPDIR nor /tmp.
    expect(tmpEvents.filter((name) => /pg-password|password/.test(name))).toEqual([]);
    expect([...passwordFilesInTmp()].filter((n) => !before.has(n))).toEqual([]);
  }, 480_000);
});

describe("the embedded database's first setup", () => {
  it("never writes the superuser password to TMPDIR or /tmp", async () => {
    const root = mkdtempSync("/tmp/atlas-first-setup-");
    chmodSync(root, 0o755); // an ordinary clone, reachable by the postgres account
    const privateTmp = mkdtempSync("/tmp/atlas-tmpdir-");
    chmodSync(privateTmp, 0o711); // not listable, but a file put there stays readable by the postgres account
    const before = passwordFilesInTmp();
    const events: string[] = [];
    const watcher = watch(privateTmp, (_event, name) => events.push(String(name)));
    const savedTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp; // os.tmpdir() reads it at each call
    try {
      const server = await startEmbeddedPostgres({ name: "pg", port: pgPort, rootDir: root });
      await withClient(server.url("postgres"), (c) => c.query("select 1"));
      await server.stop();
    } finally {
      process.env.TMPDIR = savedTmpdir;
      watcher.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(privateTmp, { recursive: true, force: true });
    }
    expect(events).toEqual([]);
    expect([...passwordFilesInTmp()].filter((n) => !before.has(n))).toEqual([]);
  }, 120_000);

  it("hands initdb the password in a 0600 file inside a 0700 folder, removed even on failure", async () => {
    const folder = path.join(tmpDir, "pwfile");
    let seen: { file: number; folder: number; text: string } | null = null;
    await expect(
      withPasswordFile(folder, "s3cret", null, async (file) => {
        seen = {
          file: statSync(file).mode & 0o777,
          folder: statSync(folder).mode & 0o777,
          text: readFileSync(file, "utf8"),
        };
        throw new Error("initdb failed");
      }),
    ).rejects.toThrow("initdb failed");
    expect(seen).toEqual({ file: 0o600, folder: 0o700, text: "s3cret\n" });
    expect(existsSync(folder)).toBe(false);
  });
});
