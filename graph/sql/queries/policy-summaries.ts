import type { Page } from "../../filters.js";
import { groupPolicies, type PolicyListFilter, type PolicyListItem } from "../../policy-groups.js";
import type { PolicyFact } from "../../types.js";
import { type Condition, type SqlDatabase, whereClause } from "../database.js";
import { FACT_COLUMNS, type FactRow, factFromRow } from "./fact-rows.js";
import { MAX_PAGE } from "./page.js";

// One page of policies grouped by title, in one query that reads only the page's groups. A group
// stands where its first mention stands, so the page walks policy facts in fact order
// (facts_order) from the cursor and keeps those that are their title's first mention: one seek in
// facts_policy_title each. The kept titles' mentions and target counts come in the same query.
// The literal kind = 'policy' lets SQLite use the partial indexes (graph/sql/schema.ts).

/** Is `alias` its title's first policy fact (the lowest fact order)? */
const FIRST_MENTION = (alias: string) => `${alias}.n = (SELECT g.n FROM facts AS g
    WHERE g.kind = 'policy' AND g.title = ${alias}.title ORDER BY g.doc, g.start, g.id LIMIT 1)`;

/** The region of a title's group: the first mention's that names one. */
const GROUP_REGION = (alias: string) => `(SELECT g.region FROM facts AS g
    WHERE g.kind = 'policy' AND g.title = ${alias}.title AND g.region IS NOT NULL ORDER BY g.doc, g.start, g.id LIMIT 1)`;

/** How many targets name a title (facts_policy). */
export const TARGET_COUNT = (alias: string) => `(SELECT count(*) FROM facts AS t WHERE t.kind = 'target' AND t.policy = ${alias}.title)`;

export type PolicyMentionRow = FactRow & { grp: number; target_count: number };

function firstMentionConditions(q: PolicyListFilter, page?: Page): Condition[] {
  const conditions: Condition[] = [["f.kind = 'policy'"], [FIRST_MENTION("f")]];
  if (page?.after) conditions.push(["(f.doc, f.start, f.id) > (?, ?, ?)", page.after.doc, page.after.start, page.after.id]);
  if (q.regions) conditions.push([`${GROUP_REGION("f")} IN (SELECT value FROM json_each(?))`, JSON.stringify(q.regions)]);
  if (q.withTargets) conditions.push([`EXISTS (SELECT 1 FROM facts AS t WHERE t.kind = 'target' AND t.policy = f.title)`]);
  return conditions;
}

/** Groups a page's mention rows (in group, then fact order) back into policies. */
export function policyItemsFromRows(rows: PolicyMentionRow[]): PolicyListItem[] {
  const items: PolicyListItem[] = [];
  let last: number | undefined;
  let facts: PolicyFact[] = [];
  let count = 0;
  const flush = () => {
    if (facts.length) items.push({ ...groupPolicies(facts)[0]!, target_count: count });
  };
  for (const r of rows) {
    if (r.grp !== last) {
      flush();
      facts = [];
      last = r.grp;
      count = r.target_count;
    }
    facts.push(factFromRow<PolicyFact>(r));
  }
  flush();
  return items;
}

export async function policySummaries(db: SqlDatabase, q: PolicyListFilter, page?: Page): Promise<PolicyListItem[]> {
  const where = whereClause(firstMentionConditions(q, page));
  const limit = page ? ` LIMIT ${Math.min(MAX_PAGE + 1, Math.max(0, Math.floor(page.limit)))}` : "";
  const sql = `WITH firsts AS (
  SELECT f.n AS grp, f.title AS title, f.doc AS doc, f.start AS start, f.id AS id FROM facts AS f
  ${where.sql} ORDER BY f.doc, f.start, f.id${limit}
)
SELECT p.grp AS grp, ${TARGET_COUNT("p")} AS target_count, ${FACT_COLUMNS}
FROM firsts AS p JOIN facts AS f ON f.kind = 'policy' AND f.title = p.title
ORDER BY p.doc, p.start, p.id, f.doc, f.start, f.id`;
  return policyItemsFromRows(await db.all<PolicyMentionRow>(sql, where.params));
}

/** The id and title of each group of one page: the first-mention walk alone, no mentions read. */
export async function policyListTitles(db: SqlDatabase, q: PolicyListFilter, page?: Page): Promise<Array<{ id: string; title: string }>> {
  const where = whereClause(firstMentionConditions(q, page));
  const limit = page ? ` LIMIT ${Math.min(MAX_PAGE + 1, Math.max(0, Math.floor(page.limit)))}` : "";
  return db.all(`SELECT f.id AS id, f.title AS title FROM facts AS f ${where.sql} ORDER BY f.doc, f.start, f.id${limit}`, where.params);
}
