import type { Random } from "./random";

/** The newest year a generated project starts in (the corpus is a snapshot of this year). */
const SNAPSHOT_YEAR = 2024;

const STATUSES = ["En cours", "Terminé", "En préparation", "Suspendu"] as const;

function drawStartYear(random: Random): number {
  // More projects in recent years, as the Atlas fills up over time.
  return random.weighted<number>(
    Array.from({ length: SNAPSHOT_YEAR - 1995 + 1 }, (_, i) => [1995 + i, 1 + i * 0.4] as const),
  );
}

/** When a project starts, when its convention was signed, its status and its planned end. */
export function drawProjectDates(random: Random) {
  const startYear = drawStartYear(random);
  const conventionYear = random.chance(0.1)
    ? null
    : startYear -
      random.weighted<number>([
        [0, 50],
        [1, 25],
        [2, 10],
        [3, 5],
        [-1, 5],
      ]);
  const duration = random.int(1, 6);
  const ended = startYear + duration < SNAPSHOT_YEAR;
  const status = random.chance(0.04) ? random.pick(STATUSES) : ended && random.chance(0.7) ? "Terminé" : "En cours";
  const endYear = startYear + duration;
  const endDate = random.chance(0.7)
    ? random.chance(0.8)
      ? `${endYear}-12-31`
      : `${endYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`
    : null;
  return { startYear, conventionYear, status, endDate };
}
