import type { OtherThematic, Sdg } from "../fiche/schema";
import { SDG_LABELS } from "../fiche/sdg";
import type { Random } from "./random";
import { drawThematic, type Thematic } from "./thematics";

/** The secondary thematics, in priority order, none repeating the primary one or each other. */
export function drawOtherThematics(random: Random, startYear: number, primary: Thematic): OtherThematic[] {
  const otherCount = random.weighted<number>([
    [0, 50],
    [1, 20],
    [2, 14],
    [3, 8],
    [4, 5],
    [5, 3],
  ]);
  const otherThematics: OtherThematic[] = [];
  for (let i = 0; i < otherCount * 3 && otherThematics.length < otherCount; i++) {
    const t = drawThematic(random, Math.max(startYear, 2015));
    const same = (a: Thematic) => a.theme === t.theme && a.subTheme === t.subTheme && a.subSubTheme === t.subSubTheme;
    if (same(primary) || otherThematics.some(same)) continue;
    otherThematics.push({ ...t, priority: otherThematics.length + 1 });
  }
  return otherThematics;
}

/** Sustainable development goals, which fiches only give since 2016. */
export function drawSdgs(random: Random, startYear: number): Sdg[] {
  const sdgs: Sdg[] = [];
  if (startYear >= 2016 && random.chance(0.55)) {
    const goals = random.sample(
      Array.from({ length: 17 }, (_, i) => i + 1),
      random.weighted<number>([
        [1, 30],
        [2, 30],
        [3, 25],
        [4, 15],
      ]),
    );
    goals.forEach((goal, i) => {
      sdgs.push({ goal, label: SDG_LABELS[goal], priority: i + 1 });
    });
  }
  return sdgs;
}
