import type { RegionIndex } from "../regions.js";
import type { RegionMention } from "./prepared-document.js";

const LEVEL_HINTS: Array<[RegExp, "district" | "county" | "city"]> = [
  [/我区|全区|区委|区政府|区长质量奖|区市场监管局|本区/g, "district"],
  [/我县|全县|县委|县政府|县长质量奖|本县/g, "county"],
  [/我市|全市|市委|市政府|市长质量奖|本市/g, "city"],
];

/**
 * The region a document speaks for: the city it names most (its districts count for it), narrowed
 * to a district or county when the text speaks as one (我区, 区长质量奖) and names it; else a province.
 */
export function inferDocumentRegion(norm: string, title: string | null, mentions: RegionMention[], index: RegionIndex): string | null {
  const score = new Map<string, number>();
  const add = (name: string, w: number) => score.set(name, (score.get(name) ?? 0) + w);
  const titleEnd = title ? norm.indexOf(title.slice(0, 8)) + title.length : -1;
  for (const m of mentions) {
    const w = (m.start < titleEnd ? 3 : m.start < norm.length * 0.2 ? 2 : 1) / m.candidates.length;
    for (const name of m.candidates) {
      add(name, w);
      for (const up of index.chain(index.byName.get(name)![0]).slice(1)) add(up.name, w * 0.5);
    }
  }
  if (score.size === 0) return null;
  const levelOf = (n: string) => index.byName.get(n)?.[0]?.level;
  const best = (level: string, within?: string) =>
    [...score.entries()]
      .filter(([n]) => levelOf(n) === level && (!within || index.chain(index.byName.get(n)![0]).some((r) => r.name === within)))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];

  const hints = LEVEL_HINTS.map(([re, level]) => [level, (norm.match(re) ?? []).length] as const);
  const [topLevel, topCount] = [...hints].sort((a, b) => b[1] - a[1])[0];
  const city = best("city");
  if ((topLevel === "district" || topLevel === "county") && topCount >= 2) {
    const local = best(topLevel, city) ?? best(topLevel);
    if (local) return local;
  }
  return city ?? best("province") ?? null;
}

/** The year a document speaks from: its date, else null (years inside the text are facts' business). */
export function documentYear(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}
