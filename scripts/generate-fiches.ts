/**
 * npx tsx scripts/generate-fiches.ts --count N --seed S --out DIR
 * Writes N synthetic Atlas fiches (text, markdown and html layouts) into DIR, the same files
 * for the same seed. The generator itself is lib/corpus.
 */
import { parseArgs } from "node:util";
import { writeFiches } from "../lib/corpus";
import { progress } from "./support/bench-progress";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    seed: { type: "string", default: "atlas" },
    out: { type: "string" },
  },
});
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 1) {
  console.error("Usage : tsx scripts/generate-fiches.ts --count N --seed S --out DOSSIER");
  process.exit(2);
}

const started = performance.now();
const bar = progress("Génération", count);
const corpus = writeFiches(values.out, values.seed, count, (done) => bar.update(done));
bar.stop();
const seconds = (performance.now() - started) / 1000;
console.log(
  `${corpus.files.length} fiches écrites dans ${corpus.dir} (graine « ${values.seed} », ${(corpus.bytes / 1e6).toFixed(1)} Mo, ` +
    `${corpus.defects} défectueuses) en ${seconds.toFixed(1)} s`,
);
