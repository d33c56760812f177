// Policies as the API lists them: the policy facts grouped by title (one mention per document that
// names the policy), each group placed, and paged, where its first mention stands in the fact order
// (compareFacts). Pure: the SQL and Neo4j backends fetch one page of groups with their mentions and
// assemble them here, and the snapshot backend groups everything in memory the same way.
import type { FactCursor, Page } from "./filters.js";
import { compareFacts } from "./queries.js";
import type { Evidence, Fact, PolicyFact, TargetFact } from "./types.js";

/** One policy: its title with every place the graph mentions it; the id is the first mention's fact id. */
export interface PolicySummary {
  id: string;
  title: string;
  region: string | null;
  year: number | null;
  programmes: string[];
  mentions: Array<{ fact_id: string; doc: string; evidence: Evidence[] }>;
}

/** A policy in a list: with how many targets name it (by its exact title). */
export interface PolicyListItem extends PolicySummary {
  target_count: number;
}

/** Which policies a list holds. */
export interface PolicyListFilter {
  /** The policy's region (its first mention's that names one) is one of these; [] selects none. */
  regions?: string[];
  /** Only policies that at least one target names. */
  withTargets?: boolean;
}

/** Policy facts (in fact order) grouped by title; region and year come from the first mention that has one. */
export function groupPolicies(facts: PolicyFact[]): PolicySummary[] {
  const byTitle = new Map<string, PolicySummary>();
  for (const f of facts) {
    let p = byTitle.get(f.title);
    if (!p) {
      p = { id: f.id, title: f.title, region: f.region, year: f.year, programmes: [], mentions: [] };
      byTitle.set(f.title, p);
    }
    p.region ??= f.region;
    p.year ??= f.year;
    for (const prog of f.programmes ?? []) if (!p.programmes.includes(prog)) p.programmes.push(prog);
    p.mentions.push({ fact_id: f.id, doc: f.doc, evidence: f.evidence });
  }
  return [...byTitle.values()];
}

/** Where a group sorts: its first mention's place in the fact order, as a page cursor. */
export function policyCursor(p: PolicySummary): FactCursor {
  const first = p.mentions[0]!;
  return { doc: first.doc, start: first.evidence[0]?.start ?? 0, id: first.fact_id };
}

const asFact = (c: FactCursor) => ({ doc: c.doc, id: c.id, evidence: [{ start: c.start }] }) as unknown as Fact;

/** Whether a group passes a list filter, given the titles that targets name. */
function passes(p: PolicySummary, q: PolicyListFilter, targeted: Map<string, number>): boolean {
  if (q.regions && (p.region == null || !q.regions.includes(p.region))) return false;
  return !q.withTargets || targeted.has(p.title);
}

/** How many targets name each policy title. */
export function countTargets(targets: Pick<TargetFact, "policy">[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of targets) if (t.policy) counts.set(t.policy, (counts.get(t.policy) ?? 0) + 1);
  return counts;
}

/** One page of groups (all of them without a page) after the cursor, from every policy fact and target. */
export function pagePolicyGroups(
  facts: PolicyFact[],
  targets: Pick<TargetFact, "policy">[],
  q: PolicyListFilter,
  page?: Page,
): PolicyListItem[] {
  const counts = countTargets(targets);
  const groups = groupPolicies([...facts].sort(compareFacts))
    .filter((p) => passes(p, q, counts))
    .map((p) => ({ ...p, target_count: counts.get(p.title) ?? 0 }));
  if (!page) return groups;
  const after = page.after;
  const rest = after ? groups.filter((p) => compareFacts(asFact(policyCursor(p)), asFact(after)) > 0) : groups;
  return rest.slice(0, Math.max(0, Math.floor(page.limit)));
}

/**
 * How a route names a policy: its id, any mention's fact id, or its title (NFKC, with or without
 * 《》). A fact id wins over a title, as a list link (by id) must always reach its own policy; a
 * title equal to the key wins over one that only folds to it (a full-width （） against ()).
 */
export function policyKey(raw: string): string {
  return raw
    .normalize("NFKC")
    .trim()
    .replace(/^《|》$/g, "");
}

/** The group a key names among groups in list order, or null. */
export function findPolicy(groups: PolicySummary[], key: string): PolicySummary | null {
  return (
    groups.find((p) => p.id === key || p.mentions.some((m) => m.fact_id === key)) ??
    groups.find((p) => p.title === key) ??
    groups.find((p) => p.title.normalize("NFKC") === key) ??
    null
  );
}

const firstPlace = (p: PolicySummary) => asFact(policyCursor(p));

/**
 * The policy a key names, from a backend's two lookups: `byKey` (a mention's fact id, else a title
 * equal to the key: one indexed query) and, only when that finds nothing, `titles` (every policy
 * title, names only) for a title whose NFKC form is the key but which is not NFKC itself. Titles
 * the extractor writes are NFKC already (ingest/text/normalize.ts); a hand-written graph may hold
 * 「（二〇二一年）」-style full-width forms.
 */
export async function resolvePolicy(
  key: string,
  byKey: (key: string) => Promise<PolicySummary | null>,
  titles: () => Promise<string[]>,
): Promise<PolicySummary | null> {
  const found = await byKey(key);
  if (found) return found;
  const variants = (await titles()).filter((t) => t !== key && t.normalize("NFKC") === key);
  const groups = (await Promise.all(variants.map(byKey))).filter((p): p is PolicySummary => p !== null);
  return groups.sort((a, b) => compareFacts(firstPlace(a), firstPlace(b)))[0] ?? null;
}
