import type { RegionRecord } from "./types.js";

// Parent and children maps per region table, built once: the judge asks regionWithin for every
// observation and award it weighs, and the tables are the snapshot's (never mutated).
const parents = new WeakMap<RegionRecord[], Map<string, string | null>>();
const childLists = new WeakMap<RegionRecord[], Map<string, string[]>>();

function parentMap(regions: RegionRecord[]): Map<string, string | null> {
  let m = parents.get(regions);
  if (!m) parents.set(regions, (m = new Map(regions.map((r) => [r.name, r.parent]))));
  return m;
}

function childMap(regions: RegionRecord[]): Map<string, string[]> {
  let m = childLists.get(regions);
  if (!m) {
    m = new Map();
    for (const r of regions) {
      if (!r.parent) continue;
      const list = m.get(r.parent) ?? [];
      list.push(r.name);
      m.set(r.parent, list);
    }
    childLists.set(regions, m);
  }
  return m;
}

/** The region and every region inside it (江苏省 → 江苏省, 常州市, 武进区, …). */
export function expandRegion(regions: RegionRecord[], name: string): string[] {
  const children = childMap(regions);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    out.push(n);
    for (const c of children.get(n) ?? []) visit(c);
  };
  visit(name);
  return out;
}

/** Is `inner` the same region as `outer` or inside it? */
export function regionWithin(regions: RegionRecord[], inner: string, outer: string): boolean {
  const parent = parentMap(regions);
  for (let n: string | null | undefined = inner, i = 0; n && i < 8; n = parent.get(n), i++) if (n === outer) return true;
  return false;
}
