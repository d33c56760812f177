// Where a recipient is: the region its name carries (临沂某某机械集团 → 临沂市), else the document's
// region. A name that only names the province around the document's region (浙江某某电器 in a
// Ningbo document) gets the document's region, which is more precise and still inside it.
import type { RegionEntry } from "../../regions.js";
import type { AwardContext } from "./context.js";
import type { Recipient } from "./facts.js";

export function recipientRegion(r: Recipient, ctx: AwardContext): string | null {
  // The document's region stands in only for a document that speaks for it (我市, 全区…); a national
  // list mentioning many cities says nothing about where an unnamed firm is.
  // The country says nothing about where a recipient is (a national list whose title names 中国质量奖).
  const self = ctx.speaksFor?.level === "country" ? null : ctx.speaksFor;
  if (r.type === "region") return regionOfName(r.name, ctx)?.name ?? self?.name ?? null;
  const source = r.type === "person" || r.type === "brand" ? (r.affiliation ?? "") : r.name;
  const named = regionOfName(source, ctx);
  const hint = r.regionHint ? (ctx.index.lookup(r.regionHint)[0] ?? null) : null;
  // A region column beside the name is more precise when it lies inside what the name says.
  if (hint && (!named || contains(ctx, named, hint))) return hint.name;
  if (!named) return self?.name ?? null;
  // A name that only names the region around the document's own (浙江某某电器 in a Ningbo paper):
  // the document's region is more precise, unless the document speaks for that whole province.
  if (ctx.regions.self && contains(ctx, named, ctx.regions.self)) return self?.level === "province" ? named.name : ctx.regions.self.name;
  return named.name;
}

/** Does `outer` contain `inner` (or equal it)? */
function contains(ctx: AwardContext, outer: RegionEntry, inner: RegionEntry): boolean {
  return ctx.index.chain(inner).some((r) => r.name === outer.name);
}

/**
 * The first region a name writes. Province and city names count anywhere in the country; a district
 * or county short name only inside the document's province (长安, 东方 are also ordinary words).
 */
export function regionOfName(name: string, ctx: AwardContext): RegionEntry | null {
  const { index } = ctx;
  const province = ctx.regions.province?.name;
  let best: RegionEntry | null = null;
  for (let i = 0; i < name.length - 1; i++) {
    for (let len = Math.min(index.maxLength, name.length - i); len >= 2; len--) {
      const s = name.slice(i, i + len);
      const full = index.byName.get(s);
      const hits = full ?? index.byShort.get(s);
      if (!hits) continue;
      // Inside what the name already said (山东潍坊 → 潍坊市, 潍坊安丘 → 安丘市).
      const inside: RegionEntry[] = best ? hits.filter((h) => h !== best && contains(ctx, best!, h)) : [];
      const upper = hits.filter((h) => h.level === "province" || h.level === "city");
      const local = hits.filter((h) => (h.level === "district" || h.level === "county") && (full || h.province === province));
      // A full name (张家港市) is what it says; a short one (长沙) prefers the city over a county of that name.
      const order = full
        ? hits
        : [
            ...upper.filter((h) => h.province === province || h.level === "province"),
            ...local.filter((h) => h.province === province),
            ...upper,
            ...local,
          ];
      const pick: RegionEntry | undefined = best ? inside[0] : order.find((h) => h.level !== "country");
      if (pick) {
        best = pick;
        i += len - 1;
        break;
      }
    }
  }
  return best;
}
