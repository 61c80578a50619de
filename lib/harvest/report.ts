import type { HarvestSummary } from "./run";

/** The end-of-run summary, in French, a few lines. */
export function formatHarvestSummary(s: HarvestSummary): string {
  const lines = [
    `Récolte : ${s.done}/${s.total} identifiants traités, ${s.requests} pages demandées, ${s.skipped} déjà en main.`,
    `  pages de projet : ${s.found} (${s.saved} enregistrées, ${s.unchanged} inchangées)`,
    `  sans projet : ${s.absent}`,
    `  erreurs : ${s.errors}`,
  ];
  if (s.disallowed > 0) lines.push(`  interdites par robots.txt : ${s.disallowed}`);
  lines.push(`  dossier : ${s.outDir} (manifeste : ${s.manifest})`);
  return lines.join("\n");
}
