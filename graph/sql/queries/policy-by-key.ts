import { type PolicySummary, resolvePolicy } from "../../policy-groups.js";
import type { SqlDatabase } from "../database.js";
import { FACT_COLUMNS } from "./fact-rows.js";
import { type PolicyMentionRow, policyItemsFromRows, TARGET_COUNT } from "./policy-summaries.js";

// One policy by its key (policyKey in graph/policy-groups.ts): a mention's fact id first
// (facts_policy_id), else a title equal to the key (facts_policy_title). Titles the extractor
// writes are NFKC already (ingest/text/normalize.ts), so that equality is the NFKC match; a graph
// written by other means may hold a title that is not, and everyPolicyTitle lets the caller find it.

export async function policyByKey(db: SqlDatabase, key: string): Promise<PolicySummary | null> {
  const sql = `WITH hit AS (
  SELECT title FROM (
    SELECT 0 AS rank, f.title AS title, f.doc AS doc, f.start AS start, f.id AS id FROM facts AS f WHERE f.kind = 'policy' AND f.id = ?1
    UNION ALL
    SELECT 1, f.title, f.doc, f.start, f.id FROM facts AS f WHERE f.kind = 'policy' AND f.title = ?1
  ) ORDER BY rank, doc, start, id LIMIT 1
)
SELECT 0 AS grp, ${TARGET_COUNT("f")} AS target_count, ${FACT_COLUMNS}
FROM facts AS f WHERE f.kind = 'policy' AND f.title = (SELECT title FROM hit)
ORDER BY f.doc, f.start, f.id`;
  const [item] = policyItemsFromRows(await db.all<PolicyMentionRow>(sql, [key]));
  if (!item) return null;
  const { target_count: _count, ...policy } = item;
  return policy;
}

/** Every distinct policy title: read from the titles' index alone, no records. */
export async function everyPolicyTitle(db: SqlDatabase): Promise<string[]> {
  return (await db.all<{ title: string }>(`SELECT DISTINCT f.title AS title FROM facts AS f WHERE f.kind = 'policy'`)).map((r) => r.title);
}

/** The policy a key names (resolvePolicy in graph/policy-groups.ts). */
export async function policy(db: SqlDatabase, key: string): Promise<PolicySummary | null> {
  return resolvePolicy(
    key,
    (k) => policyByKey(db, k),
    () => everyPolicyTitle(db),
  );
}
