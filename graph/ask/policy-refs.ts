// Policies a question names by kind and a few words rather than by title (某省纲要, 某省加快建设
// 质量强省的实施意见, 某省2016年行动计划): the graph's policies of that kind, of that place, whose
// titles share the most of those words.
import type { PolicyFact } from "../types.js";
import { type AskContext, regionScope } from "./context.js";
import { matchKey } from "./normalize.js";
import type { ParsedQuestion } from "./query.js";
import { coverage } from "./similarity.js";

/** Does a policy belong to one of the places the question names (its region, or its title's)? */
export function policyInPlaces(
  ctx: AskContext,
  p: PolicyFact,
  regions: string[],
  scope: string[] = regionScope(ctx, regions) ?? [],
): boolean {
  if (!regions.length) return true;
  if (p.region && scope.includes(p.region)) return true;
  return regions.some((r) => {
    const rec = ctx.regions.find((x) => x.name === r);
    return p.title.startsWith(r) || (rec != null && rec.short.length >= 2 && p.title.startsWith(rec.short));
  });
}

/** The titles each reference stands for; several only when they fit equally well. */
export async function resolvePolicyRefs(ctx: AskContext, q: ParsedQuestion): Promise<string[]> {
  const out: string[] = [];
  const scope = regionScope(ctx, q.regions) ?? [];
  const policies = await ctx.policies();
  for (const ref of q.policyRefs) {
    const kind = policies.filter((p) => p.title.includes(ref.word) && policyInPlaces(ctx, p, q.regions, scope));
    if (!kind.length) continue;
    const words = matchKey(ref.words);
    // A year in the reference (2016年行动计划) must be the title's or the policy's.
    const year = /(\d{4})年/.exec(words)?.[1];
    const dated = year ? kind.filter((p) => p.title.includes(year) || String(p.year) === year) : kind;
    const pool = dated.length ? dated : kind;
    const scored = pool.map((p) => ({ title: p.title, s: words ? coverage(words, matchKey(p.title)) : 0 }));
    const best = Math.max(...scored.map((x) => x.s));
    // Words that fit no title well leave the reference unresolved rather than guessed.
    if (words.length >= 4 && best < 0.5) continue;
    for (const x of scored) if (x.s === best && !out.includes(x.title)) out.push(x.title);
  }
  return out;
}
