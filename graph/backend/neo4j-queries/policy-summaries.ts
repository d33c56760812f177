import { groupPolicies, type PolicyListFilter, type PolicyListItem, type PolicySummary, resolvePolicy } from "../../policy-groups.js";
import type { PolicyFact } from "../../types.js";
import type { Page } from "../backend.js";
import { pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// Policies grouped by title, as the SQL backend groups them (graph/sql/queries/policy-summaries.ts),
// over the graph build-graph.ts writes: every policy fact is ABOUT the Policy node of its exact
// title (nodeId `policy:<title>`), which SETS every target naming that title. A page walks policy
// facts in sort-key order (policy_fact_sort) from the cursor and keeps those with no earlier fact
// ABOUT the same Policy: a group's first mention. Only the page's groups are read, with their
// mentions and target counts, in one statement.

/** The group of a Policy node `p`: its target count and every mention, in fact order. */
const GROUP_COLUMNS = `COUNT { (p)-[:SETS]->(:TargetFact) } AS targetCount,
  COLLECT { MATCH (p)<-[:ABOUT]-(m:PolicyFact) RETURN properties(m) AS props ORDER BY m.sortKey } AS mentions`;

const summariesStatement = (paged: boolean) => `
MATCH (f:PolicyFact)
WHERE f.sortKey > $after
WITH f ORDER BY f.sortKey
MATCH (f)-[:ABOUT]->(p:Policy)
WHERE NOT EXISTS { MATCH (p)<-[:ABOUT]-(g:PolicyFact) WHERE g.sortKey < f.sortKey }
  AND ($regions IS NULL OR COLLECT {
    MATCH (p)<-[:ABOUT]-(g:PolicyFact) WHERE g.region IS NOT NULL RETURN g.region AS region ORDER BY g.sortKey LIMIT 1
  }[0] IN $regions)
  AND (NOT $withTargets OR EXISTS { (p)-[:SETS]->(:TargetFact) })
WITH f, p${paged ? "\nLIMIT toInteger($limit)" : ""}
RETURN f.sortKey AS first, ${GROUP_COLUMNS}
ORDER BY first`;

export const POLICY_SUMMARIES = summariesStatement(false);
export const POLICY_SUMMARIES_PAGE = summariesStatement(true);

export interface PolicySummariesParams {
  after: string;
  limit: number | null;
  regions: string[] | null;
  withTargets: boolean;
}

export interface PolicyGroupRow {
  targetCount: number;
  mentions: Record<string, unknown>[];
}

/** A group's row as the API shows it: groupPolicies over its mentions, with its target count. */
function itemFromRow(r: PolicyGroupRow): PolicyListItem {
  const facts = r.mentions.map((props) => factFromProps(props) as PolicyFact);
  return { ...groupPolicies(facts)[0]!, target_count: Number(r.targetCount) };
}

export async function policySummaries(run: RunQuery, q: PolicyListFilter, page?: Page): Promise<PolicyListItem[]> {
  const params: PolicySummariesParams = { ...pageParams(page), regions: q.regions ?? null, withTargets: q.withTargets ?? false };
  const rows = await run<PolicyGroupRow>(page ? POLICY_SUMMARIES_PAGE : POLICY_SUMMARIES, { ...params });
  return rows.filter((r) => r.mentions.length).map(itemFromRow);
}

// One policy: the Policy node a policy fact with the key as its id is ABOUT (a seek on the Fact
// nodeId constraint), else the Policy node titled the key that some policy fact is ABOUT.
export const POLICY_BY_KEY = `
OPTIONAL MATCH (:PolicyFact:Fact {nodeId: 'fact:' + $key})-[:ABOUT]->(byId:Policy)
OPTIONAL MATCH (byTitle:Policy {nodeId: 'policy:' + $key}) WHERE EXISTS { (byTitle)<-[:ABOUT]-(:PolicyFact) }
WITH coalesce(byId, byTitle) AS p
WHERE p IS NOT NULL
RETURN ${GROUP_COLUMNS}`;

/** Every title some policy fact is ABOUT: names only, read only when a key finds nothing. */
export const POLICY_TITLES = `
MATCH (p:Policy) WHERE EXISTS { (p)<-[:ABOUT]-(:PolicyFact) }
RETURN p.name AS title`;

export async function policyByKey(run: RunQuery, key: string): Promise<PolicySummary | null> {
  const [row] = await run<PolicyGroupRow>(POLICY_BY_KEY, { key });
  if (!row?.mentions.length) return null;
  const { target_count: _count, ...policy } = itemFromRow(row);
  return policy;
}

export async function policy(run: RunQuery, key: string): Promise<PolicySummary | null> {
  return resolvePolicy(
    key,
    (k) => policyByKey(run, k),
    async () => (await run<{ title: string }>(POLICY_TITLES, {})).map((r) => r.title),
  );
}
