import { parentPort } from "node:worker_threads";
import { loadGazetteer } from "../geo";
import { type ReadOutcome, readFiche } from "./read-fiche";

/** Worker thread of lib/import/prepare-pool.ts: reads, parses and prepares the files it is sent. */
loadGazetteer();
parentPort!.on("message", ({ id, file }: { id: number; file: string }) => {
  let outcome: ReadOutcome;
  try {
    outcome = readFiche(file);
  } catch (error) {
    outcome = { kind: "rejected", reason: `lecture impossible : ${(error as Error).message.split("\n")[0]}` };
  }
  parentPort!.postMessage({ id, outcome });
});
