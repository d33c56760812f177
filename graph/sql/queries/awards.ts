import type { AwardFilter, AwardTime, Page } from "../../filters.js";
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

// The award a question most likely names, and its facts of one year, read beside the lookup of the
// question's words (the same round trip on D1) so that a list question costs one round trip. The
// award is the one whose `name` key among the question's substrings is longest: in 2021年哪些企业获得了
// 某市市长质量奖 that is 某市市长质量奖, not every award also written 市长质量奖.
const LONGEST_AWARD_NAME = `WITH hit AS (
    SELECT canonical, length(key) AS len FROM name_keys
    WHERE how = 'name' AND kind = 'award' AND key IN (SELECT value FROM json_each(?1))),
  best AS (SELECT DISTINCT canonical FROM hit WHERE len = (SELECT max(len) FROM hit))`;

export const LONGEST_NAMED_AWARDS = `${LONGEST_AWARD_NAME} SELECT canonical FROM best ORDER BY canonical`;

// CROSS JOIN keeps the awards first: each is then a seek on facts_award (kind, award, year). Left
// to choose, SQLite walks every award fact in list order (facts_order) to skip the ORDER BY.
const awardsOfLongestNameIn = (when: "year" | "edition") => `${LONGEST_AWARD_NAME}
  SELECT ${FACT_COLUMNS}, ${DOC_SUMMARY_COLUMN} FROM best AS b CROSS JOIN facts AS f ${DOC_SUMMARY_JOIN}
  WHERE f.kind = 'award' AND f.award = b.canonical AND f.${when} = ?2
  ${FACT_ORDER} LIMIT ?3`;

export const AWARDS_OF_LONGEST_NAME = { year: awardsOfLongestNameIn("year"), edition: awardsOfLongestNameIn("edition") };

export interface LongestNamedAwardsParams {
  surfaces: string[];
  /** The year or the edition (届) the facts are of. */
  when: AwardTime;
  /** At most this many facts; more, and null is returned (a guess that large is not worth keeping). */
  limit: number;
}

/** The awards the longest of `surfaces` names and their facts of one year or edition, in fact order; null past the limit. */
export async function awardsOfLongestName(
  db: SqlDatabase,
  q: LongestNamedAwardsParams,
  docs?: DocumentSummaryCache,
): Promise<{ awards: string[]; facts: AwardFact[] } | null> {
  const surfaces = JSON.stringify(q.surfaces);
  // Issued together: one batch, one transaction on D1, so both read the same graph.
  const [names, rows] = await Promise.all([
    db.all<{ canonical: string }>(LONGEST_NAMED_AWARDS, [surfaces]),
    db.all<AwardsRow>(AWARDS_OF_LONGEST_NAME[q.when.field], [surfaces, q.when.value, q.limit + 1]),
  ]);
  if (rows.length > q.limit) return null;
  docs?.remember(rows);
  return { awards: names.map((n) => n.canonical), facts: rows.map((r) => factFromRow<AwardFact>(r)).sort(compareFacts) };
}
