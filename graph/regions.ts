import type { RegionRecord } from "./types.js";

/** The region and every region inside it (江苏省 → 江苏省, 常州市, 武进区, …). */
export function expandRegion(regions: RegionRecord[], name: string): string[] {
  const children = new Map<string, string[]>();
  for (const r of regions) {
    if (!r.parent) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r.name);
    children.set(r.parent, list);
  }
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
  const parent = new Map(regions.map((r) => [r.name, r.parent]));
  for (let n: string | null | undefined = inner, i = 0; n && i < 8; n = parent.get(n), i++) if (n === outer) return true;
  return false;
}
