import type { AwardFilter, Page } from "../../filters.js";
import { compareFacts } from "../../queries.js";
import type { AwardFact } from "../../types.js";
import { type Condition, type SqlDatabase, type SqlValue, whereClause } from "../database.js";
import { DOC_SUMMARY_COLUMN, DOC_SUMMARY_JOIN, type DocSummaryRow, type DocumentSummaryCache } from "./document-summaries.js";
import { FACT_COLUMNS, FACT_ORDER, type FactRow, factFromRow } from "./fact-rows.js";
import { pageClause } from "./page.js";

// Award facts matching a filter. Only the given filters become conditions, each an indexed column
// (graph/sql/schema.ts); a region list is one JSON parameter, however long. Same semantics as
// matchesAwardFilter (graph/queries.ts): a null year fails every year bound, a null region is in
// no list, an empty list matches nothing.
const CONDITIONS: { [K in keyof Required<AwardFilter>]: (v: NonNullable<AwardFilter[K]>) => Condition } = {
  year: (v) => ["f.year = ?", v],
  yearFrom: (v) => ["f.year >= ?", v],
  yearTo: (v) => ["f.year <= ?", v],
  award: (v) => ["f.award = ?", v],
  level: (v) => ["f.level = ?", v],
  tier: (v) => ["f.tier = ?", v],
  recipient: (v) => ["f.recipient = ?", v],
  recipientType: (v) => ["f.recipient_type = ?", v],
  edition: (v) => ["f.edition = ?", v],
  awardRegions: (v) => ["f.region IN (SELECT value FROM json_each(?))", JSON.stringify(v)],
  recipientRegions: (v) => ["f.recipient_region IN (SELECT value FROM json_each(?))", JSON.stringify(v)],
};

export type AwardsParams = AwardFilter;
export type AwardsRow = FactRow & DocSummaryRow;

/** The query; `withDocs` adds each fact's document summary (DOC_SUMMARY_COLUMN). */
export function awardsQuery(q: AwardsParams, page?: Page, withDocs = false): { sql: string; params: SqlValue[] } {
  const conditions: Condition[] = [["f.kind = ?", "award"]];
  for (const key of Object.keys(CONDITIONS) as (keyof AwardFilter)[]) {
    const v = q[key];
    if (v != null) conditions.push((CONDITIONS[key] as (v: unknown) => Condition)(v));
  }
  const paged = pageClause(conditions, page);
  const where = whereClause(paged.conditions);
  const columns = withDocs ? `${FACT_COLUMNS}, ${DOC_SUMMARY_COLUMN}` : FACT_COLUMNS;
  const join = withDocs ? ` ${DOC_SUMMARY_JOIN}` : "";
  return { sql: `SELECT ${columns} FROM facts AS f${join} ${where.sql} ${FACT_ORDER}${paged.limit}`, params: where.params };
}

/** Award facts; with `docs`, their documents' summaries are left there for the titles an answer shows. */
export async function awards(db: SqlDatabase, q: AwardsParams, page?: Page, docs?: DocumentSummaryCache): Promise<AwardFact[]> {
  const { sql, params } = awardsQuery(q, page, docs != null);
  const rows = await db.all<AwardsRow>(sql, params);
  docs?.remember(rows);
  const facts = rows.map((r) => factFromRow<AwardFact>(r));
  return page ? facts : facts.sort(compareFacts);
}
