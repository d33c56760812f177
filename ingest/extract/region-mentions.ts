import type { RegionIndex } from "../regions.js";
import type { RegionMention } from "./prepared-document.js";

const HAN = /[\u4e00-\u9fff]/;

/**
 * Longest-first scan for region names (full or short) in normalised text. Short forms of districts
 * and counties (武进, 金坛) are common words too often (合作, 新兴), so they count only in a document
 * that also names their city or province.
 */
export function findRegionMentions(norm: string, index: RegionIndex): RegionMention[] {
  const raw = scan(norm, index);
  const named = new Set(raw.filter((m) => !m.short || isUpper(m, index)).flatMap((m) => m.candidates));
  return raw
    .map((m) => {
      if (!m.short || isUpper(m, index)) return m;
      const candidates = m.candidates.filter((c) =>
        index
          .chain(index.byName.get(c)![0])
          .slice(1)
          .some((up) => up.level !== "country" && named.has(up.name)),
      );
      return { ...m, candidates };
    })
    .filter((m) => m.candidates.length > 0)
    .map(({ short: _short, ...m }) => m);
}

const isUpper = (m: { candidates: string[] }, index: RegionIndex) =>
  m.candidates.every((c) => ["country", "province", "city"].includes(index.byName.get(c)![0].level));

function scan(norm: string, index: RegionIndex): Array<RegionMention & { short: boolean }> {
  const out: Array<RegionMention & { short: boolean }> = [];
  for (let i = 0; i < norm.length; ) {
    let found: (RegionMention & { short: boolean }) | null = null;
    // Most positions start no region name; checking the first two characters first keeps the scan
    // linear instead of trying every length at every character (same result, ~10× faster). Only the
    // lengths of names with those two characters are tried, longest first (南京 → 南京市, 南京).
    const lengths = prefixes(index).get(norm.slice(i, i + 2));
    if (!lengths) {
      i++;
      continue;
    }
    for (const len of lengths) {
      if (len > norm.length - i) continue;
      const surface = norm.slice(i, i + len);
      const full = index.byName.get(surface);
      const short = full ? undefined : index.byShort.get(surface);
      const hits = full ?? short;
      if (!hits) continue;
      // A short form followed by more Han text is often part of a longer word (江苏 in 江苏精品 is
      // still Jiangsu, but 中山 in 中山装 is not): accept short forms only before a boundary-ish char
      // or a known organisational word start, and full names anywhere.
      if (short && !acceptShort(norm, i + len)) continue;
      found = { start: i, end: i + len, surface, candidates: [...new Set(hits.map((h) => h.name))], short: !full };
      break;
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/** The first two characters of every full or short region name → the lengths of those names, longest first. */
const PREFIXES = new WeakMap<RegionIndex, Map<string, number[]>>();
function prefixes(index: RegionIndex): Map<string, number[]> {
  let map = PREFIXES.get(index);
  if (!map) {
    map = new Map();
    for (const n of [...index.byName.keys(), ...index.byShort.keys()]) {
      const lengths = map.get(n.slice(0, 2)) ?? [];
      if (!lengths.includes(n.length)) lengths.push(n.length);
      map.set(n.slice(0, 2), lengths);
    }
    for (const lengths of map.values()) lengths.sort((a, b) => b - a);
    PREFIXES.set(index, map);
  }
  return map;
}

function acceptShort(norm: string, end: number): boolean {
  const next = norm[end];
  if (next === undefined || !HAN.test(next)) return true;
  // Region short names are commonly followed by these in names and prose.
  return !"们人的了是".includes(next);
}
