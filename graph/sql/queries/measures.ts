import type { ObservationFilter, Page, TargetFilter } from "../../filters.js";
import { compareFacts } from "../../queries.js";
import type { ObservationFact, TargetFact } from "../../types.js";
import { type Condition, type SqlDatabase, whereClause } from "../database.js";
import { DOC_SUMMARY_COLUMN, DOC_SUMMARY_JOIN, type DocSummaryRow, type DocumentSummaryCache } from "./document-summaries.js";
import { FACT_COLUMNS, FACT_ORDER, type FactRow, factFromRow } from "./fact-rows.js";
import { pageClause } from "./page.js";

// Targets and observations of a metric (its key, or its phrase when the alias table has no key:
// the metric_key column holds whichever applies) in some regions; same semantics as
// selectTargets / selectObservations in graph/queries.ts.
export type TargetsParams = TargetFilter;
export type ObservationsParams = ObservationFilter;
export type MeasuresRow = FactRow & DocSummaryRow;

function conditions(kind: "target" | "observation", q: TargetFilter): Condition[] {
  const out: Condition[] = [["f.kind = ?", kind]];
  if (q.policy != null) out.push(["f.policy = ?", q.policy]);
  if (q.metricKey != null) out.push(["f.metric_key = ?", q.metricKey]);
  if (q.regions != null) out.push(["f.region IN (SELECT value FROM json_each(?))", JSON.stringify(q.regions)]);
  return out;
}

async function select<F extends TargetFact | ObservationFact>(
  db: SqlDatabase,
  kind: F["kind"],
  q: TargetFilter,
  page?: Page,
  docs?: DocumentSummaryCache,
): Promise<F[]> {
  const paged = pageClause(conditions(kind, q), page);
  const where = whereClause(paged.conditions);
  const columns = docs ? `${FACT_COLUMNS}, ${DOC_SUMMARY_COLUMN}` : FACT_COLUMNS;
  const join = docs ? ` ${DOC_SUMMARY_JOIN}` : "";
  // A metric's or a policy's facts, unpaged, are few: "+f.doc" keeps SQLite from walking every fact
  // of the kind along facts_order for its order, and it seeks facts_metric / facts_policy instead.
  const order = !page && (q.metricKey != null || q.policy != null) ? FACT_ORDER.replace("f.doc", "+f.doc") : FACT_ORDER;
  const rows = await db.all<MeasuresRow>(`SELECT ${columns} FROM facts AS f${join} ${where.sql} ${order}${paged.limit}`, where.params);
  docs?.remember(rows);
  const facts = rows.map((r) => factFromRow<F>(r));
  return page ? facts : facts.sort(compareFacts);
}

export const targets = (db: SqlDatabase, q: TargetsParams, page?: Page, docs?: DocumentSummaryCache) =>
  select<TargetFact>(db, "target", q, page, docs);
export const observations = (db: SqlDatabase, q: ObservationsParams, page?: Page, docs?: DocumentSummaryCache) =>
  select<ObservationFact>(db, "observation", { metricKey: q.metricKey, regions: q.regions }, page, docs);
