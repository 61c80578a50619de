import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { loadGazetteer } from "../geo";
import { loadOverrides } from "../geo/overrides";
import { readFiche, type ReadOutcome } from "./read-fiche";

/**
 * Reads, parses and prepares fiches (placing their partners with the gazetteer) in worker
 * threads, ahead of the connections that write them. Done in the importer's own thread, each
 * fiche's millisecond of parsing held up every connection's next statement. A small import,
 * one machine core, or a worker that cannot start: the work stays in this thread.
 */
export interface FichePreparer {
  prepare(file: string): Promise<ReadOutcome>;
  close(): Promise<void>;
}

/** Below this many files, a worker's start (loading the gazetteer again, ~1.5 s) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 300;

class InThreadPreparer implements FichePreparer {
  constructor() {
    loadGazetteer();
  }
  async prepare(file: string): Promise<ReadOutcome> {
    return readFiche(file);
  }
  async close(): Promise<void> {}
}

class WorkerPreparer implements FichePreparer {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (o: ReadOutcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  /** Set once a worker failed: every request is then refused at once (the caller reads the file itself). */
  private broken: Error | null = null;
  private closing = false;

  constructor(threads: number) {
    // Each worker reads seeds/geo-overrides.json itself; a malformed file still stops the import
    // here, before any fiche, as the in-thread gazetteer load does.
    loadOverrides();
    // Workers run TypeScript through tsx, as the scripts do (a worker does not inherit the loader).
    const entry = fileURLToPath(new URL("./prepare-worker.ts", import.meta.url));
    const boot = `require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`;
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(boot, { eval: true });
      worker.on("message", ({ id, outcome }: { id: number; outcome: ReadOutcome }) => {
        this.waiting.get(id)?.resolve(outcome);
        this.waiting.delete(id);
      });
      const fail = (error: Error) => {
        this.broken ??= error;
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (!this.closing) fail(new Error(`worker stopped (code ${code})`));
      });
      return worker;
    });
  }

  prepare(file: string): Promise<ReadOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, file });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** `threads` workers when given (0: none), else the machine's cores but one (at most 4) for a big enough import. */
export function fichePreparer(fileCount: number, threads?: number): FichePreparer {
  const wanted = threads ?? (fileCount < MIN_FILES_FOR_WORKERS ? 0 : Math.min(4, os.availableParallelism() - 1));
  return wanted >= 1 ? new WorkerPreparer(wanted) : new InThreadPreparer();
}
